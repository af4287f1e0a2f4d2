import { accessible, badContent, hostileContent, open, reducedMotion, renders, setOwnContent, shadowText, themed, waitForText } from '../../../test/common';
import { defaults, reflects, SECTION_DEFAULTS, survivesMove } from '../../../test/common';

const TAG = 'lbr-principle-cards';

/** How many rough-notation marks are drawn in the element, and in which card. */
const marks = (page: any) =>
  page.$eval(TAG, (el: HTMLElement) =>
    [...el.shadowRoot!.querySelectorAll('svg.rough-annotation')].map(svg => svg.closest('article')?.querySelector('.name')?.textContent),
  );

const columns = (page: any) =>
  page.$eval(TAG, (el: HTMLElement) => getComputedStyle(el.shadowRoot!.querySelector('.cards')!).gridTemplateColumns.split(' ').length);

describe(TAG, () => {
  renders(TAG, { text: 'Duplication is a bug waiting to scale.' });
  accessible(TAG);
  themed(TAG, {
    // Wide enough for the grid rule that reads the column minimum (laptops get two by two).
    width: 1400,
    probes: { '--lbr-principle-min': { value: '30em', changes: true } },
    unused: { '--lbr-error': 'only the invalid-content panel uses it' },
  });
  defaults(TAG, { ...SECTION_DEFAULTS, layout: 'grid' });
  reflects(TAG, 'theme', 'theme', 'light');
  reflects(TAG, 'layout', 'layout', 'list');
  survivesMove(TAG, { text: 'Duplication is a bug waiting to scale.' });
  reducedMotion(TAG, { text: 'A card renders state. Data shapes live in lib. Motion stays at the edge.' });
  badContent(TAG, { doc: { principles: [{ id: 'x', name: 'X', expansion: '', motto: 7, body: '', practice: '' }] }, path: 'principles[0].motto', keeps: 'KISS' });
  hostileContent(TAG, 'principles');

  it('shows each principle as the seed lays it out: name, expansion, motto, body, in practice', async () => {
    const page = await open(TAG);
    const cards = await page.$eval(TAG, el =>
      [...el.shadowRoot!.querySelectorAll('article')].map(a => ({
        heading: a.querySelector('h3')?.textContent,
        name: a.getAttribute('aria-labelledby') && a.querySelector(`#${a.getAttribute('aria-labelledby')}`)?.textContent,
        order: [...a.querySelectorAll('[part]')].map(n => n.getAttribute('part')),
      })),
    );
    expect(cards.map(c => c.heading)).toEqual(['KISS', 'DRY', 'YAGNI', 'SOLID']);
    expect(cards.map(c => c.name)).toEqual(['KISS', 'DRY', 'YAGNI', 'SOLID']);
    expect(cards[0].order).toEqual(['name', 'expansion', 'motto', 'body', 'practice']);
    const text = await shadowText(page, TAG);
    expect(text).toContain("KISSKeep It Simple, StupidIf it needs explaining, it's already too complex.I bias toward");
    expect(text).toContain('in practiceOne clear service boundary beats three clever abstractions.');
  });

  it('marks the motto of the hovered card, and removes the mark when the pointer leaves', async () => {
    const page = await open(TAG);
    expect(await marks(page)).toEqual([]);
    const card = await page.find(`${TAG} >>> article[data-id="dry"]`);
    await card.hover();
    await page.waitForFunction(() => document.querySelector('lbr-principle-cards')!.shadowRoot!.querySelector('svg.rough-annotation'));
    expect(await marks(page)).toEqual(['DRY']);
    await page.mouse.move(1, 1);
    await page.waitForChanges();
    await page.waitForFunction(() => !document.querySelector('lbr-principle-cards')!.shadowRoot!.querySelector('svg.rough-annotation'));
    expect(await marks(page)).toEqual([]);
  });

  it('marks the motto of the card that keyboard focus reaches (Tab moves card to card)', async () => {
    const page = await open(TAG, { html: `<button>before</button><${TAG}></${TAG}>` });
    await page.focus('button');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.waitForChanges();
    const focused = await page.$eval(TAG, el => el.shadowRoot!.activeElement?.getAttribute('data-id'));
    expect(focused).toBe('dry');
    await page.waitForFunction(() => document.querySelector('lbr-principle-cards')!.shadowRoot!.querySelector('svg.rough-annotation'));
    expect(await marks(page)).toEqual(['DRY']);
  });

  it('draws the mark at once, without the stroke animation, under reduced motion', async () => {
    const page = await open(TAG, { reduced: true });
    const card = await page.find(`${TAG} >>> article[data-id="kiss"]`);
    await card.hover();
    await page.waitForFunction(() => document.querySelector('lbr-principle-cards')!.shadowRoot!.querySelector('svg.rough-annotation path'));
    const animated = await page.$eval(TAG, el => [...el.shadowRoot!.querySelectorAll('svg.rough-annotation path')].map(p => (p as SVGPathElement).style.animation));
    expect(animated.length).toBeGreaterThan(0);
    expect(animated.every(a => a === '')).toBe(true);
  });

  it('is one column on a phone and a grid on a wide screen; layout="list" keeps one column', async () => {
    const page = await open(TAG);
    await page.setViewport({ width: 800, height: 900 });
    await page.waitForChanges();
    expect(await columns(page)).toBe(2);
    await page.setViewport({ width: 1440, height: 900 });
    await page.waitForChanges();
    expect(await columns(page)).toBe(4);
    await page.$eval(TAG, el => el.setAttribute('layout', 'list'));
    await page.waitForChanges();
    expect(await columns(page)).toBe(1);
    await page.$eval(TAG, el => el.setAttribute('layout', 'grid'));
    await page.setViewport({ width: 360, height: 800 });
    await page.waitForChanges();
    expect(await columns(page)).toBe(1);
    const overflow = await page.$eval(TAG, el => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('reflects the layout property to its attribute', async () => {
    const page = await open(TAG);
    expect(await page.$eval(TAG, el => el.getAttribute('layout'))).toBe('grid');
    await page.$eval(TAG, (el: any) => (el.layout = 'list'));
    await page.waitForChanges();
    expect(await page.$eval(TAG, el => el.getAttribute('layout'))).toBe('list');
  });

  it('shows its own principles, and the page content when lbr-runtime sets it', async () => {
    const page = await open(TAG, { reduced: true });
    await setOwnContent(page, TAG, { principles: [{ id: 'boring', name: 'BORING', expansion: 'Boring Tech First', motto: 'Spend innovation tokens wisely.', body: 'b', practice: 'Postgres until it hurts.' }] });
    await waitForText(page, TAG, 'Spend innovation tokens wisely.');
    const text = await shadowText(page, TAG);
    expect(text).not.toContain('KISS');
    expect(await page.$eval(TAG, el => el.shadowRoot!.querySelectorAll('article').length)).toBe(1);
  });

  it('opens with the seed eyebrow, h2, tagline and lead; attributes change or hide them and the card level follows', async () => {
    const page = await open(TAG);
    const outline = () =>
      page.$eval(TAG, el => [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, .eyebrow, .tagline, .lead')].slice(0, 6).map(n => `${n.localName}.${n.className}: ${n.textContent}`));
    expect(await outline()).toEqual([
      'p.eyebrow: philosophy',
      'h2.heading: Engineering Principles',
      "p.tagline: I don't just write code. I design systems that scale.",
      'p.lead: The point of principles is not purity. They help me keep systems legible, reduce failure surface area, and make change cheaper when the product inevitably shifts.',
      'h3.name: KISS',
      'p.eyebrow: in practice',
    ]);
    await page.$eval(TAG, el => {
      el.setAttribute('heading', '');
      el.setAttribute('eyebrow', '');
      el.setAttribute('tagline', '');
      el.setAttribute('lead', 'Mine.');
      el.setAttribute('heading-level', '3');
    });
    await page.waitForChanges();
    expect((await outline()).slice(0, 2)).toEqual(['p.lead: Mine.', 'h3.name: KISS']);
  });
});
