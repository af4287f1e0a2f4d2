/**
 * lbr-runtime's documents ("layers"), in the order they merge: inline
 * `<script type="application/json">` children, then each `src` URL, then the
 * `content` property. Each is validated on its own; a refused one is dropped
 * whole and the rest merge by top-level key, the later winning.
 */
import type { ContentDocument, ContentIssue, ValidationResult } from '../../data/types';

/** One document to load: where it came from, and its text or object (or why it could not be read). */
export interface Layer {
  /** A URL, `inline` (or `#id` / `inline[1]` for several), or `content`. */
  source: string;
  doc?: unknown;
  /** Set when the document could not be loaded (network, HTTP status). */
  failure?: string;
}

export interface Refusal {
  source: string;
  errors: ContentIssue[];
}

export interface Combined {
  /** The merged document, or undefined when no layer was accepted. */
  content?: ContentDocument;
  /** Sources of the accepted layers, in order. */
  accepted: string[];
  refused: Refusal[];
}

/** The URLs of a `src` attribute: one or more, separated by whitespace. */
export function splitSources(src: string | undefined | null): string[] {
  return (src ?? '').split(/\s+/).filter(Boolean);
}

/** How an inline script is named in errors: its id, else `inline` (`inline[i]` when there are several). */
export function inlineSource(id: string | null | undefined, index: number, count: number): string {
  if (id) return `#${id}`;
  return count > 1 ? `inline[${index}]` : 'inline';
}

/** Documents merge by top-level key: a later document's key replaces an earlier one's whole. */
export function mergeDocuments(docs: readonly ContentDocument[]): ContentDocument {
  return Object.assign({}, ...docs);
}

/** Validates every layer on its own and merges the accepted ones, in order. */
export async function combine(layers: readonly Layer[], validate: (doc: unknown) => Promise<ValidationResult>): Promise<Combined> {
  const docs: ContentDocument[] = [];
  const accepted: string[] = [];
  const refused: Refusal[] = [];
  for (const layer of layers) {
    if (layer.failure !== undefined) {
      refused.push({ source: layer.source, errors: [{ path: '(document)', message: `could not load: ${layer.failure}` }] });
      continue;
    }
    const result = await validate(layer.doc);
    if (result.ok) {
      docs.push(result.content);
      accepted.push(layer.source);
    } else refused.push({ source: layer.source, errors: result.errors });
  }
  return { content: docs.length ? mergeDocuments(docs) : undefined, accepted, refused };
}
