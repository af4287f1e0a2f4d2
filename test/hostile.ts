/**
 * Hostile content: every free-text string of a section replaced by a payload
 * that would run script if it ever reached the DOM as markup.
 */
import { demoContent } from '../src/data/demo';
import type { ContentDocument, Section } from '../src/data/types';

export const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  '<svg onload="window.__xss=1"></svg>',
  '<a href="javascript:window.__xss=1">click</a>',
  '{{constructor.constructor("window.__xss=1")()}}',
];

/** Fields that are ids, enums or references: they must stay valid, so they keep their values. */
const KEEP = new Set(['id', 'layer', 'kind', 'status', 'outcome', 'requestPath', 'date', 'email', 'endpoint', 'href', 'affects']);

/** A document whose `section` has every free-text string replaced by a payload. */
export function hostileDocument(section: Section, source: ContentDocument = demoContent): ContentDocument {
  let i = 0;
  const walk = (value: unknown, key?: string): unknown => {
    if (key && KEEP.has(key)) return value;
    // A stat suffix is at most 12 characters: it gets a payload that fits.
    if (typeof value === 'string') return key === 'suffix' ? '<b>%</b>' : `${PAYLOADS[i++ % PAYLOADS.length]} #${i}`;
    if (Array.isArray(value)) return value.map(v => walk(v, undefined));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return { [section]: walk(source[section]) } as ContentDocument;
}
