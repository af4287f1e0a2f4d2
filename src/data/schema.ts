/**
 * The content schema (valibot). One definition serves both the run-time
 * validator and the published JSON Schema (scripts/build-schema.mjs): length
 * limits, enums, ranges and link patterns land in both; cross-references
 * (unique ids, layer and request-path references) and calendar dates are
 * checked at run time only.
 */
import * as v from 'valibot';
import { isSafeEndpoint, isSafeHref, SAFE_ENDPOINT, SAFE_HREF } from './links';
import type { ContentDocument, SectionKey } from './types';

/**
 * Longest text per kind of field, in characters. Generous for real content,
 * small enough that one field cannot swamp a page.
 */
export const LIMITS = {
  /** Ids, referenced by selection and request paths. */
  id: 64,
  /** Chips and labels: stat labels, tags, pipeline stages, statuses. */
  label: 60,
  /** A stat's suffix ("M+", "%"). */
  suffix: 12,
  /** Names of people, services, layers, principles, modules; link labels. */
  name: 120,
  /** Titles and one-line texts: job titles, record titles, options, mottos, metric chips. */
  title: 200,
  /** A line of text: boot lines, log lines, highlights, game log lines. */
  line: 500,
  /** A paragraph: summaries, problem/solution/impact, context, pitch paragraphs. */
  text: 2000,
  /** Section chrome. */
  eyebrow: 80,
  heading: 200,
  tagline: 300,
  lead: 2000,
  /** RFC 5321's longest address. */
  email: 254,
  url: 2048,
} as const;

// --- Building blocks (also used by the JSON Resume reader) ---

/** A trimmed string of at most `max` characters (may be empty). */
export const str = (max: number) =>
  v.pipe(
    v.string('expected a string'),
    v.trim(),
    v.maxLength(max, issue => `expected at most ${max} characters, got ${issue.received}`),
  );
/** A trimmed, non-empty string of at most `max` characters. */
export const text = (max: number) => v.pipe(str(max), v.nonEmpty('expected a non-empty string'));
const num = () => v.pipe(v.number('expected a number'), v.finite('expected a finite number'));
export const list = <T extends v.GenericSchema>(item: T, min = 0) =>
  v.pipe(v.array(item, 'expected an array'), v.minLength(min, `expected at least ${min} item${min === 1 ? '' : 's'}`));
const oneOf = <T extends readonly string[]>(options: T) => v.picklist(options, `expected one of ${options.join(', ')}`);

/** A plain object, never an array (valibot's object schemas take arrays as objects). */
export const plainObject = () =>
  v.custom<Record<string, unknown>>(input => typeof input === 'object' && input !== null && !Array.isArray(input), 'expected an object');

const objectMessage = (entries: object) => (issue: v.BaseIssue<unknown>) =>
  issue.expected === 'never'
    ? `unknown field; expected one of ${Object.keys(entries).join(', ')}`
    : issue.input === undefined && issue.path?.length
      ? 'missing required field'
      : 'expected an object';

/** Strict objects: a misspelt field is an error rather than silently lost text. */
const obj = <T extends v.ObjectEntries>(entries: T) => v.pipe(plainObject(), v.strictObject(entries, objectMessage(entries)));
/** Loose objects keep fields the kit does not use (JSON Resume carries many). */
export const looseObj = <T extends v.ObjectEntries>(entries: T) => v.pipe(plainObject(), v.looseObject(entries, objectMessage(entries)));

export const href = () =>
  v.pipe(
    text(LIMITS.url),
    v.regex(SAFE_HREF, 'expected an http(s) link with a host, or a mailto link'),
    // Only where the pattern passed (one message per problem): the URL parser catches `https://:80`.
    v.check(x => !SAFE_HREF.test(x) || isSafeHref(x), 'expected an http(s) link with a host, or a mailto link'),
  );
export const email = () => v.pipe(str(LIMITS.email), v.email('expected an email address'));

/** A real calendar day (2024-02-31 is not one). */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const isoDate = () =>
  v.pipe(
    str(10),
    v.isoDate('expected a date as YYYY-MM-DD'),
    v.check(x => !v.ISO_DATE_REGEX.test(x) || isCalendarDate(x), 'expected a real calendar date (YYYY-MM-DD)'),
  );

/**
 * The second and later items whose `id` is already used in the list, each as
 * `[index, 'id']` with a message naming the first. Selection and request paths
 * work by id, so ids must be unique. Items without a string id are skipped
 * (their own schema reports them).
 */
export function duplicateIds(items: readonly unknown[]): { keys: [number, 'id']; message: string }[] {
  const first = new Map<string, number>();
  const found: { keys: [number, 'id']; message: string }[] = [];
  items.forEach((item, i) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const seen = first.get(id.trim());
    if (seen === undefined) first.set(id.trim(), i);
    else found.push({ keys: [i, 'id'], message: `duplicate id "${id.trim()}"; item ${seen} already uses it` });
  });
  return found;
}

/** A list whose items' ids must be unique (checked even when other fields are wrong). */
const uniqueList = <T extends v.GenericSchema<unknown, { id: string }>>(item: T, min = 0) =>
  v.pipe(
    list(item, min),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!Array.isArray(dataset.value)) return;
      for (const { keys, message } of duplicateIds(dataset.value)) addIssue({ message, path: pathOf(dataset.value, keys) });
    }),
  );

const fraction = () => v.pipe(num(), v.minValue(0, 'expected a fraction 0..1'), v.maxValue(1, 'expected a fraction 0..1'));
const metrics = {
  latencyMs: v.pipe(num(), v.minValue(0, 'expected a number >= 0')),
  errorRate: fraction(),
  throughputRps: v.pipe(num(), v.minValue(0, 'expected a number >= 0')),
};

// --- Sections ---

/** One section's chrome (published once in the JSON Schema, as `$defs/SectionChrome`). */
export const SectionChromeSchema = obj({
  eyebrow: v.optional(str(LIMITS.eyebrow)),
  heading: v.optional(str(LIMITS.heading)),
  tagline: v.optional(str(LIMITS.tagline)),
  lead: v.optional(str(LIMITS.lead)),
});

const SECTION_KEYS: readonly SectionKey[] = ['profile', 'topology', 'logs', 'incidents', 'decisions', 'principles', 'modules', 'outage', 'recruiter'];

export const SectionsSchema = obj(
  Object.fromEntries(SECTION_KEYS.map(key => [key, v.optional(SectionChromeSchema)])) as Record<SectionKey, v.OptionalSchema<typeof SectionChromeSchema, undefined>>,
);

export const ProfileSchema = obj({
  name: text(LIMITS.name),
  title: str(LIMITS.title),
  summary: str(LIMITS.text),
  bootLines: list(str(LIMITS.line)),
  stats: list(obj({ label: text(LIMITS.label), value: num(), suffix: v.optional(str(LIMITS.suffix)) })),
});

export const TopologySchema = v.pipe(
  obj({
    layers: uniqueList(
      obj({
        id: text(LIMITS.id),
        name: text(LIMITS.name),
        kind: oneOf(['core', 'async', 'infra', 'edge'] as const),
        orbit: fraction(),
        speed: num(),
      }),
      1,
    ),
    services: uniqueList(obj({ id: text(LIMITS.id), name: text(LIMITS.name), layer: text(LIMITS.id), role: str(LIMITS.text) })),
    requestPath: list(text(LIMITS.id)),
    guide: v.optional(obj({ eyebrow: v.optional(str(LIMITS.eyebrow)), heading: v.optional(str(LIMITS.heading)), text: v.optional(str(LIMITS.text)) })),
  }),
  // Cross-references: a service's layer and every request hop must exist.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { layers, services, requestPath } = dataset.value;
    const layerIds = new Set(layers.map(l => l.id));
    const serviceIds = new Set(services.map(s => s.id));
    services.forEach((s, i) => {
      if (!layerIds.has(s.layer)) {
        addIssue({ message: `unknown layer "${s.layer}"; expected one of ${[...layerIds].join(', ')}`, path: pathOf(dataset.value, ['services', i, 'layer']) });
      }
    });
    requestPath.forEach((id, i) => {
      if (!serviceIds.has(id)) addIssue({ message: `unknown service "${id}"`, path: pathOf(dataset.value, ['requestPath', i]) });
    });
  }),
);

export const LogsSchema = list(
  obj({
    year: v.pipe(num(), v.integer('expected a whole year')),
    title: text(LIMITS.title),
    lines: list(str(LIMITS.line)),
    tags: v.optional(list(text(LIMITS.label))),
  }),
);

export const IncidentsSchema = uniqueList(
  obj({
    id: text(LIMITS.id),
    title: text(LIMITS.title),
    status: oneOf(['resolved', 'mitigated', 'investigating'] as const),
    problem: str(LIMITS.text),
    rootCause: str(LIMITS.text),
    solution: str(LIMITS.text),
    impact: str(LIMITS.text),
    summary: v.optional(str(LIMITS.text)),
  }),
);

export const DecisionsSchema = uniqueList(
  obj({
    id: text(LIMITS.id),
    title: text(LIMITS.title),
    status: oneOf(['proposed', 'accepted', 'superseded', 'deprecated'] as const),
    context: str(LIMITS.text),
    decision: str(LIMITS.text),
    tradeoff: str(LIMITS.text),
    impact: str(LIMITS.text),
    date: v.optional(isoDate()),
  }),
);

export const PrinciplesSchema = uniqueList(
  obj({
    id: text(LIMITS.id),
    name: text(LIMITS.name),
    expansion: str(LIMITS.title),
    tag: v.optional(str(LIMITS.label)),
    motto: str(LIMITS.title),
    body: str(LIMITS.text),
    practice: str(LIMITS.text),
  }),
);

export const ModulesSchema = uniqueList(
  obj({
    id: text(LIMITS.id),
    name: text(LIMITS.name),
    status: text(LIMITS.label),
    pipeline: list(text(LIMITS.label), 1),
    problem: str(LIMITS.text),
    solution: str(LIMITS.text),
    impact: str(LIMITS.text),
    metrics: list(str(LIMITS.title)),
  }),
);

export const OutageSchema = obj({
  scoring: v.optional(obj({ cleanFix: num(), hint: num(), crash: num() })),
  scenarios: uniqueList(
    obj({
      id: text(LIMITS.id),
      title: text(LIMITS.title),
      symptom: str(LIMITS.text),
      objective: str(LIMITS.text),
      metrics: obj(metrics),
      affects: v.optional(list(text(LIMITS.id))),
      steps: list(
        obj({
          prompt: text(LIMITS.text),
          hint: str(LIMITS.text),
          options: list(
            obj({
              label: text(LIMITS.title),
              outcome: oneOf(['clean', 'ok', 'crash'] as const),
              effect: obj({
                latencyMs: v.optional(num()),
                errorRate: v.optional(num()),
                throughputRps: v.optional(num()),
              }),
              log: str(LIMITS.line),
            }),
            1,
          ),
        }),
        1,
      ),
    }),
    1,
  ),
});

export const RecruiterSchema = obj({
  pitch: list(str(LIMITS.text)),
  highlights: v.optional(list(text(LIMITS.title))),
  email: v.optional(email()),
  endpoint: v.optional(
    v.pipe(
      text(LIMITS.url),
      v.regex(SAFE_ENDPOINT, 'expected an http(s) URL with a host, or a URL relative to the page'),
      v.check(x => !SAFE_ENDPOINT.test(x) || isSafeEndpoint(x), 'expected an http(s) URL with a host, or a URL relative to the page'),
    ),
  ),
  links: v.optional(list(obj({ label: text(LIMITS.name), href: href() }))),
});

export const ContentSchema = obj({
  $schema: v.optional(v.string()),
  sections: v.optional(SectionsSchema),
  profile: v.optional(ProfileSchema),
  topology: v.optional(TopologySchema),
  logs: v.optional(LogsSchema),
  incidents: v.optional(IncidentsSchema),
  decisions: v.optional(DecisionsSchema),
  principles: v.optional(PrinciplesSchema),
  modules: v.optional(ModulesSchema),
  outage: v.optional(OutageSchema),
  recruiter: v.optional(RecruiterSchema),
});

/**
 * The published JSON Schema's descriptions, by JSON pointer into it (scripts/build-schema.mjs
 * writes them in). Kept beside the schema but out of it: the run-time validator never reads a
 * description, and as `v.description()` actions they were 0.2 kB of every page with content.
 */
export const DESCRIPTIONS: Record<string, string> = {
  '/properties/sections': "Each section's chrome (eyebrow, heading, tagline, lead). An element's own attributes win; pieces left out show the demo's words.",
  '/properties/topology/properties/guide': 'How to read the map, shown beside it while no service is inspected.',
  '/properties/principles/items/properties/tag': 'A short tag shown under the expansion.',
  '/$defs/SectionChrome/properties/eyebrow': 'The small line above the heading; "" hides it.',
  '/$defs/SectionChrome/properties/heading': 'The section heading; "" hides it.',
  '/$defs/SectionChrome/properties/tagline': 'A strong line under the heading; "" hides it.',
  '/$defs/SectionChrome/properties/lead': 'The short text under the heading; "" hides it.',
};

/** The document's top-level keys (besides `$schema`). */
export const CONTENT_KEYS = Object.keys(ContentSchema.pipe[1].entries).filter(k => k !== '$schema') as (keyof ContentDocument)[];

/** Builds a valibot issue path (for rawCheck issues) from plain keys. */
export function pathOf(root: unknown, keys: (string | number)[]): [v.IssuePathItem, ...v.IssuePathItem[]] {
  let input: any = root;
  return keys.map(key => {
    const item = { type: 'object', origin: 'value', input, key, value: input?.[key] } as v.IssuePathItem;
    input = input?.[key];
    return item;
  }) as [v.IssuePathItem, ...v.IssuePathItem[]];
}

// Compile-time guard: the schema's output must stay assignable to the public types.
type Out = v.InferOutput<typeof ContentSchema>;
export type SchemaMatchesTypes = Omit<Out, '$schema'> extends ContentDocument ? true : never;
const _check: SchemaMatchesTypes = true;
void _check;
