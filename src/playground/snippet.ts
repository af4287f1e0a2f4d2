/**
 * The embed snippet for a document: the CDN script, an `<lbr-runtime>` holding
 * the document inline as `<script type="application/json">`, and one tag per
 * section the document fills (all nine when it fills none).
 */
import type { Section } from '../data/types';

/** The kit's lazy loader on the CDN (package.json `unpkg`). */
export const CDN_SCRIPT = 'https://unpkg.com/live-backend-runtime/dist/lbr/lbr.esm.js';

/** The element that shows each section, in the demo page's order. */
export const SECTION_TAGS: readonly (readonly [Section, string])[] = [
  ['profile', 'lbr-system-boot'],
  ['topology', 'lbr-topology-map'],
  ['logs', 'lbr-log-stream'],
  ['incidents', 'lbr-incident-report'],
  ['decisions', 'lbr-adr-viewer'],
  ['principles', 'lbr-principle-cards'],
  ['modules', 'lbr-runtime-modules'],
  ['outage', 'lbr-outage-game'],
  ['recruiter', 'lbr-recruiter-panel'],
];

/**
 * The tags for the sections a document fills. An element whose section is
 * left out would show the built-in demo (someone else's story), so it is left
 * out too; a document with none of them gets every tag.
 */
export function tagsFor(doc: Record<string, unknown>): string[] {
  const tags = SECTION_TAGS.filter(([key]) => doc[key] !== undefined).map(([, tag]) => tag);
  return tags.length ? tags : SECTION_TAGS.map(([, tag]) => tag);
}

/**
 * JSON that is safe inside a `<script>` element: every `<` is escaped as
 * `\u003c` (only strings can hold one), so no `</script>` or `<!--` in the
 * content can end or change the element. JSON.parse gives the same document.
 */
export function scriptSafeJson(doc: unknown, indent = 2): string {
  return JSON.stringify(doc, null, indent).replace(/</g, '\\u003c');
}

/** The HTML to paste into a page: the script, the runtime with the document inline, the tags. */
export function embedSnippet(doc: Record<string, unknown>): string {
  const json = scriptSafeJson(doc)
    .split('\n')
    .map(line => `    ${line}`)
    .join('\n');
  return [
    `<script type="module" src="${CDN_SCRIPT}"></script>`,
    '',
    '<lbr-runtime>',
    '  <script type="application/json">',
    json,
    '  </script>',
    '</lbr-runtime>',
    ...tagsFor(doc).map(tag => `<${tag}></${tag}>`),
    '',
  ].join('\n');
}
