import { demoContent } from './demo';
import { describeIssues, validateContent } from './validate';

const errorsOf = (doc: unknown) => {
  const r = validateContent(doc);
  if (r.ok) throw new Error('expected the document to be refused');
  return describeIssues(r.errors);
};

describe('validateContent', () => {
  it('accepts the whole demo document', () => {
    const r = validateContent(JSON.parse(JSON.stringify(demoContent)));
    expect(r.ok).toBe(true);
  });

  it('accepts an empty document and any subset of sections', () => {
    expect(validateContent({}).ok).toBe(true);
    expect(validateContent({ logs: demoContent.logs }).ok).toBe(true);
  });

  it('accepts a JSON string and a $schema key, which is not kept', () => {
    const r = validateContent(JSON.stringify({ $schema: './schema.json', logs: [] }));
    expect(r).toEqual({ ok: true, content: { logs: [] } });
  });

  it('refuses a bad enum with its path and the allowed values', () => {
    const first = demoContent.decisions[0];
    const decisions = [first, { ...first, id: 'ADR-002' }, { ...first, id: 'ADR-003', status: 'maybe' as any }];
    expect(errorsOf({ decisions })).toEqual(['decisions[2].status: expected one of proposed, accepted, superseded, deprecated']);
  });

  it('refuses wrong types, missing fields and empty required text, reporting every problem', () => {
    const errors = errorsOf({
      profile: { name: '', title: 't', summary: 's', bootLines: 'boot', stats: [{ label: 'users', value: '10' }] },
      logs: [{ year: 2024.5, title: 'x', lines: [] }],
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'profile.name: expected a non-empty string',
        'profile.bootLines: expected an array',
        'profile.stats[0].value: expected a number',
        'logs[0].year: expected a whole year',
      ]),
    );
    expect(errorsOf({ incidents: [{ id: 'a', title: 'b', status: 'resolved' }] })).toEqual(
      expect.arrayContaining(['incidents[0].problem: missing required field']),
    );
  });

  it('refuses unknown keys, naming the field and the expected ones', () => {
    const [error] = errorsOf({ principles: [{ ...demoContent.principles[0], moto: 'typo' }] });
    expect(error).toMatch(/^principles\[0\]\.moto: unknown field; expected one of id, name, expansion, motto, body, practice$/);
    expect(errorsOf({ prolife: {} })[0]).toMatch(/^prolife: unknown field/);
  });

  it('refuses links other than http(s) and mailto', () => {
    const recruiter = { ...demoContent.recruiter, links: [{ label: 'x', href: 'javascript:alert(1)' }] };
    expect(errorsOf({ recruiter })).toEqual(['recruiter.links[0].href: expected an http(s) or mailto link']);
  });

  it('checks topology references: service layers and request path ids', () => {
    const topology = {
      ...demoContent.topology,
      services: [...demoContent.topology.services, { id: 'ghost', name: 'Ghost', layer: 'nowhere', role: '' }],
      requestPath: ['gateway', 'nope'],
    };
    const errors = errorsOf({ topology });
    expect(errors).toContain(`topology.services[${demoContent.topology.services.length}].layer: unknown layer "nowhere"; expected one of core, async, infra, edge`);
    expect(errors).toContain('topology.requestPath[1]: unknown service "nope"');
  });

  it('refuses out-of-range numbers', () => {
    const layers = [{ ...demoContent.topology.layers[0], orbit: 1.5 }];
    expect(errorsOf({ topology: { ...demoContent.topology, layers, services: [], requestPath: [] } })).toEqual(['topology.layers[0].orbit: expected a fraction 0..1']);
  });

  it('reports invalid JSON and non-objects without throwing', () => {
    expect(errorsOf('{ nope')[0]).toMatch(/^\(document\): invalid JSON/);
    expect(errorsOf(42)).toEqual(['(document): expected an object']);
    expect(errorsOf(null)).toEqual(['(document): expected an object']);
  });
});
