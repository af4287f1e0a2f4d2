import { fromJsonResume, isJsonResume } from './json-resume';
import { demoContent } from './demo';
import { describeIssues, validateContent } from './validate';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const sample = require('../sample-resume.json');

/**
 * The fields of JSON Resume v1.2.1 (jsonresume/resume-schema, schema.json), per
 * section: the sample resume carries every one, so "never refused for fields
 * the kit does not use" is proven on the whole schema.
 */
const V1_FIELDS: Record<string, string[]> = {
  basics: ['name', 'label', 'image', 'email', 'phone', 'url', 'summary', 'location', 'profiles'],
  work: ['name', 'location', 'description', 'position', 'url', 'startDate', 'endDate', 'summary', 'highlights'],
  volunteer: ['organization', 'position', 'url', 'startDate', 'endDate', 'summary', 'highlights'],
  education: ['institution', 'url', 'area', 'studyType', 'startDate', 'endDate', 'score', 'courses'],
  awards: ['title', 'date', 'awarder', 'summary'],
  certificates: ['name', 'date', 'url', 'issuer'],
  publications: ['name', 'publisher', 'releaseDate', 'url', 'summary'],
  skills: ['name', 'level', 'keywords'],
  languages: ['language', 'fluency'],
  interests: ['name', 'keywords'],
  references: ['name', 'reference'],
  projects: ['name', 'description', 'highlights', 'keywords', 'startDate', 'endDate', 'url', 'roles', 'entity', 'type'],
  meta: ['canonical', 'version', 'lastModified'],
};

const accepted = async (doc: unknown) => {
  const r = await validateContent(doc);
  if (!r.ok) throw new Error(describeIssues(r.errors).join('\n'));
  return r.content;
};
const refused = async (doc: unknown) => {
  const r = await validateContent(doc);
  if (r.ok) throw new Error('expected the document to be refused');
  return describeIssues(r.errors);
};

describe('isJsonResume', () => {
  it('recognises a resume by any of its top-level keys, and nothing else', () => {
    expect(isJsonResume(sample)).toBe(true);
    expect(isJsonResume({ work: [] })).toBe(true);
    expect(isJsonResume({ meta: {} })).toBe(true);
    expect(isJsonResume(demoContent)).toBe(false);
    expect(isJsonResume({})).toBe(false);
    expect(isJsonResume([{ basics: {} }])).toBe(false);
    expect(isJsonResume('{"basics":{}}')).toBe(false);
    expect(isJsonResume(null)).toBe(false);
  });
});

describe('the sample resume (src/sample-resume.json)', () => {
  it('carries every JSON Resume v1 section and field', () => {
    for (const [section, fields] of Object.entries(V1_FIELDS)) {
      const value = sample[section];
      const items = Array.isArray(value) ? value : [value];
      const present = new Set(items.flatMap((item: object) => Object.keys(item)));
      expect([section, fields.filter(f => !present.has(f))]).toEqual([section, []]);
    }
  });

  it('is accepted and mapped: profile, recruiter, logs and modules', async () => {
    const content = await accepted(sample);
    expect(Object.keys(content).sort()).toEqual(['logs', 'modules', 'profile', 'recruiter']);
    expect(content.profile).toMatchObject({ name: 'Noor Haddad', title: 'Backend Engineer | Event-Driven Systems | PostgreSQL', stats: [] });
    expect(content.profile!.summary).toMatch(/^Seven years/);
    expect(content.profile!.bootLines).toEqual(['Initializing system...', 'Loading resume: 3 roles, 2 projects...', 'Runtime ready.']);
    expect(content.recruiter).toEqual({
      pitch: [sample.basics.summary],
      email: 'noor.haddad@example.com',
      links: [
        { label: 'Website', href: 'https://noor.example.com' },
        { label: 'GitHub', href: 'https://github.com/noorhaddad' },
        { label: 'Mastodon', href: 'https://hachyderm.io/@noor' },
      ],
    });
  });

  it('maps work to logs: year of the start, "position at company", highlights as lines (else the summary)', async () => {
    expect((await accepted(sample)).logs).toEqual([
      { year: 2022, title: 'Senior Backend Engineer at Parcelwise', lines: sample.work[0].highlights },
      { year: 2019, title: 'Backend Engineer at Freightline', lines: sample.work[1].highlights },
      // pre-v1 names: company (and website)
      { year: 2017, title: 'Software Engineer at Shiply Labs', lines: ['First backend hire; shipped the carrier integration layer.'] },
    ]);
  });

  it('maps projects to modules: keywords as the pipeline, description, highlights as chips', async () => {
    expect((await accepted(sample)).modules).toEqual([
      {
        id: 'dispatch-outbox',
        name: 'Dispatch Outbox',
        status: 'active',
        pipeline: ['PostgreSQL', 'Outbox', 'Kafka', 'Dispatcher'],
        problem: '',
        solution: sample.projects[0].description,
        impact: '',
        metrics: ['0 lost events in 18 months', 'Late assignments -60%'],
      },
      expect.objectContaining({ id: 'quote-cache', status: 'shipped', pipeline: ['API', 'Redis', 'Quote Engine'] }),
    ]);
  });
});

describe('fromJsonResume', () => {
  it('reads pre-v1 names: basics.website, basics.picture, work[].company, work[].website', async () => {
    const content = await accepted({
      basics: { name: 'Old Format', website: 'https://old.example.com', picture: 'https://old.example.com/me.png' },
      work: [{ company: 'Acme', website: 'https://acme.example.com', position: 'Engineer', startDate: '2012-01-01', companyDescription: 'Anvils' }],
    });
    expect(content.recruiter!.links).toEqual([{ label: 'Website', href: 'https://old.example.com' }]);
    expect(content.logs).toEqual([{ year: 2012, title: 'Engineer at Acme', lines: [] }]);
  });

  it('takes "" as not given, and names an id for every project, unique', async () => {
    const content = await accepted({
      basics: { name: 'N', email: '', url: '', image: '', profiles: [{ network: 'X', username: 'n', url: '' }] },
      work: [{ name: 'Solo', startDate: '2020', endDate: '' }],
      projects: [{ name: 'Same' }, { name: 'Same' }, { name: '!!!' }],
    });
    expect(content.recruiter).toEqual({ pitch: [], links: [] });
    expect(content.logs![0]).toEqual({ year: 2020, title: 'Solo', lines: [] });
    expect(content.modules!.map(m => [m.id, m.pipeline])).toEqual([['same', ['Same']], ['same-2', ['Same']], ['project-3', ['!!!']]]);
  });

  it('keeps kit keys beside the resume, and they win', async () => {
    const content = await accepted({ ...sample, decisions: demoContent.decisions, profile: demoContent.profile, sections: { logs: { heading: 'Career' } } });
    expect(content.decisions).toEqual(demoContent.decisions);
    expect(content.profile!.name).toBe(demoContent.profile.name);
    expect(content.logs).toHaveLength(3);
    expect(content.sections).toEqual({ logs: { heading: 'Career' } });
  });

  it('is total: anything in, a document out', () => {
    for (const junk of [null, 42, 'x', [], { basics: 'x', work: 'y', projects: [null, 1] }]) expect(() => fromJsonResume(junk)).not.toThrow();
    expect(fromJsonResume({ basics: 'x', work: 'y' })).toEqual({});
  });
});

describe('a resume with problems', () => {
  it('is refused at the resume paths of the fields the kit uses', async () => {
    expect(
      await refused({
        basics: { email: 'not-an-email', url: 'javascript:alert(1)', profiles: [{ network: 'Site', url: 'https://' }] },
        work: [{ name: 'A', startDate: '2020-02-30' }, { highlights: ['x'.repeat(600)] }, { name: 'B', startDate: 'March 2020' }],
        projects: [{ description: 'no name' }],
      }),
    ).toEqual(
      expect.arrayContaining([
        'basics.name: expected a non-empty string (the profile shows the name)',
        'basics.email: expected an email address',
        'basics.url: expected an http(s) link with a host, or a mailto link',
        'basics.profiles[0].url: expected an http(s) link with a host, or a mailto link',
        'work[0].startDate: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
        'work[1].highlights[0]: expected at most 500 characters, got 600',
        'work[1].startDate: expected a date as YYYY, YYYY-MM or YYYY-MM-DD (the log shows the year)',
        'work[1].position: expected a position or a company name (the log entry needs a title)',
        'work[2].startDate: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
        'projects[0].name: missing required field',
      ]),
    );
  });

  it('is never refused for JSON Resume fields the kit does not use, whatever they hold', async () => {
    const content = await accepted({
      basics: { name: 'N', location: 'somewhere', phone: 12345, profiles: [{ network: 'X', username: 'n', url: 'https://x.example.com/n', extra: [1, 2] }] },
      work: [{ name: 'W', startDate: '2021-07', location: { city: 'x' }, description: 42, url: 'not a url', mystery: true }],
      skills: 'lots',
      education: [{ whatever: null }],
      projects: [{ name: 'P', roles: 'lead', type: 3, url: 'ftp://x' }],
      'x-custom': { anything: true },
    });
    expect(content.logs![0]).toEqual({ year: 2021, title: 'W', lines: [] });
    expect(content.modules![0].name).toBe('P');
  });

  it('reports wrong kit keys beside a resume at their own paths', async () => {
    expect(await refused({ basics: { name: 'N' }, decisions: [{ id: 'ADR-1' }] })).toEqual(expect.arrayContaining(['decisions[0].title: missing required field']));
  });
});
