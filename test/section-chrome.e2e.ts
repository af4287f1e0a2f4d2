/**
 * Section chrome from content (`sections.<key>.{eyebrow, heading, tagline, lead}`),
 * across the elements that render it through utils/section-intro.tsx.
 */
import { sections as seed } from '../src/data/demo/sections';
import type { SectionChrome, SectionKey } from '../src/data/types';
import { open, payloadsSettled, shadowText, waitForText } from './common';
import { PAYLOADS } from './hostile';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const doc = require('../src/demo-content.json');

/** The wired elements and the section each reads. */
const WIRED: [string, SectionKey][] = [
  ['lbr-system-boot', 'profile'],
  ['lbr-topology-map', 'topology'],
  ['lbr-incident-report', 'incidents'],
  ['lbr-adr-viewer', 'decisions'],
  ['lbr-principle-cards', 'principles'],
  ['lbr-runtime-modules', 'modules'],
  ['lbr-outage-game', 'outage'],
  ['lbr-log-stream', 'logs'],
  ['lbr-recruiter-panel', 'recruiter'],
];

const pieces = (chrome: SectionChrome | undefined) => Object.values(chrome ?? {}).filter((text): text is string => !!text);
/** An inline document, with `<` escaped as a server must (a `</script>` in a string would end the script). */
const inline = (value: unknown) => `<lbr-runtime><script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script></lbr-runtime>`;
const page = (value: unknown, extra = '') => `${inline(value)}${WIRED.map(([tag]) => `<${tag}></${tag}>`).join('')}${extra}`;

describe('section chrome', () => {
  it("a document with its own sections and layers shows all of its chrome and none of the seed's", async () => {
    expect(doc.sections).toBeDefined();
    expect(doc.topology.layers.map((l: { name: string }) => l.name)).not.toContain('Core services');
    const p = await open('lbr-outage-game', { reduced: true, html: page(doc) });
    await waitForText(p, 'lbr-system-boot', doc.profile.name);
    const report: string[] = [];
    for (const [tag, key] of WIRED) {
      await waitForText(p, tag, pieces(doc.sections[key])[0]);
      const text = await shadowText(p, tag);
      for (const own of pieces(doc.sections[key])) if (!text.includes(own)) report.push(`${tag} lacks its own "${own}"`);
      for (const old of pieces(seed[key])) if (text.includes(old)) report.push(`${tag} still shows the seed's "${old}"`);
    }
    expect(report).toEqual([]);
  });

  it('the demo chrome shows without a document, in the seed words', async () => {
    const p = await open('lbr-outage-game', { reduced: true, html: WIRED.map(([tag]) => `<${tag}></${tag}>`).join('') });
    for (const [tag, key] of WIRED) {
      await waitForText(p, tag, pieces(seed[key])[0]);
      const text = await shadowText(p, tag);
      expect([tag, pieces(seed[key]).filter(s => !text.includes(s))]).toEqual([tag, []]);
    }
  });

  it("attributes win over the document, an empty string hides a piece, and the element's own content wins over the page's", async () => {
    const sections = { decisions: { eyebrow: 'doc eyebrow', heading: 'Doc Heading', lead: '' }, principles: { heading: 'Page Principles' } };
    const p = await open('lbr-adr-viewer', {
      reduced: true,
      html: `${inline({ sections })}<lbr-adr-viewer eyebrow="" tagline="Attribute tagline"></lbr-adr-viewer><lbr-principle-cards></lbr-principle-cards>`,
    });
    await waitForText(p, 'lbr-adr-viewer', 'Doc Heading');
    const adr = await shadowText(p, 'lbr-adr-viewer');
    expect(adr).toContain('Attribute tagline');
    expect(adr).not.toContain('doc eyebrow'); // eyebrow="" hides it
    expect(adr).not.toContain(seed.decisions.lead!); // lead: "" in the document hides the seed's
    expect(await p.$eval('lbr-adr-viewer', el => el.shadowRoot!.querySelector('.intro .eyebrow'))).toBeNull();

    await waitForText(p, 'lbr-principle-cards', 'Page Principles');
    await p.$eval('lbr-principle-cards', (el: any) => (el.content = { sections: { principles: { heading: 'Own Principles', lead: '' } } }));
    await waitForText(p, 'lbr-principle-cards', 'Own Principles');
    const cards = await shadowText(p, 'lbr-principle-cards');
    expect(cards).not.toContain('Page Principles');
    expect(cards).toContain(seed.principles.eyebrow!); // pieces nobody gives stay the demo's
    expect(cards).not.toContain(seed.principles.lead!);

    // Attribute changes and page content changes re-render the chrome.
    await p.$eval('lbr-adr-viewer', el => el.setAttribute('heading', 'Attribute Heading'));
    await waitForText(p, 'lbr-adr-viewer', 'Attribute Heading');
    await p.$eval('lbr-runtime', (el: any) => (el.content = { sections: { decisions: { heading: 'New Doc Heading' } } }));
    await p.$eval('lbr-adr-viewer', el => el.removeAttribute('heading'));
    await waitForText(p, 'lbr-adr-viewer', 'New Doc Heading');
  });

  it('keeps the outline: inner headings move up a level when the section heading is hidden', async () => {
    const p = await open('lbr-adr-viewer', { reduced: true, html: `<lbr-adr-viewer heading-level="2"></lbr-adr-viewer><lbr-incident-report heading-level="3" heading="Incidents"></lbr-incident-report>` });
    const levels = () =>
      p.evaluate(() => ({
        adr: [...document.querySelector('lbr-adr-viewer')!.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => h.localName),
        incident: [...document.querySelector('lbr-incident-report')!.shadowRoot!.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => h.localName),
        adrLabel: document.querySelector('lbr-adr-viewer')!.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby'),
      }));
    expect(await levels()).toEqual({ adr: ['h2', 'h3'], incident: ['h3', 'h4'], adrLabel: 'adr-heading' });
    await p.$eval('lbr-adr-viewer', el => el.setAttribute('heading', ''));
    await p.$eval('lbr-incident-report', el => el.removeAttribute('heading'));
    await p.waitForChanges();
    expect(await levels()).toEqual({ adr: ['h2'], incident: ['h3'], adrLabel: null });
  });

  it('renders chrome as text, never as markup', async () => {
    const hostile = Object.fromEntries(WIRED.map(([, key]) => [key, { eyebrow: PAYLOADS[0], heading: PAYLOADS[1], tagline: PAYLOADS[2], lead: PAYLOADS[3] }]));
    const p = await open('lbr-outage-game', { reduced: true, html: page({ sections: hostile }) });
    for (const [tag] of WIRED) await waitForText(p, tag, PAYLOADS[2]);
    await payloadsSettled(p);
    const report = await p.evaluate((tags: string[]) => {
      const injected = tags.map(t => document.querySelector(t)!.shadowRoot!.querySelectorAll('img[src="x"], script, svg[onload], [onerror], [onload]').length);
      return { xss: (window as any).__xss, injected };
    }, WIRED.map(([tag]) => tag));
    expect(report).toEqual({ xss: undefined, injected: WIRED.map(() => 0) });
  });
});
