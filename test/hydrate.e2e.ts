/**
 * Server-side rendering with the `hydrate` output: the HTML a server sends
 * already holds the element's text (declarative shadow DOM), before any script runs.
 */
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { renderToString } = require('../hydrate');

describe('hydrate (server-side rendering)', () => {
  it('renders lbr-system-boot to HTML with its text inside a declarative shadow root', async () => {
    const result = await renderToString('<lbr-system-boot></lbr-system-boot>', { serializeShadowRoot: 'declarative-shadow-dom', prettyHtml: false });
    expect(result.diagnostics.filter((d: { level: string }) => d.level === 'error')).toEqual([]);
    expect(result.html).toContain('<template shadowrootmode="open"');
    expect(result.html).toContain('Archishman Das');
    expect(result.html).toContain('Initializing system...');
  });
});
