/**
 * The production demo site as `npm start` serves it (www/, prerendered by `npm run build`;
 * `stencil test` builds its own pages into www-dev/ and leaves this one alone): the HTML already
 * holds every element's text in declarative shadow DOM, the browser takes the elements over
 * without drawing anything twice, and every script downloads once (no `?v=` copies).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { rawPage } from './common';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serveStatic } = require('../scripts/serve.cjs');

const WWW = join(resolve(__dirname, '..'), 'www');
/** One line of each element's demo text, in the seed's order. */
const SEEN: [string, string][] = [
  ['lbr-system-boot', 'Archishman Das'],
  ['lbr-log-stream', 'System Logs'],
  ['lbr-incident-report', 'Production Incident'],
  ['lbr-adr-viewer', 'Redis Locking Over Optimistic Guesswork'],
  ['lbr-principle-cards', 'Keep It Simple, Stupid'],
  ['lbr-runtime-modules', 'Concurrent Booking Core'],
  ['lbr-recruiter-panel', 'Why hire me?'],
];

describe('demo site (www/, prerendered)', () => {
  let server: { close(): void };
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await serveStatic(WWW, 0));
  });
  afterAll(() => server.close());

  it('sends every element already drawn: its text is in the HTML, inside declarative shadow roots', async () => {
    const html = await readFile(join(WWW, 'index.html'), 'utf8');
    expect(html.match(/<template shadowrootmode="?open/g)?.length).toBe(9);
    for (const [, text] of SEEN) expect(html).toContain(text);
    expect(html).not.toMatch(/\?v=/);
    expect(html).not.toContain('rel=canonical');
  });

  it('takes the prerendered elements over without drawing anything twice, every script once, no errors', async () => {
    const page = await rawPage();
    const errors: string[] = [];
    const scripts: string[] = [];
    page.on('pageerror', e => errors.push(String(e)));
    page.on('console', m => m.type() === 'error' && errors.push(m.text()));
    page.on('request', r => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto(`${url}/`);
    // Taken over: the client's runtime has each element (its own API answers).
    await page.waitForFunction(
      () => [...document.querySelectorAll('main *')].filter(e => e.localName.startsWith('lbr-')).every(e => typeof (e as any).componentOnReady === 'function'),
      { timeout: 20000 },
    );
    await page.$$eval('main *', els => Promise.all(els.filter(e => e.localName.startsWith('lbr-')).map(e => (e as any).componentOnReady())));
    await page.waitForNetworkIdle({ idleTime: 500 });
    // Drawn once: a client without hydration would append its own tree beside the prerendered one.
    const doubled = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter(e => e.localName.startsWith('lbr-'))
        .filter(e => {
          const kids = [...e.shadowRoot!.children].filter(c => c.localName !== 'style').map(c => `${c.localName}.${c.className}`);
          return kids.length !== new Set(kids).size;
        })
        .map(e => e.localName),
    );
    expect(doubled).toEqual([]);
    expect(await page.$eval('lbr-system-boot', el => el.shadowRoot!.querySelectorAll('.name').length)).toBe(1);
    expect(scripts.filter((s, i) => scripts.indexOf(s) !== i)).toEqual([]);
    expect(scripts.filter(s => s.includes('?v='))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
