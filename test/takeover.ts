/**
 * A server-rendered page as a reader meets it: what must show (the document's text, in final
 * states), what must never show (the demo, a first frame), and a recorder that watches the
 * page's visible text from the first byte to the end of the browser's takeover.
 *
 * Used by test/takeover.e2e.ts (the repository's build) and test/static-site.e2e.ts (the
 * examples/static-site generator, from the packed tarball).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decisions } from '../src/data/demo/decisions';
import { incidents } from '../src/data/demo/incidents';
import { logs } from '../src/data/demo/logs';
import { modules } from '../src/data/demo/modules';
import { outage } from '../src/data/demo/outage';
import { principles } from '../src/data/demo/principles';
import { profile } from '../src/data/demo/profile';
import { recruiter } from '../src/data/demo/recruiter';
import { topology } from '../src/data/demo/topology';
import { formatStat } from '../src/components/system-boot/boot-timeline';
import type { ContentDocument } from '../src/data/types';

type Page = import('puppeteer').Page;

/** Every element of the kit (from the manifest), lbr-runtime aside: it holds the document. */
export const ELEMENTS: string[] = JSON.parse(readFileSync(join(__dirname, '..', 'custom-elements.json'), 'utf8'))
  .modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? [])
  .map((d: { tagName?: string }) => d.tagName)
  .filter((t?: string) => t && t !== 'lbr-runtime');

/**
 * A page with the document inline in a <lbr-runtime> beside (not around) the elements, as a
 * static site lays it out; `head` goes in <head> (the client script).
 */
export const ssrPage = (json: string, head = '', tags = ELEMENTS) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ssr</title><link rel="icon" href="data:,">
<style>body { margin: 0; } main { max-width: 72rem; margin: 0 auto; padding: 1rem; display: grid; gap: 2rem; }</style>
${head}</head>
<body><lbr-runtime><script type="application/json">${json.replace(/</g, '\\u003c')}</script></lbr-runtime>
<main>${tags.map(t => `<${t}></${t}>`).join('\n')}</main></body></html>`;

/**
 * Text a reader sees, one piece per element, for a complete document: the final state of each
 * (boot lines typed, ONLINE, stats at their values, the game on the deck's first scenario).
 */
export function finalTexts(doc: Required<Omit<ContentDocument, 'sections'>>): string[] {
  return [
    doc.profile.name,
    ...doc.profile.bootLines,
    'ONLINE',
    ...doc.profile.stats.map(s => formatStat(s.value, s)),
    ...doc.topology.layers.map(l => l.name),
    ...doc.logs.map(l => l.title),
    doc.incidents[0].title,
    doc.decisions[0].title,
    ...doc.principles.map(p => p.expansion),
    doc.modules[0].name,
    doc.outage.scenarios[0].title,
    doc.recruiter.pitch[doc.recruiter.pitch.length - 1],
  ];
}

/** Text only the built-in demo, or a first animation frame, would show. */
export const NEVER = [
  profile.name,
  topology.services[0].role,
  logs[0].title,
  incidents[0].title,
  decisions[0].title,
  principles[0].expansion,
  modules[0].name,
  `incident deck: ${outage.scenarios.length} scenarios`,
  recruiter.pitch[0].slice(0, 40),
  'BOOTING',
];

/** What the recorder saw (read with `report`). */
export interface Takeover {
  /** Visible-text samples taken (every DOM change and every frame). */
  samples: number;
  /** Expected text seen at least once. */
  seen: string[];
  /** Expected text that disappeared after it had been seen, with when (ms since navigation). */
  lost: { text: string; at: number }[];
  /** Forbidden text that showed. */
  shown: { text: string; at: number }[];
  /** Layout shifts (not caused by input). */
  shifts: { value: number; at: number; sources: string[] }[];
}

/**
 * Installs the recorder before the page loads: from the first byte it samples the page's
 * visible text (through every shadow root; text hidden by CSS, clipped to a pixel or in
 * <style> does not count) at each DOM change and each frame, and records layout shifts.
 */
export async function recordTakeover(page: Page, expected: string[], never: string[]): Promise<void> {
  await page.evaluateOnNewDocument(
    (expected: string[], never: string[]) => {
      const rec = { samples: 0, seen: [] as string[], lost: [] as any[], shown: [] as any[], shifts: [] as any[], stopped: false };
      (window as any).__takeover = rec;
      new PerformanceObserver(list => {
        for (const e of list.getEntries() as any[]) {
          if (e.hadRecentInput) continue;
          rec.shifts.push({ value: e.value, at: Math.round(e.startTime), sources: (e.sources ?? []).map((s: any) => s.node?.nodeName ?? '?') });
        }
      }).observe({ type: 'layout-shift', buffered: true });
      const shown = (el: Element) => {
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true } as any)) return false;
        const r = el.getBoundingClientRect();
        return r.width > 1 && r.height > 1;
      };
      const roots = new Set<Node>();
      const visibleText = () => {
        let out = '';
        const walk = (root: Node) => {
          for (const node of Array.from(root.childNodes)) {
            if (node.nodeType === Node.TEXT_NODE) {
              const parent = node.parentElement;
              if (parent && shown(parent)) out += (node as Text).data;
            } else if (node.nodeType === Node.ELEMENT_NODE) {
              const el = node as Element;
              if (/^(STYLE|SCRIPT|TEMPLATE)$/.test(el.tagName)) continue;
              if (el.shadowRoot) {
                if (!roots.has(el.shadowRoot)) {
                  roots.add(el.shadowRoot);
                  observer.observe(el.shadowRoot, { childList: true, subtree: true, characterData: true, attributes: true });
                }
                walk(el.shadowRoot);
              }
              walk(el);
            }
          }
        };
        if (document.body) walk(document.body);
        return out.replace(/\s+/g, ' ');
      };
      const sample = () => {
        if (rec.stopped) return;
        rec.samples++;
        const text = visibleText();
        const at = Math.round(performance.now());
        for (const s of expected) {
          if (text.includes(s)) {
            if (!rec.seen.includes(s)) rec.seen.push(s);
          } else if (rec.seen.includes(s) && !rec.lost.some(l => l.text === s)) rec.lost.push({ text: s, at });
        }
        for (const s of never) if (text.includes(s) && !rec.shown.some(x => x.text === s)) rec.shown.push({ text: s, at });
      };
      const observer = new MutationObserver(sample);
      observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
      const frame = () => {
        sample();
        if (!rec.stopped) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    expected,
    never,
  );
}

/** Stops the recorder (before interacting: a replay blanks text on purpose) and returns what it saw. */
export function report(page: Page): Promise<Takeover> {
  return page.evaluate(() => {
    const rec = (window as any).__takeover;
    rec.stopped = true;
    const { samples, seen, lost, shown, shifts } = rec;
    return { samples, seen, lost, shown, shifts };
  });
}

/**
 * Waits until the browser has taken the page over: every element defined, lbr-runtime has
 * applied its inline document in this page (not the server's reflected status), and the
 * network is quiet (every element's code and the validator have arrived).
 */
export async function takenOver(page: Page, tags = ELEMENTS): Promise<void> {
  await page.waitForFunction(
    (tags: string[]) => tags.every(t => customElements.get(t)) && !!(document.querySelector('lbr-runtime') as any)?.[Symbol.for('live-backend-runtime.content-settled')],
    { timeout: 30000 },
    ['lbr-runtime', ...tags],
  );
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 30000 });
  // One more frame: anything the takeover renders has rendered.
  await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The visible text of one element's shadow root (whitespace folded). */
export function shadowText(page: Page, tag: string): Promise<string> {
  return page.$eval(tag, el => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
}

/**
 * Clicks `selector` until the page hears `event`. An element taking server markup over has no
 * listeners until its first client render, which a busy machine may finish after the network is
 * idle (the per-tag build has no componentOnReady to wait on): a click before then is lost, so
 * the element's answer, not the time, says the click counted. Retries only after 5 s of silence.
 */
export async function clickUntilHeard(page: Page, selector: string, event: string, timeout = 60000): Promise<void> {
  // One listener for the whole wait, removed by the first answer: a later call on the same page starts afresh.
  await page.evaluate((type: string) => {
    (window as any).__heard = 0;
    document.addEventListener(type, () => ((window as any).__heard = 1), { once: true });
  }, event);
  for (const end = Date.now() + timeout; ; ) {
    await (await page.$(selector))!.click();
    if (await page.waitForFunction(() => (window as any).__heard > 0, { timeout: 5000 }).then(() => true, () => false)) return;
    if (Date.now() > end) throw new Error(`no ${event} after clicking ${selector} for ${timeout} ms`);
  }
}
