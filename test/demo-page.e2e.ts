/**
 * The demo page (www/index.html, what `npm start` serves): the seed page rebuilt
 * from the kit's tags only. Every element on it renders, nothing logs an error,
 * the theme switch reaches every element and survives a reload.
 */
import { AxePuppeteer } from '@axe-core/puppeteer';
import { E2EPage, newE2EPage } from '@stencil/core/testing';
import { topology } from '../src/data/demo/topology';

/** The seed's sections, in the seed's order. */
const TAGS = [
  'lbr-system-boot',
  'lbr-topology-map',
  'lbr-log-stream',
  'lbr-incident-report',
  'lbr-adr-viewer',
  'lbr-principle-cards',
  'lbr-runtime-modules',
  'lbr-outage-game',
  'lbr-recruiter-panel',
];

async function openDemo(path = '/'): Promise<{ page: E2EPage; errors: string[] }> {
  const page = await newE2EPage();
  const errors: string[] = [];
  page.on('console', m => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', e => errors.push(String(e)));
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(path);
  return { page, errors };
}

/** Tags on the page whose element is defined in this build. */
const definedTags = (page: E2EPage) => page.evaluate((tags: string[]) => tags.filter(t => !!customElements.get(t)), TAGS);

describe('demo page', () => {
  it('has every section of the seed in order, and every defined element renders with no console errors', async () => {
    const { page, errors } = await openDemo();
    const onPage = await page.$$eval('body *', els => els.map(e => e.localName).filter(n => n.startsWith('lbr-')));
    expect(onPage).toEqual(TAGS);

    const defined = await definedTags(page);
    expect(defined).toEqual(TAGS); // every element of the kit is built and on the page
    for (const tag of defined) {
      await page.waitForFunction(
        (t: string) => {
          const el = document.querySelector(t);
          return el?.classList.contains('hydrated') && (el.shadowRoot?.textContent ?? '').trim().length > 0;
        },
        { timeout: 10000 },
        tag,
      );
    }
    const rendered = await page.evaluate((tags: string[]) => tags.map(t => [t, document.querySelector(t)!.shadowRoot!.childElementCount > 0]), defined);
    expect(rendered.filter(([, ok]) => !ok)).toEqual([]);
    await new Promise(r => setTimeout(r, 300));
    expect(errors).toEqual([]);
  });

  it('has one h1 (the boot element) and an h2 per section, in the seed order', async () => {
    const { page } = await openDemo();
    for (const tag of await definedTags(page)) {
      await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, tag);
    }
    const outline = await page.evaluate(() => {
      // Headings in reading order across shadow roots (the flat tree), as assistive tech sees them.
      const found: string[] = [];
      const walk = (root: ParentNode) => {
        for (const el of Array.from(root.children)) {
          if (/^h[1-6]$/.test(el.localName)) found.push(`${el.localName}: ${el.textContent!.trim()}`);
          if (el.shadowRoot) walk(el.shadowRoot);
          walk(el);
        }
      };
      walk(document.body);
      return {
        headings: found.filter(h => /^h[12]:/.test(h)),
        lang: document.documentElement.lang,
        description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      };
    });
    expect(outline.headings).toEqual([
      'h1: Archishman Das',
      'h2: System Design Visualization',
      'h2: System Logs',
      'h2: Production Incident: Pricing Inconsistency',
      'h2: Decision Records',
      'h2: Engineering Principles',
      'h2: Projects as Runtime Modules',
      'h2: Fix the Production Outage',
      'h2: Why hire me?',
    ]);
    expect(outline.lang).toBe('en');
    expect(outline.description.length).toBeGreaterThan(50);
  });

  it('the theme switch sets theme on every lbr-* element and keeps it across a reload', async () => {
    const { page } = await openDemo();
    const themes = () => page.$$eval('body *', els => els.filter(e => e.localName.startsWith('lbr-')).map(e => e.getAttribute('theme')));
    expect(new Set(await themes())).toEqual(new Set(['dark']));
    await page.click('input[name="theme"][value="light"]');
    await page.waitForChanges();
    expect(await themes()).toEqual(TAGS.map(() => 'light'));
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, localStorage.getItem('lbr-theme')])).toEqual(['light', 'light']);
    const bg = await page.$eval('lbr-principle-cards', el => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)');

    await page.reload();
    await page.waitForFunction(() => document.querySelector('lbr-runtime-modules')?.classList.contains('hydrated'));
    expect(await themes()).toEqual(TAGS.map(() => 'light'));
    expect(await page.$eval('input[name="theme"][value="light"]', (i: HTMLInputElement) => i.checked)).toBe(true);
    await page.click('input[name="theme"][value="auto"]');
    await page.waitForChanges();
    expect(await themes()).toEqual(TAGS.map(() => 'auto'));
    await page.evaluate(() => localStorage.removeItem('lbr-theme'));
  });

  it('is accessible (axe: 0 violations on the whole page) in dark and light', async () => {
    const { page } = await openDemo();
    for (const tag of await definedTags(page)) {
      await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, tag);
    }
    const check = async () => (await new AxePuppeteer(page as any).analyze()).violations.map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
    expect(await check()).toEqual([]);
    await page.click('input[name="theme"][value="light"]');
    await page.waitForChanges();
    expect(await check()).toEqual([]);
    await page.evaluate(() => localStorage.removeItem('lbr-theme'));
  });

  it('explains its starting incident: the note names the game\'s first scenario and the services the map shows degraded', async () => {
    const { page } = await openDemo();
    await page.waitForFunction(
      () => document.querySelector('lbr-topology-map')?.shadowRoot?.querySelector('[data-service][data-health="degraded"]') && document.querySelector('lbr-outage-game')?.shadowRoot?.querySelector('.health'),
      { timeout: 10000 },
    );
    const seen = await page.evaluate(() => {
      const map = document.querySelector('lbr-topology-map')!.shadowRoot!;
      const game = document.querySelector('lbr-outage-game')!.shadowRoot!;
      const note = document.getElementById('incident-note')!;
      const href = note.querySelector('a')!.getAttribute('href')!;
      return {
        note: note.textContent!.replace(/\s+/g, ' '),
        marked: [...map.querySelectorAll('[data-service]')].filter(e => e.getAttribute('data-health') !== 'ok').map(e => [e.getAttribute('data-service'), e.getAttribute('data-health')]),
        scenario: game.querySelector('.scenario .eyebrow')!.textContent!.replace(/\s+/g, ' '),
        title: game.querySelector('.scenario-title')!.textContent!,
        badge: game.querySelector('.health')!.getAttribute('data-health'),
        linksToGame: !!document.querySelector(href)?.querySelector('lbr-outage-game'),
      };
    });
    const number = /#(\d+)/.exec(seen.scenario)![1];
    expect(seen.note).toContain(`incident #${number}, ${seen.title}`);
    expect(seen.badge).toBe('degraded');
    expect(seen.marked.length).toBe(2);
    for (const [id, h] of seen.marked) {
      expect(h).toBe('degraded');
      expect(seen.note).toContain(topology.services.find(s => s.id === id)!.name);
    }
    expect(seen.note).toMatch(/show degraded/);
    expect(seen.linksToGame).toBe(true);
  });

  it('keeps the page within a 320 px wide screen', async () => {
    const { page } = await openDemo();
    await page.setViewport({ width: 320, height: 800 });
    await page.waitForFunction(() => document.querySelector('lbr-runtime-modules')?.classList.contains('hydrated'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('own-content.html feeds the same elements from demo-content.json through <lbr-runtime src>', async () => {
    const { page, errors } = await openDemo('/own-content.html');
    const onPage = await page.$$eval('main *', els => els.map(e => e.localName).filter(n => n.startsWith('lbr-')));
    expect(onPage).toEqual(['lbr-runtime', ...TAGS]);
    await page.waitForFunction(() => document.querySelector('lbr-runtime')?.getAttribute('status') === 'loaded', { timeout: 10000 });
    const expected: Record<string, string> = {
      'lbr-system-boot': 'Lena Marquez',
      'lbr-principle-cards': 'Systems fail; people get better.',
      'lbr-runtime-modules': 'Idempotent Payment Path',
    };
    for (const [tag, text] of Object.entries(expected)) {
      await page.waitForFunction(
        (t: string, s: string) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').includes(s),
        { timeout: 10000 },
        tag,
        text,
      );
    }
    // Nothing of the built-in demo is left in the elements that are defined.
    const leftovers = await page.evaluate(
      (tags: string[]) => tags.filter(t => (document.querySelector(t)?.shadowRoot?.textContent ?? '').match(/Archishman|Concurrent Booking Core|KISS/)),
      await definedTags(page),
    );
    expect(leftovers).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('demo page layout stability', () => {
  it('nothing shifts on a phone while the elements load, type and count (animated, not reduced motion)', async () => {
    const page = await newE2EPage();
    await page.setViewport({ width: 412, height: 823, isMobile: true, hasTouch: true });
    await page.evaluateOnNewDocument(() => {
      (window as any).__shifts = [];
      new PerformanceObserver(list => {
        for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__shifts.push({ value: e.value, at: Math.round(e.startTime) });
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/');
    // The boot types and counts for about five seconds; watch all of it.
    await page.waitForFunction(() => document.querySelector('lbr-system-boot')?.shadowRoot?.querySelector('.status.online'), { timeout: 30000 });
    await new Promise(r => setTimeout(r, 500));
    expect(await page.evaluate(() => (window as any).__shifts)).toEqual([]);
  });
});
