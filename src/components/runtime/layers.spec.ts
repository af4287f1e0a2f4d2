import { validateContent } from '../../data/validate';
import { combine, inlineSource, mergeDocuments, splitSources } from './layers';

const profile = (name: string) => ({ name, title: 't', summary: 's', bootLines: [], stats: [] });
const logs = [{ year: 2020, title: 'Job', lines: [] }];

describe('splitSources', () => {
  it('splits on any whitespace and drops empties', () => {
    expect(splitSources(' a.json\n\tb.json  c.json ')).toEqual(['a.json', 'b.json', 'c.json']);
    expect(splitSources('')).toEqual([]);
    expect(splitSources(undefined)).toEqual([]);
  });
});

describe('inlineSource', () => {
  it('names a script by its id, else inline (indexed when there are several)', () => {
    expect(inlineSource('site-content', 0, 2)).toBe('#site-content');
    expect(inlineSource('', 0, 1)).toBe('inline');
    expect(inlineSource(null, 1, 2)).toBe('inline[1]');
  });
});

describe('mergeDocuments', () => {
  it('merges by top-level key, the later document winning the whole key', () => {
    const merged = mergeDocuments([{ profile: profile('A'), logs }, { profile: profile('B') }, { sections: { logs: { heading: 'h' } } }]);
    expect(merged).toEqual({ profile: profile('B'), logs, sections: { logs: { heading: 'h' } } });
  });
});

describe('combine', () => {
  it('validates each document on its own, drops a refused one whole and merges the rest in order', async () => {
    const result = await combine(
      [
        { source: 'inline', doc: JSON.stringify({ profile: profile('Inline') }) },
        { source: 'a.json', doc: { profile: profile('A'), logs } },
        { source: 'bad.json', doc: { profile: profile('Bad'), decisions: [{ id: 'x' }] } },
        { source: 'gone.json', failure: 'HTTP 404 Not Found' },
        { source: 'resume.json', doc: { basics: { name: 'Resume' }, work: [] } },
      ],
      validateContent,
    );
    expect(result.accepted).toEqual(['inline', 'a.json', 'resume.json']);
    expect(result.refused.map(r => r.source)).toEqual(['bad.json', 'gone.json']);
    expect(result.refused[0].errors.map(e => e.path)).toContain('decisions[0].title');
    expect(result.refused[1].errors).toEqual([{ path: '(document)', message: 'could not load: HTTP 404 Not Found' }]);
    // The resume came last: its mapped profile and logs win; nothing of bad.json is kept.
    expect(result.content!.profile!.name).toBe('Resume');
    expect(result.content!.logs).toEqual([]);
    expect(result.content!.decisions).toBeUndefined();
  });

  it('gives no content when every document is refused', async () => {
    expect(await combine([{ source: 'x', doc: '[]' }], validateContent)).toEqual({
      content: undefined,
      accepted: [],
      refused: [{ source: 'x', errors: [{ path: '(document)', message: 'expected an object' }] }],
    });
  });
});
