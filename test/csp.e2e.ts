/**
 * Strict CSP (README "Strict CSP"). Pages served by a real HTTP server that sends the policy
 * as a real Content-Security-Policy header, with a fresh nonce per response and a report-uri on
 * the same server. Every element renders with its content and is used (boot replay, topology
 * hover and click, log filter, ADR tab with its marks drawn, a game action, a contact message
 * typed and sent); the browser reports no violation, neither in the page
 * (securitypolicyviolation events) nor to the server. At the end the page breaks the policy on
 * purpose, once for style-src and once for Trusted Types: both channels must report those, which
 * proves they listen and is the signal that every earlier report has arrived.
 * - the CDN bundle (dist/lbr, one nonced module script), nonce from <meta name="csp-nonce">:
 *   demo content, and own content through <lbr-runtime src>; the whole-kit script (dist/kit) the same
 *   way, with own content;
 * - the npm build bundled by Vite from the packed tarball (examples/strict-csp), nonce through setNonce.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Page } from 'puppeteer';
import { config } from '../stencil.config';
import { rawPage } from './common';
import { json, startServer, text, TestServer } from './server';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { pack, buildExample } = require('../scripts/pack-app.cjs');

const ROOT = resolve(__dirname, '..');

/** The README's policy, word for word (`{nonce}` is fresh in every response). */
const POLICY = "script-src 'nonce-{nonce}' 'strict-dynamic'; style-src 'nonce-{nonce}'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** Every element the kit builds, lbr-runtime first. */
const TAGS = config.bundles!.map(b => b.components[0]);

/** The kit's events the page records: each proves an interaction did what it should. */
const EVENTS = ['lbrBootComplete', 'lbrServiceSelect', 'lbrLogFilter', 'lbrAdrSelect', 'lbrGameAction', 'lbrContactSent', 'lbrContentLoad', 'lbrContentError'];

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/** The deliberate violations of the end: a stylesheet without the nonce, an HTML string into a sink. */
const isSentinel = (v: Violation) => v.blocked.endsWith('/csp-sentinel.css') || v.sample.includes('csp-sentinel');

/** Serves `files` (URL path → file) and the page at `/`, with the policy header, a report-uri and a contact endpoint. */
async function cspServer(page: string, files: Map<string, string>, policyOf = POLICY): Promise<TestServer> {
  const server = await startServer({
    '/csp-report': (_req, res) => void res.writeHead(204).end(),
    '/contact': json(201, { ok: true }),
    '/content.json': async (req, res, body) => text(200, await readFile(join(ROOT, 'src', 'demo-content.json'), 'utf8'), 'application/json')(req, res, body),
    '/': (_req, res) => {
      const nonce = randomBytes(16).toString('base64');
      const policy = `${policyOf.replaceAll('{nonce}', nonce)}; report-uri /csp-report`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy }).end(page.replaceAll('NONCE', nonce));
    },
  });
  for (const [path, file] of files) {
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    server.route(path, async (req, res, body) => text(200, await readFile(file, 'utf8'), type)(req, res, body));
  }
  return server;
}

/** Every file under `dir`, by URL path under `base`. */
async function tree(dir: string, base: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
    files.set(`${base}/${relative(dir, file).split(sep).join('/')}`, file);
  }
  return files;
}

/** A tab recording CSP violations and the kit's events from the first script on. */
async function cspTab(): Promise<{ tab: Page; errors: string[] }> {
  const tab = (await rawPage()) as unknown as Page;
  const errors: string[] = [];
  tab.on('pageerror', e => errors.push(String(e)));
  tab.on('console', m => void (m.type() === 'error' && errors.push(m.text())));
  await tab.evaluateOnNewDocument((events: string[]) => {
    const w = window as any;
    w.__csp = [];
    w.__events = [];
    addEventListener(
      'securitypolicyviolation',
      e => w.__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}`, sample: e.sample }),
      true,
    );
    for (const name of events) addEventListener(name, () => w.__events.push(name), true);
  }, EVENTS);
  return { tab, errors };
}

const count = (tab: Page, name: string) => tab.evaluate((n: string) => (window as any).__events.filter((e: string) => e === n).length, name);
const waitForEvent = (tab: Page, name: string, times = 1) =>
  tab.waitForFunction((n: string, k: number) => (window as any).__events.filter((e: string) => e === n).length >= k, { timeout: 30000 }, name, times);
/** Waits for `selector` (pierces shadow roots with >>>): an element renders after its content arrives, later on a busy machine. */
const shadow = async (tab: Page, selector: string) => {
  const handle = await tab.waitForSelector(selector, { timeout: 30000 }).catch(() => null);
  if (!handle) throw new Error(`no ${selector} within 30 s`);
  return handle;
};
const show = (tab: Page, tag: string) => tab.$eval(tag, el => el.scrollIntoView({ block: 'center' }));
/** Waits until `tag`'s shadow root holds a drawn rough-notation mark (and says whether one animates). */
const marked = (tab: Page, tag: string) =>
  tab
    .waitForFunction((t: string) => document.querySelector(t)?.shadowRoot?.querySelector('svg.rough-annotation path'), { timeout: 30000 }, tag)
    .then(() => tab.$eval(tag, el => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('svg.rough-annotation path')].some(p => p.style.animation.includes('rough-notation-dash'))));

/**
 * Renders and uses every element, then breaks the policy on purpose and returns what the page
 * and the server saw apart from that, and whether rough-notation's keyframes reached the document
 * (for a host page's own marks). `name`: the profile name the boot element must show.
 */
async function exercise(tab: Page, server: TestServer, name: string) {
  for (const tag of TAGS) {
    await tab.waitForFunction(
      (t: string) => {
        const el = document.querySelector(t);
        // lbr-runtime shows nothing of its own (only refusals): hydrated, and done with its documents.
        if (t === 'lbr-runtime') return el?.classList.contains('hydrated') && el.getAttribute('status') !== 'loading';
        return el?.classList.contains('hydrated') && (el.shadowRoot?.textContent ?? '').trim().length > 0;
      },
      { timeout: 30000 },
      tag,
    );
  }
  await tab.waitForFunction((s: string) => document.querySelector('lbr-system-boot')!.shadowRoot!.textContent!.includes(s), { timeout: 30000 }, name);

  // Boot: the sequence completes, and again after a replay.
  await waitForEvent(tab, 'lbrBootComplete');
  await (await shadow(tab, 'lbr-system-boot >>> button.replay')).click();
  await waitForEvent(tab, 'lbrBootComplete', 2);

  // Topology: hover a service (the inspector names it), click it (lbrServiceSelect).
  await show(tab, 'lbr-topology-map');
  const node = await tab.waitForFunction(
    async () => {
      const el = document.querySelector('lbr-topology-map') as any;
      const layout = await el.layout();
      return layout.nodes.length ? { ...(await el.servicePosition(layout.nodes[0].id)), name: layout.nodes[0].name } : null;
    },
    { timeout: 30000 },
  );
  const { x, y, name: service } = (await node.jsonValue()) as { x: number; y: number; name: string };
  await tab.mouse.move(x, y);
  await tab.mouse.click(x, y);
  await waitForEvent(tab, 'lbrServiceSelect');
  expect(await tab.$eval('lbr-topology-map', el => el.shadowRoot!.textContent)).toContain(service);

  // Log stream: filter by year.
  await show(tab, 'lbr-log-stream');
  const year = await (await shadow(tab, 'lbr-log-stream >>> select')).$$eval('option', os => os.map(o => (o as HTMLOptionElement).value).find(v => v)!);
  await (await shadow(tab, 'lbr-log-stream >>> select')).select(year);
  await waitForEvent(tab, 'lbrLogFilter');

  // The incident report marks its status on screen; principle cards mark the motto of the card under the pointer.
  await show(tab, 'lbr-incident-report');
  await marked(tab, 'lbr-incident-report');
  await show(tab, 'lbr-principle-cards');
  await (await shadow(tab, 'lbr-principle-cards >>> article')).hover();
  await marked(tab, 'lbr-principle-cards');

  // ADR viewer: another record, its marks drawn with the stroke animation.
  await show(tab, 'lbr-adr-viewer');
  await marked(tab, 'lbr-adr-viewer');
  const tabs = await tab.$$('lbr-adr-viewer >>> [role="tab"]');
  await tabs[1].click();
  await waitForEvent(tab, 'lbrAdrSelect');
  await tab.waitForFunction(() => document.querySelector('lbr-adr-viewer')!.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]') === document.querySelector('lbr-adr-viewer')!.shadowRoot!.querySelectorAll('[role="tab"]')[1]);
  expect(await marked(tab, 'lbr-adr-viewer')).toBe(true);
  // rough-notation's keyframes are at document level too, for a host page's own marks.
  const keyframes = await tab.evaluate(() =>
    [...document.adoptedStyleSheets, ...Array.from(document.styleSheets)].some(s => [...s.cssRules].some(r => r instanceof CSSKeyframesRule && r.name === 'rough-notation-dash')),
  );

  await show(tab, 'lbr-runtime-modules');

  // Outage game: one action.
  await show(tab, 'lbr-outage-game');
  await (await shadow(tab, 'lbr-outage-game >>> button.option')).click();
  await waitForEvent(tab, 'lbrGameAction');

  // Recruiter panel: a message typed and delivered to the server.
  await tab.$eval('lbr-recruiter-panel', el => {
    el.setAttribute('endpoint', '/contact');
    el.setAttribute('min-fill-ms', '0');
  });
  await show(tab, 'lbr-recruiter-panel');
  for (const [field, value] of Object.entries({ name: 'Ada', email: 'ada@example.com', message: 'A strict CSP and still talking: shall we?' })) {
    await (await shadow(tab, `lbr-recruiter-panel >>> #lbr-rp-${field}`)).type(value);
  }
  await (await shadow(tab, 'lbr-recruiter-panel >>> button.send')).click();
  await waitForEvent(tab, 'lbrContactSent');
  expect(server.received.filter(r => r.method === 'POST' && r.path === '/contact').map(r => JSON.parse(r.body).name)).toEqual(['Ada']);
  expect(await count(tab, 'lbrContentError')).toBe(0);

  // The deliberate violations, then everything reported apart from them.
  await tab.evaluate(() => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/csp-sentinel.css' });
    document.head.append(link);
    try {
      document.createElement('div').innerHTML = 'csp-sentinel';
    } catch {
      // Trusted Types refuses the string: the point.
    }
  });
  await tab.waitForFunction(() => (window as any).__csp.filter((v: any) => v.blocked.endsWith('/csp-sentinel.css') || v.sample.includes('csp-sentinel')).length === 2, { timeout: 30000 });
  const reports = (): Violation[] =>
    server.received
      .filter(r => r.path === '/csp-report')
      .map(r => JSON.parse(r.body)['csp-report'])
      .map(r => ({ directive: r['effective-directive'], blocked: r['blocked-uri'], source: `${r['source-file']}:${r['line-number']}`, sample: r['script-sample'] ?? '' }));
  const end = Date.now() + 30000;
  while (reports().filter(isSentinel).length < 2) {
    if (Date.now() > end) throw new Error(`the server received ${JSON.stringify(reports())}, not the two deliberate violations`);
    await new Promise(r => setTimeout(r, 50));
  }
  const inPage: Violation[] = await tab.evaluate(() => (window as any).__csp);
  return { page: inPage.filter(v => !isSentinel(v)), reports: reports().filter(v => !isSentinel(v)), keyframes };
}

describe('strict CSP: the CDN bundle, nonce from <meta name="csp-nonce">', () => {
  let server: TestServer;
  // The per-element loader (dist/lbr) with the demo and with own content; the whole-kit script (dist/kit) with own content.
  const pages = [
    { kind: 'demo', build: 'lbr', script: 'lbr.esm.js', runtime: '' },
    { kind: 'own', build: 'lbr', script: 'lbr.esm.js', runtime: '<lbr-runtime src="/content.json"></lbr-runtime>' },
    { kind: 'own', build: 'kit', script: 'lbr-kit.js', runtime: '<lbr-runtime src="/content.json"></lbr-runtime>' },
  ];

  afterEach(async () => {
    await server?.close();
  });

  for (const { kind, build, script, runtime } of pages) {
    it(`${build === 'kit' ? 'whole-kit script, ' : ''}${kind} content: every element renders and works, 0 violations (style-src, script-src, Trusted Types)`, async () => {
      const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="csp-nonce" content="NONCE" />
    <link rel="icon" href="data:," />
    <script type="module" nonce="NONCE" src="/${build}/${script}"></script>
  </head>
  <body>
    ${runtime || '<lbr-runtime></lbr-runtime>'}
    ${TAGS.slice(1).map(t => `<${t}></${t}>`).join('\n    ')}
  </body>
</html>`;
      server = await cspServer(html, await tree(join(ROOT, 'dist', build), `/${build}`));
      const { tab, errors } = await cspTab();
      await tab.goto(`${server.url}/`);
      const seen = await exercise(tab, server, kind === 'own' ? 'Lena Marquez' : 'Archishman Das');
      expect(seen).toEqual({ page: [], reports: [], keyframes: true });
      expect(errors.filter(e => !/csp-sentinel|TrustedHTML/.test(e))).toEqual([]);
    }, 180_000);
  }
});

describe('strict CSP: the npm build bundled by Vite, nonce through setNonce', () => {
  let packed: { tarball: string };
  let app: { dir: string; dist: string };
  let server: TestServer;
  beforeAll(async () => {
    packed = await pack();
    app = await buildExample('strict-csp', packed.tarball);
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    if (packed) await rm(dirname(packed.tarball), { recursive: true, force: true });
    if (app) await rm(app.dir, { recursive: true, force: true });
  });

  it('every element renders and works with the inline document, 0 violations (style-src, script-src, Trusted Types)', async () => {
    const html = await readFile(join(app.dist, 'index.html'), 'utf8');
    // Vite wrote its placeholder on the scripts and into <meta property="csp-nonce">; no Stencil meta tag.
    expect(html).toContain('<meta property="csp-nonce" nonce="NONCE">');
    expect(html).not.toContain('name="csp-nonce"');
    const files = await tree(join(app.dist, 'assets'), '/assets');
    server = await cspServer(html, files);
    const { tab, errors } = await cspTab();
    await tab.goto(`${server.url}/`);
    const seen = await exercise(tab, server, 'Ada Okafor');
    expect(seen).toEqual({ page: [], reports: [], keyframes: true });
    expect(errors.filter(e => !/csp-sentinel|TrustedHTML/.test(e))).toEqual([]);
  }, 180_000);

  it("setNonce reaches Stencil: where styles are <style> elements (no constructable stylesheets), each element's own carries the page's nonce", async () => {
    // Current browsers need no nonce in this build (every style is a constructable sheet): take
    // that away, as in Safari before 16.4. Stencil's shared-sheet fallback (innerHTML, no nonce)
    // fails Trusted Types and style-src there, so this page runs without Trusted Types and checks
    // only where the nonce went.
    await server?.close();
    server = await cspServer(await readFile(join(app.dist, 'index.html'), 'utf8'), await tree(join(app.dist, 'assets'), '/assets'), POLICY.replace(/; require-trusted-types-for 'script'$/, ''));
    const tab = (await rawPage()) as unknown as Page;
    await tab.evaluateOnNewDocument(() => delete (CSSStyleSheet.prototype as any).replaceSync);
    await tab.goto(`${server.url}/`);
    const visual = TAGS.slice(1);
    await tab.waitForFunction((tags: string[]) => tags.every(t => document.querySelector(t)?.classList.contains('hydrated')), { timeout: 30000 }, visual);
    const unnonced = await tab.evaluate((tags: string[]) => {
      const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')!.nonce;
      return tags.filter(t => ![...document.querySelector(t)!.shadowRoot!.querySelectorAll('style')].some(s => s.nonce === nonce && nonce.length > 0));
    }, visual);
    expect(unnonced).toEqual([]);
  }, 120_000);
});

describe('README: Strict CSP', () => {
  it('gives the tested policy, the meta tag, and the strict-csp example (setNonce) word for word', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(POLICY.replaceAll('{nonce}', '{RANDOM}'));
    expect(readme).toContain('<meta name="csp-nonce" content="{RANDOM}">');
    expect(readme).toContain('<script type="module" nonce="{RANDOM}" src="https://unpkg.com/live-backend-runtime/dist/lbr/lbr.esm.js"></script>');
    for (const file of ['main.js', 'vite.config.js']) {
      expect(readme).toContain((await readFile(join(ROOT, 'examples', 'strict-csp', file), 'utf8')).trim());
    }
  });
});
