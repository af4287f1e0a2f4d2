import { E2EPage, newE2EPage } from '@stencil/core/testing';
import { accessible, open, openOnServer, shadowText, waitForEvents, waitForText } from '../../../test/common';
import { defaults, reflects, themed, survivesMove } from '../../../test/common';
import { json, startServer, text, TestServer } from '../../../test/server';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const resume = require('../../sample-resume.json');

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

  /** A page that records every name the boot element ever shows (in `__names`), from the very first render. */
  async function recordingNames(): Promise<E2EPage> {
    const page = await newE2EPage();
    await page.evaluateOnNewDocument(() => {
      (window as any).__names = new Set();
      const poll = () => {
        const name = document.querySelector('lbr-system-boot')?.shadowRoot?.querySelector('.name')?.textContent;
        if (name) (window as any).__names.add(name);
        requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
    return page;
  }

  it('elements on the page wait for its document: the demo never flashes before the user content', async () => {
    server.route('/slow.json', (_req, res) => {
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ profile })), 700);
    });
    const page = await recordingNames();
    await page.setContent(`<lbr-runtime src="${server.url}/slow.json"></lbr-runtime><lbr-system-boot></lbr-system-boot>`);
    await waitForText(page, 'lbr-system-boot', 'Grace Hopper');
    expect(await page.evaluate(() => [...(window as any).__names])).toEqual(['Grace Hopper']);
  });

  accessible(TAG, { html: `<lbr-runtime content='{"logs": 3}'></lbr-runtime>` });
  themed(TAG, {
    html: `<lbr-runtime content='{"logs": 3}'></lbr-runtime>`,
    unused: Object.fromEntries(['--lbr-accent', '--lbr-border', '--lbr-muted', '--lbr-surface'].map(t => [t, 'it draws only the invalid-content panel, on its background'])),
  });
  defaults(TAG, { content: undefined, src: undefined, status: 'idle', theme: 'dark' });
  reflects(TAG, 'theme', 'theme', 'light');
  survivesMove(TAG, {
    html: `<lbr-runtime><script type="application/json">{"logs": 3}</script></lbr-runtime>`,
    text: 'logs',
    // Its inline document is watched again: rewriting it applies.
    check: async page => {
      await page.$eval(`${TAG} script`, s => (s.textContent = '{"decisions": 3}'));
      await waitForText(page, TAG, 'decisions');
    },
  });

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

  describe('several documents', () => {
    const extra = {
      decisions: [
        { id: 'ADR-101', title: 'Outbox Over Dual Writes', status: 'accepted', context: 'c', decision: 'Write events in the same transaction.', tradeoff: 't', impact: 'i' },
      ],
    };
    beforeAll(() => {
      server.route('/resume.json', json(200, resume));
      server.route('/extra.json', json(200, extra));
      server.route('/a.json', json(200, { profile: { ...profile, name: 'First Doc' }, incidents: [{ id: 'i1', title: 'Only In A', status: 'resolved', problem: 'p', rootCause: 'r', solution: 's', impact: 'i' }] }));
      server.route('/c.json', json(200, { profile: { ...profile, name: 'Last Doc' } }));
      server.route('/bad.json', json(200, { profile: { ...profile, name: 'Never Shown' }, decisions: [{ id: 'ADR-1', status: 'maybe' }] }));
    });

    it('<lbr-runtime src="resume.json extra.json">: the resume and the extra decisions, no refusal', async () => {
      const html = `<lbr-runtime src="/resume.json /extra.json"></lbr-runtime>
        <lbr-system-boot></lbr-system-boot><lbr-log-stream></lbr-log-stream><lbr-runtime-modules></lbr-runtime-modules><lbr-adr-viewer></lbr-adr-viewer>`;
      const page = await openOnServer(server, 'lbr-adr-viewer', html, { reduced: true });
      const errors = await page.spyOnEvent('lbrContentError');
      await page.waitForFunction(() => /^(loaded|error)$/.test(document.querySelector('lbr-runtime')!.getAttribute('status') ?? ''));
      expect(await page.$eval(TAG, el => el.getAttribute('status'))).toBe('loaded');
      await waitForText(page, 'lbr-system-boot', 'Noor Haddad');
      expect(await shadowText(page, 'lbr-system-boot')).toContain('Backend Engineer | Event-Driven Systems | PostgreSQL');
      // Jobs with their highlights, and the pre-v1 `company` name.
      await waitForText(page, 'lbr-log-stream', 'Senior Backend Engineer at Parcelwise');
      await waitForText(page, 'lbr-log-stream', 'late assignments fell by 60%');
      await waitForText(page, 'lbr-log-stream', 'Software Engineer at Shiply Labs');
      const modules = await shadowText(page, 'lbr-runtime-modules');
      expect(modules).toContain('Dispatch Outbox');
      expect(modules).toContain('Quote Cache');
      expect(modules).not.toContain('Concurrent Booking Core');
      await waitForText(page, 'lbr-adr-viewer', 'Outbox Over Dual Writes');
      expect(await shadowText(page, 'lbr-adr-viewer')).not.toContain('Redis Locking');
      expect(errors.length).toBe(0);
      expect(await page.$eval(TAG, el => el.shadowRoot!.querySelector('[role="alert"]'))).toBeNull();
    });

    it('drops a refused document whole, names it in the event and the panel, and merges the rest (later wins)', async () => {
      const html = `<lbr-runtime src="/a.json /bad.json /c.json"></lbr-runtime><lbr-system-boot></lbr-system-boot><lbr-incident-report></lbr-incident-report>`;
      const page = await openOnServer(server, 'lbr-system-boot', html, { reduced: true });
      await page.waitForFunction(() => document.querySelector('lbr-runtime')!.getAttribute('status') === 'error');
      await waitForText(page, 'lbr-system-boot', 'Last Doc');
      await waitForText(page, 'lbr-incident-report', 'Only In A');
      const alert = await page.$eval(TAG, el => el.shadowRoot!.querySelector('[role="alert"]')!.textContent);
      expect(alert).toContain('Content refused (/bad.json)');
      expect(alert).toContain('decisions[0].status: expected one of proposed, accepted, superseded, deprecated');
      expect(alert).toContain('the others apply');
      const boot = await shadowText(page, 'lbr-system-boot');
      expect(boot).not.toContain('Never Shown');
      // One event for the refused document, naming it; the page's store never saw its decisions.
      const detail = await page.evaluate(async () => {
        const rt = document.querySelector('lbr-runtime') as any;
        const seen = new Promise<any>(done => rt.addEventListener('lbrContentError', (e: CustomEvent) => done(e.detail), { once: true }));
        rt.src = '/a.json /bad.json /c.json ';
        return seen;
      });
      expect(detail.source).toBe('/bad.json');
      expect(detail.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['decisions[0].status', 'decisions[0].title']));
    });

    it('reports an unreachable document among others, and the others still apply', async () => {
      const html = `<lbr-runtime src="/missing.json /c.json"></lbr-runtime><lbr-system-boot></lbr-system-boot>`;
      const page = await openOnServer(server, 'lbr-system-boot', html, { reduced: true });
      await waitForText(page, 'lbr-system-boot', 'Last Doc');
      await waitForText(page, TAG, 'could not load: HTTP 404');
      expect(await page.$eval(TAG, el => el.getAttribute('status'))).toBe('error');
    });
  });

  describe('an inline <script type="application/json"> document', () => {
    const inline = (doc: unknown, attrs = '') => `<script type="application/json"${attrs}>${JSON.stringify(doc).replace(/</g, '\\u003c')}</script>`;

    it('is read before the first render: the demo never shows', async () => {
      const page = await recordingNames();
      await page.evaluateOnNewDocument(() => {
        (window as any).__loads = [];
        document.addEventListener('lbrContentLoad', e => (window as any).__loads.push((e as CustomEvent).detail));
      });
      await page.setContent(`<lbr-runtime>${inline({ profile })}</lbr-runtime><lbr-system-boot></lbr-system-boot>`);
      await waitForText(page, 'lbr-system-boot', 'Grace Hopper');
      expect(await page.evaluate(() => [...(window as any).__names])).toEqual(['Grace Hopper']);
      expect(await page.evaluate(() => (window as any).__loads)).toEqual([{ source: 'inline', sources: ['inline'] }]);
      // The script is data: it never ran, and it is not shown.
      expect(await page.$eval(TAG, el => (el as HTMLElement).innerText.trim())).toBe('');
    });

    it('merges before src (src wins per key), and a refused inline document is named by its id', async () => {
      server.route('/logs.json', json(200, { logs: [{ year: 2001, title: 'From Src', lines: [] }], profile: { ...profile, name: 'Src Name' } }));
      const html = `<lbr-runtime src="/logs.json">${inline({ profile, incidents: [{ id: 'x', title: 'Inline Incident', status: 'resolved', problem: '', rootCause: '', solution: '', impact: '' }] })}${inline({ logs: 'nope' }, ' id="broken"')}</lbr-runtime>
        <lbr-system-boot></lbr-system-boot><lbr-incident-report></lbr-incident-report>`;
      const page = await openOnServer(server, 'lbr-system-boot', html, { reduced: true });
      await waitForText(page, 'lbr-system-boot', 'Src Name');
      await waitForText(page, 'lbr-incident-report', 'Inline Incident');
      await waitForText(page, TAG, 'Content refused (#broken)');
      await waitForText(page, TAG, 'logs: expected an array');
    });

    it('loads again when the script is rewritten (as a framework would)', async () => {
      const page = await open(TAG, { reduced: true, html: `<lbr-runtime>${inline({ profile })}</lbr-runtime><lbr-system-boot></lbr-system-boot>` });
      await waitForText(page, 'lbr-system-boot', 'Grace Hopper');
      await page.$eval('lbr-runtime > script', (el, p) => (el.textContent = JSON.stringify({ profile: { ...(p as object), name: 'Ada Lovelace' } })), profile);
      await waitForText(page, 'lbr-system-boot', 'Ada Lovelace');
      await page.$eval('lbr-runtime > script', el => (el.textContent = '{ "profile": '));
      await waitForText(page, TAG, 'invalid JSON');
      expect(await shadowText(page, 'lbr-system-boot')).toContain('Ada Lovelace');
    });

    it("an element's own content takes a JSON Resume too", async () => {
      const page = await open('lbr-runtime-modules', { reduced: true });
      await page.$eval('lbr-runtime-modules', (el: any, doc) => (el.content = JSON.stringify(doc)), resume);
      await waitForText(page, 'lbr-runtime-modules', 'Dispatch Outbox');
      expect(await page.$eval('lbr-runtime-modules', el => el.shadowRoot!.querySelector('[role="alert"]'))).toBeNull();
    });

    it('accepts a JSON Resume inline', async () => {
      const page = await open(TAG, { reduced: true, html: `<lbr-runtime>${inline(resume)}</lbr-runtime><lbr-system-boot></lbr-system-boot>` });
      await waitForText(page, 'lbr-system-boot', 'Noor Haddad');
      expect(await page.$eval(TAG, el => el.getAttribute('status'))).toBe('loaded');
    });
  });
});
