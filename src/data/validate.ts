import * as v from 'valibot';
import { fromJsonResume, isJsonResume, kitPart, ResumeSchema } from './json-resume';
import { ContentSchema } from './schema';

// Reached by the store's async fromJsonResume, in this one lazily loaded chunk.
export { fromJsonResume };
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
 * problem found with its field path. A JSON string is parsed first. A JSON
 * Resume document is checked in its own terms (`work[2].startDate`) and
 * mapped (see json-resume.ts); kit keys beside it are checked as usual.
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
  if (isJsonResume(doc)) {
    const resume = v.safeParse(ResumeSchema, doc, { abortEarly: false });
    const kit = v.safeParse(ContentSchema, kitPart(doc as Record<string, unknown>), { abortEarly: false });
    const issues = [...(resume.issues ?? []), ...(kit.issues ?? [])];
    if (issues.length) return { ok: false, errors: issues.map(toIssue) };
    doc = fromJsonResume(doc);
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
