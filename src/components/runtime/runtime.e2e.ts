import { E2EPage, newE2EPage } from '@stencil/core/testing';
import { accessible, open, shadowText, waitForEvents, waitForText } from '../../../test/common';
import { json, startServer, text, TestServer } from '../../../test/server';

const TAG = 'lbr-runtime';
const profile = { name: 'Grace Hopper', title: 'Compiler Engineer', summary: 'Ships.', bootLines: ['Hello'], stats: [] };

describe(TAG, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({
      '/content.json': json(200, { profile }),
      '/broken.json': text(200, '{ "profile": ', 'application/json'),
      '/invalid.json': json(200, { profile: { ...profile, stats: [{ label: 'x', value: 'ten' }] }, decisions: [{ id: 'ADR-1' }] }),
    });
  });
  afterAll(() => server.close());

  /** A page with lbr-runtime loading `src` and a boot element reading the store. */
  async function withRuntime(src: string): Promise<{ page: E2EPage; errors: { events: any[]; length: number }; loads: { length: number } }> {
    const page = await open('lbr-system-boot', { reduced: true });
    const errors = await page.spyOnEvent('lbrContentError');
    const loads = await page.spyOnEvent('lbrContentLoad');
    await page.evaluate((s: string) => {
      const rt = document.createElement('lbr-runtime');
      rt.setAttribute('src', s);
      document.body.prepend(rt);
    }, src);
    await page.waitForFunction(() => document.querySelector('lbr-runtime')?.classList.contains('hydrated'));
    return { page, errors: errors as any, loads };
  }

  it('elements on the page wait for its document: the demo never flashes before the user content', async () => {
    server.route('/slow.json', (_req, res) => {
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ profile })), 700);
    });
    const page = await newE2EPage();
    // Record every name the boot element ever shows, from the very first render.
    await page.evaluateOnNewDocument(() => {
      (window as any).__names = new Set();
      const poll = () => {
        const name = document.querySelector('lbr-system-boot')?.shadowRoot?.querySelector('.name')?.textContent;
        if (name) (window as any).__names.add(name);
        requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    await page.setContent(`<lbr-runtime src="${server.url}/slow.json"></lbr-runtime><lbr-system-boot></lbr-system-boot>`);
    await waitForText(page, 'lbr-system-boot', 'Grace Hopper');
    expect(await page.evaluate(() => [...(window as any).__names])).toEqual(['Grace Hopper']);
  });

  accessible(TAG, { html: `<lbr-runtime content='{"logs": 3}'></lbr-runtime>` });

  it('loads a document from a real HTTP server into the store: other elements show it', async () => {
    const { page, loads } = await withRuntime(`${server.url}/content.json`);
    await waitForEvents(loads);
    await waitForText(page, 'lbr-system-boot', 'Grace Hopper');
    expect(server.received.some(r => r.path === '/content.json' && r.method === 'GET')).toBe(true);
    expect(await page.$eval(TAG, el => el.getAttribute('status'))).toBe('loaded');
  });

  it('shows the demo without any lbr-runtime', async () => {
    const page = await open('lbr-system-boot', { reduced: true });
    expect(await shadowText(page, 'lbr-system-boot')).toContain('Archishman Das');
  });

  it('refuses invalid JSON, keeps the previous content, and reports it', async () => {
    const { page, errors } = await withRuntime(`${server.url}/broken.json`);
    await waitForEvents(errors);
    expect(errors.events[0].detail.source).toBe(`${server.url}/broken.json`);
    expect(errors.events[0].detail.errors[0].message).toMatch(/invalid JSON/);
    await waitForText(page, TAG, 'invalid JSON');
    expect(await shadowText(page, 'lbr-system-boot')).toContain('Archishman Das');
  });

  it('reports an unreachable document (404) in the element and as an event', async () => {
    const { page, errors } = await withRuntime(`${server.url}/missing.json`);
    await waitForEvents(errors);
    expect(errors.events[0].detail.errors).toEqual([{ path: '(document)', message: 'could not load: HTTP 404 Not Found' }]);
    await waitForText(page, TAG, 'HTTP 404');
    expect(await page.$eval(TAG, el => el.getAttribute('status'))).toBe('error');
  });

  it('shows every validation error with its field path, and the page goes on', async () => {
    const { page, errors } = await withRuntime(`${server.url}/invalid.json`);
    await waitForEvents(errors);
    const paths = errors.events[0].detail.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['profile.stats[0].value', 'decisions[0].title']));
    await waitForText(page, TAG, 'profile.stats[0].value: expected a number');
    const alert = await page.$eval(TAG, el => el.shadowRoot!.querySelector('[role="alert"]')!.textContent);
    expect(alert).toContain('decisions[0].status');
    expect(await shadowText(page, 'lbr-system-boot')).toContain('Archishman Das');
  });

  it('takes a content property and a later valid document replaces an invalid one', async () => {
    const page = await open(TAG, { reduced: true, html: `<lbr-runtime></lbr-runtime><lbr-system-boot></lbr-system-boot>` });
    await page.$eval(TAG, (el: any) => (el.content = { profile: { name: 'x' } }));
    await waitForText(page, TAG, 'profile.title');
    await page.$eval(TAG, (el: any, p) => (el.content = { profile: p }), profile);
    await waitForText(page, 'lbr-system-boot', 'Grace Hopper');
    expect(await page.$eval(TAG, el => el.shadowRoot!.querySelector('[role="alert"]'))).toBeNull();
  });
});
