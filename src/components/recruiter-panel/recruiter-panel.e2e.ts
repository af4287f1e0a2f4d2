import { E2EPage, newE2EPage } from '@stencil/core/testing';
import { accessible, badContent, open, hostileContent, reducedMotion, renders, shadowText, themed, waitForEvents, waitForText } from '../../../test/common';
import { defaults, LOAD, reflects, SECTION_DEFAULTS, survivesMove } from '../../../test/common';
import { exported, Receiver, scratch, startReceiver } from '../../../test/receiver/helpers';
import { Received, Route, startServer, TestServer } from '../../../test/server';
import { CSS, fieldId } from './resources';

const TAG = 'lbr-recruiter-panel';
const DRAFT_KEY = 'lbr:contact:v1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const MESSAGE = 'Hi! We run a booking platform and would love to talk about a staff backend role.';

describe(TAG, () => {
  renders(TAG, { text: 'Why hire me?' });
  accessible(TAG);
  themed(TAG, { unused: { '--lbr-warn': 'a queued or retrying message only' } });
  defaults(TAG, { ...SECTION_DEFAULTS, endpoint: undefined, minFillMs: 3000, minIntervalMs: 30000, timeoutMs: 10000 });
  reflects(TAG, 'theme', 'theme', 'light');
  reflects(TAG, 'timeoutMs', 'timeout-ms', 5000, false);
  survivesMove(TAG, {
    text: 'Why hire me?',
    // The network listeners are back: going offline shows.
    check: async page => {
      await page.setOfflineMode(true);
      await waitForText(page, TAG, 'offline');
      await page.setOfflineMode(false);
    },
  });
  reducedMotion(TAG, { text: 'stay correct under load' });
  badContent(TAG, { doc: { recruiter: { pitch: ['x'], email: 'not-an-email' } }, path: 'recruiter.email', keeps: 'Why hire me?' });
  hostileContent(TAG, 'recruiter');

  describe('pitch highlights: a CSS stroke under each phrase, no drawing script', () => {
    /** Each highlight's stroke animation (kept, filled, once over) and its stroke once drawn in. */
    const strokes = (page: E2EPage) =>
      page.$eval(TAG, async el => {
        const spans = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=highlight]')];
        return Promise.all(
          spans.map(async hl => {
            const [draw] = hl.getAnimations() as CSSAnimation[];
            await draw?.finished;
            const style = getComputedStyle(hl);
            return { text: hl.textContent, name: draw?.animationName, ms: Number(draw?.effect?.getTiming().duration), image: style.backgroundImage, size: style.backgroundSize };
          }),
        );
      });

    it('draws in with motion, and ends as one whole stroke per phrase', async () => {
      const page = await open(TAG);
      const all = await strokes(page);
      expect(all.length).toBeGreaterThan(0);
      for (const s of all) expect(s).toEqual(expect.objectContaining({ name: 'hl-draw', ms: 800, size: '100% 2px' }));
      expect(all[0].image).toMatch(/^linear-gradient/);
      expect(await page.$eval(TAG, el => el.shadowRoot!.querySelectorAll('svg').length)).toBe(0);
    });

    it('shows the whole stroke at once under reduced motion, and when the page asks for it', async () => {
      for (const fixture of [{ reduced: true }, { html: `<div data-lbr-reduced-motion><${TAG}></${TAG}></div>` }]) {
        const all = await strokes(await open(TAG, fixture));
        expect(all.length).toBeGreaterThan(0);
        for (const s of all) expect(s).toEqual(expect.objectContaining({ ms: 0, size: '100% 2px' }));
      }
    });
  });

  describe('with validation errors shown', () => {
    accessible(TAG, {
      html: `<${TAG} endpoint="http://127.0.0.1:9/contact" min-fill-ms="0"></${TAG}>`,
      settle: async page => {
        await click(page, `button.${CSS.send}`);
        await waitForText(page, TAG, 'Enter your name.');
      },
    });
  });

  describe('failed, with the retry control', () => {
    // Port 9 refuses connections: a real network error, so the status, retry button and colours are checked too.
    accessible(TAG, {
      html: `<${TAG} endpoint="http://127.0.0.1:9/contact" min-fill-ms="0"></${TAG}>`,
      settle: async page => {
        await fill(page, { name: 'Ada', email: 'ada@example.com', message: MESSAGE });
        await click(page, `button.${CSS.send}`);
        await waitForText(page, TAG, 'Not delivered: the server could not be reached.');
      },
    });
  });

  describe('delivery to a real local server', () => {
    let server: TestServer;
    /** What a deduplicating receiver stored, by Idempotency-Key. */
    let stored: Map<string, unknown>;

    /** A receiver like examples/contact-receiver.mjs: 201 the first time, 200 for a duplicate key. */
    const receiver: Route = (req, res, body) => {
      const key = String(req.headers['idempotency-key'] ?? '');
      const duplicate = stored.has(key);
      if (!duplicate) stored.set(key, JSON.parse(body));
      res.writeHead(duplicate ? 200 : 201, { 'content-type': 'application/json' }).end(JSON.stringify({ key, duplicate }));
    };

    const posts = (): Received[] => server.received.filter(r => r.method === 'POST');
    /** What the panel sent: every request but the test's own `arrived` probe. */
    const fromPanel = (): Received[] => server.received.filter(r => r.path !== PROBE);
    /**
     * Everything the panel sent so far has reached the server: a request of the test's own, made
     * now from the page, has been answered (a fixed wait could end before a slow second POST lands).
     */
    const arrived = (page: E2EPage) => page.evaluate((u: string) => fetch(u).then(r => r.text()), `${server.url}${PROBE}`);

    beforeEach(async () => {
      stored = new Map();
      server = await startServer({ '/contact': receiver });
    });

    afterEach(async () => {
      await server.close();
    });

    it('POSTs exactly the fields with an Idempotency-Key, shows the receipt, clears the draft', async () => {
      const page = await openPanel(`endpoint="${server.url}/contact" min-fill-ms="0"`);
      const sent = await page.spyOnEvent('lbrContactSent');
      const submitted = await page.spyOnEvent('lbrContactSubmit');
      await fill(page, { name: 'Ada Lovelace', email: 'ada@example.com', message: MESSAGE });
      expect(await storedDraft(page)).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.com', message: MESSAGE });
      await click(page, `button.${CSS.send}`);
      await waitForEvents(sent);

      expect(posts()).toHaveLength(1);
      const [post] = posts();
      const key = String(post.headers['idempotency-key']);
      expect(key).toMatch(UUID);
      expect(post.headers['content-type']).toContain('application/json');
      const body = JSON.parse(post.body);
      expect(Object.keys(body).sort()).toEqual(['email', 'message', 'name', 'page', 'sentAt']);
      expect(body).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.com', message: MESSAGE });
      expect(new Date(body.sentAt).toISOString()).toBe(body.sentAt);
      expect(body.page).toBe(await page.evaluate(() => location.origin + location.pathname));

      expect(sent.lastEvent?.detail).toEqual({ key, status: 201 });
      expect(submitted.lastEvent?.detail).toEqual({ name: 'Ada Lovelace', email: 'ada@example.com', message: MESSAGE, key });
      await waitForText(page, TAG, `Delivered. Receipt ${key.replace(/-/g, '').slice(0, 8)} (HTTP 201).`);
      expect(await values(page)).toEqual({ name: '', email: '', message: '' });
      expect(await storedDraft(page)).toBeNull();

      // One send per N seconds: a second message right away is held back.
      await fill(page, { name: 'Ada', email: 'ada@example.com', message: 'A second message, too soon.' });
      await click(page, `button.${CSS.send}`);
      await waitForText(page, TAG, 'You sent a message a moment ago');
      expect(posts()).toHaveLength(1);
    });

    it('after a 500, retries with the same Idempotency-Key; the receiver stores one message; nothing is logged', async () => {
      let calls = 0;
      server.route('/contact', (req, res, body) => {
        if (calls++ === 0) res.writeHead(500).end('boom');
        else receiver(req, res, body);
      });
      const page = await openPanel(`endpoint="${server.url}/contact" min-fill-ms="0"`);
      const consoleText: string[] = [];
      page.on('console', m => consoleText.push(m.text()));
      const failed = await page.spyOnEvent('lbrContactFailed');
      const sent = await page.spyOnEvent('lbrContactSent');
      await fill(page, { name: 'Grace', email: 'grace@example.com', message: MESSAGE });
      await click(page, `button.${CSS.send}`);
      await waitForEvents(failed);
      expect(failed.lastEvent?.detail).toMatchObject({ status: 500, reason: 'http' });
      await waitForText(page, TAG, 'Not delivered: the server answered HTTP 500. Your message is kept');
      expect(await values(page)).toMatchObject({ message: MESSAGE });

      await click(page, `button.${CSS.retry}`);
      await waitForEvents(sent);
      expect(sent.lastEvent?.detail.status).toBe(201);
      const keys = posts().map(p => p.headers['idempotency-key']);
      expect(keys).toHaveLength(2);
      expect(keys[0]).toBe(keys[1]);
      expect(failed.lastEvent?.detail.key).toBe(keys[0]);
      expect(stored.size).toBe(1);
      // The two attempts carried the same frozen body (same sentAt).
      expect(posts()[0].body).toBe(posts()[1].body);
      expect(consoleText.filter(t => t.includes('booking platform'))).toEqual([]);
    });

    it('a server that never answers times out; the message stays queued', async () => {
      server.route('/contact', () => undefined); // never answers
      const page = await openPanel(`endpoint="${server.url}/contact" min-fill-ms="0" timeout-ms="1500"`);
      const failed = await page.spyOnEvent('lbrContactFailed');
      await fill(page, { name: 'Linus', email: 'linus@example.com', message: MESSAGE });
      await click(page, `button.${CSS.send}`);
      await waitForText(page, TAG, 'Sending');
      await waitForEvents(failed);
      expect(failed.lastEvent?.detail).toMatchObject({ reason: 'timeout' });
      expect(failed.lastEvent?.detail.key).toMatch(UUID);
      await waitForText(page, TAG, 'no answer within 1.5 s');
      expect(posts()).toHaveLength(1);
      expect(await values(page)).toMatchObject({ message: MESSAGE });
      expect(await storedDraft(page)).toMatchObject({ message: MESSAGE, key: failed.lastEvent?.detail.key });
      expect(await page.$eval(TAG, (el, s) => !!el.shadowRoot!.querySelector(s as string), `button.${CSS.retry}`)).toBe(true);
    });

    it('a message queued before a reload is sent again on its own after it, with the same Idempotency-Key', async () => {
      server.route('/contact', () => undefined); // the first attempt gets no answer
      const page = await openPanel(`endpoint="${server.url}/contact" min-fill-ms="0" timeout-ms="1500"`);
      const failed = await page.spyOnEvent('lbrContactFailed');
      await fill(page, { name: 'Alan', email: 'alan@example.com', message: MESSAGE });
      await click(page, `button.${CSS.send}`);
      await waitForEvents(failed);
      server.route('/contact', receiver);
      await (page as any).reload();
      await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, TAG);
      await waitForText(page, TAG, 'Delivered. Receipt');
      const keys = posts().map(p => p.headers['idempotency-key']);
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
      expect(posts()[1].body).toBe(posts()[0].body);
      expect(stored.size).toBe(1);
    });

    it('offline: waits for the network, then delivers once when back online', async () => {
      const page = await openPanel(`endpoint="${server.url}/contact" min-fill-ms="0"`);
      const sent = await page.spyOnEvent('lbrContactSent');
      await fill(page, { name: 'Margaret', email: 'mh@example.com', message: MESSAGE });
      await page.setOfflineMode(true);
      await waitForText(page, TAG, 'offline');
      await click(page, `button.${CSS.send}`);
      await waitForText(page, TAG, 'Waiting for network');
      expect(posts()).toHaveLength(0);
      await page.setOfflineMode(false);
      await waitForEvents(sent);
      await waitForText(page, TAG, 'Delivered. Receipt');
      await arrived(page);
      expect(posts()).toHaveLength(1);
      expect(stored.size).toBe(1);
    });

    it('a second click while sending does not send twice', async () => {
      server.route('/contact', (req, res, body) => void setTimeout(() => receiver(req, res, body), 400));
      const page = await openPanel(`endpoint="${server.url}/contact" min-fill-ms="0"`);
      const sent = await page.spyOnEvent('lbrContactSent');
      await fill(page, { name: 'Ken', email: 'ken@example.com', message: MESSAGE });
      const send = await page.$(`${TAG} >>> button.send`);
      await send!.click({ count: 2 });
      await send!.click();
      await waitForEvents(sent);
      await arrived(page);
      expect(posts()).toHaveLength(1);
      expect(sent).toHaveReceivedEventTimes(1);
    });

    it('a canceled lbrContactSubmit sends no request: the host delivers and reports through settle()', async () => {
      const page = await openPanel(`endpoint="${server.url}/contact" min-fill-ms="0"`);
      const sent = await page.spyOnEvent('lbrContactSent');
      await page.evaluate(() => {
        document.addEventListener('lbrContactSubmit', e => {
          e.preventDefault();
          (window as any).hostGot = (e as CustomEvent).detail;
        });
      });
      await fill(page, { name: 'Barbara', email: 'bl@example.com', message: MESSAGE });
      await click(page, `button.${CSS.send}`);
      await waitForText(page, TAG, 'Sending');
      await arrived(page);
      expect(fromPanel()).toHaveLength(0);
      const got = await page.evaluate(() => (window as any).hostGot);
      expect(got).toMatchObject({ name: 'Barbara', email: 'bl@example.com', message: MESSAGE });
      await page.$eval(TAG, (el: any, key: string) => el.settle(key, { ok: true, status: 202 }), got.key);
      await waitForEvents(sent);
      expect(sent.lastEvent?.detail).toEqual({ key: got.key, status: 202 });
      await waitForText(page, TAG, 'Delivered. Receipt');
      expect(fromPanel()).toHaveLength(0);
    });

    it('a filled honeypot holds the message: nothing sent, the text kept, mailto and copy offered', async () => {
      const page = await openPanel(`endpoint="${server.url}/contact" min-fill-ms="0"`);
      const submitted = await page.spyOnEvent('lbrContactSubmit');
      const trap = await page.$eval(TAG, el => {
        const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="website"]')!;
        const box = input.getBoundingClientRect();
        return { hidden: input.closest('[aria-hidden="true"]') !== null, tabIndex: input.tabIndex, offScreen: box.right <= 0 || box.bottom <= 0 };
      });
      expect(trap).toEqual({ hidden: true, tabIndex: -1, offScreen: true });
      // As a form-filling extension (or a bot) does it: a script sets the value, so it is not the browser's :autofill.
      await fill(page, { name: 'Ada', email: 'ada@example.com', message: MESSAGE });
      await page.$eval(TAG, el => (el.shadowRoot!.querySelector<HTMLInputElement>('input[name="website"]')!.value = 'https://ada.dev'));
      await click(page, `button.${CSS.send}`);
      await waitForText(page, TAG, 'Not sent: a hidden anti-spam field was filled in');
      expect(await shadowText(page, TAG)).not.toContain('Delivered');
      expect(await values(page)).toEqual({ name: 'Ada', email: 'ada@example.com', message: MESSAGE });
      expect(await storedDraft(page)).toMatchObject({ message: MESSAGE });
      expect(await page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)!.getAttribute('href'), `a.${CSS.mailto}`)).toContain(encodeURIComponent(MESSAGE));
      expect(await page.$eval(TAG, (el, s) => !!el.shadowRoot!.querySelector(s as string), `button.${CSS.copy}`)).toBe(true);
      await arrived(page);
      expect(fromPanel()).toHaveLength(0);
      expect(submitted).toHaveReceivedEventTimes(0);
    });

    it('an endpoint answering 503: the message stays, with a mailto carrying it and a copy button', async () => {
      server.route('/contact', (_req, res) => void res.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance'));
      const page = await openPanel(`endpoint="${server.url}/contact" min-fill-ms="0"`);
      const failed = await page.spyOnEvent('lbrContactFailed');
      expect(await page.$eval(TAG, (el, s) => !!el.shadowRoot!.querySelector(s as string), `a.${CSS.mailto}, button.${CSS.copy}`)).toBe(false);
      await fill(page, { name: 'Ada Lovelace', email: 'ada@example.com', message: MESSAGE });
      await click(page, `button.${CSS.send}`);
      await waitForEvents(failed);
      expect(failed.lastEvent?.detail).toMatchObject({ status: 503, reason: 'http' });
      await waitForText(page, TAG, 'the server answered HTTP 503. Your message is kept; retrying in 4 s. You can also send it by email or copy it.');
      const href = await page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)!.getAttribute('href'), `a.${CSS.mailto}`);
      expect(href).toBe(`mailto:hello@example.com?subject=${encodeURIComponent('Hello from Ada Lovelace')}&body=${encodeURIComponent(`${MESSAGE}\n\n— Ada Lovelace <ada@example.com>`)}`);
      await allowClipboard(page);
      await click(page, `button.${CSS.copy}`);
      await waitForText(page, TAG, 'Copied your message to the clipboard.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(MESSAGE);
      expect(await values(page)).toMatchObject({ message: MESSAGE });
      expect(await page.$eval(TAG, (el, s) => !!el.shadowRoot!.querySelector(s as string), `button.${CSS.retry}`)).toBe(true);
    });

    it('a host that cancels lbrContactSubmit and never settles: the attempt times out, and a late settle() still delivers', async () => {
      const page = await openPanel(`endpoint="${server.url}/contact" min-fill-ms="0" timeout-ms="1500"`);
      const failed = await page.spyOnEvent('lbrContactFailed');
      const sent = await page.spyOnEvent('lbrContactSent');
      await page.evaluate(() => document.addEventListener('lbrContactSubmit', e => ((window as any).hostGot = (e.preventDefault(), (e as CustomEvent).detail))));
      await fill(page, { name: 'Barbara', email: 'bl@example.com', message: MESSAGE });
      await click(page, `button.${CSS.send}`);
      await waitForText(page, TAG, 'Sending');
      await waitForEvents(failed);
      const key = (await page.evaluate(() => (window as any).hostGot)).key;
      expect(failed.lastEvent?.detail).toEqual({ key, reason: 'timeout' });
      await waitForText(page, TAG, 'Not delivered: no answer within 1.5 s. Your message is kept; retrying in 4 s.');
      expect(await page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector<HTMLInputElement>(s as string)!.readOnly, `#${fieldId('message')}`)).toBe(false);
      await page.$eval(TAG, (el: any, k: string) => el.settle(k, { ok: true, status: 202 }), key);
      await waitForEvents(sent);
      expect(sent.lastEvent?.detail).toEqual({ key, status: 202 });
      await waitForText(page, TAG, 'Delivered. Receipt');
      expect(server.received).toHaveLength(0);
    });

    it('refuses a send faster than the minimum time on the form', async () => {
      const page = await openPanel(`endpoint="${server.url}/contact" min-fill-ms="60000"`);
      await fill(page, { name: 'Speedy', email: 'fast@example.com', message: MESSAGE });
      await click(page, `button.${CSS.send}`);
      await waitForText(page, TAG, 'Not sent yet: please check your message');
      await arrived(page);
      expect(fromPanel()).toHaveLength(0);
    });
  });

  it('keeps the draft across a reload', async () => {
    const page = await openPanel('min-fill-ms="0"');
    await fill(page, { name: 'Edsger', email: 'ewd@example.com', message: 'Half-written thoughts on goto' });
    // E2EPage's type leaves out reload(); the puppeteer page has it.
    await (page as any).reload();
    await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, TAG);
    expect(await values(page)).toEqual({ name: 'Edsger', email: 'ewd@example.com', message: 'Half-written thoughts on goto' });
  });

  it('forgets a draft older than 7 days', async () => {
    const page = await openPanel('min-fill-ms="0"');
    await page.evaluate((k: string) => {
      const old = Date.now() - 8 * 24 * 60 * 60 * 1000;
      localStorage.setItem(k, JSON.stringify({ name: 'Old', email: 'old@example.com', message: 'A draft from last week', savedAt: old }));
    }, DRAFT_KEY);
    await (page as any).reload();
    await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, TAG);
    expect(await values(page)).toEqual({ name: '', email: '', message: '' });
    expect(await storedDraft(page)).toBeNull();
  });

  describe('storage that throws: the draft survives removing and re-adding the element, and the visitor is told it will not survive a reload', () => {
    const breakers: [string, () => void][] = [
      ['QuotaExceededError on setItem', () => (Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); })],
      [
        'SecurityError from every method',
        () => {
          for (const m of ['getItem', 'setItem', 'removeItem'] as const) (Storage.prototype as any)[m] = () => { throw new DOMException('denied', 'SecurityError'); };
        },
      ],
      ['the localStorage getter throwing', () => Object.defineProperty(window, 'localStorage', { get: () => { throw new TypeError('localStorage is not available'); } })],
    ];
    for (const [what, breakStorage] of breakers) {
      it(what, async () => {
        const page = await newE2EPage();
        await page.evaluateOnNewDocument(breakStorage);
        await page.setContent(`<${TAG} min-fill-ms="0"></${TAG}>`);
        await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, TAG);
        await expectDraftSurvivesReAdd(page);
      });
    }

    it('in an opaque-origin (sandboxed) iframe', async () => {
      const page = await newE2EPage();
      const app = new URL(process.env.__STENCIL_APP_SCRIPT_URL__!, process.env.__STENCIL_BROWSER_URL__).href;
      const doc = `<script type="module" src="${app}"></script><${TAG} min-fill-ms="0"></${TAG}>`;
      await page.setContent(`<iframe sandbox="allow-scripts" style="width:900px;height:900px" srcdoc="${doc.replace(/"/g, '&quot;')}"></iframe>`);
      const frame = await (await page.$('iframe'))!.contentFrame();
      await frame!.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, TAG);
      expect(await frame!.evaluate(() => { try { return typeof localStorage; } catch (e) { return (e as Error).name; } })).toBe('SecurityError');
      await page.$eval('iframe', f => (f as HTMLIFrameElement).focus());
      const f = frame!;
      await expectDraftSurvivesReAdd({ $eval: f.$eval.bind(f) as E2EPage['$eval'], evaluate: f.evaluate.bind(f) as E2EPage['evaluate'], waitForFunction: f.waitForFunction.bind(f) as E2EPage['waitForFunction'], keyboard: page.keyboard });
    });
  });

  it('shows validation errors tied to their fields and moves focus, all by keyboard', async () => {
    const page = await openPanel('endpoint="http://127.0.0.1:9/contact" min-fill-ms="0"');
    const submitted = await page.spyOnEvent('lbrContactSubmit');
    await page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector<HTMLInputElement>(s as string)!.focus(), `#${fieldId('name')}`);
    await page.keyboard.press('Enter'); // implicit submission from a text field
    await page.waitForChanges();
    expect(await focused(page)).toBe(fieldId('name'));
    const name = await fieldState(page, 'name');
    expect(name).toEqual({ invalid: 'true', description: 'Enter your name.' });
    await waitForText(page, TAG, 'Not sent: 3 fields need attention.');

    await page.keyboard.type('Ada');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ada-at-example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('hi');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('send');
    await page.keyboard.press('Enter');
    await page.waitForChanges();
    expect(await focused(page)).toBe(fieldId('email'));
    expect(await fieldState(page, 'name')).toEqual({ invalid: 'false', description: '' });
    expect(await fieldState(page, 'email')).toEqual({ invalid: 'true', description: 'Enter an email address like name@example.com.' });
    expect(await fieldState(page, 'message')).toEqual({ invalid: 'true', description: '10–5000 characters. Write at least 10 characters.' });
    expect(submitted).toHaveReceivedEventTimes(0);
    const autocomplete = await page.$eval(TAG, (el, s) => [...el.shadowRoot!.querySelectorAll(s as string)].map(c => c.getAttribute('autocomplete')), `.${CSS.control}`);
    expect(autocomplete).toEqual(['name', 'email', null]);
  });

  it('refuses an endpoint it cannot post to, on screen and as lbrContentError, and offers mail and copy instead', async () => {
    const page = await newE2EPage();
    await page.evaluateOnNewDocument(() => {
      (window as any).__errors = [];
      document.addEventListener('lbrContentError', (e: any) => (window as any).__errors.push(e.detail));
    });
    await page.setContent(`<${TAG} endpoint="javascript:alert(1)"></${TAG}>`);
    await waitForText(page, TAG, 'Content refused (endpoint)');
    expect(await shadowText(page, TAG)).toContain('endpoint: expected an http(s) URL, absolute or relative to the page; got "javascript:alert(1)"');
    expect(await page.evaluate(() => (window as any).__errors)).toEqual([
      { source: 'endpoint', errors: [{ path: 'endpoint', message: 'expected an http(s) URL, absolute or relative to the page; got "javascript:alert(1)"' }] },
    ]);
    expect(await page.$eval(TAG, (el, s) => !!el.shadowRoot!.querySelector(s as string), `a.${CSS.mailto}`)).toBe(true);
    // A usable endpoint clears it.
    await page.$eval(TAG, el => el.setAttribute('endpoint', '/contact'));
    await page.waitForFunction((t: string) => !document.querySelector(t)!.shadowRoot!.textContent!.includes('Content refused'), {}, TAG);
  });

  it('without an endpoint: a prefilled mailto link and copy to clipboard', async () => {
    const page = await openPanel('');
    await fill(page, { name: 'Ada Lovelace', email: 'ada@example.com', message: 'Hello & welcome? 100% yes' });
    expect(await page.$eval(TAG, (el, s) => !!el.shadowRoot!.querySelector(s as string), `button.${CSS.send}`)).toBe(false);
    const href = await page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)!.getAttribute('href'), `a.${CSS.mailto}`);
    const body = 'Hello & welcome? 100% yes\n\n— Ada Lovelace <ada@example.com>';
    expect(href).toBe(`mailto:hello@example.com?subject=${encodeURIComponent('Hello from Ada Lovelace')}&body=${encodeURIComponent(body)}`);

    await allowClipboard(page);
    await click(page, `button.${CSS.copy}`);
    await waitForText(page, TAG, 'Copied your message to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
  });
});

// --- helpers ---

/** The only path a test requests itself (see `arrived`). */
const PROBE = '/__probe';

/**
 * Lets the page use the clipboard: the permissions, and a focused document (the clipboard refuses
 * an unfocused one, "Document is not focused", and with other tabs open this one may not be).
 */
async function allowClipboard(page: E2EPage) {
  await page.browserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  await (page as unknown as { bringToFront(): Promise<void> }).bringToFront(); // E2EPage's type leaves it out
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
}

/** Opens the panel in a fresh tab whose localStorage starts empty (but survives a reload). */
async function openPanel(attrs: string): Promise<E2EPage> {
  const page = await newE2EPage();
  await page.evaluateOnNewDocument(() => {
    if (!sessionStorage.getItem('lbr-test-tab')) {
      localStorage.clear();
      sessionStorage.setItem('lbr-test-tab', '1');
    }
  });
  await page.setContent(`<${TAG} ${attrs}></${TAG}>`, LOAD);
  await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, TAG);
  return page;
}

/**
 * With storage broken: type a draft, see the note, remove the element and add
 * a new one: the new one shows the same draft (from the page's memory).
 */
async function expectDraftSurvivesReAdd(page: Pick<E2EPage, '$eval' | 'evaluate' | 'waitForFunction' | 'keyboard'>) {
  const draft = { name: 'Ada', email: 'ada@example.com', message: MESSAGE };
  await fill(page, draft);
  await page.waitForFunction((t: string) => (document.querySelector(t)?.shadowRoot?.textContent ?? '').includes('not across a reload'), {}, TAG);
  const describedBy = await page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)!.getAttribute('aria-describedby'), `#${fieldId('message')}`);
  expect(describedBy).toContain('lbr-rp-storage');
  await page.evaluate((t: string) => {
    document.querySelector(t)!.remove();
    const again = document.createElement(t);
    again.setAttribute('min-fill-ms', '0');
    document.body.append(again);
  }, TAG);
  await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, TAG);
  expect(await values(page)).toEqual(draft);
  expect(await page.$eval(TAG, el => el.shadowRoot!.textContent)).toContain('not across a reload');
}

/** Types into the fields like a visitor (focus, then keystrokes). */
async function fill(page: Pick<E2EPage, '$eval' | 'keyboard'>, fields: { name: string; email: string; message: string }) {
  for (const [field, value] of Object.entries(fields)) {
    await page.$eval(TAG, (el, id) => {
      const control = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
      control.focus();
      control.select();
    }, fieldId(field));
    await page.keyboard.type(value);
  }
  // The last input rendered (a frame has no waitForChanges: one animation frame covers Stencil's render queue).
  await ('waitForChanges' in page ? (page as E2EPage).waitForChanges() : page.$eval(TAG, () => new Promise(requestAnimationFrame)));
}

async function click(page: E2EPage, selector: string) {
  const handle = await page.$(`${TAG} >>> ${selector}`);
  if (!handle) throw new Error(`no ${selector}`);
  await handle.click();
  await page.waitForChanges();
}

function values(page: Pick<E2EPage, '$eval'>) {
  const ids = { name: fieldId('name'), email: fieldId('email'), message: fieldId('message') };
  return page.$eval(
    TAG,
    (el, ids) => {
      const v = (id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!.value;
      return { name: v(ids.name), email: v(ids.email), message: v(ids.message) };
    },
    ids,
  );
}

function storedDraft(page: E2EPage) {
  return page.evaluate((k: string) => JSON.parse(localStorage.getItem(k) ?? 'null'), DRAFT_KEY);
}

/** The focused control inside the shadow root: its id, or its class for buttons. */
function focused(page: E2EPage) {
  return page.$eval(TAG, el => {
    const active = el.shadowRoot!.activeElement as HTMLElement | null;
    return active?.id || active?.className || null;
  });
}

/** aria-invalid and the text of everything aria-describedby points at. */
function fieldState(page: E2EPage, field: string) {
  return page.$eval(
    TAG,
    (el, id) => {
      const root = el.shadowRoot!;
      const control = root.querySelector(`#${id}`)!;
      const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      return {
        invalid: control.getAttribute('aria-invalid'),
        description: ids.map(id => root.getElementById(id)?.textContent?.replace('! ', '').trim()).join(' '),
      };
    },
    fieldId(field),
  );
}

describe(`${TAG} posting to lbr-receiver (the package's bin, a real SQLite file)`, () => {
  const tmp = scratch();
  let rcv: Receiver | undefined;
  afterEach(async () => {
    await rcv?.kill('SIGKILL');
    rcv = undefined;
  });
  afterAll(() => tmp.remove());

  it('delivers across origins (CORS); after kill -9 the message waits, and once the receiver is back it is stored exactly once', async () => {
    const page = await openPanel('min-fill-ms="0" min-interval-ms="0"');
    const origin = await page.evaluate(() => location.origin);
    const db = tmp.db('panel.db');
    rcv = await startReceiver(['--db', db, '--port', '0', '--allow-origin', origin]);
    const { port } = rcv;
    await page.$eval(TAG, (el, url) => el.setAttribute('endpoint', url), rcv.url);
    await page.waitForChanges();
    const sent = await page.spyOnEvent('lbrContactSent');
    const failed = await page.spyOnEvent('lbrContactFailed');

    await fill(page, { name: 'Ada', email: 'ada@example.com', message: MESSAGE });
    await click(page, `button.${CSS.send}`);
    await waitForEvents(sent);
    expect(sent.lastEvent?.detail.status).toBe(201);
    const first = sent.lastEvent?.detail.key;

    await rcv.kill('SIGKILL');
    await fill(page, { name: 'Grace', email: 'grace@example.com', message: `${MESSAGE} (second)` });
    await click(page, `button.${CSS.send}`);
    await waitForEvents(failed);
    await waitForText(page, TAG, 'Not delivered: the server could not be reached.');
    expect(await page.$eval(TAG, (el, c) => !!el.shadowRoot!.querySelector(`a.${c.mailto}`) && !!el.shadowRoot!.querySelector(`button.${c.copy}`), CSS)).toBe(true);

    rcv = await startReceiver(['--db', db, '--port', String(port), '--allow-origin', origin]);
    await click(page, `button.${CSS.retry}`);
    await waitForEvents(sent, 2);
    const second = sent.lastEvent?.detail.key;
    expect(second).toBe(failed.lastEvent?.detail.key);

    const rows = await exported(db);
    expect(rows.map(r => r.key)).toEqual([first, second]);
    expect(rows[1]).toMatchObject({ name: 'Grace', message: `${MESSAGE} (second)`, page: await page.evaluate(() => location.origin + location.pathname) });
  });

  it('from an origin the receiver does not allow, nothing is stored and the visitor keeps the message and the ways out', async () => {
    const db = tmp.db('other-origin.db');
    rcv = await startReceiver(['--db', db, '--port', '0', '--allow-origin', 'https://somewhere-else.example']);
    const page = await openPanel(`endpoint="${rcv.url}" min-fill-ms="0"`);
    const failed = await page.spyOnEvent('lbrContactFailed');
    await fill(page, { name: 'Ada', email: 'ada@example.com', message: MESSAGE });
    await click(page, `button.${CSS.send}`);
    await waitForEvents(failed);
    expect(failed.lastEvent?.detail.reason).toBe('network'); // a CORS refusal looks like a network error to the page
    expect(await values(page)).toMatchObject({ message: MESSAGE });
    expect(await page.$eval(TAG, (el, s) => !!el.shadowRoot!.querySelector(s as string), `a.${CSS.mailto}`)).toBe(true);
    expect(await exported(db)).toEqual([]);
  });
});
