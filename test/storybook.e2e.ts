/**
 * The static Storybook build (storybook-static/, made by `npm run build-storybook`
 * before the tests) opens in Chromium: every story renders its element without
 * console errors and with no part the manifest does not document; every element
 * has a docs page whose args table is the manifest's; a control changes the
 * element on screen (the same element, as a host page's property change would),
 * in the docs page and in the canvas.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Frame, Page } from 'puppeteer';
import { rawPage } from './common';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serveStatic } = require('../scripts/serve.cjs');

const DIR = 'storybook-static';

type Declaration = {
  tagName: string;
  members?: { kind: string; name: string }[];
  events?: { name: string }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
};
const elements: Declaration[] = JSON.parse(readFileSync('custom-elements.json', 'utf8')).modules.flatMap((m: { declarations?: Declaration[] }) =>
  (m.declarations ?? []).filter(d => d.tagName),
);

describe('Storybook (static build)', () => {
  let server: { close(): void };
  let url: string;
  beforeAll(async () => {
    if (!existsSync(`${DIR}/index.json`)) throw new Error(`${DIR}/ is missing: run \`npm run build-storybook\` before the tests (npm test does)`);
    ({ server, url } = await serveStatic(DIR, 0));
  });
  afterAll(() => server?.close());

  it('lists a story for every element and an introduction', () => {
    const index = JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8'));
    const titles = new Set(Object.values(index.entries).map((e: any) => e.title));
    expect(titles).toContain('Introduction');
    expect(titles).toContain('Elements/lbr-system-boot');
  });

  it('renders every story with its element and no console errors', async () => {
    const index = JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8'));
    const stories = Object.values(index.entries).filter((e: any) => e.type === 'story') as { id: string; title: string }[];
    expect(stories.length).toBeGreaterThan(0);
    const page = await rawPage();
    const failures: string[] = [];
    let current = '';
    // Failed requests are reported with their URL below; the browser's own favicon probe is not the page's.
    page.on('console', m => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) failures.push(`${current}: console error: ${m.text()}`);
    });
    page.on('response', r => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) failures.push(`${current}: HTTP ${r.status()} ${r.url()}`);
    });
    page.on('pageerror', e => failures.push(`${current}: ${e}`));
    // Every part an element renders is one its docs name (a user styles them with ::part()).
    const rendered = new Map<string, Set<string>>();
    for (const story of stories) {
      current = story.id;
      const tag = story.title.replace(/^Elements\//, '');
      await page.goto(`${url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      try {
        await page.waitForFunction(
          (t: string) => {
            const el = document.querySelector(`#storybook-root ${t}`);
            return !!el && el.classList.contains('hydrated') && (el.shadowRoot?.textContent ?? '').trim().length > 0;
          },
          { timeout: 10000 },
          tag,
        );
      } catch {
        failures.push(`${story.id}: <${tag}> did not render`);
      }
      const parts = await page.$$eval(`#storybook-root ${tag}`, els => els.flatMap(el => [...el.shadowRoot!.querySelectorAll('[part]')].flatMap(p => p.getAttribute('part')!.split(/\s+/))));
      rendered.set(tag, new Set([...(rendered.get(tag) ?? []), ...parts]));
    }
    expect(failures).toEqual([]);
    const undocumented = elements.flatMap(d => [...(rendered.get(d.tagName) ?? [])].filter(p => !d.cssParts?.some(x => x.name === p)).map(p => `${d.tagName}::part(${p})`));
    expect(undocumented).toEqual([]);
    expect(rendered.size).toBe(elements.length);
  }, 240_000);

  it("gives every element a docs page whose args table is the manifest's", async () => {
    const page = await rawPage();
    const missing: string[] = [];
    for (const d of elements) {
      await page.goto(`${url}/iframe.html?id=elements-${d.tagName}--docs&viewMode=docs`, { waitUntil: 'load' });
      await page.waitForFunction((t: string) => document.querySelector(`.docs-story ${t}`)?.classList.contains('hydrated'), { timeout: 20000 }, d.tagName);
      await page.waitForSelector('.docblock-argstable tbody tr', { timeout: 20000 });
      // The first cell of each row is the name (properties, methods, events, CSS custom properties, parts).
      const names = new Set(await page.$$eval('.docblock-argstable tbody tr td:first-child', tds => tds.map(td => td.textContent!.trim())));
      const expected = [
        ...(d.members ?? []).map(m => (m.kind === 'method' ? `${m.name}()` : m.name)),
        ...(d.events ?? []).map(e => e.name),
        ...(d.cssProperties ?? []).map(p => p.name),
        ...(d.cssParts ?? []).map(p => p.name),
      ];
      expect(d.cssProperties?.length).toBeGreaterThan(0);
      missing.push(...expected.filter(n => !names.has(n)).map(n => `${d.tagName}: ${n}`));
    }
    expect(missing).toEqual([]);
  }, 240_000);

  /** Marks the element, changes `theme` to light through a radio control, and reads the same element back. */
  async function themeThroughControl(doc: Page, frame: Frame, selector: string) {
    await frame.waitForFunction((s: string) => document.querySelector(s)?.classList.contains('hydrated'), { timeout: 20000 }, selector);
    const before = await frame.$eval(selector, el => {
      (el as any).lbrMark = 'same element';
      return getComputedStyle(el).backgroundColor;
    });
    const radio = await doc.waitForSelector('input[type=radio][id*="theme-"][value="light"]', { timeout: 20000 });
    await radio!.click();
    await frame.waitForFunction((s: string) => document.querySelector(s)?.getAttribute('theme') === 'light', { timeout: 20000 }, selector);
    const after = await frame.$eval(selector, el => ({ mark: (el as any).lbrMark, background: getComputedStyle(el).backgroundColor }));
    expect(after.mark).toBe('same element');
    expect(after.background).not.toBe(before);
    return after;
  }

  it('a control changes the element live in its docs page: same element, new theme; a token control restyles it', async () => {
    const page = await rawPage();
    await page.goto(`${url}/iframe.html?id=elements-lbr-system-boot--docs&viewMode=docs`, { waitUntil: 'load' });
    const el = '.docs-story lbr-system-boot';
    await themeThroughControl(page, page.mainFrame(), el);
    // --lbr-bg: a colour control; the element's background follows.
    const input = await page.waitForSelector('input[id$="---lbr-bg"]', { timeout: 20000 });
    await input!.click();
    await input!.type('rgb(1, 2, 3)');
    await page.keyboard.press('Enter');
    await page.waitForFunction((s: string) => getComputedStyle(document.querySelector(s)!).backgroundColor === 'rgb(1, 2, 3)', { timeout: 20000 }, el);
    expect(await page.$eval(el, e => (e as any).lbrMark)).toBe('same element');
  }, 120_000);

  it('a control changes the element live in the canvas (the Storybook UI)', async () => {
    const page = await rawPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${url}/?path=/story/elements-lbr-log-stream--default`, { waitUntil: 'load' });
    const frame = (await (await page.waitForSelector('#storybook-preview-iframe', { timeout: 20000 }))!.contentFrame())!;
    await themeThroughControl(page, frame, '#storybook-root lbr-log-stream');
  }, 120_000);
});
