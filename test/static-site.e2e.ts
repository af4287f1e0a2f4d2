/**
 * examples/static-site as a user runs it: copied out of the repository, `live-backend-runtime`
 * installed from `npm pack`, `npm run build` (its build.mjs prerenders page.html with
 * content.json through `live-backend-runtime/hydrate` and writes the client). Its output,
 * served over HTTP, shows the content from the first byte and is taken over in Chromium
 * without the text vanishing, the demo showing or anything shifting (as test/takeover.e2e.ts).
 * The README's server-rendering snippet is this build.mjs, word for word.
 */
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { rawPage, waitForTextInView } from './common';
import { clickUntilHeard, ELEMENTS, finalTexts, NEVER, recordTakeover, report, shadowText, takenOver } from './takeover';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serveStatic } = require('../scripts/serve.cjs');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { pack, installExample } = require('../scripts/pack-app.cjs');

const run = promisify(execFile);
const ROOT = resolve(__dirname, '..');
const EXAMPLE = join(ROOT, 'examples', 'static-site');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('examples/static-site, from npm pack', () => {
  let packed: { tarball: string };
  let app: { dir: string };
  let doc: any;
  let built: string;
  beforeAll(async () => {
    doc = JSON.parse(await readFile(join(EXAMPLE, 'content.json'), 'utf8'));
    packed = await pack();
    app = await installExample('static-site', packed.tarball);
    built = (await run(NPM, ['run', 'build', '--silent'], { cwd: app.dir })).stdout;
  }, 300_000);
  afterAll(async () => {
    if (packed) await rm(dirname(packed.tarball), { recursive: true, force: true });
    if (app) await rm(app.dir, { recursive: true, force: true });
  });

  it("the README's server-rendering snippet is the example's build.mjs, word for word", async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const script = await readFile(join(EXAMPLE, 'build.mjs'), 'utf8');
    expect(readme).toContain(script.trim());
  });

  it('writes a page that holds the content in final states and a client of one import per tag', async () => {
    expect(built).toContain('10 tags prerendered');
    const html = await readFile(join(app.dir, 'dist', 'index.html'), 'utf8');
    expect(html.match(/<template shadowrootmode="open"/g)?.length).toBe(ELEMENTS.length + 1);
    for (const text of finalTexts(doc)) expect(html).toContain(text.replace(/&/g, '&amp;'));
    for (const text of NEVER) expect(html).not.toContain(text);
    const client = await readFile(join(app.dir, 'dist', 'client.js'), 'utf8');
    expect(client.trim().split('\n').sort()).toEqual(['lbr-runtime', ...ELEMENTS].map(t => `import './lbr/${t}.js';`).sort());
  });

  it('served, it is taken over in Chromium: the text never disappears, the demo never shows, nothing shifts, then it works', async () => {
    const { server, url } = await serveStatic(join(app.dir, 'dist'), 0);
    try {
      const page = await rawPage();
      const errors: string[] = [];
      const warnings: string[] = [];
      page.on('pageerror', e => errors.push(String(e)));
      page.on('console', m => (m.type() === 'error' ? errors : m.type() === 'warn' ? warnings : []).push(m.text()));
      await page.setViewport({ width: 390, height: 844 });
      await recordTakeover(page, finalTexts(doc), NEVER);
      await page.goto(`${url}/`);
      await takenOver(page);
      const seen = await report(page);
      expect(seen.seen.sort()).toEqual(finalTexts(doc).sort());
      expect(seen.lost).toEqual([]);
      expect(seen.shown).toEqual([]);
      expect(seen.shifts).toEqual([]);
      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
      // Live: a game move reaches the map and the log through the page's one store.
      const option = doc.outage.scenarios[0].steps[0].options[0];
      await clickUntilHeard(page, 'lbr-outage-game >>> button.option', 'lbrGameAction');
      await waitForTextInView(page, 'lbr-log-stream', option.log, 60000).catch(async e => {
        // What the store and the log held, for whoever reads the failure.
        const held = await page.evaluate(() => ({
          store: (globalThis as any)[Symbol.for('live-backend-runtime.store')]?.state.runtimeLogs.map((l: any) => l.text),
          log: document.querySelector('lbr-log-stream')!.shadowRoot!.textContent!.slice(-400),
          visibility: document.visibilityState,
        }));
        throw new Error(`${e.message}\n${JSON.stringify(held)}`);
      });
      expect(await shadowText(page, 'lbr-system-boot')).toContain(doc.profile.name);
    } finally {
      server.close();
    }
  });

  it('refuses invalid content with its field path and writes nothing', async () => {
    const bad = { ...doc, logs: [{ ...doc.logs[0], year: 'last year' }] };
    await writeFile(join(app.dir, 'content.json'), JSON.stringify(bad));
    await rm(join(app.dir, 'dist'), { recursive: true, force: true });
    const failed = await run(NPM, ['run', 'build', '--silent'], { cwd: app.dir }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('content.json: logs[0].year:');
    await expect(readFile(join(app.dir, 'dist', 'index.html'))).rejects.toThrow();
  });
});
