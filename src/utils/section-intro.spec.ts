import { demoSection, loadDemo } from '../data/demo/load';
import { sections as demo } from '../data/demo/sections';
import type { SectionChrome, SectionKey } from '../data/types';
import { DEMO_PIECES, innerLevel, needsDemoChrome, sectionChrome } from './section-intro';

const none = {};

describe('the demo chrome, loaded on demand', () => {
  it('DEMO_PIECES names exactly the pieces the demo chrome has', () => {
    const has = (chrome: SectionChrome) => (['eyebrow', 'heading', 'tagline', 'lead'] as const).filter(piece => chrome[piece] !== undefined);
    expect(DEMO_PIECES).toEqual(Object.fromEntries(Object.entries(demo).map(([key, chrome]) => [key, has(chrome)])));
  });

  it('is needed only where a piece the demo has is given by nothing else', () => {
    expect(needsDemoChrome('logs', none, undefined, {})).toBe(true);
    // Every piece the demo has for logs (eyebrow, heading) given, by attribute or document, "" included: not needed.
    expect(needsDemoChrome('logs', { eyebrow: '' }, undefined, { sections: { logs: { heading: 'Career' } } })).toBe(false);
    expect(needsDemoChrome('logs', none, { sections: { logs: { eyebrow: 'a', heading: 'b' } } }, {})).toBe(false);
    // A tagline the demo lacks does not count.
    expect(needsDemoChrome('incidents', none, undefined, { sections: { incidents: { eyebrow: 'postmortems' } } })).toBe(false);
    for (const key of Object.keys(demo) as SectionKey[]) expect(needsDemoChrome(key, none, undefined, {})).toBe(true);
  });

  it('before it loads, shows the pieces given elsewhere; then the demo words', async () => {
    expect(demoSection('sections')).toBeUndefined();
    expect(sectionChrome('logs', { heading: 'Own' }, undefined, {})).toEqual({ eyebrow: '', heading: 'Own', tagline: '', lead: '' });
    await loadDemo('sections');
    expect(sectionChrome('logs', { heading: 'Own' }, undefined, {})).toEqual({ eyebrow: 'experience stream', heading: 'Own', tagline: '', lead: '' });
  });
});

describe('sectionChrome', () => {
  beforeAll(() => loadDemo('sections'));

  it('shows the demo chrome (the seed words) when nothing else gives a piece', () => {
    expect(sectionChrome('principles', none)).toEqual({ eyebrow: 'philosophy', heading: 'Engineering Principles', tagline: demo.principles.tagline, lead: demo.principles.lead });
    expect(sectionChrome('incidents', none)).toEqual({ eyebrow: 'incident report', heading: '', tagline: '', lead: '' });
    expect(sectionChrome('profile', none).heading).toBe('system.boot');
  });

  it('takes the page document per piece, leaving the demo for the pieces it leaves out', () => {
    const page = { sections: { decisions: { heading: 'Why it is built this way' } } };
    expect(sectionChrome('decisions', none, undefined, page)).toEqual({ eyebrow: 'architecture decisions', heading: 'Why it is built this way', tagline: '', lead: demo.decisions.lead });
  });

  it("lets the element's own document win over the page's, and its attributes over both", () => {
    const page = { sections: { modules: { eyebrow: 'page', heading: 'page', lead: 'page' } } };
    const own = { sections: { modules: { eyebrow: 'own', heading: 'own' } } };
    expect(sectionChrome('modules', { heading: 'attribute' }, own, page)).toEqual({ eyebrow: 'own', heading: 'attribute', tagline: '', lead: 'page' });
  });

  it('hides a piece given as an empty (or blank) string at any level', () => {
    const page = { sections: { outage: { eyebrow: '' } } };
    expect(sectionChrome('outage', { heading: '  ' }, undefined, page)).toEqual({ eyebrow: '', heading: '', tagline: '', lead: '' });
    // An attribute can bring back what the document hid.
    expect(sectionChrome('outage', { eyebrow: 'play' }, undefined, page).eyebrow).toBe('play');
  });
});

describe('innerLevel', () => {
  it('is one below a shown heading, the same when it is hidden', () => {
    expect(innerLevel(2, { eyebrow: '', heading: 'x', tagline: '', lead: '' })).toBe(3);
    expect(innerLevel(2, { eyebrow: 'x', heading: '', tagline: '', lead: '' })).toBe(2);
  });
});
