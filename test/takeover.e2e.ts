/**
 * A server-rendered page in a real browser: the HTML comes from `renderToString` (this
 * repository's hydrate/ build) with the document inline in <lbr-runtime>, served by a real HTTP
 * server, and the elements come from the per-tag build (dist/components, what the README tells
 * a server-rendering site to load). From the first byte to the end of the takeover the
 * document's text never disappears, the demo and first frames never show, nothing shifts;
 * then the elements work. The CDN bundle on such a page draws every element once and says
 * what to load instead.
 */
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rawPage, waitForTextInView } from './common';
import { ELEMENTS, finalTexts, NEVER, recordTakeover, report, shadowText, ssrPage, takenOver } from './takeover';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { renderToString } = require('../hydrate');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serveStatic } = require('../scripts/serve.cjs');

const ROOT = resolve(__dirname, '..');
/** Another engineer's complete story (every section, its own two-scenario deck). */
const DOC_PATH = join(ROOT, 'src', 'demo-content.json');

describe('a server-rendered page, taken over in the browser', () => {
  let dir: string;
  let server: { close(): void };
  let url: string;
  let doc: any;
  beforeAll(async () => {
    const json = await readFile(DOC_PATH, 'utf8');
    doc = JSON.parse(json);
    dir = await mkdtemp(join(tmpdir(), 'lbr-takeover-'));
    await symlink(join(ROOT, 'dist', 'components'), join(dir, 'lbr'));
    await symlink(join(ROOT, 'dist', 'lbr'), join(dir, 'cdn'));
    // The client a static site writes: one import per tag on the page, from the per-tag build.
    await writeFile(join(dir, 'client.js'), ['lbr-runtime', ...ELEMENTS].map(t => `import './lbr/${t}.js';`).join('\n'));
    const render = async (client: string) => {
      const { html, diagnostics } = await renderToString(ssrPage(json, client), { fullDocument: true, serializeShadowRoot: 'declarative-shadow-dom', prettyHtml: false });
      expect(diagnostics.filter((d: { level: string }) => d.level === 'error')).toEqual([]);
      return html as string;
    };
    await writeFile(join(dir, 'index.html'), await render('<script type="module" src="client.js"></script>'));
    await writeFile(join(dir, 'cdn.html'), await render('<script type="module" src="cdn/lbr.esm.js"></script>'));
    ({ server, url } = await serveStatic(dir, 0));
  }, 120_000);
  afterAll(async () => {
    server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function open(path: string, width: number) {
    const page = await rawPage();
    const errors: string[] = [];
    const warnings: string[] = [];
    page.on('pageerror', e => errors.push(String(e)));
    page.on('console', m => (m.type() === 'error' ? errors : m.type() === 'warn' ? warnings : []).push(m.text()));
    await page.setViewport({ width, height: 900 });
    await recordTakeover(page, finalTexts(doc), NEVER);
    await page.goto(`${url}/${path}`);
    await takenOver(page);
    return { page, errors, warnings };
  }

  it('the HTML holds the document in final states: typed lines, ONLINE, stats at their values; no demo, no first frame', async () => {
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    for (const text of finalTexts(doc)) expect(html).toContain(text.replace(/&/g, '&amp;'));
    for (const text of NEVER) expect(html).not.toContain(text);
  });

  for (const width of [1280, 390]) {
    it(`at ${width} px, animated: the text never disappears, the demo never shows, nothing shifts, no errors`, async () => {
      const { page, errors, warnings } = await open('index.html', width);
      const seen = await report(page);
      expect(seen.samples).toBeGreaterThan(10);
      expect(seen.seen.sort()).toEqual(finalTexts(doc).sort());
      expect(seen.lost).toEqual([]);
      expect(seen.shown).toEqual([]);
      expect(seen.shifts).toEqual([]);
      // Drawn once: each element's tree is the server's, taken over (not a second one beside it).
      const names = await page.$eval('lbr-system-boot', el => el.shadowRoot!.querySelectorAll('.name').length);
      expect(names).toBe(1);
      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
    });
  }

  it('then the elements work: boot replays, the log filters, a game move reaches the log', async () => {
    const { page } = await open('index.html', 1280);
    await report(page);
    // Replay boot: a real boot, typed again from BOOTING to ONLINE.
    await (await page.$('lbr-system-boot >>> button.replay'))!.click();
    await page.waitForFunction(() => document.querySelector('lbr-system-boot')!.shadowRoot!.querySelector('[part=status]')!.textContent!.includes('BOOTING'));
    await page.waitForFunction(() => document.querySelector('lbr-system-boot')!.shadowRoot!.querySelector('[part=status]')!.textContent!.includes('ONLINE'), { timeout: 20000 });
    // Filter the log by a word of one entry.
    const entry = doc.logs[0];
    await (await page.$('lbr-log-stream >>> input[type="search"]'))!.type(entry.title);
    await page.waitForFunction(
      (t: string) => {
        const text = document.querySelector('lbr-log-stream')!.shadowRoot!.textContent!;
        const [, shown, of] = /Showing (\d+) of (\d+)/.exec(text) ?? [];
        return text.includes(t) && Number(shown) > 0 && Number(shown) < Number(of);
      },
      {},
      entry.title,
    );
    await (await page.$('lbr-log-stream >>> input[type="search"]'))!.click({ count: 3 });
    await page.keyboard.press('Backspace');
    // The game plays the document's first scenario; its clean option's line reaches the log stream.
    const option = doc.outage.scenarios[0].steps[0].options.find((o: { outcome: string }) => o.outcome === 'clean');
    const index = doc.outage.scenarios[0].steps[0].options.indexOf(option);
    await (await page.$$('lbr-outage-game >>> button.option'))[index].click();
    await waitForTextInView(page, 'lbr-log-stream', option.log);
    expect(await shadowText(page, 'lbr-outage-game')).toContain(doc.outage.scenarios[0].title);
  });

  it('with the CDN bundle instead (no takeover in that build): one warning naming the per-tag build, every element drawn once', async () => {
    const { page, errors, warnings } = await open('cdn.html', 1280);
    expect(warnings.filter(w => w.includes('live-backend-runtime'))).toEqual([expect.stringContaining('live-backend-runtime/components/<tag>.js')]);
    const doubled = await page.evaluate((tags: string[]) =>
      tags.filter(t => {
        const kids = [...document.querySelector(t)!.shadowRoot!.children].filter(c => c.localName !== 'style').map(c => `${c.localName}.${c.className}`);
        return kids.length !== new Set(kids).size;
      }),
      ELEMENTS,
    );
    expect(doubled).toEqual([]);
    const seen = await report(page);
    expect(seen.seen.sort()).toEqual(finalTexts(doc).sort());
    expect(seen.shown).toEqual([]);
    // The cost of that build, and the recorder's own proof that it sees text vanish: the server's text blinks out before it is drawn again.
    expect(seen.lost.map(l => l.text)).toContain(doc.profile.name);
    expect(errors).toEqual([]);
  });
});
