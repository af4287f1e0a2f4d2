/**
 * The package as npm users get it: `npm pack`, installed into a scratch app outside the
 * repository (scripts/pack-app.cjs), never read from the source tree.
 * - publint and @arethetypeswrong/cli find nothing (ESM-only package: attw's esm-only profile);
 * - the README's bundler example, built with Vite from the tarball, shows the user's content in
 *   both elements with one runtime and one store;
 * - Node can import the root (validator) and `/hydrate` (server rendering) from the tarball.
 */
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { visit, waitForText } from './common';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serveStatic } = require('../scripts/serve.cjs');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { pack, buildExample } = require('../scripts/pack-app.cjs');

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

describe('the npm package, from npm pack', () => {
  let packed: { tarball: string; sizes: { path: string }[] };
  let app: { dir: string; dist: string };
  beforeAll(async () => {
    packed = await pack();
    app = await buildExample('bundler', packed.tarball);
  }, 300_000);
  afterAll(async () => {
    if (packed) await rm(dirname(packed.tarball), { recursive: true, force: true });
    if (app) await rm(app.dir, { recursive: true, force: true });
  });

  it('ships each build once: the CDN bundle, the per-tag build, their types, the React wrappers, the ESM server renderer, LICENSE', () => {
    const paths = packed.sizes.map(f => f.path);
    const top = new Set(paths.map(p => p.split('/').slice(0, p.startsWith('dist/') ? 2 : 1).join('/')));
    expect([...top].sort()).toEqual(['LICENSE', 'README.md', 'custom-elements.json', 'dist/components', 'dist/lbr', 'dist/react', 'dist/types', 'hydrate', 'package.json', 'receiver', 'schema']);
    expect(paths.filter(p => p.startsWith('hydrate/')).sort()).toEqual(['hydrate/index.d.ts', 'hydrate/index.mjs']);
    expect(paths).toContain('dist/components/lbr-system-boot.js');
    expect(paths).toContain('dist/lbr/lbr.esm.js');
    // base.css at page level would restyle the host page: it reaches the elements through the runtime only.
    expect(paths).not.toContain('dist/lbr/lbr.css');
  });

  it('publint --strict finds nothing', async () => {
    const { stdout } = await run(bin('publint'), ['--strict'], { cwd: ROOT });
    expect(stdout).toContain('All good!');
  }, 120_000);

  it('@arethetypeswrong/cli finds no problem for node16 (ESM) and bundler resolution', async () => {
    // esm-only: the package has no CommonJS entry; `require()` of it is Node's require(esm).
    const { stdout } = await run(bin('attw'), [packed.tarball, '--profile', 'esm-only', '--format', 'json'], { maxBuffer: 64 << 20 }).catch(e => e);
    const report = JSON.parse(stdout);
    const problems = report.analysis.problems.filter((p: { resolutionKind?: string }) => !['node10', 'node16-cjs'].includes(p.resolutionKind ?? ''));
    expect(problems).toEqual([]);
  }, 120_000);

  it("the README's bundler example is the app built here, word for word", async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const main = await readFile(join(ROOT, 'examples', 'bundler', 'main.js'), 'utf8');
    expect(readme).toContain(main.trim());
  });

  it("the README's bundler example (Vite) shows the user's content in both elements, with one runtime and one store", async () => {
    const { server, url } = await serveStatic(app.dist, 0);
    try {
      const { tab, errors } = await visit(`${url}/`);
      const doc = JSON.parse(await readFile(join(ROOT, 'examples', 'bundler', 'public', 'my-content.json'), 'utf8'));
      await waitForText(tab, 'lbr-system-boot', doc.profile.name, 20000);
      await waitForText(tab, 'lbr-log-stream', doc.logs[0].title, 20000);
      const boot = await tab.$eval('lbr-system-boot', el => el.shadowRoot!.textContent!);
      expect(boot).not.toContain('Archishman Das');
      // setContent from the root and the per-tag elements share one runtime, so one store joined the page hub.
      expect(await tab.evaluate(() => (globalThis as any)[Symbol.for('live-backend-runtime.store')].stores.size)).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('Node imports the root (the validator) and /hydrate (server rendering) from the installed package', async () => {
    const script = `
      import { validateContent } from 'live-backend-runtime';
      import { renderToString } from 'live-backend-runtime/hydrate';
      const bad = await validateContent({ logs: [{ year: 'then' }] });
      const { html } = await renderToString('<lbr-system-boot></lbr-system-boot>', { serializeShadowRoot: 'declarative-shadow-dom', prettyHtml: false });
      console.log(JSON.stringify({ ok: bad.ok, path: bad.errors?.[0]?.path, dsd: html.includes('shadowrootmode="open"'), name: html.includes('Archishman Das'), styled: html.includes('--lbr-d-bg') }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: app.dir });
    expect(JSON.parse(stdout.trim().split('\n').pop()!)).toEqual({ ok: false, path: 'logs[0].year', dsd: true, name: true, styled: true });
  }, 60_000);
});
