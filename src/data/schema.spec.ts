/**
 * The published JSON Schema (schema/content.schema.json, written by
 * scripts/build-schema.mjs from schema.ts at every build) carries the limits
 * editors need: every text has a maxLength, links and endpoints a pattern.
 */
import { SAFE_ENDPOINT, SAFE_HREF } from './links';
import { LIMITS } from './schema';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const schema = require('../../schema/content.schema.json');

type Node = Record<string, any>;

/** Every string schema in the document, with a readable path. */
function strings(node: Node, path = '', out: [string, Node][] = []): [string, Node][] {
  if (node.$ref) return strings(schema.$defs[node.$ref.replace('#/$defs/', '')], path, out);
  if (node.type === 'string') out.push([path, node]);
  for (const [key, child] of Object.entries<Node>(node.properties ?? {})) strings(child, `${path}.${key}`, out);
  if (node.items) strings(node.items, `${path}[]`, out);
  return out;
}

describe('schema/content.schema.json', () => {
  const all = strings(schema);
  const at = (path: string) => all.find(([p]) => p === path)?.[1];

  it('limits the length of every text (only $schema is free)', () => {
    expect(all.length).toBeGreaterThan(80);
    expect(all.filter(([, s]) => s.maxLength === undefined && !s.enum).map(([p]) => p)).toEqual(['.$schema']);
  });

  it('gives each kind of field its limit', () => {
    expect(at('.profile.name')!.maxLength).toBe(LIMITS.name);
    expect(at('.decisions[].title')!.maxLength).toBe(LIMITS.title);
    expect(at('.logs[].lines[]')!.maxLength).toBe(LIMITS.line);
    expect(at('.incidents[].rootCause')!.maxLength).toBe(LIMITS.text);
    expect(at('.topology.services[].id')!.maxLength).toBe(LIMITS.id);
    expect(at('.recruiter.email')).toMatchObject({ maxLength: LIMITS.email, format: 'email' });
    expect(at('.sections.logs.eyebrow')!.maxLength).toBe(LIMITS.eyebrow);
    expect(at('.sections.recruiter.lead')!.maxLength).toBe(LIMITS.lead);
  });

  it('publishes the link, endpoint and date rules', () => {
    expect(at('.recruiter.links[].href')!.pattern).toBe(SAFE_HREF.source);
    expect(at('.recruiter.endpoint')!.pattern).toBe(SAFE_ENDPOINT.source);
    expect(at('.decisions[].date')!.format).toBe('date');
  });

  it('describes section chrome once, for all nine sections', () => {
    expect(Object.keys(schema.properties.sections.properties)).toEqual(['profile', 'topology', 'logs', 'incidents', 'decisions', 'principles', 'modules', 'outage', 'recruiter']);
    expect(schema.$defs.SectionChrome).toMatchObject({ type: 'object', additionalProperties: false });
    expect(Object.keys(schema.$defs.SectionChrome.properties)).toEqual(['eyebrow', 'heading', 'tagline', 'lead']);
  });

  it('refuses arrays for objects and unknown keys', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.outage.properties.scenarios.items.properties.steps.items.properties.options.items.properties.effect.type).toBe('object');
  });
});
