import * as v from 'valibot';
import { ContentSchema } from './schema';
import type { ContentDocument, ContentIssue, ValidationResult } from './types';

/** `decisions[2].status` from a valibot issue path. */
export function formatPath(path: readonly v.IssuePathItem[] | undefined): string {
  if (!path?.length) return '(document)';
  return path
    .map((item, i) => (typeof item.key === 'number' ? `[${item.key}]` : `${i ? '.' : ''}${String(item.key)}`))
    .join('');
}

/**
 * Validates a content document. Never throws: returns typed content, or every
 * problem found with its field path. A JSON string is parsed first.
 */
export function validateContent(input: unknown): ValidationResult {
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      return { ok: false, errors: [{ path: '(document)', message: `invalid JSON: ${(e as Error).message}` }] };
    }
  }
  const result = v.safeParse(ContentSchema, doc, { abortEarly: false });
  if (result.success) {
    const { $schema: _ignored, ...content } = result.output;
    return { ok: true, content: content as ContentDocument };
  }
  return { ok: false, errors: result.issues.map(toIssue) };
}

function toIssue(issue: v.BaseIssue<unknown>): ContentIssue {
  // A strict object's unknown key has the key in the path already.
  return { path: formatPath(issue.path), message: issue.message };
}

/** One line per problem, as shown in the elements and in console-free logs. */
export function describeIssues(errors: readonly ContentIssue[]): string[] {
  return errors.map(e => `${e.path}: ${e.message}`);
}
