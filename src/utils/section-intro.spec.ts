import { sections as demo } from '../data/demo/sections';
import { innerLevel, sectionChrome } from './section-intro';

const none = {};

describe('sectionChrome', () => {
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
