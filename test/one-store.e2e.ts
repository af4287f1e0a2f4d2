/**
 * One system per page, whichever builds put the elements there (issue: adopt it from npm).
 * Each build of the kit carries its own Stencil runtime and store; they meet in the page hub
 * (src/store/hub.ts). Pages here mix builds the way users do, from the built output over a
 * real HTTP server:
 * - the per-tag npm build (dist/components) and the CDN bundle (dist/lbr) on one page;
 * - the CDN bundle loaded twice from two URLs, with script calls going to the second copy;
 * - a copy that speaks another hub protocol: one console warning, nothing breaks.
 */
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crashReachesLogAndMap, rawPage, waitForTextInView } from './common';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serveStatic } = require('../scripts/serve.cjs');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const own = require('../src/demo-content.json');

type Page = Awaited<ReturnType<typeof rawPage>>;

const ROOT = resolve(__dirname, '..');
const scenario = own.outage.scenarios.find((s: { id: string }) => s.id === 'psp-slowdown');
const crash = scenario.steps[0].options.find((o: { outcome: string }) => o.outcome === 'crash');
const TAGS = ['lbr-system-boot', 'lbr-topology-map', 'lbr-log-stream', 'lbr-outage-game'];
const BODY = `
  <lbr-runtime src="/content.json"></lbr-runtime>
  <lbr-system-boot></lbr-system-boot>
  <lbr-topology-map></lbr-topology-map>
  <lbr-log-stream></lbr-log-stream>
  <lbr-outage-game scenario="psp-slowdown"></lbr-outage-game>`;

const page = (head: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>mixed builds</title><link rel="icon" href="data:,">${head}</head><body>${BODY}</body></html>`;

const PAGES: Record<string, string> = {
  // The per-tag build defines the game first (module scripts run in order); the CDN bundle defines the rest.
  'mixed.html': page(`<script type="module" src="/npm/lbr-outage-game.js"></script><script type="module" src="/cdn-a/lbr.esm.js"></script>`),
  // The same CDN bundle from two URLs (say a site theme and an embed); the page's own script talks to the second.
  'twice.html': page(`<script type="module" src="/cdn-a/lbr.esm.js"></script><script type="module" src="/cdn-b/lbr.esm.js"></script>
    <script type="module">import { appendLog } from '/cdn-b/index.esm.js'; window.appendFromB = appendLog;</script>`),
  // A newer kit that speaks another protocol got to the page first.
  'incompatible.html': page(`<script>globalThis[Symbol.for('live-backend-runtime.store')] = { protocol: 999, version: '9.0.0', state: {}, stores: new Set(), nextLineId: 1 };</script>
    <script type="module" src="/cdn-a/lbr.esm.js"></script>`),
};

describe('one store per page, whichever build defined the elements', () => {
  let dir: string;
  let server: { close(): void };
  let url: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lbr-one-store-'));
    await symlink(join(ROOT, 'dist', 'lbr'), join(dir, 'cdn-a'));
    await symlink(join(ROOT, 'dist', 'lbr'), join(dir, 'cdn-b'));
    await symlink(join(ROOT, 'dist', 'components'), join(dir, 'npm'));
    await symlink(join(ROOT, 'src', 'demo-content.json'), join(dir, 'content.json'));
    for (const [name, html] of Object.entries(PAGES)) await writeFile(join(dir, name), html);
    ({ server, url } = await serveStatic(dir, 0));
  });
  afterAll(async () => {
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function openPage(name: string) {
    const tab = await rawPage();
    const errors: string[] = [];
    const warnings: string[] = [];
    const requests: string[] = [];
    tab.on('pageerror', e => errors.push(String(e)));
    tab.on('console', m => {
      if (m.type() === 'error') errors.push(m.text());
      if (m.type() === 'warn') warnings.push(m.text());
    });
    tab.on('request', r => requests.push(new URL(r.url()).pathname));
    await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await tab.goto(`${url}/${name}`);
    await tab.waitForFunction((tags: string[]) => tags.every(t => document.querySelector(t)?.classList.contains('hydrated')), { timeout: 20000 }, TAGS);
    return { tab, errors, warnings, requests };
  }

  const text = (tab: Page, tag: string) => tab.$eval(tag, el => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
  const waitText = (tab: Page, tag: string, s: string) =>
    tab.waitForFunction((t: string, x: string) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').includes(x), { timeout: 15000 }, tag, s);

  /** Every element shows the page's document, not the demo. */
  async function showsOwnContent(tab: Page) {
    await waitText(tab, 'lbr-system-boot', own.profile.name);
    await waitText(tab, 'lbr-outage-game', scenario.title);
    await waitText(tab, 'lbr-topology-map', own.topology.services[0].name);
    await waitForTextInView(tab, 'lbr-log-stream', own.logs[0].title, 15000);
    for (const tag of TAGS) expect(await text(tab, tag)).not.toContain('Archishman Das');
  }

  it('per-tag npm build and CDN bundle on one page: the page content reaches both, the game (npm) drives the log and map (CDN)', async () => {
    const { tab, errors, requests } = await openPage('mixed.html');
    await showsOwnContent(tab);
    // Two builds, two stores, one hub: the game really came from the npm build.
    expect(requests).toContain('/npm/lbr-outage-game.js');
    expect(await tab.evaluate(() => (globalThis as any)[Symbol.for('live-backend-runtime.store')].stores.size)).toBe(2);
    await crashReachesLogAndMap(tab, crash.label, crash.log);
    expect(errors).toEqual([]);
  });

  it('the CDN bundle loaded twice from two URLs behaves as one system', async () => {
    const { tab, errors, warnings, requests } = await openPage('twice.html');
    expect(requests).toContain('/cdn-b/lbr.esm.js');
    await showsOwnContent(tab);
    await crashReachesLogAndMap(tab, crash.label, crash.log);
    // The page's own script wrote through the second copy: the stream (first copy) shows it.
    await tab.waitForFunction(() => typeof (window as any).appendFromB === 'function');
    await tab.evaluate(() => (window as any).appendFromB('deploy 42 rolled out from copy b', 'info', 'page'));
    await waitText(tab, 'lbr-log-stream', 'deploy 42 rolled out from copy b');
    expect(await tab.evaluate(() => (globalThis as any)[Symbol.for('live-backend-runtime.store')].stores.size)).toBe(2);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('a copy of the kit that speaks another protocol: one warning that says what to change, and the page still works', async () => {
    const { tab, errors, warnings } = await openPage('incompatible.html');
    await showsOwnContent(tab);
    await crashReachesLogAndMap(tab, crash.label, crash.log);
    const ours = warnings.filter(w => w.startsWith('live-backend-runtime:'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatch(/two incompatible copies of the kit \(9\.0\.0 and .+\).*Load one version only/);
    expect(errors).toEqual([]);
  });
});
