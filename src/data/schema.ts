/**
 * The content schema (valibot). One definition serves both the run-time
 * validator and the published JSON Schema (scripts/build-schema.mjs).
 */
import * as v from 'valibot';
import { SAFE_HREF } from '../utils/links';
import type { ContentDocument } from './types';

const str = () => v.pipe(v.string('expected a string'), v.trim());
const text = () => v.pipe(str(), v.nonEmpty('expected a non-empty string'));
const num = () => v.pipe(v.number('expected a number'), v.finite('expected a finite number'));
const list = <T extends v.GenericSchema>(item: T, min = 0) =>
  v.pipe(v.array(item, 'expected an array'), v.minLength(min, `expected at least ${min} item${min === 1 ? '' : 's'}`));
const oneOf = <T extends readonly string[]>(options: T) =>
  v.picklist(options, `expected one of ${options.join(', ')}`);
/** Strict objects: a misspelt field is an error rather than silently lost text. */
const obj = <T extends v.ObjectEntries>(entries: T) =>
  v.strictObject(entries, issue =>
    issue.expected === 'never'
      ? `unknown field; expected one of ${Object.keys(entries).join(', ')}`
      : issue.input === undefined && issue.path?.length
        ? 'missing required field'
        : 'expected an object',
  );

const href = () => v.pipe(text(), v.regex(SAFE_HREF, 'expected an http(s) or mailto link'));

const metrics = {
  latencyMs: v.pipe(num(), v.minValue(0, 'expected a number >= 0')),
  errorRate: v.pipe(num(), v.minValue(0, 'expected a fraction 0..1'), v.maxValue(1, 'expected a fraction 0..1')),
  throughputRps: v.pipe(num(), v.minValue(0, 'expected a number >= 0')),
};

export const ProfileSchema = obj({
  name: text(),
  title: str(),
  summary: str(),
  bootLines: list(str()),
  stats: list(obj({ label: text(), value: num(), suffix: v.optional(str()) })),
});

export const TopologySchema = v.pipe(
  obj({
    layers: list(
      obj({
        id: text(),
        name: text(),
        kind: oneOf(['core', 'async', 'infra', 'edge'] as const),
        orbit: v.pipe(num(), v.minValue(0, 'expected a fraction 0..1'), v.maxValue(1, 'expected a fraction 0..1')),
        speed: num(),
      }),
      1,
    ),
    services: list(obj({ id: text(), name: text(), layer: text(), role: str() })),
    requestPath: list(text()),
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

export const LogsSchema = list(obj({ year: v.pipe(num(), v.integer('expected a whole year')), title: text(), lines: list(str()), tags: v.optional(list(text())) }));

export const IncidentsSchema = list(
  obj({
    id: text(),
    title: text(),
    status: oneOf(['resolved', 'mitigated', 'investigating'] as const),
    problem: str(),
    rootCause: str(),
    solution: str(),
    impact: str(),
    summary: v.optional(str()),
  }),
);

export const DecisionsSchema = list(
  obj({
    id: text(),
    title: text(),
    status: oneOf(['proposed', 'accepted', 'superseded', 'deprecated'] as const),
    context: str(),
    decision: str(),
    tradeoff: str(),
    impact: str(),
    date: v.optional(v.pipe(str(), v.isoDate('expected a date as YYYY-MM-DD'))),
  }),
);

export const PrinciplesSchema = list(obj({ id: text(), name: text(), expansion: str(), motto: str(), body: str(), practice: str() }));

export const ModulesSchema = list(
  obj({
    id: text(),
    name: text(),
    status: text(),
    pipeline: list(text(), 1),
    problem: str(),
    solution: str(),
    impact: str(),
    metrics: list(str()),
  }),
);

export const OutageSchema = obj({
  scoring: v.optional(obj({ cleanFix: num(), hint: num(), crash: num() })),
  scenarios: list(
    obj({
      id: text(),
      title: text(),
      symptom: str(),
      objective: str(),
      metrics: obj(metrics),
      affects: v.optional(list(text())),
      steps: list(
        obj({
          prompt: text(),
          hint: str(),
          options: list(
            obj({
              label: text(),
              outcome: oneOf(['clean', 'ok', 'crash'] as const),
              effect: obj({
                latencyMs: v.optional(num()),
                errorRate: v.optional(num()),
                throughputRps: v.optional(num()),
              }),
              log: str(),
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
  pitch: list(str()),
  highlights: v.optional(list(text())),
  email: v.optional(v.pipe(str(), v.email('expected an email address'))),
  endpoint: v.optional(text()),
  links: v.optional(list(obj({ label: text(), href: href() }))),
});

export const ContentSchema = obj({
  $schema: v.optional(v.string()),
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

/** Builds a valibot issue path (for rawCheck issues) from plain keys. */
function pathOf(root: unknown, keys: (string | number)[]): [v.IssuePathItem, ...v.IssuePathItem[]] {
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
