/**
 * The package as npm users get it: `npm pack`, installed into a scratch app outside the
 * repository (scripts/pack-app.cjs), never read from the source tree.
 * - publint and @arethetypeswrong/cli find nothing (ESM-only package: attw's esm-only profile);
 * - the README's bundler example, built with Vite from the tarball, shows the user's content in
 *   both elements with one runtime and one store;
 * - Node can import the root (validator) and `/hydrate` (server rendering) from the tarball;
 * - every path package.json and the custom elements manifest name is in the tarball, and the
 *   editor data (VS Code custom data, JetBrains web-types) lists every tag with its attributes,
 *   their values, events and CSS custom properties, as the manifest gives them.
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
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { readBase } = require('../scripts/shared-token-docs.cjs');
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

  it('ships each build once: the CDN bundle, the whole-kit script, the per-tag build, their types, the React wrappers, the ESM server renderer, LICENSE', () => {
    const paths = packed.sizes.map(f => f.path);
    const top = new Set(paths.map(p => p.split('/').slice(0, p.startsWith('dist/') ? 2 : 1).join('/')));
    expect([...top].sort()).toEqual([
      'LICENSE',
      'README.md',
      'custom-elements.json',
      'dist/components',
      'dist/kit',
      'dist/lbr',
      'dist/react',
      'dist/types',
      'dist/vscode.css-custom-data.json',
      'dist/vscode.html-custom-data.json',
      'dist/web-types.json',
      'hydrate',
      'package.json',
      'receiver',
      'schema',
    ]);
    expect(paths.filter(p => p.startsWith('hydrate/')).sort()).toEqual(['hydrate/index.d.ts', 'hydrate/index.mjs']);
    expect(paths).toContain('dist/components/lbr-system-boot.js');
    expect(paths).toContain('dist/lbr/lbr.esm.js');
    expect(paths).toEqual(expect.arrayContaining(['dist/kit/lbr-kit.js', 'dist/kit/lbr-kit.d.ts']));
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
      // Every frame from the first: does any element show the demo (its profile name, its first log) while the document loads?
      const { tab, errors } = await visit(`${url}/`, tab =>
        tab.evaluateOnNewDocument(() => {
          (window as any).__demoFrames = 0;
          const look = () => {
            const text = ['lbr-system-boot', 'lbr-log-stream'].map(t => document.querySelector(t)?.shadowRoot?.textContent ?? '').join(' ');
            if (/Archishman Das|Backend Foundation Built|Booking Engine Deployed/.test(text)) (window as any).__demoFrames++;
            requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
        }),
      );
      const doc = JSON.parse(await readFile(join(ROOT, 'examples', 'bundler', 'public', 'my-content.json'), 'utf8'));
      await waitForText(tab, 'lbr-system-boot', doc.profile.name, 20000);
      await waitForText(tab, 'lbr-log-stream', doc.logs[0].title, 20000);
      const boot = await tab.$eval('lbr-system-boot', el => el.shadowRoot!.textContent!);
      expect(boot).not.toContain('Archishman Das');
      // setContent was given the fetch's promise: the elements waited for it instead of showing the demo first.
      expect(await tab.evaluate(() => (window as any).__demoFrames)).toBe(0);
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

  describe('editor data and the manifest, as installed', () => {
    type Typed = { text?: string };
    type Declaration = {
      tagName: string;
      attributes?: { name: string; type?: Typed }[];
      members?: { kind: string; name: string }[];
      events?: { name: string }[];
      cssProperties?: { name: string }[];
      cssParts?: { name: string }[];
    };
    const installed = (file: string) => join(app.dir, 'node_modules', 'live-backend-runtime', file);
    const json = async (file: string) => JSON.parse(await readFile(installed(file), 'utf8'));
    let manifest: { modules: { path: string; declarations?: Declaration[] }[] };
    let elements: Declaration[];
    let paths: string[];
    beforeAll(async () => {
      manifest = await json('custom-elements.json');
      elements = manifest.modules.flatMap(m => (m.declarations ?? []).filter(d => d.tagName));
      paths = packed.sizes.map(f => f.path);
    });
    const names = (list?: { name: string }[]) => (list ?? []).map(x => x.name).sort();
    /** The values an attribute of this type can be written with (`"asc" | "desc"` -> asc, desc), or none. */
    const literals = (type?: Typed) => {
      const members = (type?.text ?? '').split('|').map(t => t.trim()).filter(t => t && t !== 'undefined');
      return members.length && members.every(t => /^(["']).*\1$|^\d+$/.test(t)) ? members.map(t => t.replace(/^["']|["']$/g, '')).sort() : [];
    };

    it('every path in package.json and in the manifest is a file in the tarball', async () => {
      const pkg = await json('package.json');
      const named: string[] = [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, pkg['web-types'], ...Object.values(pkg.bin as Record<string, string>)];
      const walk = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(walk) : []);
      named.push(...walk(pkg.exports), ...walk(pkg.typesVersions));
      // The manifest: each module, and each module a type reference names.
      named.push(...manifest.modules.map(m => m.path));
      const refs: string[] = [];
      const collect = (v: any) => (Array.isArray(v) ? v.forEach(collect) : v && typeof v === 'object' && (typeof v.module === 'string' && refs.push(v.module), Object.values(v).forEach(collect)));
      collect(manifest);
      named.push(...refs);
      expect(refs.length).toBeGreaterThan(elements.length);
      const inTarball = (p: string) => {
        const path = p.replace(/^\.\//, '');
        if (!path.includes('*')) return paths.includes(path);
        const pattern = new RegExp(`^${path.split('*').map(s => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
        return paths.some(f => pattern.test(f));
      };
      expect(named.filter(p => !inTarball(p))).toEqual([]);
      expect(manifest.modules.map(m => m.path).sort()).toEqual(elements.map(d => `dist/components/${d.tagName}.js`).sort());
    });

    it('the manifest lists CSS custom properties on every element: the shared tokens it honours and its own', () => {
      const { tokens, shared } = readBase();
      const everywhere = tokens.filter((t: { alias: string }) => shared.has(t.alias)).map((t: { name: string }) => t.name);
      expect(everywhere).toEqual(expect.arrayContaining(['--lbr-bg', '--lbr-fg', '--lbr-accent', '--lbr-font-sans']));
      for (const d of elements) expect([d.tagName, names(d.cssProperties)]).toEqual([d.tagName, expect.arrayContaining(everywhere)]);
      // Every public token documented in base.css is on some element; the elements' own tokens on theirs.
      const all = new Set(elements.flatMap(d => names(d.cssProperties)));
      expect(tokens.map((t: { name: string }) => t.name).filter((n: string) => !all.has(n))).toEqual([]);
      const own = (tag: string) => names(elements.find(d => d.tagName === tag)!.cssProperties);
      expect(own('lbr-log-stream')).toContain('--lbr-log-height');
      expect(own('lbr-principle-cards')).toContain('--lbr-principle-min');
      expect(own('lbr-runtime-modules')).toEqual(expect.arrayContaining(['--lbr-status-stable', '--lbr-status-optimized', '--lbr-status-resilient', '--lbr-status-other']));
      expect(own('lbr-topology-map')).toEqual(expect.arrayContaining(['--lbr-warn', '--lbr-error']));
    });

    it('VS Code custom data lists every tag with its attributes and their values, and every token and part', async () => {
      const html = await json('dist/vscode.html-custom-data.json');
      expect(html.version).toBe(1.1);
      expect(names(html.tags)).toEqual(names(elements.map(d => ({ name: d.tagName }))));
      for (const d of elements) {
        const tag = html.tags.find((t: { name: string }) => t.name === d.tagName);
        expect(tag.description).toBeTruthy();
        expect([d.tagName, names(tag.attributes)]).toEqual([d.tagName, names(d.attributes)]);
        for (const attr of d.attributes ?? []) {
          const values = names(tag.attributes.find((a: { name: string }) => a.name === attr.name).values);
          const expected = attr.type?.text?.split('|').some(t => t.trim() === 'boolean') ? ['false', 'true'] : literals(attr.type);
          expect([d.tagName, attr.name, values]).toEqual([d.tagName, attr.name, expected]);
        }
      }
      expect(names(html.tags.find((t: { name: string }) => t.name === 'lbr-log-stream').attributes.find((a: { name: string }) => a.name === 'theme').values)).toEqual(['auto', 'dark', 'light']);
      const css = await json('dist/vscode.css-custom-data.json');
      const tokens = [...new Set(elements.flatMap(d => names(d.cssProperties)))].sort();
      expect(names(css.properties)).toEqual(tokens);
      expect(names(css.pseudoElements)).toEqual([...new Set(elements.flatMap(d => names(d.cssParts)))].sort().map(p => `::part(${p})`).sort());
    });

    it('JetBrains web-types (package.json "web-types") lists every element, attribute, property, event, CSS custom property and part', async () => {
      const pkg = await json('package.json');
      const web = await json(pkg['web-types']);
      expect(web).toMatchObject({ name: 'live-backend-runtime', version: pkg.version, 'description-markup': 'markdown' });
      const html = web.contributions.html.elements as {
        name: string;
        attributes: { name: string; value?: { type?: string } }[];
        events: { name: string }[];
        js: { properties: { name: string }[] };
        source: { module: string; symbol: string };
      }[];
      expect(names(html)).toEqual(names(elements.map(d => ({ name: d.tagName }))));
      for (const d of elements) {
        const el = html.find(e => e.name === d.tagName)!;
        expect([d.tagName, names(el.attributes)]).toEqual([d.tagName, names(d.attributes)]);
        expect([d.tagName, names(el.events)]).toEqual([d.tagName, names(d.events)]);
        expect([d.tagName, names(el.js.properties)]).toEqual([d.tagName, names(d.members?.filter(m => m.kind === 'field'))]);
        expect(paths).toContain(el.source.module);
      }
      const theme = html.find(e => e.name === 'lbr-system-boot')!.attributes.find(a => a.name === 'theme')!;
      expect(theme.value?.type).toBe('"auto" | "dark" | "light"');
      expect(names(web.contributions.css.properties)).toEqual([...new Set(elements.flatMap(d => names(d.cssProperties)))].sort());
      expect(names(web.contributions.css['pseudo-elements'])).toEqual([...new Set(elements.flatMap(d => names(d.cssParts)))].map(p => `part(${p})`).sort());
    });

    it("the README's VS Code settings name the custom data files the package ships", async () => {
      const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
      const block = readme.split('### Editor setup')[1].match(/```json\n([\s\S]*?)```/)![1];
      const settings = JSON.parse(block);
      const files = [...settings['html.customData'], ...settings['css.customData']] as string[];
      expect(files.length).toBe(2);
      for (const file of files) {
        const path = file.replace('./node_modules/live-backend-runtime/', '');
        expect(paths).toContain(path);
        // What VS Code reads: the same folder layout in the user's project.
        expect(JSON.parse(await readFile(join(app.dir, file), 'utf8')).version).toBe(1.1);
      }
    });

    it("each element's readme lists the CSS custom properties the manifest gives it", async () => {
      for (const d of elements) {
        const dir = d.tagName.replace(/^lbr-/, '');
        const readme = await readFile(join(ROOT, 'src', 'components', dir, 'readme.md'), 'utf8');
        const table = readme.split('## CSS Custom Properties')[1] ?? '';
        const listed = [...table.matchAll(/^\| `(--[a-z0-9-]+)`/gm)].map(m => m[1]).sort();
        expect([d.tagName, listed]).toEqual([d.tagName, names(d.cssProperties)]);
      }
    });
  });
});
