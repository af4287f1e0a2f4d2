/**
 * One-line proofs every element gives in its e2e file (Calcite's commonTests):
 *
 *   describe('lbr-x', () => {
 *     renders('lbr-x', { text: 'seed text' });
 *     accessible('lbr-x');
 *     themed('lbr-x');
 *     reducedMotion('lbr-x', { text: 'final state text' });
 *     badContent('lbr-x', { doc: { decisions: [{}] }, path: 'decisions[0].id' });
 *     hostileContent('lbr-x', 'decisions');
 *   });
 */
import { AxePuppeteer } from '@axe-core/puppeteer';
import { E2EPage, newE2EPage } from '@stencil/core/testing';
import type { ContentDocument, Section } from '../src/data/types';
import { hostileDocument, PAYLOADS } from './hostile';
import { text, TestServer } from './server';

export interface Fixture {
  /** Markup for the page; defaults to `<tag></tag>`. */
  html?: string;
  /** Media features to emulate before the page loads. */
  reduced?: boolean;
}

/** A page with the element hydrated. */
export async function open(tag: string, fixture: Fixture & { countFrames?: boolean } = {}): Promise<E2EPage> {
  const page = await newE2EPage();
  if (fixture.countFrames) await countFrames(page);
  if (fixture.reduced) await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.setContent(fixture.html ?? `<${tag}></${tag}>`);
  await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, tag);
  return page;
}

/**
 * A plain browser tab (no Stencil dev server in between), for pages served by
 * a real HTTP server: the CDN host page, the demo site, Storybook.
 */
export async function rawPage() {
  const e2e = await newE2EPage();
  const page = await e2e.browser().newPage();
  rawPages.push(page);
  return page;
}

/**
 * A plain tab (`rawPage`) on `url` under reduced motion, as a built app or site is checked:
 * `errors` collects the page's uncaught errors and console errors.
 */
export async function visit(url: string, before?: (tab: Awaited<ReturnType<typeof rawPage>>) => Promise<unknown>) {
  const tab = await rawPage();
  const errors: string[] = [];
  tab.on('pageerror', e => errors.push(String(e)));
  tab.on('console', m => m.type() === 'error' && errors.push(m.text()));
  await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await before?.(tab);
  await tab.goto(url);
  return { tab, errors };
}

/**
 * Stencil closes its own pages after each test, not these: close them too, or a
 * demo page left open keeps animating and slows every test after it.
 */
const rawPages: { close(): Promise<void>; isClosed(): boolean }[] = [];
afterEach(async () => {
  for (const page of rawPages.splice(0)) if (!page.isClosed()) await page.close();
});

/**
 * Counts requestAnimationFrame calls from now on (install before `setContent`
 * to count from the start). Read with `frames(page)`.
 */
export async function countFrames(page: E2EPage): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const raf = window.requestAnimationFrame.bind(window);
    (window as any).__frames = 0;
    window.requestAnimationFrame = cb => {
      (window as any).__frames++;
      return raf(cb);
    };
  });
}

/** Frames requested since `countFrames`, optionally after waiting `ms`. */
export async function frames(page: E2EPage, ms = 0): Promise<number> {
  if (ms) await new Promise(r => setTimeout(r, ms));
  return page.evaluate(() => (window as any).__frames as number);
}

/** Simulates the tab being hidden or shown (document.hidden + visibilitychange). */
export async function setTabHidden(page: E2EPage, hidden: boolean): Promise<void> {
  await page.evaluate((h: boolean) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

/** The element's visible shadow text (whitespace folded). */
export function shadowText(page: E2EPage, tag: string): Promise<string> {
  return page.$eval(tag, el => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Waits until the element's shadow text contains `text`. */
export async function waitForText(page: Pick<E2EPage, 'waitForFunction'>, tag: string, text: string, timeout = 10000): Promise<void> {
  await page.waitForFunction(
    (t: string, s: string) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').includes(s),
    { timeout },
    tag,
    text,
  );
}

/** Waits until a spied event has fired `times` times (polls; Stencil's waitForEvent has a short fixed timeout). */
export async function waitForEvents(spy: { length: number }, times = 1, timeout = 20000): Promise<void> {
  const end = Date.now() + timeout;
  while (spy.length < times) {
    if (Date.now() > end) throw new Error(`expected ${times} event(s), got ${spy.length} within ${timeout} ms`);
    await new Promise(r => setTimeout(r, 50));
  }
}

/** Gives the element its own content document (a property, as a host app would). */
export async function setOwnContent(page: E2EPage, tag: string, doc: ContentDocument | string): Promise<void> {
  await page.$eval(tag, (el: any, d) => (el.content = d), doc as any);
  await page.waitForChanges();
}

async function axe(page: E2EPage, tag: string) {
  const results = await new AxePuppeteer(page as any).include(tag).analyze();
  return results.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`);
}

/** Renders with the demo content: hydrated, with a shadow root showing `text`. */
export function renders(tag: string, expected: { text: string } & Fixture) {
  it('renders with the demo content', async () => {
    const page = await open(tag, expected);
    await waitForText(page, tag, expected.text);
    const hasShadow = await page.$eval(tag, el => !!el.shadowRoot);
    expect(hasShadow).toBe(true);
  });
}

/** axe finds no violations, in the dark (default) and the light theme. */
export function accessible(tag: string, fixture: Fixture & { settle?: (page: E2EPage) => Promise<void> } = {}) {
  it('is accessible (axe: 0 violations) in dark and light', async () => {
    const page = await open(tag, { reduced: true, ...fixture });
    await fixture.settle?.(page);
    expect(await axe(page, tag)).toEqual([]);
    await page.$eval(tag, el => el.setAttribute('theme', 'light'));
    await page.waitForChanges();
    expect(await axe(page, tag)).toEqual([]);
  });
}

/** `--lbr-*` tokens and `theme` change the computed style. */
export function themed(tag: string, fixture: Fixture = {}) {
  it('is themed by --lbr-* tokens and the theme attribute', async () => {
    const page = await open(tag, fixture);
    const bg = () => page.$eval(tag, el => getComputedStyle(el).backgroundColor);
    const dark = await bg();
    await page.$eval(tag, el => el.setAttribute('theme', 'light'));
    await page.waitForChanges();
    const light = await bg();
    expect(light).not.toEqual(dark);
    expect(light).toBe('rgb(255, 255, 255)');
    await page.$eval(tag, el => (el as HTMLElement).style.setProperty('--lbr-bg', 'rgb(1, 2, 3)'));
    expect(await bg()).toBe('rgb(1, 2, 3)');
    // A token set on an ancestor reaches inside the shadow root too.
    await page.$eval(tag, el => {
      (el as HTMLElement).style.removeProperty('--lbr-bg');
      document.body.style.setProperty('--lbr-fg', 'rgb(4, 5, 6)');
    });
    expect(await page.$eval(tag, el => getComputedStyle(el).color)).toBe('rgb(4, 5, 6)');
  });
}

/** Under prefers-reduced-motion the final state shows at once. */
export function reducedMotion(tag: string, expected: { text: string } & Fixture) {
  it('shows the final state at once under reduced motion, and nothing animates', async () => {
    const page = await open(tag, { ...expected, reduced: true, countFrames: true });
    // No waiting for animation: the final text is there right after hydration.
    await waitForText(page, tag, expected.text, 500);
    // And no animation loop runs: once settled, no frame is requested at all.
    const settled = await frames(page, 300);
    expect(await frames(page, 700)).toBe(settled);
  });
}

/** Invalid own content: refused with its field path, shown, sent as lbrContentError; the demo stays. */
export function badContent(tag: string, expected: { doc: unknown; path: string; keeps: string } & Fixture) {
  it('refuses bad content with its field path and keeps what it showed', async () => {
    const page = await open(tag, expected);
    const errors = await page.spyOnEvent('lbrContentError');
    await setOwnContent(page, tag, expected.doc as ContentDocument);
    await waitForText(page, tag, expected.path);
    expect(errors).toHaveReceivedEvent();
    const detail = errors.lastEvent?.detail;
    expect(detail.source).toBe('content');
    expect(detail.errors.map((e: { path: string }) => e.path)).toContain(expected.path);
    const text = await shadowText(page, tag);
    expect(text).toContain(expected.keeps);
    const alert = await page.$eval(tag, el => el.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '');
    expect(alert).toContain(expected.path);
  });
}

/** Every free-text field of `section` holds an XSS payload: nothing runs, payloads show as text. */
export function hostileContent(tag: string, section: Section, fixture: Fixture & { act?: (page: E2EPage) => Promise<void> } = {}) {
  it('renders hostile content as text, never as markup', async () => {
    const page = await open(tag, fixture);
    await setOwnContent(page, tag, hostileDocument(section));
    await waitForText(page, tag, PAYLOADS[0]);
    await fixture.act?.(page);
    await new Promise(r => setTimeout(r, 300));
    const report = await page.$eval(tag, el => ({
      xss: (window as any).__xss,
      injected: el.shadowRoot!.querySelectorAll('img[src="x"], script, svg[onload], a[href^="javascript"], [onerror], [onload]').length,
    }));
    expect(report).toEqual({ xss: undefined, injected: 0 });
  });
}

/**
 * A page served by a local test server (test/server.ts), for elements that
 * fetch from it. Chromium's Local Network Access refuses fetches from a page
 * set with `setContent` (answered by request interception, so of unknown
 * address space) to 127.0.0.1; a page the test server serves itself is on the
 * loopback like the server, and its fetches are same-origin. The elements load
 * from Stencil's test build as in `open()`.
 */
export async function openOnServer(server: TestServer, tag: string, html: string, fixture: Omit<Fixture, 'html'> = {}): Promise<E2EPage> {
  const page = await newE2EPage();
  if (fixture.reduced) await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const app = new URL(process.env.__STENCIL_APP_SCRIPT_URL__!, process.env.__STENCIL_BROWSER_URL__).href;
  server.route('/__e2e__.html', text(200, `<!doctype html><html><head><script type="module" src="${app}"></script></head><body>${html}</body></html>`, 'text/html'));
  await (page as any)._e2eGoto(`${server.url}/__e2e__.html`, { waitUntil: 'load' });
  await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, tag);
  return page;
}

/**
 * Moved in the DOM (disconnected, then connected again, as frameworks do when
 * they re-order lists): no errors, and the element reaches its final state.
 * `open` gives the page to move in (e.g. one tailing a live source, moved
 * mid-stream); `check` then proves what survived (no line lost or repeated).
 */
export function survivesMove(
  tag: string,
  expected: { text: string; title?: string; open?: () => Promise<E2EPage>; check?: (page: E2EPage) => Promise<void> } & Fixture,
) {
  it(expected.title ?? 'keeps working when moved in the DOM mid-animation', async () => {
    const page = expected.open ? await expected.open() : await open(tag, expected);
    const errors: string[] = [];
    page.on('pageerror', e => errors.push(String(e)));
    await page.$eval(tag, el => {
      const box = document.createElement('div');
      document.body.prepend(box);
      box.appendChild(el);
    });
    await waitForText(page, tag, expected.text, 20000);
    await expected.check?.(page);
    expect(errors).toEqual([]);
  });
}
