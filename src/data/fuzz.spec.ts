/**
 * Hostile documents, generated from a fixed seed: 500 malformed documents
 * (each one mutation of the valid demo document, of a kind the validator must
 * refuse) must all be refused, each naming the mutated field's path; and
 * extreme but valid documents (every text at its limit in one long word, 500
 * services, 10,000 log entries) must validate.
 */
import { mulberry32 } from '../components/outage-game/engine';
import { demoContent } from './demo';
import { LIMITS } from './schema';
import type { ContentDocument, ValidationResult } from './types';
import { formatPath, validateContent } from './validate';

type Key = string | number;
type Path = Key[];
type Json = any;

const SEED = 20260126;
const COUNT = 500;

const clone = (x: unknown): Json => JSON.parse(JSON.stringify(x));
const pathString = (path: Path) => formatPath(path.map(key => ({ key }) as any));

/** Every node of a JSON value with its path (the root has path []). */
function nodes(value: Json, path: Path = [], out: { path: Path; value: Json }[] = []) {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => nodes(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) nodes(v, [...path, k], out);
  return out;
}

const parentOf = (doc: Json, path: Path) => path.slice(0, -1).reduce((n, k) => n[k], doc);
const setAt = (doc: Json, path: Path, value: unknown) => (parentOf(doc, path)[path[path.length - 1]] = value);

/** Lists whose items are addressed by id. */
const ID_LISTS: Path[] = [['topology', 'layers'], ['topology', 'services'], ['incidents'], ['decisions'], ['principles'], ['modules'], ['outage', 'scenarios']];

/** Required fields, by where they sit (`*` = any index). */
const REQUIRED: Path[] = [
  ['profile', 'name'], ['profile', 'bootLines'], ['profile', 'stats', '*', 'value'],
  ['topology', 'layers', '*', 'orbit'], ['topology', 'services', '*', 'layer'], ['topology', 'requestPath'],
  ['logs', '*', 'year'], ['logs', '*', 'lines'],
  ['incidents', '*', 'rootCause'], ['incidents', '*', 'status'],
  ['decisions', '*', 'status'], ['decisions', '*', 'tradeoff'],
  ['principles', '*', 'motto'], ['modules', '*', 'pipeline'], ['modules', '*', 'metrics'],
  ['outage', 'scenarios'], ['outage', 'scenarios', '*', 'metrics', 'latencyMs'], ['outage', 'scenarios', '*', 'steps', '*', 'options', '*', 'outcome'],
  ['recruiter', 'pitch'],
];

interface Mutant {
  kind: string;
  doc: Json;
  /** The path the refusal must name. */
  path: string;
}

type Mutation = (doc: Json, rand: () => number) => Omit<Mutant, 'kind'> | undefined;
const pick = <T>(items: readonly T[], rand: () => number): T => items[Math.floor(rand() * items.length)];
const matches = (path: Path, pattern: Path) => path.length === pattern.length && pattern.every((k, i) => k === '*' ? typeof path[i] === 'number' : k === path[i]);

const MUTATIONS: Record<string, Mutation> = {
  arrayForObject(doc, rand) {
    const objects = nodes(doc).filter(n => n.value && typeof n.value === 'object' && !Array.isArray(n.value));
    const { path } = pick(objects, rand);
    if (!path.length) return { doc: [], path: '(document)' };
    setAt(doc, path, rand() < 0.5 ? [] : [{}]);
    return { doc, path: pathString(path) };
  },
  duplicateId(doc, rand) {
    const listPath = pick(ID_LISTS, rand);
    const list = listPath.reduce((n, k) => n[k], doc);
    if (list.length < 2) return undefined;
    const second = 1 + Math.floor(rand() * (list.length - 1));
    const first = Math.floor(rand() * second);
    list[second].id = list[first].id;
    return { doc, path: pathString([...listPath, second, 'id']) };
  },
  overlongString(doc, rand) {
    const strings = nodes(doc).filter(n => typeof n.value === 'string' && n.path[0] !== '$schema');
    const { path, value } = pick(strings, rand);
    // One long word (the case that made pages scroll sideways), or long prose.
    const long = rand() < 0.5 ? 'W'.repeat(LIMITS.url + 1 + Math.floor(rand() * 3000)) : `${value} `.repeat(Math.ceil((LIMITS.url + 1) / (value.length + 1)));
    setAt(doc, path, long);
    return { doc, path: pathString(path) };
  },
  emptyHostUrl(doc, rand) {
    const i = Math.floor(rand() * doc.recruiter.links.length);
    doc.recruiter.links[i].href = pick(['https://', 'http://', 'https://:443/x', 'https:///path', 'https://?q=1', 'http://#top', 'mailto:', 'mailto:?subject=hi', 'https:// example.com'], rand);
    return { doc, path: `recruiter.links[${i}].href` };
  },
  impossibleDate(doc, rand) {
    const i = Math.floor(rand() * doc.decisions.length);
    doc.decisions[i].date = pick(['2024-02-30', '2023-02-29', '2024-04-31', '2024-06-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-1-1', '24-01-01', '2024/01/01', 'yesterday'], rand);
    return { doc, path: `decisions[${i}].date` };
  },
  badEndpoint(doc, rand) {
    doc.recruiter.endpoint = pick(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'mailto:me@example.com', 'ftp://example.com/x', 'file:///etc/passwd', 'https://', 'java\tscript:alert(1)'], rand);
    return { doc, path: 'recruiter.endpoint' };
  },
  wrongType(doc, rand) {
    const leaves = nodes(doc).filter(n => n.path.length && n.path[0] !== '$schema' && (n.value === null || typeof n.value !== 'object'));
    const { path, value } = pick(leaves, rand);
    setAt(doc, path, typeof value === 'string' ? pick([42, true, null, {}], rand) : pick(['42', true, null, []], rand));
    return { doc, path: pathString(path) };
  },
  badEnum(doc, rand) {
    const enums = nodes(doc).filter(n => ['status', 'kind', 'outcome'].includes(String(n.path[n.path.length - 1])) && n.path[0] !== 'modules');
    const { path } = pick(enums, rand);
    setAt(doc, path, pick(['bogus', 'Resolved', ' ', 'accepted!'], rand));
    return { doc, path: pathString(path) };
  },
  unknownKey(doc, rand) {
    const objects = nodes(doc).filter(n => n.value && typeof n.value === 'object' && !Array.isArray(n.value));
    const { path, value } = pick(objects, rand);
    const key = pick(['__proto__x', 'titel', 'extra', 'constructor', 'Name'], rand);
    value[key] = 'x';
    return { doc, path: pathString([...path, key]) };
  },
  missingField(doc, rand) {
    const candidates = nodes(doc).filter(n => REQUIRED.some(p => matches(n.path, p)));
    const { path } = pick(candidates, rand);
    delete parentOf(doc, path)[path[path.length - 1]];
    return { doc, path: pathString(path) };
  },
  emptyRequiredText(doc, rand) {
    const texts = nodes(doc).filter(n => typeof n.value === 'string' && ['id', 'name', 'title'].includes(String(n.path[n.path.length - 1])));
    const { path } = pick(texts, rand);
    setAt(doc, path, pick(['', '   ', '\n\t'], rand));
    return { doc, path: pathString(path) };
  },
  outOfRange(doc, rand) {
    const spots: [Path, unknown][] = [
      [['topology', 'layers', Math.floor(rand() * doc.topology.layers.length), 'orbit'], pick([1.01, -0.1, 7], rand)],
      [['outage', 'scenarios', Math.floor(rand() * doc.outage.scenarios.length), 'metrics', 'errorRate'], pick([1.5, -0.01], rand)],
      [['outage', 'scenarios', Math.floor(rand() * doc.outage.scenarios.length), 'metrics', 'latencyMs'], -1],
      [['logs', Math.floor(rand() * doc.logs.length), 'year'], pick([2020.5, 1e-3], rand)],
    ];
    const [path, value] = pick(spots, rand);
    setAt(doc, path, value);
    return { doc, path: pathString(path) };
  },
  danglingReference(doc, rand) {
    if (rand() < 0.5) {
      const i = Math.floor(rand() * doc.topology.requestPath.length);
      doc.topology.requestPath[i] = 'no-such-service';
      return { doc, path: `topology.requestPath[${i}]` };
    }
    const i = Math.floor(rand() * doc.topology.services.length);
    doc.topology.services[i].layer = 'no-such-layer';
    return { doc, path: `topology.services[${i}].layer` };
  },
};

function malformed(count: number, seed: number): Mutant[] {
  const rand = mulberry32(seed);
  const kinds = Object.keys(MUTATIONS);
  const out: Mutant[] = [];
  while (out.length < count) {
    const kind = kinds[out.length % kinds.length]; // every kind equally often
    const mutant = MUTATIONS[kind](clone(demoContent), rand);
    if (mutant) out.push({ ...mutant, kind });
  }
  return out;
}

describe(`${COUNT} seeded malformed documents`, () => {
  const mutants = malformed(COUNT, SEED);
  let results: (Mutant & { result: ValidationResult })[] = [];
  beforeAll(async () => {
    results = await Promise.all(mutants.map(async m => ({ ...m, result: await validateContent(m.doc) })));
  });

  it('uses every kind of mutation', () => {
    expect(new Set(mutants.map(m => m.kind))).toEqual(new Set(Object.keys(MUTATIONS)));
  });

  it('refuses all of them (0 accepted), never throwing', () => {
    const accepted = results.filter(r => r.result.ok).map(r => `${r.kind} at ${r.path}`);
    expect(accepted).toEqual([]);
  });

  it('names the mutated field in every refusal, and a path in every error', () => {
    const missed: string[] = [];
    for (const r of results) {
      if (r.result.ok) continue;
      const paths = r.result.errors.map(e => e.path);
      if (!paths.includes(r.path)) missed.push(`${r.kind}: expected ${r.path}, got ${paths.join(', ')}`);
      for (const e of r.result.errors) if (!e.path || !e.message || (e.path === '(document)' && r.path !== '(document)')) missed.push(`${r.kind}: pathless error ${JSON.stringify(e)}`);
    }
    expect(missed).toEqual([]);
  });

  it('is the same set for the same seed', () => {
    expect(malformed(20, SEED).map(m => m.path)).toEqual(mutants.slice(0, 20).map(m => m.path));
  });
});

/** Each field's limit, by its key (array items by their list's key); the smallest where a key means several. */
const LIMIT_OF: Record<string, number> = {
  name: LIMITS.name, title: LIMITS.title, summary: LIMITS.text, role: LIMITS.text, label: LIMITS.label, suffix: LIMITS.suffix,
  bootLines: LIMITS.line, lines: LIMITS.line, tags: LIMITS.label, problem: LIMITS.text, rootCause: LIMITS.text, solution: LIMITS.text,
  impact: LIMITS.text, context: LIMITS.text, decision: LIMITS.text, tradeoff: LIMITS.text, expansion: LIMITS.title, motto: LIMITS.title,
  body: LIMITS.text, practice: LIMITS.text, status: LIMITS.label, pipeline: LIMITS.label, metrics: LIMITS.title, symptom: LIMITS.text,
  objective: LIMITS.text, prompt: LIMITS.text, hint: LIMITS.text, log: LIMITS.line, pitch: LIMITS.text, highlights: LIMITS.title,
  eyebrow: LIMITS.eyebrow, heading: LIMITS.heading, tagline: LIMITS.tagline, lead: LIMITS.lead,
};
const ENUM_KEYS = new Set(['kind', 'outcome']);

/** The demo document with every free text replaced by one word exactly as long as its field allows. */
function longWords(): ContentDocument {
  const doc = clone(demoContent);
  for (const { path, value } of nodes(doc)) {
    if (typeof value !== 'string' || !path.length) continue;
    const last = path[path.length - 1];
    const key = String(typeof last === 'number' ? path[path.length - 2] : last);
    const enumLike = ENUM_KEYS.has(key) || (key === 'status' && path[0] !== 'modules');
    if (LIMIT_OF[key] && !enumLike) setAt(doc, path, 'W'.repeat(LIMIT_OF[key]));
  }
  return doc;
}

describe('extreme valid documents', () => {
  it('every text at its limit, in one long word', async () => {
    const doc = longWords();
    expect(doc.profile!.name).toHaveLength(LIMITS.name);
    const r = await validateContent(doc);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('500 services', async () => {
    const topology = clone(demoContent.topology);
    topology.services = Array.from({ length: 500 }, (_, i) => ({ id: `svc-${i}`, name: `Service ${i}`, layer: topology.layers[i % topology.layers.length].id, role: `Handles shard ${i}.` }));
    topology.requestPath = ['svc-0', 'svc-1', 'svc-2', 'svc-499'];
    const r = await validateContent(JSON.stringify({ topology }));
    expect(r.ok && r.content.topology!.services.length).toBe(500);
  });

  it('10,000 log entries', async () => {
    const logs = Array.from({ length: 10_000 }, (_, i) => ({ year: 2000 + (i % 26), title: `Entry ${i}`, lines: [`line ${i}.1`, `line ${i}.2`], tags: ['bulk'] }));
    const r = await validateContent({ logs });
    expect(r.ok && r.content.logs!.length).toBe(10_000);
  });
});
