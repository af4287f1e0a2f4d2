/**
 * One-line proofs every element gives in its e2e file (Calcite's commonTests):
 *
 *   describe('lbr-x', () => {
 *     renders('lbr-x', { text: 'seed text' });
 *     accessible('lbr-x');
 *     themed('lbr-x', { unused: { '--lbr-error': 'no error in the demo' } });
 *     defaults('lbr-x', { ...SECTION_DEFAULTS, selected: undefined });
 *     reflects('lbr-x', 'selected', 'selected', 'ADR-002');
 *     survivesMove('lbr-x', { text: 'final state text' });
 *     reducedMotion('lbr-x', { text: 'final state text' });
 *     badContent('lbr-x', { doc: { decisions: [{}] }, path: 'decisions[0].id' });
 *     hostileContent('lbr-x', 'decisions');
 *   });
 */
import { AxePuppeteer } from '@axe-core/puppeteer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { E2EPage, newE2EPage } from '@stencil/core/testing';
import type { ContentDocument, Section } from '../src/data/types';
import { hostileDocument, PAYLOADS } from './hostile';
import { text, TestServer } from './server';

export interface Fixture {
  /** Markup for the page; defaults to `<tag></tag>`. */
  html?: string;
  /** Media features to emulate before the page loads. */
  reduced?: boolean;
  /** Viewport width in px (Stencil's default: 800). */
  width?: number;
}

/**
 * Options for an E2E page's `setContent` and `goto`: Stencil waits 30 s for the app to load, and a
 * loaded machine can take longer ("App did not load within 30000ms").
 */
export const LOAD = { timeout: 90_000 };

/** A page with the element hydrated. */
export async function open(tag: string, fixture: Fixture & { countFrames?: boolean } = {}): Promise<E2EPage> {
  const page = await newE2EPage();
  if (fixture.countFrames) await countFrames(page);
  if (fixture.reduced) await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  if (fixture.width) await page.setViewport({ width: fixture.width, height: 800 });
  await page.setContent(fixture.html ?? `<${tag}></${tag}>`, LOAD);
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
  // The tab in front, as a visitor's: Stencil's own page must not keep focus.
  await page.bringToFront();
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
  await tab.goto(url, LOAD);
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
    // The page's own frames, uncounted: `framesStop` measures its quiet window in them.
    (window as any).__raf = raf;
    window.requestAnimationFrame = cb => {
      (window as any).__frames++;
      return raf(cb);
    };
  });
}

/** Frames requested since `countFrames`. */
export async function frames(page: E2EPage): Promise<number> {
  return page.evaluate(() => (window as any).__frames as number);
}

/**
 * Waits until `n` more frames are requested (an animation loop runs): a count reached, not a count
 * in a fixed window, so a slow machine only makes it take longer. Throws after `timeout`.
 */
export async function framesRun(page: E2EPage, n = 6, timeout = 20000): Promise<void> {
  const from = await frames(page);
  // Polled on a timer: rAF polling would request the very frames it counts.
  await page
    .waitForFunction((f: number, k: number) => (window as any).__frames - f >= k, { polling: 50, timeout }, from, n)
    .catch(() => frames(page).then(now => Promise.reject(new Error(`expected ${n} frame requests, got ${now - from} within ${timeout} ms`))));
}

/**
 * Waits until no frame is requested for one quiet window: `quietFrames` of the page's own frames
 * and `quietMs` at least (animation loops stopped). A loop that stops late (an observer reporting
 * after a frame or two on a slow machine) passes once it stops; one that keeps running, or requests
 * a frame now and then, never gives a quiet window and fails after `timeout`.
 */
export async function framesStop(page: E2EPage, { quietFrames = 40, quietMs = 700, timeout = 20000 } = {}): Promise<void> {
  const quiet = await page.evaluate(
    async (n: number, ms: number, total: number) => {
      const w = window as any;
      const end = performance.now() + total;
      let count = w.__frames;
      let since = performance.now();
      let still = 0;
      while (performance.now() < end) {
        await new Promise(r => w.__raf(r));
        if (w.__frames !== count) [count, since, still] = [w.__frames, performance.now(), 0];
        else if (++still >= n && performance.now() - since >= ms) return true;
      }
      return false;
    },
    quietFrames,
    quietMs,
    timeout,
  );
  if (!quiet) throw new Error(`frames kept being requested: no quiet window of ${quietFrames} frames and ${quietMs} ms within ${timeout} ms`);
}

/**
 * Reads `read` until `done` holds for what it gives, or `timeout` passes; returns the last reading,
 * for the test to assert on (a state reached after slow work: lazy modules, observers, marks drawn).
 */
export async function settled<T>(read: () => Promise<T>, done: (value: T) => boolean, timeout = 20000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!done(value) && Date.now() < end) {
    await new Promise(r => setTimeout(r, 50)); // a poll interval, not a signal
    value = await read();
  }
  return value;
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
export async function waitForText(page: Pick<E2EPage, 'waitForFunction'>, tag: string, text: string, timeout = 30000, inView = false): Promise<void> {
  await page.waitForFunction(
    (t: string, s: string, look: boolean) => {
      const el = document.querySelector(t);
      if ((el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').includes(s)) return true;
      const r = el?.getBoundingClientRect();
      if (look && r && (r.bottom <= 0 || r.top >= innerHeight)) el!.scrollIntoView();
      return false;
    },
    { timeout },
    tag,
    text,
    inView,
  );
}

/**
 * `waitForText` for text that arrives on the element's frames (the log stream takes lines in on
 * them, and they run only while it is on screen): like a reader, it scrolls the element back into
 * view whenever the page moved away from it meanwhile (the game moves focus to its next step, which
 * scrolls the page to the game).
 */
export const waitForTextInView = (page: Pick<E2EPage, 'waitForFunction'>, tag: string, text: string, timeout = 30000) => waitForText(page, tag, text, timeout, true);

/**
 * One system on the page: the outage game's option `label` (a crash: psp-slowdown in src/demo-content.json)
 * writes its `log` line to the log stream and marks the PSP down on the topology map, the other services untouched.
 */
export async function crashReachesLogAndMap(page: Pick<E2EPage, 'waitForFunction' | '$eval'>, label: string, log: string, timeout = 15000): Promise<void> {
  await page.$eval(
    'lbr-outage-game',
    (el, l) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.option')].find(b => b.textContent!.includes(l as string))!.click(),
    label,
  );
  await waitForTextInView(page, 'lbr-log-stream', log, timeout);
  await page.waitForFunction(() => document.querySelector('lbr-topology-map')!.shadowRoot!.querySelector('[data-service="psp"]')?.getAttribute('data-health') === 'down', { timeout });
  expect(await page.$eval('lbr-topology-map', el => el.shadowRoot!.querySelector('[data-service="risk"]')?.getAttribute('data-health'))).toBe('ok');
}

/** Waits until a spied event has fired `times` times (polls; Stencil's waitForEvent has a short fixed timeout). */
export async function waitForEvents(spy: { length: number }, times = 1, timeout = 60000): Promise<void> {
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

/**
 * The `--lbr-*` tokens an element honours, as its generated readme documents them (the same list
 * goes to the custom elements manifest: scripts/shared-token-docs.cjs).
 */
export function documentedTokens(tag: string): string[] {
  const readme = readFileSync(join(__dirname, '..', 'src', 'components', tag.replace(/^lbr-/, ''), 'readme.md'), 'utf8');
  const table = readme.split('## CSS Custom Properties')[1]?.split(/\n## |\n\*Built/)[0] ?? '';
  return [...table.matchAll(/^\|\s*`(--lbr-[a-z0-9-]+)`/gm)].map(m => m[1]);
}

/** How `themed` proves one token: the value it sets, and whether it looks for that value or for any change. */
export interface Probe {
  value: string;
  /** Look for any computed change instead of `value` (a token the element feeds into a formula, e.g. a grid track minimum). */
  changes?: boolean;
}

/** A value no default style has: a colour, a font family or a length, by the token's name. */
function probeFor(token: string, i: number): Probe {
  if (/font/.test(token)) return { value: `LbrProbe${i}, monospace` };
  if (/radius|space|height|width|min|size/.test(token)) return { value: `${41 + i}.25px` };
  return { value: `rgb(1, 2, ${10 + i})` };
}

/**
 * Each public token changes what it must: every `--lbr-*` token the element's readme lists is set
 * on the host to a value no default has, and some element (the host or one in the shadow root)
 * must then compute that value: a token that stopped applying fails here. A token with no visible
 * effect in the render under test goes in `unused`, with the reason; it is checked to have none,
 * so the list cannot go stale. Also: `theme="light"` and a token set on an ancestor apply.
 */
export function themed(
  tag: string,
  fixture: Fixture & {
    /** Tokens with no visible effect here, each with the reason. */
    unused?: Record<string, string>;
    /** A token's own probe, where the default one cannot show (see `Probe`). */
    probes?: Record<string, Probe>;
    /** Brings the element to the state under test (a tab open, a game underway). */
    settle?: (page: E2EPage) => Promise<void>;
  } = {},
) {
  const unused = fixture.unused ?? {};
  const note = Object.keys(unused).length ? `; no effect here: ${Object.entries(unused).map(([t, why]) => `${t} (${why})`).join(', ')}` : '';
  it(`applies each --lbr-* token it documents, and the theme attribute${note}`, async () => {
    const tokens = documentedTokens(tag);
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of Object.keys(unused)) expect(tokens).toContain(t);
    const page = await open(tag, { reduced: true, ...fixture });
    await fixture.settle?.(page);
    const probes = tokens.map((token, i) => {
      const probe = { ...probeFor(token, i), ...fixture.probes?.[token] };
      // What a computed style shows of it: the value as set (rgb() and px come back as written), or a font stack's first family.
      return { token, ...probe, shows: probe.value.startsWith('rgb') ? probe.value : probe.value.split(',')[0] };
    });
    const expected = Object.fromEntries(tokens.map(t => [t, t in unused ? 'no effect' : 'applies']));
    const [byValue, byChange] = [probes.filter(p => !p.changes), probes.filter(p => p.changes)];
    // Where each value shows, with every token set at once (one pass over the computed styles).
    const scan = () =>
      page.$eval(
        tag,
        (host, ps: { token: string; shows: string }[]) => {
          const els = [host, ...host.shadowRoot!.querySelectorAll('*')];
          const found: Record<string, string> = {};
          for (const el of els) {
            const cs = getComputedStyle(el);
            for (let i = 0; i < cs.length; i++) {
              const name = cs[i];
              if (name.startsWith('--')) continue;
              const v = cs.getPropertyValue(name);
              for (const p of ps) if (!found[p.token] && v.includes(p.shows)) found[p.token] = `${el === host ? ':host' : el.localName + (el.className ? '.' + String(el.className).trim().split(/\s+/).join('.') : '')} ${name}`;
            }
          }
          return found;
        },
        byValue,
      );
    const set = (ps: { token: string; value: string }[], on: boolean) =>
      page.$eval(
        tag,
        (el, list: { token: string; value: string }[], on: boolean) => list.forEach(p => (on ? (el as HTMLElement).style.setProperty(p.token, p.value) : (el as HTMLElement).style.removeProperty(p.token))),
        ps,
        on,
      );
    expect(await scan()).toEqual({}); // no probe value shows before it is set
    await set(byValue, true);
    await page.waitForChanges();
    const found = await scan();
    await set(byValue, false);
    // One token can mask another (a status colour defaults to the ok colour): try those missing alone.
    for (const p of byValue.filter(p => !found[p.token])) {
      await set([p], true);
      await page.waitForChanges();
      Object.assign(found, await scan());
      await set([p], false);
    }
    // A token fed into a formula: any computed style in the element changes when it is set.
    const styles = () =>
      page.$eval(tag, host =>
        [host, ...host.shadowRoot!.querySelectorAll('*')].map(el => {
          const cs = getComputedStyle(el);
          return Array.from(cs, n => (n.startsWith('--') ? '' : cs.getPropertyValue(n))).join('|');
        }),
      );
    for (const p of byChange) {
      const before = await styles();
      await set([p], true);
      await page.waitForChanges();
      const after = await styles();
      await set([p], false);
      const at = after.findIndex((s, i) => s !== before[i]);
      if (at >= 0) found[p.token] = `element #${at} (any change)`;
    }
    const report = Object.fromEntries(tokens.map(t => [t, found[t] ? 'applies' : 'no effect']));
    // Where each applied, for the reader of a failure.
    if (JSON.stringify(report) !== JSON.stringify(expected)) console.log(`${tag} tokens:`, found);
    expect(report).toEqual(expected);

    // theme="light" turns the defaults light; a token set on an ancestor reaches inside too.
    const bg = () => page.$eval(tag, el => getComputedStyle(el).backgroundColor);
    const dark = await bg();
    await page.$eval(tag, el => el.setAttribute('theme', 'light'));
    await page.waitForChanges();
    expect(await bg()).not.toEqual(dark);
    expect(await bg()).toBe('rgb(255, 255, 255)');
    await page.evaluate(() => document.body.style.setProperty('--lbr-fg', 'rgb(4, 5, 6)'));
    expect(await page.$eval(tag, el => getComputedStyle(el).color)).toBe('rgb(4, 5, 6)');
  });
}

/** Under prefers-reduced-motion the final state shows at once. */
export function reducedMotion(tag: string, expected: { text: string } & Fixture) {
  it('shows the final state at once under reduced motion, and nothing animates', async () => {
    const page = await open(tag, { ...expected, reduced: true, countFrames: true });
    const from = await frames(page);
    // No waiting for animation: the final text comes with no more than the few frames of Stencil's
    // own renders (typing or counting to it takes hundreds). Counted, not timed: a slow machine
    // takes longer, not more frames. Polled on a timer, since rAF polling would add frames.
    await page.waitForFunction(
      (t: string, s: string) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').includes(s),
      { polling: 50, timeout: 30000 },
      tag,
      expected.text,
    );
    expect((await frames(page)) - from).toBeLessThan(10);
    // And no animation loop runs: once settled, no frame is requested at all.
    await framesStop(page);
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

/**
 * Resolves once an image of the test's own, `src=x` as the payloads', fails in `tag`'s shadow root
 * (or the page): a payload image injected before it has failed by then and its handler has run,
 * so reading `window.__xss` after this cannot come too early, however slow the machine.
 */
export async function payloadsSettled(page: Pick<E2EPage, 'evaluate'>, tag?: string): Promise<void> {
  await page.evaluate(
    (t?: string) =>
      new Promise<void>(done => {
        const img = document.createElement('img');
        img.addEventListener('error', () => (img.remove(), done()), { once: true });
        img.hidden = true;
        img.src = 'x';
        (t ? document.querySelector(t)!.shadowRoot! : document.body).append(img);
      }),
    tag,
  );
}

/** Every free-text field of `section` holds an XSS payload: nothing runs, payloads show as text. */
export function hostileContent(tag: string, section: Section, fixture: Fixture & { act?: (page: E2EPage) => Promise<void> } = {}) {
  it('renders hostile content as text, never as markup', async () => {
    const page = await open(tag, fixture);
    await setOwnContent(page, tag, hostileDocument(section));
    await waitForText(page, tag, PAYLOADS[0]);
    await fixture.act?.(page);
    await payloadsSettled(page, tag);
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
  await (page as any)._e2eGoto(`${server.url}/__e2e__.html`, { waitUntil: 'load', ...LOAD });
  await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, tag);
  return page;
}

/**
 * The work an element does at rest, as a move in the DOM could break it: animation loops running
 * (frame requests pending, the least over a few frames: one per running loop), rough-notation
 * marks drawn, and the page store it writes (health, selection, game, runtime lines).
 * `trackLoops` must run on the page first.
 */
async function work(page: E2EPage, tag: string) {
  const loops: number = await page.evaluate(() => (window as any).__lbrLoops(12));
  const marks: number = await page.$eval(tag, el => el.shadowRoot!.querySelectorAll('svg.rough-annotation').length);
  const store = await kit(page, k => {
    const s = k.state;
    return { boot: s.boot, selected: s.selectedServiceId, health: s.health, game: s.game, lines: s.runtimeLogs.map((l: any) => `${l.level} ${l.source} ${l.text}`) };
  });
  return { loops, marks, store };
}

/** Counts pending animation frame requests from now on, for `work` (each running loop keeps one pending). */
async function trackLoops(page: E2EPage): Promise<void> {
  await page.evaluate(() => {
    const raf = window.requestAnimationFrame.bind(window);
    const caf = window.cancelAnimationFrame.bind(window);
    const pending = new Set<number>();
    window.requestAnimationFrame = cb => {
      const id = raf(t => {
        pending.delete(id);
        cb(t);
      });
      pending.add(id);
      return id;
    };
    window.cancelAnimationFrame = id => {
      pending.delete(id);
      caf(id);
    };
    (window as any).__lbrLoops = async (frames: number) => {
      let least = Infinity;
      for (let i = 0; i < frames; i++) {
        await new Promise(r => raf(r));
        least = Math.min(least, pending.size);
      }
      return least;
    };
  });
}

/**
 * Moved in the DOM (disconnected, then connected again, as frameworks do when they re-order
 * lists) mid-animation: no errors, the element reaches its final state, and then does the same
 * work as one never moved: its marks drawn again, once, and the store as it left it (both as the
 * final state under reduced motion shows them), and `loops` animation loops running (its ambient
 * motion restarted, not doubled). `open` gives a page of its own to move in (e.g. one tailing a
 * live source, moved mid-stream): then `check` alone proves what survived (no line lost or
 * repeated); `check` also proves what else must come back (listeners, observers).
 */
export function survivesMove(
  tag: string,
  expected: { text: string; loops?: number; title?: string; open?: () => Promise<E2EPage>; check?: (page: E2EPage) => Promise<void> } & Fixture,
) {
  it(expected.title ?? 'keeps working when moved in the DOM mid-animation, and does the same work as before', async () => {
    let reference: Awaited<ReturnType<typeof work>> | undefined;
    if (!expected.open) {
      // The element never moved, in its final state at once.
      const still = await open(tag, { ...expected, reduced: true });
      await trackLoops(still);
      await waitForText(still, tag, expected.text);
      // Its work once it stops changing (marks draw a while after the text on a slow machine):
      // the same reading for 1.5 s and three reads at least.
      let last = await work(still, tag);
      for (let since = Date.now(), same = 0, end = Date.now() + 30000; (same < 3 || Date.now() - since < 1500) && Date.now() < end; ) {
        const next = await work(still, tag);
        if (JSON.stringify(next) === JSON.stringify(last)) same++;
        else [last, since, same] = [next, Date.now(), 0];
      }
      reference = { ...last, loops: expected.loops ?? 0 };
      await still.close();
    }
    const page = expected.open ? await expected.open() : await open(tag, expected);
    await trackLoops(page);
    const errors: string[] = [];
    page.on('pageerror', e => errors.push(String(e)));
    await page.$eval(tag, el => {
      const box = document.createElement('div');
      document.body.prepend(box);
      box.appendChild(el);
    });
    await waitForText(page, tag, expected.text);
    if (reference) {
      // Polled: marks draw and loops start on the next frames.
      let now = await work(page, tag);
      for (const end = Date.now() + 10000; JSON.stringify(now) !== JSON.stringify(reference) && Date.now() < end; ) now = await work(page, tag);
      expect(now).toEqual(reference);
    }
    await expected.check?.(page);
    expect(errors).toEqual([]);
  });
}

/** The kit's entry module as the page loads it (Stencil's dev build): absolute, so pages a test server serves reach it too. */
export const kitUrl = () => new URL('/build/index.esm.js', process.env.__STENCIL_BROWSER_URL__).href;

/**
 * Runs `fn(kit, ...args)` in the page, with the kit's entry module (`state`, `setContent`,
 * `appendLog`…): the one way tests reach the page store, on the very instance the elements use.
 * `fn` is sent as source (self-contained, no closures); its result comes back as JSON.
 */
export async function kit<A extends unknown[], R>(page: Pick<E2EPage, 'evaluate'>, fn: (kit: any, ...args: A) => R, ...args: A): Promise<Awaited<R>> {
  return page.evaluate(
    async (url: string, source: string, a: unknown[]) => {
      // A real browser import (the test transpiler would turn a literal import() into require()).
      const k = await new Function('u', 'return import(u)')(url);
      const result = await new Function(`return (${source})`)()(k, ...a);
      return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
    },
    kitUrl(),
    fn.toString(),
    args as unknown[],
  ) as Promise<Awaited<R>>;
}

/** The props every section element has (utils/section-intro), at their defaults: spread into `defaults`. */
export const SECTION_DEFAULTS = { content: undefined, eyebrow: undefined, heading: undefined, headingLevel: 2, lead: undefined, tagline: undefined, theme: 'dark' };

/**
 * A fresh element's props, once connected: `expected` names every prop its readme documents, with
 * the value the readme gives as its default (so code, docs and test agree).
 */
export function defaults(tag: string, expected: Record<string, unknown>) {
  it('has its documented defaults', async () => {
    const readme = readFileSync(join(__dirname, '..', 'src', 'components', tag.replace(/^lbr-/, ''), 'readme.md'), 'utf8');
    const table = readme.split('## Properties')[1]?.split(/\n## /)[0] ?? '';
    const rows = [...table.matchAll(/^\|\s*`([a-zA-Z]+)`.*\|\s*`([^`]*)`\s*\|\s*$/gm)];
    const documented = rows.map(m => m[1]);
    expect(Object.keys(expected).sort()).toEqual(documented.sort());
    // The readme's Default column (`'dark'`, `2`, `true`, `undefined`) says the same.
    const literal = (v: string) => (v === 'undefined' ? '(undefined)' : JSON.parse(v.replace(/^'(.*)'$/, '"$1"')));
    const named = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === undefined ? '(undefined)' : v]));
    expect(Object.fromEntries(rows.map(m => [m[1], literal(m[2])]))).toEqual(named(expected));
    const page = await newE2EPage();
    await page.setContent('', LOAD);
    const actual = await page.evaluate(
      async (t: string, props: string[]) => {
        const el = document.createElement(t) as any;
        document.body.appendChild(el);
        await customElements.whenDefined(t);
        await el.componentOnReady();
        // JSON drops undefined: name it.
        return Object.fromEntries(props.map(p => [p, el[p] === undefined ? '(undefined)' : el[p]]));
      },
      tag,
      documented,
    );
    expect(actual).toEqual(named(expected));
  });
}

/**
 * `attr` sets `prop` to `value`; and, when the prop reflects (the default here), setting `prop`
 * writes `attr` back, or else leaves the attribute alone. Booleans: present (`""`) or absent.
 */
export function reflects(tag: string, prop: string, attr: string, value: string | number | boolean, reflected = true) {
  it(`reflects ${prop}: attribute ${attr} → prop${reflected ? ' → attribute' : ' (not reflected back)'} (${JSON.stringify(value)})`, async () => {
    const page = await open(tag, { reduced: true });
    const asAttr = value === true ? '' : value === false ? 'false' : String(value);
    await page.$eval(tag, (el, a: string, v: string) => el.setAttribute(a, v), attr, asAttr);
    await page.waitForChanges();
    expect(await page.$eval(tag, (el: any, p: string) => el[p], prop)).toEqual(value);
    // The prop is set on a fresh element without the attribute: removing the attribute and setting the prop back
    // before a render in between leaves Stencil's last rendered value unchanged, so it writes nothing (a loaded
    // machine showed it, CI at aa621bf).
    await page.$eval(
      tag,
      async (el: any, a: string, p: string, v: unknown) => {
        const fresh: any = document.createElement(el.localName);
        for (const { name, value } of [...el.attributes]) if (name !== a && name !== 'class') fresh.setAttribute(name, value);
        el.replaceWith(fresh);
        await fresh.componentOnReady();
        fresh[p] = v;
      },
      attr,
      prop,
      value,
    );
    await page.waitForChanges();
    const want = !reflected ? null : value === true ? '' : value === false ? null : String(value);
    // Reflection happens when the element renders, which a loaded machine may do after waitForChanges: wait for it (a
    // missing reflection still fails, at the deadline).
    if (want !== null) await page.waitForFunction((t: string, a: string, w: string) => document.querySelector(t)!.getAttribute(a) === w, { timeout: 15000 }, tag, attr, want).catch(() => undefined);
    const written = await page.$eval(tag, (el, a: string) => el.getAttribute(a), attr);
    expect(written).toBe(want);
  });
}
