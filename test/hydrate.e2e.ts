/**
 * Server-side rendering with the `hydrate` output: the HTML a server sends
 * already holds each element's text (declarative shadow DOM), before any script runs,
 * from the page's own inline document and in final states (motion.ts: the server is
 * reduced motion). The browser side is test/takeover.e2e.ts.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ELEMENTS, finalTexts, NEVER, ssrPage } from './takeover';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { renderToString, streamToString, hydrateDocument, createWindowFromHtml, serializeDocumentToString } = require('../hydrate');

const ROOT = resolve(__dirname, '..');
const OPTIONS = { fullDocument: true, serializeShadowRoot: 'declarative-shadow-dom', prettyHtml: false };

async function render(html: string): Promise<string> {
  const result = await renderToString(html, OPTIONS);
  expect(result.diagnostics.filter((d: { level: string }) => d.level === 'error')).toEqual([]);
  return result.html;
}

/** An element's markup in the rendered page. */
const markup = (html: string, tag: string) => html.slice(html.indexOf(`<${tag}`), html.indexOf(`</${tag}>`));
const escaped = (text: string) => text.replace(/&/g, '&amp;');

describe('hydrate (server-side rendering)', () => {
  let doc: any;
  let json: string;
  beforeAll(async () => {
    json = await readFile(join(ROOT, 'src', 'demo-content.json'), 'utf8');
    doc = JSON.parse(json);
  });

  it('renders lbr-system-boot to HTML with its text inside a declarative shadow root', async () => {
    const result = await renderToString('<lbr-system-boot></lbr-system-boot>', { serializeShadowRoot: 'declarative-shadow-dom', prettyHtml: false });
    expect(result.diagnostics.filter((d: { level: string }) => d.level === 'error')).toEqual([]);
    expect(result.html).toContain('<template shadowrootmode="open"');
    expect(result.html).toContain('Archishman Das');
    expect(result.html).toContain('Initializing system...');
  });

  it("renders every element from the page's inline document, in its final state, never the demo or a first frame", async () => {
    const html = await render(ssrPage(json));
    for (const text of finalTexts(doc)) expect(html).toContain(escaped(text));
    for (const text of NEVER) expect(html).not.toContain(text);
    // Boot: every line typed in full, no caret, ONLINE, and the counters (the visible, aria-hidden copy) at their values.
    const boot = markup(html, 'lbr-system-boot');
    for (const line of doc.profile.bootLines) expect(boot).toMatch(new RegExp(`class="[^"]*\\btext\\b[^"]*"[^>]*>(<!--[^>]*-->)?${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}<`));
    expect(boot).not.toMatch(/class="[^"]*\btyping\b/);
    const counters = [...boot.matchAll(/<span aria-hidden="true"[^>]*>(?:<!--[^>]*-->)?([^<]*)</g)].map(m => m[1]);
    expect(counters).toEqual(doc.profile.stats.map((s: { value: number; suffix?: string }) => `${s.value}${s.suffix ?? ''}`));
    // The log: every entry's lines whole (no intro cut), the map: its text alternative and the document's legend.
    const log = markup(html, 'lbr-log-stream');
    for (const line of doc.logs.flatMap((l: { lines: string[] }) => l.lines)) expect(log).toContain(escaped(line));
    const map = markup(html, 'lbr-topology-map');
    for (const s of doc.topology.services) expect(map).toContain(escaped(s.role));
    for (const l of doc.topology.layers) expect(map).toContain(escaped(l.name));
    // The game: the deck's first scenario, its metrics as the scenario states them.
    const game = markup(html, 'lbr-outage-game');
    expect(game).toMatch(new RegExp(`scenario #1 <span[^>]*>(<!--[^>]*-->)?of ${doc.outage.scenarios.length}<`));
    expect(game).toContain(`${doc.outage.scenarios[0].metrics.latencyMs}ms`);
    // Each element drawn (9 declarative shadow roots besides lbr-runtime's).
    expect(html.match(/<template shadowrootmode="open"/g)?.length).toBe(ELEMENTS.length + 1);
  });

  it('deals the same game on every render (the browser deals it again when it takes over)', async () => {
    const page = ssrPage(json, '', ['lbr-outage-game']);
    const seed = (html: string) => /deck seed (\d+)/.exec(html)?.[1];
    const [a, b] = await Promise.all([render(page), render(page)]);
    expect(seed(a)).toBeDefined();
    expect(seed(b)).toBe(seed(a));
  });

  it('keeps concurrent renders of different documents apart (each render has its own store)', async () => {
    const other = JSON.parse(await readFile(join(ROOT, 'examples', 'static-site', 'content.json'), 'utf8'));
    const pages = [json, JSON.stringify(other), json, JSON.stringify(other)].map(j => ssrPage(j));
    const htmls = await Promise.all(pages.map(render));
    for (const [i, html] of htmls.entries()) {
      const [mine, theirs] = i % 2 ? [other, doc] : [doc, other];
      for (const text of finalTexts(mine)) expect(html).toContain(escaped(text));
      expect(html).not.toContain(theirs.profile.name);
      expect(html).not.toContain(theirs.outage.scenarios[0].title);
      for (const text of NEVER) expect(html).not.toContain(text);
    }
  });

  it('a page without a document renders the demo, also right after a render with one', async () => {
    await render(ssrPage(json, '', ['lbr-system-boot']));
    const html = await render('<!doctype html><html><body><lbr-system-boot></lbr-system-boot></body></html>');
    expect(html).toContain('Archishman Das');
    expect(html).not.toContain(doc.profile.name);
  });

  it('streamToString and hydrateDocument render the same document', async () => {
    const chunks: string[] = [];
    for await (const chunk of streamToString(ssrPage(json), OPTIONS)) chunks.push(String(chunk));
    const streamed = chunks.join('');
    const { document } = createWindowFromHtml(ssrPage(json), 'doc');
    await hydrateDocument(document, OPTIONS);
    const hydrated = serializeDocumentToString(document, OPTIONS);
    for (const html of [streamed, hydrated]) {
      expect(html).toContain(doc.profile.name);
      expect(html).toContain('ONLINE');
      expect(html).not.toContain('BOOTING');
      expect(html).not.toContain(NEVER[0]);
    }
  });
});
