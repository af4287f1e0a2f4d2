import * as v from 'valibot';
import { ContentSchema } from './schema';
import type { ContentDocument, ContentIssue, ValidationResult } from './types';

/** Top-level keys of JSON Resume (v1 and pre-v1); none of them is a kit key. */
const RESUME_KEYS = ['basics', 'work', 'volunteer', 'education', 'awards', 'certificates', 'publications', 'skills', 'languages', 'interests', 'references', 'projects', 'meta'];

/**
 * True for a JSON Resume document: an object with at least one JSON Resume top-level key.
 * The cheap check that decides whether the JSON Resume reader (its own chunk) loads.
 */
export function isJsonResume(doc: unknown): boolean {
  return typeof doc === 'object' && doc !== null && !Array.isArray(doc) && RESUME_KEYS.some(key => key in doc);
}

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
 * mapped (see json-resume.ts, loaded only then); kit keys beside it are
 * checked as usual.
 */
export async function validateContent(input: unknown): Promise<ValidationResult> {
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      return { ok: false, errors: [{ path: '(document)', message: `invalid JSON: ${(e as Error).message}` }] };
    }
  }
  if (isJsonResume(doc)) {
    const { fromJsonResume, kitPart, ResumeSchema } = await import('./json-resume');
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
