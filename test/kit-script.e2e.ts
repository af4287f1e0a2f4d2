/**
 * The whole-kit script (README "Whole-kit pages"): dist/kit/lbr-kit.js from `npm pack`, served
 * by a real HTTP server the way a CDN serves the package (/cdn/live-backend-runtime/…), on plain
 * HTML pages with every tag and the page's own content (<lbr-runtime src>):
 * - every element takes the document, none shows or downloads the demo; the script is one file
 *   and what loads later (the marks' drawing) comes from chunks next to it;
 * - the elements act as one system (a game crash reaches the log and the map) and the page's own
 *   module script drives them through the script's exports;
 * - on one page with the per-element CDN loader, in either order: nothing throws, one system.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'puppeteer';
import { demoContent } from '../src/data/demo';
import { crashReachesLogAndMap, visit, waitForText, waitForTextInView } from './common';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serveStatic } = require('../scripts/serve.cjs');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { pack } = require('../scripts/pack-app.cjs');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const own = require('../src/demo-content.json');

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..');
const PKG = '/cdn/live-backend-runtime';
const KIT = `${PKG}/dist/kit/lbr-kit.js`;
const LOADER = `${PKG}/dist/lbr/lbr.esm.js`;
const scenario = own.outage.scenarios.find((s: { id: string }) => s.id === 'psp-slowdown');
const crash = scenario.steps[0].options.find((o: { outcome: string }) => o.outcome === 'crash');

/** What each element shows of the page's document once it has it. */
const OWN_TEXT: Record<string, string> = {
  'lbr-system-boot': own.profile.name,
  'lbr-topology-map': own.topology.services[0].name,
  'lbr-log-stream': own.logs[0].title,
  'lbr-incident-report': own.incidents[0].title,
  'lbr-adr-viewer': own.decisions[0].title,
  'lbr-principle-cards': own.principles[0].name,
  'lbr-runtime-modules': own.modules[0].name,
  'lbr-outage-game': scenario.title,
  'lbr-recruiter-panel': own.recruiter.pitch[0],
};
const TAGS = ['lbr-runtime', ...Object.keys(OWN_TEXT)];

/** One string of each demo section, as it stands in the built code (plain ASCII, nothing a minifier escapes). */
const firstText = (v: unknown): string | undefined => {
  if (typeof v === 'string') return /^[\w .,:;|()-]{12,}$/.test(v) ? v : undefined;
  for (const x of Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v) : []) {
    const s = firstText(x);
    if (s) return s;
  }
  return undefined;
};
/** One of rough-notation's annotation types: in the library's code, which the drawing chunk holds, only. */
const ROUGH_NOTATION = 'crossed-off';
const DEMO = Object.entries(demoContent).map(([section, value]) => ({ section, text: firstText(value)! }));

const BODY = `<lbr-runtime src="/content.json"></lbr-runtime>
${TAGS.slice(1)
  .map(t => (t === 'lbr-outage-game' ? `<${t} scenario="psp-slowdown"></${t}>` : `<${t}></${t}>`))
  .join('\n')}`;
const page = (scripts: string[]) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>whole kit</title><link rel="icon" href="data:,">
${scripts.map(src => `<script type="module" src="${src}"></script>`).join('\n')}
<script type="module">import { appendLog, state } from '${KIT}'; window.kitApi = { appendLog, state };</script>
</head><body>${BODY}</body></html>`;
const PAGES: Record<string, string> = {
  'kit.html': page([KIT]),
  'kit-then-loader.html': page([KIT, LOADER]),
  'loader-then-kit.html': page([LOADER, KIT]),
};

describe('the whole-kit script (dist/kit/lbr-kit.js from npm pack) on a plain HTML page', () => {
  let dir: string;
  let packed: { tarball: string };
  let server: { close(): void };
  let url: string;
  /** dist/kit as packed: file name -> text. */
  const kitFiles = new Map<string, string>();
  beforeAll(async () => {
    packed = await pack();
    dir = await mkdtemp(join(tmpdir(), 'lbr-kit-'));
    await mkdir(join(dir, 'cdn'));
    await run('tar', ['xzf', packed.tarball, '-C', join(dir, 'cdn')]);
    await symlink(join(dir, 'cdn', 'package'), join(dir, 'cdn', 'live-backend-runtime'));
    await symlink(join(ROOT, 'src', 'demo-content.json'), join(dir, 'content.json'));
    for (const name of await readdir(join(dir, 'cdn', 'package', 'dist', 'kit'))) {
      if (name.endsWith('.js')) kitFiles.set(name, await readFile(join(dir, 'cdn', 'package', 'dist', 'kit', name), 'utf8'));
    }
    for (const [name, html] of Object.entries(PAGES)) await writeFile(join(dir, name), html);
    ({ server, url } = await serveStatic(dir, 0));
  }, 300_000);
  afterAll(async () => {
    server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    if (packed) await rm(dirname(packed.tarball), { recursive: true, force: true });
  });

  async function openPage(name: string) {
    const requests: string[] = [];
    const { tab, errors } = await visit(`${url}/${name}`, async t => void t.on('request', r => requests.push(new URL(r.url()).pathname)));
    await tab.waitForFunction((tags: string[]) => tags.every(t => document.querySelector(t)?.classList.contains('hydrated')), { timeout: 30000 }, TAGS);
    return { tab: tab as unknown as Page, errors, requests };
  }

  /** Every element shows the page's document, none the demo. */
  async function showsOwnContent(tab: Page) {
    for (const [tag, text] of Object.entries(OWN_TEXT)) {
      if (tag === 'lbr-log-stream') await waitForTextInView(tab, tag, text, 30000);
      else await waitForText(tab, tag, text, 30000);
    }
    const shown = await tab.evaluate((tags: string[]) => tags.map(t => document.querySelector(t)!.shadowRoot!.textContent ?? '').join('\n'), TAGS);
    expect(DEMO.filter(d => shown.includes(d.text))).toEqual([]);
  }

  /** The page's module script writes through the script's exports: the stream shows it, the state has it. */
  async function apiReachesElements(tab: Page, line: string) {
    await tab.waitForFunction(() => typeof (window as any).kitApi?.appendLog === 'function', { timeout: 30000 });
    await tab.evaluate((l: string) => (window as any).kitApi.appendLog(l, 'info', 'page'), line);
    await waitForTextInView(tab, 'lbr-log-stream', line, 30000);
    expect(await tab.evaluate((l: string) => (window as any).kitApi.state.runtimeLogs.some((r: { text: string }) => r.text === l), line)).toBe(true);
  }

  it('is one file that defines every tag; the demo sections and the drawing are chunks next to it', () => {
    expect(kitFiles.has('lbr-kit.js')).toBe(true);
    const demoFiles = DEMO.map(d => ({ ...d, files: [...kitFiles].filter(([, code]) => code.includes(d.text)).map(([name]) => name) }));
    // Each demo section is found, in a chunk of its own, never in the script.
    expect(demoFiles.filter(d => d.files.length !== 1 || d.files[0] === 'lbr-kit.js')).toEqual([]);
    expect(new Set(demoFiles.map(d => d.files[0])).size).toBe(DEMO.length);
    const drawing = [...kitFiles].filter(([, code]) => code.includes(ROUGH_NOTATION)).map(([name]) => name);
    expect(drawing).toHaveLength(1);
    expect(drawing[0]).not.toBe('lbr-kit.js');
    const script = kitFiles.get('lbr-kit.js')!;
    expect(TAGS.filter(tag => !new RegExp(`["'\\x60]${tag}["'\\x60]`).test(script))).toEqual([]);
  });

  it("all ten tags with the page's own content: every element shows it, no demo downloaded, a mark drawn from its chunk, one system", async () => {
    const { tab, errors, requests } = await openPage('kit.html');
    await showsOwnContent(tab);

    // The incident report marks its status: the drawing loads on that first mark, from next to the script.
    await tab.$eval('lbr-incident-report', el => el.scrollIntoView({ block: 'center' }));
    await tab.waitForFunction(() => document.querySelector('lbr-incident-report')!.shadowRoot!.querySelector('svg.rough-annotation path'), { timeout: 30000 });
    const drawing = [...kitFiles].find(([, code]) => code.includes(ROUGH_NOTATION))![0];
    expect(requests).toContain(`${PKG}/dist/kit/${drawing}`);

    await crashReachesLogAndMap(tab, crash.label, crash.log, 30000);
    await apiReachesElements(tab, 'deploy 43 rolled out by the page');
    expect(await tab.evaluate(() => (globalThis as any)[Symbol.for('live-backend-runtime.store')].stores.size)).toBe(1);

    // Every script came from dist/kit, the kit script once; no demo section was fetched.
    const scripts = requests.filter(p => p.endsWith('.js'));
    expect(scripts.filter(p => !p.startsWith(`${PKG}/dist/kit/`))).toEqual([]);
    expect(scripts.filter(p => p === KIT)).toHaveLength(1);
    const demoChunks = DEMO.map(d => [...kitFiles].find(([, code]) => code.includes(d.text))![0]);
    expect(scripts.filter(p => demoChunks.some(f => p.endsWith(`/${f}`)))).toEqual([]);
    expect(errors).toEqual([]);
  });

  for (const name of ['kit-then-loader.html', 'loader-then-kit.html']) {
    it(`with the per-element CDN loader on the same page (${name.replace('.html', '').replaceAll('-', ' ')}): nothing throws, one system`, async () => {
      const { tab, errors, requests } = await openPage(name);
      expect(requests).toEqual(expect.arrayContaining([KIT, LOADER]));
      await showsOwnContent(tab);
      await crashReachesLogAndMap(tab, crash.label, crash.log, 30000);
      // Written through the kit script's store: the stream shows it whichever build defined it.
      await apiReachesElements(tab, `deploy 44 rolled out (${name})`);
      // Two builds, each with its own store, met in the page hub.
      expect(await tab.evaluate(() => (globalThis as any)[Symbol.for('live-backend-runtime.store')].stores.size)).toBe(2);
      expect(errors).toEqual([]);
    });
  }
});
