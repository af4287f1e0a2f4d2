// What a page downloads (gzip -9 of every JavaScript response) per page kind, loaded in
// Chromium from the built output: the CDN build (loader + runtime + the element's chunks)
// with the demo or with the page's own content (<lbr-runtime src>), the whole-kit script
// (dist/kit/lbr-kit.js, the elements' lazy chunks beside it) on the same page, the README's bundler
// example built with Vite from `npm pack` output. Baselines built in the same run: React +
// ReactDOM's client build and a minimal Lit element. Also the package itself (npm pack).
import { readdir, readFile, rm } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import serve from '../scripts/serve.cjs';
import packApp from '../scripts/pack-app.cjs';

const run = promisify(execFile);
const gz = buf => gzipSync(buf, { level: 9 }).length;
const kb = n => (n / 1000).toFixed(1) + ' kB';
const OWN = '/src/demo-content.json'; // another engineer's story: every section, its own outage deck
/** Targets (issue 15, issue 11): gzip -9 of all JavaScript the page downloads. */
const TARGET = { bootDemo: 20_000, one: 30_000, kit: 64_000, bundler: 40_000 };

/** Loads `pageUrl`, waits until `ready` holds and the network is idle, returns the JS it downloaded. */
async function downloaded(browser, pageUrl, ready, arg) {
  const page = await browser.newPage();
  const bodies = new Map();
  const pending = [];
  page.on('response', res => {
    if (!/\.m?js(\?|$)/.test(res.url())) return;
    pending.push(res.buffer().then(b => bodies.set(res.url(), b), () => {}));
  });
  await page.goto(pageUrl, { waitUntil: 'networkidle0' });
  // A page that never gets ready is reported as such (the bytes are still what it downloaded).
  const ok = await page.waitForFunction(ready, { timeout: 20_000 }, arg).then(() => true, () => false);
  // Anything loaded on first use (demo sections, marks) has had its chance.
  await page.waitForNetworkIdle({ idleTime: 500 });
  await Promise.all(pending);
  await page.close();
  let total = 0;
  let runtime = 0;
  for (const body of bodies.values()) {
    total += gz(body);
    // The runtime chunk (Stencil's vdom, lifecycle, lazy loading + the kit's shared code): paid once per page.
    if (body.includes('attachShadow') && body.includes('adoptedStyleSheets')) runtime = Math.max(runtime, gz(body));
  }
  return { total, runtime, files: bodies.size, ok };
}

/** Every tag is hydrated and, when the page gives content, <lbr-runtime> has loaded it. */
function hydrated(tags) {
  const runtime = document.querySelector('lbr-runtime[src]');
  if (runtime && runtime.getAttribute('status') !== 'loaded') return false;
  return tags.every(tag => document.querySelector(tag)?.classList.contains('hydrated'));
}

async function reactBaseline() {
  const require = createRequire(import.meta.url);
  const files = ['react/cjs/react.production.js', 'react-dom/cjs/react-dom-client.production.js', 'react-dom/cjs/react-dom.production.js', 'scheduler/cjs/scheduler.production.js'];
  let bytes = 0;
  for (const f of files) {
    // React 19 ships its production builds unminified (bundlers minify): minify like a bundler would.
    const [pkg, ...rest] = f.split('/');
    const source = await readFile(join(dirname(require.resolve(pkg + '/package.json')), ...rest), 'utf8');
    bytes += gz((await transform(source, { minify: true, format: 'cjs' })).code);
  }
  return { bytes, files: files.length };
}

/** A minimal Lit element (one property, one style, one template), bundled and minified by esbuild. */
async function litBaseline() {
  const out = await build({
    stdin: {
      contents: `import { LitElement, html, css } from 'lit';
        class HelloCard extends LitElement {
          static properties = { name: {} };
          static styles = css\`:host { display: block; font: 1rem system-ui; }\`;
          render() { return html\`<p>Hello, \${this.name}</p>\`; }
        }
        customElements.define('hello-card', HelloCard);`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  return { bytes: gz(out.outputFiles[0].contents), files: 1 };
}

/** gzip -9 of the Stencil runtime chunk in a lazy build's folder (undefined when there is no build there). */
async function runtimeChunk(dir) {
  if (!existsSync(dir)) return undefined;
  let size;
  for (const f of await readdir(dir)) {
    if (!f.endsWith('.js')) continue;
    const body = await readFile(join(dir, f));
    if (body.includes('attachShadow') && body.includes('adoptedStyleSheets')) size = Math.max(size ?? 0, gz(body));
  }
  return size;
}

/** The page store alone (src/store/hub.ts: the state every build on the page shares, and its reactivity), minified. */
async function hubCost() {
  if (!existsSync('src/store/hub.ts')) return undefined;
  const out = await build({ entryPoints: ['src/store/hub.ts'], bundle: true, minify: true, format: 'esm', write: false, external: ['@stencil/*'] });
  return gz(out.outputFiles[0].contents);
}

/**
 * What the React wrappers add to an app (live-backend-runtime/react): two elements imported as
 * wrappers minus the same two imported as bare tags, bundled and minified by esbuild (React external).
 */
async function reactLayerCost() {
  if (!existsSync('dist/react/index.js')) return undefined;
  const size = async contents => {
    const out = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', write: false, external: ['react'] });
    return gz(out.outputFiles[0].contents);
  };
  const wrapped = await size(`export { LbrSystemBoot, LbrTopologyMap } from './dist/react/index.js';`);
  const bare = await size(`export * from './dist/components/lbr-system-boot.js'; export * from './dist/components/lbr-topology-map.js';`);
  return wrapped - bare;
}

export default async function ({ browser, url, table }) {
  const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
  const tags = manifest.modules.flatMap(m => m.declarations ?? []).map(d => d.tagName).filter(Boolean).sort();
  const elements = tags.filter(t => t !== 'lbr-runtime');
  const react = await reactBaseline();
  const lit = await litBaseline();

  const rows = [];
  const row = (what, m, target) =>
    rows.push({
      what,
      files: m.files,
      'gzip -9': kb(m.total) + (m.ok ? '' : ' (page never showed its content!)'),
      target: target ? '≤ ' + kb(target) : '',
      met: target ? (m.total <= target ? 'yes' : 'NO') : '',
      'vs React+ReactDOM': (m.total / react.bytes).toFixed(2) + '×',
      'vs Lit element': (m.total / lit.bytes).toFixed(1) + '×',
    });
  const cdn = (list, src) => `${url}/bench/pages/tags.html?tags=${list.join(',')}${src ? `&src=${src}` : ''}`;

  const bootDemo = await downloaded(browser, cdn(['lbr-system-boot']), hydrated, ['lbr-system-boot']);
  row('lbr-system-boot alone, demo content (CDN)', bootDemo, TARGET.bootDemo);
  let worst = 0;
  for (const tag of tags) {
    const m = await downloaded(browser, cdn([tag], OWN), hydrated, [tag]);
    worst = Math.max(worst, m.total);
    row(`${tag} alone, own content (CDN, <lbr-runtime src>)`, m, TARGET.one);
  }
  const kit = await downloaded(browser, cdn(elements, OWN), hydrated, elements);
  row(`whole kit (${elements.length} elements + lbr-runtime), own content (CDN per-element lazy loader dist/lbr)`, kit);
  const kitScript = await downloaded(browser, `${cdn(elements, OWN)}&kit`, hydrated, elements);
  row(`whole kit, own content (one-file kit script dist/kit)`, kitScript, TARGET.kit);
  const kitDemo = await downloaded(browser, cdn(elements), hydrated, elements);
  row(`whole kit, demo content (CDN; the demo deck alone is ~27 kB)`, kitDemo);
  rows.push({ what: '  of which the runtime chunk (Stencil runtime + store, content, motion, section chrome; once per page)', files: 1, 'gzip -9': kb(kit.runtime), target: '', met: '', 'vs React+ReactDOM': (kit.runtime / react.bytes).toFixed(2) + '×', 'vs Lit element': (kit.runtime / lit.bytes).toFixed(1) + '×' });
  const hub = await hubCost();
  if (hub !== undefined) rows.push({ what: '  of which the page store (one store across builds, src/store/hub.ts)', files: '', 'gzip -9': kb(hub), target: '', met: '', 'vs React+ReactDOM': '', 'vs Lit element': '' });
  const reactLayer = await reactLayerCost();
  if (reactLayer !== undefined) rows.push({ what: 'React wrappers for 2 elements, over the bare tags (live-backend-runtime/react, esbuild)', files: '', 'gzip -9': kb(reactLayer), target: '', met: '', 'vs React+ReactDOM': (reactLayer / react.bytes).toFixed(2) + '×', 'vs Lit element': '' });

  // The README's bundler example, from the packed tarball, built with Vite.
  const packed = await packApp.pack();
  let app;
  let site;
  try {
    app = await packApp.buildExample('bundler', packed.tarball);
    const { server, url: appUrl } = await serve.serveStatic(app.dist, 0);
    try {
      // The user's content shows in both elements (the page function runs in the browser: self-contained).
      const ready = ([name, title]) =>
        document.querySelector('lbr-system-boot')?.shadowRoot?.textContent.includes(name) && document.querySelector('lbr-log-stream')?.shadowRoot?.textContent.includes(title);
      const m = await downloaded(browser, appUrl + '/', ready, ['Ada Okafor', 'Pager tamed']);
      row('README bundler example: 2 elements + setContent (Vite, from npm pack)', m, TARGET.bundler);
    } finally {
      server.close();
    }
    // examples/static-site: the whole kit server-rendered, taken over by the per-tag build (README: Server rendering).
    site = await packApp.installExample('static-site', packed.tarball);
    await run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], { cwd: site.dir });
    const { server: siteServer, url: siteUrl } = await serve.serveStatic(join(site.dir, 'dist'), 0);
    try {
      const settled = () => !!document.querySelector('lbr-runtime')?.[Symbol.for('live-backend-runtime.content-settled')];
      const m = await downloaded(browser, siteUrl + '/', settled);
      row(`static-site example: whole kit server-rendered, taken over by the per-tag build (from npm pack)`, m);
      const client = await readFile(join(site.dir, 'dist', 'client.js'));
      rows.push({ what: `  of which its client.js (one import per tag)`, files: 1, 'gzip -9': `${gz(client)} B`, target: '', met: '', 'vs React+ReactDOM': '', 'vs Lit element': '' });
    } finally {
      siteServer.close();
    }
  } finally {
    await rm(dirname(packed.tarball), { recursive: true, force: true });
    if (app) await rm(app.dir, { recursive: true, force: true });
    if (site) await rm(site.dir, { recursive: true, force: true });
  }
  // What taking server markup over would cost every CDN page: the runtime chunk of the demo site's lazy
  // build (www/build, which has client hydration) against the CDN bundle's (without).
  const hydrating = await runtimeChunk('www/build');
  const cdnRuntime = await runtimeChunk('dist/lbr');
  // The CDN runtime chunk also holds the kit's shared code (stencil.config.ts, oneRuntimeChunk), www/build's does not: no difference to show.
  if (hydrating && cdnRuntime) rows.push({ what: `  Stencil runtime with client-side hydration (www/build), not in the CDN bundle`, files: 1, 'gzip -9': kb(hydrating), target: '', met: '', 'vs React+ReactDOM': '', 'vs Lit element': '' });
  rows.push({ what: 'baseline: React + ReactDOM client (production, minified, no app code)', files: react.files, 'gzip -9': kb(react.bytes), target: '', met: '', 'vs React+ReactDOM': '1.00×', 'vs Lit element': (react.bytes / lit.bytes).toFixed(1) + '×' });
  rows.push({ what: 'baseline: a minimal Lit 3 element (esbuild, minified)', files: lit.files, 'gzip -9': kb(lit.bytes), target: '', met: '', 'vs React+ReactDOM': (lit.bytes / react.bytes).toFixed(2) + '×', 'vs Lit element': '1.0×' });
  table('Bytes a page downloads (gzip -9 of every JavaScript response)', rows);
  console.log(`\nworst single element with own content: ${kb(worst)} (target ≤ ${kb(TARGET.one)})`);

  // The package as npm ships it.
  const byDir = new Map();
  for (const f of packed.sizes) {
    const top = f.path.split('/').slice(0, f.path.startsWith('dist/') ? 2 : 1).join('/');
    byDir.set(top, (byDir.get(top) ?? 0) + f.size);
  }
  table('The package (npm pack)', [
    { what: 'tarball', bytes: kb(packed.size), files: packed.entryCount },
    { what: 'unpacked', bytes: kb(packed.unpackedSize), files: packed.entryCount },
    ...[...byDir].sort((a, b) => b[1] - a[1]).map(([dir, bytes]) => ({ what: `  unpacked ${dir}`, bytes: kb(bytes), files: packed.sizes.filter(f => f.path === dir || f.path.startsWith(dir + '/')).length })),
  ]);
}
