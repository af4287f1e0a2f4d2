/**
 * Extreme but valid content: the demo document with every free-text field at
 * the longest the schema allows, as ONE word (nothing to break at), 500
 * services and 10,000 log entries. What a page must survive without a crash
 * or a box that text runs out of.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoContent } from '../src/data/demo';
import type { ContentDocument } from '../src/data/types';

type JsonSchema = { type?: string; maxLength?: number; properties?: Record<string, JsonSchema>; items?: JsonSchema; $ref?: string; enum?: unknown[]; format?: string; pattern?: string };

const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schema', 'content.schema.json'), 'utf8')) as JsonSchema & { $defs: Record<string, JsonSchema> };
const resolve = (s: JsonSchema | undefined): JsonSchema | undefined => (s?.$ref ? schema.$defs[s.$ref.replace('#/$defs/', '')] : s);

/** Fields whose value must stay what it is (dates, references to other ids; enums are kept by the schema's word). */
const KEEP = new Set(['date', 'affects', 'layer', 'requestPath']);

/** One unbreakable word of `n` characters, different per field (a letter per field, so words never match one another). */
let counter = 0;
const word = (n: number) => {
  const letter = 'abcdefghijklmnopqrstuvwxyz'[counter++ % 26];
  return (letter + 'W'.repeat(n)).slice(0, n);
};

/** An id at the longest an id may be, still unique and still naming the same thing. */
export const longId = (id: string, max = 64) => (id + '_'.repeat(max)).slice(0, max);

/** An address and a link at their longest: 254 and 2048 characters. */
const longEmail = () => `${'m'.repeat(64)}@${'d'.repeat(254 - 64 - 1 - 4)}.com`;
const longHref = () => `https://example.com/${'p'.repeat(2048 - 'https://example.com/'.length)}`;

/** `value` with every string the schema bounds at its maximum length (ids stay unique, references stay valid). */
function stretch(value: unknown, s: JsonSchema | undefined, key?: string): unknown {
  s = resolve(s);
  if (typeof value === 'string') {
    if (key === 'id') return longId(value);
    if (key === 'email') return longEmail();
    if (key === 'href') return longHref();
    if (key === 'endpoint') return longHref();
    if ((key && KEEP.has(key)) || s?.enum) return value;
    return s?.maxLength ? word(s.maxLength) : value;
  }
  if (Array.isArray(value)) return value.map(item => stretch(item, s?.items, key && KEEP.has(key) ? key : undefined));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stretch(v, s?.properties?.[k], k)]));
  }
  return value;
}

/** The extreme document (valid: the spec checks it against the validator). */
export function extremeDocument(): ContentDocument {
  counter = 0;
  const doc = stretch(demoContent, schema) as Required<ContentDocument>;
  // References follow their ids.
  const topo = doc.topology;
  topo.services.forEach(s => (s.layer = longId(s.layer)));
  topo.requestPath = topo.requestPath.map(id => longId(id));
  // 500 services on the document's layers, every name and role one long word.
  const first = topo.services[0];
  for (let i = topo.services.length; i < 500; i++) {
    topo.services.push({ ...first, id: longId(`svc${i}`), name: word(120), layer: topo.layers[i % topo.layers.length].id, role: word(2000) });
  }
  // 10,000 log entries.
  const entry = doc.logs[0];
  for (let i = doc.logs.length; i < 10_000; i++) doc.logs.push({ ...entry, year: 1990 + (i % 40), title: word(200), lines: [word(500)], tags: [word(60)] });
  // Numbers at their widest, with the longest suffix.
  doc.profile.stats = doc.profile.stats.map(stat => ({ ...stat, value: -123456789012.5, suffix: word(12) }));
  return doc;
}
