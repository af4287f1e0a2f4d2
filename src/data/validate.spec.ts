import { demoContent } from './demo';
import { LIMITS } from './schema';
import { describeIssues, validateContent } from './validate';

const errorsOf = async (doc: unknown) => {
  const r = await validateContent(doc);
  if (r.ok) throw new Error('expected the document to be refused');
  return describeIssues(r.errors);
};

describe('validateContent', () => {
  it('accepts the whole demo document', async () => {
    const r = await validateContent(JSON.parse(JSON.stringify(demoContent)));
    expect(r.ok).toBe(true);
  });

  it('accepts an empty document and any subset of sections', async () => {
    expect((await validateContent({})).ok).toBe(true);
    expect((await validateContent({ logs: demoContent.logs })).ok).toBe(true);
  });

  it('accepts a JSON string and a $schema key, which is not kept', async () => {
    const r = await validateContent(JSON.stringify({ $schema: './schema.json', logs: [] }));
    expect(r).toEqual({ ok: true, content: { logs: [] } });
  });

  it('refuses a bad enum with its path and the allowed values', async () => {
    const first = demoContent.decisions[0];
    const decisions = [first, { ...first, id: 'ADR-002' }, { ...first, id: 'ADR-003', status: 'maybe' as any }];
    expect(await errorsOf({ decisions })).toEqual(['decisions[2].status: expected one of proposed, accepted, superseded, deprecated']);
  });

  it('refuses wrong types, missing fields and empty required text, reporting every problem', async () => {
    const errors = await errorsOf({
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
    expect(await errorsOf({ incidents: [{ id: 'a', title: 'b', status: 'resolved' }] })).toEqual(
      expect.arrayContaining(['incidents[0].problem: missing required field']),
    );
  });

  it('refuses unknown keys, naming the field and the expected ones', async () => {
    const [error] = await errorsOf({ principles: [{ ...demoContent.principles[0], moto: 'typo' }] });
    expect(error).toMatch(/^principles\[0\]\.moto: unknown field; expected one of id, name, expansion, tag, motto, body, practice$/);
    expect((await errorsOf({ prolife: {} }))[0]).toMatch(/^prolife: unknown field/);
  });

  it('refuses links other than http(s) with a host and mailto with an address', async () => {
    for (const href of ['javascript:alert(1)', 'https://', 'http://', 'https://:443/x', 'https:///path', 'mailto:', 'mailto:?subject=hi', 'ftp://example.com', 'https://exa mple.com']) {
      const recruiter = { ...demoContent.recruiter, links: [{ label: 'x', href }] };
      expect(await errorsOf({ recruiter })).toEqual(['recruiter.links[0].href: expected an http(s) link with a host, or a mailto link']);
    }
    for (const href of ['https://example.com', 'HTTP://EXAMPLE.COM/a?b#c', 'mailto:me@example.com?subject=Hi', 'https://user@example.com:8443/x']) {
      expect((await validateContent({ recruiter: { ...demoContent.recruiter, links: [{ label: 'x', href }] } })).ok).toBe(true);
    }
  });

  it('refuses contact endpoints that are not http(s) or relative', async () => {
    for (const endpoint of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,hi', 'mailto:me@example.com', 'ftp://example.com/x', 'https://', 'java\tscript:alert(1)']) {
      expect(await errorsOf({ recruiter: { ...demoContent.recruiter, endpoint } })).toEqual([
        'recruiter.endpoint: expected an http(s) URL with a host, or a URL relative to the page',
      ]);
    }
    for (const endpoint of ['/api/contact', 'contact', '../x/contact?y=1', 'https://api.example.com/contact', '//api.example.com/contact']) {
      expect((await validateContent({ recruiter: { ...demoContent.recruiter, endpoint } })).ok).toBe(true);
    }
  });

  it('refuses arrays where objects belong, at their path', async () => {
    expect(await errorsOf('[]')).toEqual(['(document): expected an object']);
    expect(await errorsOf({ profile: [] })).toEqual(['profile: expected an object']);
    const scenario = demoContent.outage.scenarios[0];
    const steps = [{ ...scenario.steps[0], options: [{ ...scenario.steps[0].options[0], effect: [] }] }];
    expect(await errorsOf({ outage: { scenarios: [{ ...scenario, steps }] } })).toEqual(['outage.scenarios[0].steps[0].options[0].effect: expected an object']);
    expect(await errorsOf({ sections: { logs: [] } })).toEqual(['sections.logs: expected an object']);
  });

  it.each([
    ['topology.layers', 1],
    ['topology.services', 3],
    ['incidents', 1],
    ['decisions', 2],
    ['principles', 3],
    ['modules', 2],
    ['outage.scenarios', 5],
  ])('refuses a duplicate id in %s at the second one', async (path, at) => {
    const doc = JSON.parse(JSON.stringify(demoContent));
    const [section, key] = path.split('.');
    const list = key ? doc[section][key] : doc[section];
    while (list.length <= at) list.push({ ...list[0], id: `extra-${list.length}` });
    list[at].id = ` ${list[0].id} `; // trimmed before comparing
    // (Renaming a layer also leaves its services pointing at a missing layer: those are reported too.)
    expect(await errorsOf({ [section]: doc[section] })).toContain(`${path}[${at}].id: duplicate id "${list[0].id}"; item 0 already uses it`);
  });

  it('refuses impossible dates and over-long text, naming the limit', async () => {
    const d = demoContent.decisions[0];
    expect(await errorsOf({ decisions: [{ ...d, date: '2024-02-31' }] })).toEqual(['decisions[0].date: expected a real calendar date (YYYY-MM-DD)']);
    expect(await errorsOf({ decisions: [{ ...d, date: '2023-02-29' }] })).toEqual(['decisions[0].date: expected a real calendar date (YYYY-MM-DD)']);
    expect(await errorsOf({ decisions: [{ ...d, date: '2024-13-01' }] })).toEqual(['decisions[0].date: expected a date as YYYY-MM-DD']);
    expect((await validateContent({ decisions: [{ ...d, date: '2024-02-29' }] })).ok).toBe(true);
    expect(await errorsOf({ profile: { ...demoContent.profile, name: 'x'.repeat(3000) } })).toEqual([`profile.name: expected at most ${LIMITS.name} characters, got 3000`]);
    expect((await validateContent({ profile: { ...demoContent.profile, name: 'x'.repeat(LIMITS.name) } })).ok).toBe(true);
  });

  it('accepts section chrome for every section, empty strings included, and refuses unknown keys', async () => {
    const sections = Object.fromEntries(
      ['profile', 'topology', 'logs', 'incidents', 'decisions', 'principles', 'modules', 'outage', 'recruiter'].map(k => [k, { eyebrow: `${k} eyebrow`, heading: '', tagline: 't', lead: 'l' }]),
    );
    expect(await validateContent({ sections })).toEqual({ ok: true, content: { sections } });
    expect((await errorsOf({ sections: { log: {} } }))[0]).toMatch(/^sections\.log: unknown field; expected one of profile, topology, logs/);
    expect(await errorsOf({ sections: { logs: { title: 'x' } } })).toEqual(['sections.logs.title: unknown field; expected one of eyebrow, heading, tagline, lead']);
    expect(await errorsOf({ sections: { logs: { heading: 7 } } })).toEqual(['sections.logs.heading: expected a string']);
  });

  it("checks the topology's guide and a principle's tag: optional, strings, within their limits", async () => {
    const { guide, ...bare } = demoContent.topology;
    expect(guide).toBeDefined();
    expect((await validateContent({ topology: bare })).ok).toBe(true);
    expect((await validateContent({ topology: { ...bare, guide: { text: 'How to read it.' } } })).ok).toBe(true);
    expect(await errorsOf({ topology: { ...bare, guide: { title: 'x' } } })).toEqual(['topology.guide.title: unknown field; expected one of eyebrow, heading, text']);
    expect(await errorsOf({ topology: { ...bare, guide: [] } })).toEqual(['topology.guide: expected an object']);
    expect(await errorsOf({ topology: { ...bare, guide: { text: 'x'.repeat(LIMITS.text + 1) } } })).toEqual([`topology.guide.text: expected at most ${LIMITS.text} characters, got ${LIMITS.text + 1}`]);
    const p = demoContent.principles[3];
    expect(p.tag).toBe('structured modules');
    expect(await errorsOf({ principles: [{ ...p, tag: 'x'.repeat(LIMITS.label + 1) }] })).toEqual([`principles[0].tag: expected at most ${LIMITS.label} characters, got ${LIMITS.label + 1}`]);
    expect(await errorsOf({ principles: [{ ...p, tag: ['a'] }] })).toEqual(['principles[0].tag: expected a string']);
  });

  it('checks topology references: service layers and request path ids', async () => {
    const topology = {
      ...demoContent.topology,
      services: [...demoContent.topology.services, { id: 'ghost', name: 'Ghost', layer: 'nowhere', role: '' }],
      requestPath: ['gateway', 'nope'],
    };
    const errors = await errorsOf({ topology });
    expect(errors).toContain(`topology.services[${demoContent.topology.services.length}].layer: unknown layer "nowhere"; expected one of core, async, infra, edge`);
    expect(errors).toContain('topology.requestPath[1]: unknown service "nope"');
  });

  it('refuses out-of-range numbers', async () => {
    const layers = [{ ...demoContent.topology.layers[0], orbit: 1.5 }];
    expect(await errorsOf({ topology: { ...demoContent.topology, layers, services: [], requestPath: [] } })).toEqual(['topology.layers[0].orbit: expected a fraction 0..1']);
  });

  it('reports invalid JSON and non-objects without throwing', async () => {
    expect((await errorsOf('{ nope'))[0]).toMatch(/^\(document\): invalid JSON/);
    expect(await errorsOf(42)).toEqual(['(document): expected an object']);
    expect(await errorsOf(null)).toEqual(['(document): expected an object']);
  });
});
