import { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { json } from '@codemirror/lang-json';
import { EditorState } from '@codemirror/state';
import schemaJson from '../../schema/content.schema.json';
import { describe as describeSchema, describeAtPos, JsonSchema, keysOf, schemaAt, schemaCompletion } from './schema-assist';

const schema = schemaJson as JsonSchema;

/** Completions at the `|` in `text`. */
function complete(text: string, explicit = false): CompletionResult | null {
  const pos = text.indexOf('|');
  const state = EditorState.create({ doc: text.replace('|', ''), extensions: [json()] });
  return schemaCompletion(schema)(new CompletionContext(state, pos, explicit)) as CompletionResult | null;
}
const labels = (r: CompletionResult | null) => r?.options.map(o => o.label) ?? [];

describe('schema lookups', () => {
  it('walks properties and items to an enum, and knows what is required', () => {
    const status = schemaAt(schema, ['decisions', 3, 'status']);
    expect(status.schemas[0].enum).toEqual(['proposed', 'accepted', 'superseded', 'deprecated']);
    expect(status.required).toBe(true);
    expect(schemaAt(schema, ['decisions', 0, 'date']).required).toBe(false);
    expect(schemaAt(schema, ['decisions', 0, 'nope']).schemas).toEqual([]);
  });

  it('lists the keys an object takes, required ones marked', () => {
    const keys = keysOf(schemaAt(schema, ['profile']));
    expect(keys.map(k => k.key)).toEqual(['name', 'title', 'summary', 'bootLines', 'stats']);
    expect(keys.every(k => k.required)).toBe(true);
    expect(keysOf(schemaAt(schema, ['recruiter'])).find(k => k.key === 'email')?.required).toBe(false);
  });

  it('describes a field in one line', () => {
    expect(describeSchema(schema, ['topology', 'layers', 0, 'orbit'])).toEqual({ path: 'topology.layers[0].orbit', summary: 'number · from 0 to 1 · required' });
    expect(describeSchema(schema, ['decisions', 0, 'status'])!.summary).toBe('one of proposed, accepted, superseded, deprecated · required');
    expect(describeSchema(schema, ['logs'])!.summary).toBe('array of object · optional');
    expect(describeSchema(schema, ['outage', 'scenarios'])!.summary).toBe('array of object · at least 1 item · required');
    expect(describeSchema(schema, ['nope'])).toBeNull();
  });

  it('follows local $refs and anyOf branches', () => {
    const s: JsonSchema = {
      definitions: { link: { type: 'object', properties: { href: { type: 'string', description: 'http(s) or mailto' } }, required: ['href'] } },
      anyOf: [{ type: 'object', properties: { links: { type: 'array', items: { $ref: '#/definitions/link' } } } }, { type: 'object', properties: { basics: { type: 'object' } } }],
    } as JsonSchema;
    expect(describeSchema(s, ['links', 0, 'href'])).toEqual({ path: 'links[0].href', summary: 'string · required', description: 'http(s) or mailto' });
    expect(keysOf(schemaAt(s, [])).map(k => k.key)).toEqual(['links', 'basics']);
  });
});

describe('schema completion', () => {
  it('offers a section’s keys while a property name is typed, leaving out those present', () => {
    const r = complete('{"profile": {"name": "Ada", "ti|"}}');
    // Filtered on the text between the quotes: `ti`.
    expect(labels(r)).toEqual(['title', 'summary', 'bootLines', 'stats']);
    expect([r!.from, r!.to]).toEqual(['{"profile": {"name": "Ada", "'.length, '{"profile": {"name": "Ada", "ti'.length]);
  });

  it('offers the top-level sections, and keys in an empty object on request', () => {
    expect(labels(complete('{"|"}'))).toEqual(expect.arrayContaining(['profile', 'topology', 'decisions', 'recruiter']));
    expect(labels(complete('{"recruiter": {|}}', true))).toEqual(['pitch', 'highlights', 'email', 'endpoint', 'links']);
    expect(complete('{"recruiter": {|}}', false)).toBeNull();
  });

  it('offers enum values in a value and right after a colon', () => {
    const values = ['proposed', 'accepted', 'superseded', 'deprecated'];
    const inQuotes = complete('{"decisions": [{"id": "A", "status": "acc|"}]}');
    expect(labels(inQuotes)).toEqual(values);
    expect(inQuotes!.options[1].apply).toBe('accepted'); // between the quotes already there
    const afterColon = complete('{"decisions": [{"status": |}]}');
    expect(labels(afterColon)).toEqual(values.map(v => `"${v}"`));
    expect(afterColon!.options[1].apply).toBe('"accepted"');
    expect(labels(complete('{"topology": {"layers": [{"kind": "|"}]}}'))).toEqual(['core', 'async', 'infra', 'edge']);
    expect(complete('{"profile": {"name": "A|"}}')).toBeNull(); // free text: nothing to suggest
  });

  it('describes the path under the cursor', () => {
    const text = '{"incidents": [{"status": "resolved"}]}';
    const state = EditorState.create({ doc: text, extensions: [json()] });
    expect(describeAtPos(schema, state, text.indexOf('resolved'))!.path).toBe('incidents[0].status');
  });
});
