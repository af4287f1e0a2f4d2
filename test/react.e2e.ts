/**
 * React, as npm users get it: the packed tarball installed into a scratch copy of examples/react
 * (scripts/pack-app.cjs), never the source tree.
 * - the example (the README's React snippet) type-checks under `tsc --strict` with the shipped
 *   declarations checked too, and the typings refuse what never works in React 19;
 * - its production build renders in Chromium with the app's own content, the wrappers'
 *   `onLbrServiceSelect` receives the inspected service's id and the bare tag's
 *   `onlbrIncidentSelect` fires; only the elements the app uses are in its bundle;
 * - the wrappers render on a server (React's renderToString in Node) without a DOM, and a page
 *   rendered so and hydrated in Chromium gets their content and events.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { rawPage, visit, waitForText } from './common';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serveStatic } = require('../scripts/serve.cjs');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { pack, buildExample } = require('../scripts/pack-app.cjs');

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** Runs tsc in `cwd` on `project`; resolves to its output (empty when it finds nothing). */
const typecheck = (cwd: string, project: string) =>
  run(process.execPath, [TSC, '--noEmit', '-p', project], { cwd }).then(
    r => r.stdout,
    (e: { stdout: string }) => e.stdout || String(e),
  );

type Tab = Awaited<ReturnType<typeof rawPage>>;

/** The services the example's map draws (its public `layout()`), sorted. */
const mapIds = (tab: Tab): Promise<string[]> =>
  tab.$eval('lbr-topology-map', async (el: any) => (await el.layout()).nodes.map((n: { id: string }) => n.id).sort());

/**
 * Drives the example's map with the keyboard: focus, then Home and End inspect the first and the
 * last service. Each time, the app's `onLbrServiceSelect` output must show the id of the service
 * the map announces. Resolves to the two ids.
 */
async function inspectWithKeyboard(tab: Tab): Promise<string[]> {
  const names: Record<string, string> = { CDN: 'cdn', 'Ledger API': 'ledger', Payouts: 'payouts' };
  const status = () => document.querySelector('lbr-topology-map')!.shadowRoot!.querySelector('.visually-hidden[role="status"]')!.textContent ?? '';
  await tab.$eval('lbr-topology-map', el => (el.shadowRoot!.querySelector('[role="application"]') as HTMLElement).focus());
  const ids: string[] = [];
  for (const key of ['Home', 'End']) {
    const before = await tab.evaluate(status);
    await tab.keyboard.press(key);
    await tab.waitForFunction(`(${status})() !== ${JSON.stringify(before)}`, { timeout: 10000 });
    const id = names[(await tab.evaluate(status)).split(',')[0]];
    expect(id).toBeDefined();
    await tab.waitForFunction((want: string) => document.querySelector('#service')!.textContent === want, { timeout: 10000 }, id);
    ids.push(id);
  }
  expect(new Set(ids).size).toBe(2);
  return ids;
}

describe('React: live-backend-runtime/react and the bare-tag typings, from npm pack', () => {
  let packed: { tarball: string; sizes: { path: string; size: number }[] };
  let app: { dir: string; dist: string; warnings: string };
  beforeAll(async () => {
    packed = await pack();
    app = await buildExample('react', packed.tarball);
  }, 300_000);
  afterAll(async () => {
    if (packed) await rm(dirname(packed.tarball), { recursive: true, force: true });
    if (app) await rm(app.dir, { recursive: true, force: true });
  });

  it("the README's React snippet is the example's App.tsx, word for word", async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const snippet = await readFile(join(ROOT, 'examples', 'react', 'src', 'App.tsx'), 'utf8');
    expect(readme).toContain(snippet.trim());
  });

  it('type-checks under tsc --strict, the shipped declarations included, and refuses what never works in React 19', async () => {
    // Beside the example: lines that must be errors (an unused @ts-expect-error is one too) and lines that must not.
    await writeFile(
      join(app.dir, 'src', 'typings.tsx'),
      `import { LbrTopologyMap } from 'live-backend-runtime/react';
import type { ServiceSelectDetail } from 'live-backend-runtime';
// @ts-expect-error React 19 calls onLbrServiceSelect for an event named LbrServiceSelect, which never fires
export const wrongCase = <lbr-topology-map onLbrServiceSelect={() => undefined} />;
// @ts-expect-error content is a document or a URL
export const notContent = <LbrTopologyMap content={42} />;
// @ts-expect-error methods are not props
export const method = <LbrTopologyMap layout={() => Promise.resolve()} />;
// @ts-expect-error the detail is typed
export const untyped = <LbrTopologyMap onLbrServiceSelect={e => e.detail.service.nope} />;
export const bare = <lbr-topology-map content={{ logs: [] }} healthInterval={60} health-src="/status.json" onlbrServiceSelect={e => { const d: ServiceSelectDetail = e.detail; return d.service.id; }} />;
export const wrapped = <LbrTopologyMap ref={el => void el?.layout()} className="map" theme="light" healthInterval={60} />;
`,
    );
    expect(await typecheck(app.dir, '.')).toBe('');
    // The types-only entry alone, for pages that use the bare tags without the wrappers.
    await mkdir(join(app.dir, 'bare'));
    await writeFile(join(app.dir, 'bare', 'tsconfig.json'), JSON.stringify({ extends: '../tsconfig.json', include: ['.'] }));
    await writeFile(
      join(app.dir, 'bare', 'bare.tsx'),
      `/// <reference types="live-backend-runtime/react-jsx" />
export const report = <lbr-incident-report content={{ incidents: [] }} onlbrIncidentSelect={e => e.detail.id.toUpperCase()} />;
// @ts-expect-error an unknown property
export const unknown = <lbr-incident-report colour="red" />;
`,
    );
    expect(await typecheck(app.dir, 'bare')).toBe('');
  }, 120_000);

  it("renders in Chromium with the app's content; onLbrServiceSelect gets the inspected service's id, onlbrIncidentSelect fires on the bare tag", async () => {
    const { server, url } = await serveStatic(app.dist, 0);
    try {
      const { tab, errors } = await visit(`${url}/`);
      // `content` objects: through the wrappers (set by @lit/react) and on the bare tag (set by React 19).
      await waitForText(tab, 'lbr-system-boot', 'Ada Okafor', 20000);
      await waitForText(tab, 'lbr-incident-report', 'Ledger lag', 20000);
      expect(await tab.$eval('lbr-system-boot', el => el.shadowRoot!.textContent)).not.toContain('Archishman Das');
      expect(await mapIds(tab)).toEqual(['cdn', 'ledger', 'payouts']);
      // The wrapper keeps the classes Stencil puts on the host.
      expect(await tab.$eval('lbr-topology-map', el => el.classList.contains('hydrated'))).toBe(true);

      const seen = await inspectWithKeyboard(tab);
      // The public API and the pointer: hovering a service inspects it.
      const at = await tab.$eval('lbr-topology-map', (el: any) => el.servicePosition('ledger'));
      if (seen.includes('ledger')) {
        const away = await tab.$eval('lbr-topology-map', (el: any) => el.servicePosition('cdn'));
        await tab.mouse.move(away.x, away.y);
        await tab.waitForFunction(() => document.querySelector('#service')!.textContent === 'cdn', { timeout: 10000 });
      }
      await tab.mouse.move(at.x, at.y);
      await tab.waitForFunction(() => document.querySelector('#service')!.textContent === 'ledger', { timeout: 10000 });

      // The bare tag's React 19 event prop: choose the second incident.
      expect(await tab.$eval('#incident', el => el.textContent)).toBe('none');
      const second = await tab.evaluateHandle(() => document.querySelector('lbr-incident-report')!.shadowRoot!.querySelectorAll('[role="tab"]')[1]);
      await (second as any).click();
      await tab.waitForFunction(() => document.querySelector('#incident')!.textContent === 'inc-payout-retry', { timeout: 10000 });
      expect(errors).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('builds without a warning, and bundles only the elements the app uses; the wrappers add little', async () => {
    // @vitejs/plugin-react quiets bundlers about the wrappers' 'use client' (a directive for server components).
    expect(app.warnings).toBe('');
    const { readdir } = await import('node:fs/promises');
    const assets = join(app.dist, 'assets');
    const js = (await Promise.all((await readdir(assets)).filter(f => f.endsWith('.js')).map(f => readFile(join(assets, f), 'utf8')))).join('\n');
    // Stencil registers each element with its compact metadata: [flags, "tag", {members}].
    const defined = new Set([...js.matchAll(/\[\d+,[`'"](lbr-[a-z-]+)[`'"],\{/g)].map(m => m[1]));
    expect([...defined].sort()).toEqual(['lbr-incident-report', 'lbr-system-boot', 'lbr-topology-map']);
    // What the React layer itself weighs, gzip: its runtime and the two wrappers the app imports.
    const files = ['runtime.js', 'lbr-system-boot.js', 'lbr-topology-map.js'];
    const bytes = (await Promise.all(files.map(f => readFile(join(app.dir, 'node_modules', 'live-backend-runtime', 'dist', 'react', f))))).reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    expect(bytes).toBeLessThan(2048);
  });

  it('renders on a server: React renderToString of the wrappers in Node, with no DOM, leaves the tags for the browser', async () => {
    const script = `
      import { createElement } from 'react';
      import { renderToString } from 'react-dom/server';
      import { LbrSystemBoot, LbrTopologyMap } from 'live-backend-runtime/react';
      import 'live-backend-runtime/react-jsx';
      const html = renderToString(createElement('main', null,
        createElement(LbrSystemBoot, { content: { profile: { name: 'Ada Okafor', title: 'SRE', summary: '', bootLines: [], stats: [] } }, id: 'boot' }),
        createElement(LbrTopologyMap, { onLbrServiceSelect: () => {}, className: 'map' })));
      console.log(JSON.stringify({ html, dom: typeof document, customElements: typeof customElements }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: app.dir });
    const { html, dom, customElements } = JSON.parse(stdout.trim().split('\n').pop()!);
    expect({ dom, customElements }).toEqual({ dom: 'undefined', customElements: 'undefined' });
    expect(html).toBe('<main><lbr-system-boot id="boot"></lbr-system-boot><lbr-topology-map class="map"></lbr-topology-map></main>');
    // Next.js (App Router): each wrapper is a client component.
    const wrapper = await readFile(join(app.dir, 'node_modules', 'live-backend-runtime', 'dist', 'react', 'lbr-topology-map.js'), 'utf8');
    expect(wrapper.startsWith('"use client";')).toBe(true);
  }, 60_000);

  it('server-rendered with React and hydrated in Chromium (what Next.js does): the wrappers get their content and onLbrServiceSelect fires', async () => {
    // Vite's server build of the example's App, rendered to a page, then hydrated by the client build.
    await writeFile(
      join(app.dir, 'src', 'hydrate.tsx'),
      `import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App';

hydrateRoot(document.getElementById('root')!, <StrictMode><App /></StrictMode>, { onRecoverableError: e => console.error('hydration:', String(e)) });
`,
    );
    await writeFile(
      join(app.dir, 'ssr.mjs'),
      `import { build } from 'vite';
import { readFile, writeFile } from 'node:fs/promises';
import { createElement, StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
await build({ logLevel: 'warn', build: { ssr: 'src/App.tsx', outDir: 'dist-server' } });
const { App } = await import('./dist-server/App.js');
const html = renderToString(createElement(StrictMode, null, createElement(App)));
const page = (await readFile('index.html', 'utf8')).replace('<div id="root"></div>', \`<div id="root">\${html}</div>\`).replace('./src/main.tsx', './src/hydrate.tsx');
await writeFile('ssr.html', page);
await build({ logLevel: 'warn', build: { outDir: 'dist-ssr', rollupOptions: { input: 'ssr.html' } } });
console.log(html);`,
    );
    const { stdout } = await run(process.execPath, ['ssr.mjs'], { cwd: app.dir, maxBuffer: 64 << 20 });
    expect(stdout).toContain('<lbr-topology-map></lbr-topology-map>');
    const { server, url } = await serveStatic(join(app.dir, 'dist-ssr'), 0);
    try {
      const { tab, errors } = await visit(`${url}/ssr.html`);
      await waitForText(tab, 'lbr-system-boot', 'Ada Okafor', 20000);
      expect(await mapIds(tab)).toEqual(['cdn', 'ledger', 'payouts']);
      await inspectWithKeyboard(tab);
      expect(errors).toEqual([]);
    } finally {
      server.close();
    }
  }, 120_000);
});
