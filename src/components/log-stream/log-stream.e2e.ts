import type { E2EPage } from '@stencil/core/testing';
import { accessible, badContent, hostileContent, open, reducedMotion, renders, setTabHidden, shadowText, themed, waitForEvents, waitForText, survivesMove } from '../../../test/common';
import { defaults, kit, payloadsSettled, reflects, SECTION_DEFAULTS, settled } from '../../../test/common';
import { PAYLOADS } from '../../../test/hostile';
import { startServer, TestServer } from '../../../test/server';
import { CSS } from './resources';

const TAG = 'lbr-log-stream';

/** Text of the rows in the DOM, top to bottom. */
const rows = (page: E2EPage): Promise<string[]> =>
  page.$eval(TAG, (el, s) => [...el.shadowRoot!.querySelectorAll(s as string)].map(r => (r.textContent ?? '').replace(/\s+/g, ' ').trim()), `.${CSS.row}`);

/** What the viewport shows: rows whose box intersects it. */
const onScreen = (page: E2EPage): Promise<string[]> =>
  page.$eval(
    TAG,
    (el, c) => {
      const vp = el.shadowRoot!.querySelector(`.${c.viewport}`)!.getBoundingClientRect();
      return [...el.shadowRoot!.querySelectorAll(`.${c.row}`)]
        .filter(r => {
          const b = r.getBoundingClientRect();
          return b.bottom > vp.top + 1 && b.top < vp.bottom - 1;
        })
        .map(r => (r.textContent ?? '').replace(/\s+/g, ' ').trim());
    },
    CSS,
  );

const count = (page: E2EPage) => page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)!.textContent!.replace(/\s+/g, ' ').trim(), `.${CSS.count}`);

async function appendLines(page: E2EPage, lines: unknown[]) {
  await page.$eval(TAG, (el: any, l) => el.appendLines(l), lines as any);
  await page.waitForChanges();
}

/** Sets a control's value in the shadow root and fires the event a user's edit fires. */
async function setControl(page: E2EPage, selector: string, value: string, type: 'change' | 'input') {
  await page.$eval(
    TAG,
    (el, s, v, t) => {
      const c = el.shadowRoot!.querySelector(s) as HTMLInputElement;
      c.value = v;
      c.dispatchEvent(new Event(t, { bubbles: true }));
    },
    selector,
    value,
    type,
  );
  await page.waitForChanges();
}

/**
 * Chromium's Local Network Access blocks the test page (served by puppeteer request
 * interception, so not itself on loopback) from fetching the local test server
 * unless the permission is granted. The name changed across versions: try each.
 */
async function allowLoopback(page: E2EPage) {
  for (const name of ['loopback-network', 'local-network', 'local-network-access']) {
    try {
      await page.browserContext().setPermission('*', { permission: { name: name as any }, state: 'granted' });
    } catch {
      // Unknown in this Chromium.
    }
  }
}

/** Polls a condition on this side (the test server's records) until it holds. */
async function until(cond: () => boolean, what: string, timeout = 20000) {
  const end = Date.now() + timeout;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`waited ${timeout} ms for ${what}`);
    await new Promise(r => setTimeout(r, 25));
  }
}

/** A page with the element, then `src` set, as a host would (after the permission above). */
async function openLive(src: string, attrs = '') {
  const page = await open(TAG, { reduced: true, html: `<${TAG} ${attrs}></${TAG}>` });
  await allowLoopback(page);
  await page.$eval(TAG, (el, s) => el.setAttribute('src', s), src);
  await page.waitForChanges();
  return page;
}

describe(TAG, () => {
  survivesMove(TAG, { text: 'Operational fixes delivered under pressure' });
  renders(TAG, { text: 'Booking Engine Deployed' });
  // With live lines of every level and marked search matches on screen, in both themes.
  accessible(TAG, {
    settle: async page => {
      await appendLines(page, [
        { text: 'cache warmed', level: 'info' },
        { text: 'disk 91% on db-2', level: 'warn' },
        { text: 'payment timeout', level: 'error' },
      ]);
      await setControl(page, 'input[type=search]', 'a', 'input');
      await waitForText(page, TAG, 'payment timeout');
      // A live source that refuses: the stopped badge and the sentence under the bar, in the error colour.
      await page.$eval(TAG, el => el.setAttribute('src', '/no-such-source'));
      await waitForText(page, TAG, 'Stopped: HTTP 404');
    },
  });
  themed(TAG, {
    // Runtime lines at each level: their colours.
    settle: async page => {
      await kit(page, k => {
        k.appendLog('cache cold', 'warn');
        k.appendLog('cache gone', 'error');
      });
    },
    unused: { '--lbr-ok': 'the live-source badge, shown only with src' },
  });
  defaults(TAG, { ...SECTION_DEFAULTS, follow: true, maxLines: 10000, order: 'desc', query: undefined, src: undefined, srcType: undefined, tag: undefined, year: undefined });
  reflects(TAG, 'theme', 'theme', 'light');
  reflects(TAG, 'order', 'order', 'asc');
  reflects(TAG, 'follow', 'follow', false);
  reflects(TAG, 'maxLines', 'max-lines', 50, false);
  reducedMotion(TAG, { text: '[2022] Backend Foundation Built' });
  badContent(TAG, { doc: { logs: [{ year: 'soon', title: 'x', lines: [] }] }, path: 'logs[0].year', keeps: 'Booking Engine Deployed' });
  hostileContent(TAG, 'logs');

  it('renders the seed entries newest first: [year] title headers with -> lines', async () => {
    const page = await open(TAG, { reduced: true });
    const text = await rows(page);
    expect(text.filter(t => t.startsWith('['))).toEqual([
      '[2025] Booking Engine Deployed',
      '[2024] Microservices Migration',
      '[2024] API Performance Pass',
      '[2023] Production API Surface Expanded',
      '[2022] Backend Foundation Built',
    ]);
    expect(text.slice(0, 2)).toEqual(['[2025] Booking Engine Deployed', '-> 1000+ concurrent users handled']);
    expect(await count(page)).toBe('Showing 20 of 20 lines');
    const head = await page.$eval(TAG, el => ({ h2: el.shadowRoot!.querySelector('h2')?.textContent, eyebrow: el.shadowRoot!.querySelector('.eyebrow')?.textContent, log: el.shadowRoot!.querySelector('[role="log"]')!.getAttribute('aria-label') }));
    expect(head).toEqual({ h2: 'System Logs', eyebrow: 'experience stream', log: 'System Logs' });
  });

  it('order="asc" lists the oldest year first', async () => {
    const page = await open(TAG, { reduced: true, html: `<${TAG} order="asc"></${TAG}>` });
    expect((await rows(page)).slice(0, 2)).toEqual(['[2022] Backend Foundation Built', '-> Spring Boot service layers refactored for cleaner request paths']);
  });

  it('types the entries in like live output, then shows them all', async () => {
    const page = await open(TAG);
    expect(await shadowText(page, TAG)).not.toContain('Backend Foundation Built');
    await waitForText(page, TAG, '-> Core product revamp contributed to a 40% boost in user retention');
    await page.waitForFunction(s => !document.querySelector('lbr-log-stream')!.shadowRoot!.querySelector(s as string), {}, `.${CSS.typing}`);
    expect((await rows(page)).length).toBe(20);
  });

  it('filters by year and tag, searches with marked matches, and emits lbrLogFilter', async () => {
    const page = await open(TAG, { reduced: true });
    const filters = await page.spyOnEvent('lbrLogFilter');

    await setControl(page, 'select', '2024', 'change');
    expect((await rows(page)).filter(t => t.startsWith('['))).toEqual(['[2024] Microservices Migration', '[2024] API Performance Pass']);
    expect(await count(page)).toBe('Showing 8 of 20 lines');
    expect(filters.lastEvent?.detail).toEqual({ year: 2024 });

    await setControl(page, 'select', '', 'change');
    await setControl(page, 'label:nth-of-type(2) select', 'redis', 'change');
    expect(await rows(page)).toEqual(['[2025] Booking Engine Deployed', '-> 1000+ concurrent users handled', '-> Redis distributed locking implemented', '-> Race conditions eliminated from allocation path']);
    expect(filters.lastEvent?.detail).toEqual({ tag: 'redis' });

    await setControl(page, 'label:nth-of-type(2) select', '', 'change');
    await setControl(page, 'input[type=search]', 'reduced', 'input');
    expect(await rows(page)).toEqual(['[2024] API Performance Pass', '-> Latency reduced by 40%', '-> Database load reduced by around 70%']);
    const marks = await page.$eval(TAG, el => [...el.shadowRoot!.querySelectorAll('mark')].map(m => m.textContent));
    expect(marks).toEqual(['reduced', 'reduced']);
    expect(filters.lastEvent?.detail).toEqual({ query: 'reduced' });

    await setControl(page, 'input[type=search]', 'no such thing', 'input');
    expect(await shadowText(page, TAG)).toContain('No lines match the filters.');
    expect(await count(page)).toBe('Showing 0 of 20 lines');
  });

  it('follow keeps the newest line in view, turns off when the user scrolls up, and back on', async () => {
    const page = await open(TAG, { reduced: true, html: `<${TAG} order="asc"></${TAG}>` });
    await appendLines(page, Array.from({ length: 200 }, (_, i) => `tail ${i}`));
    await page.waitForFunction(() => document.querySelector('lbr-log-stream')!.shadowRoot!.textContent!.includes('tail 199'));
    expect((await onScreen(page)).pop()).toContain('tail 199');

    // The user scrolls to the top: follow turns off and new lines do not move the view.
    await page.$eval(TAG, (el, s) => (el.shadowRoot!.querySelector(s as string)!.scrollTop = 0), `.${CSS.viewport}`);
    await page.waitForFunction(() => !(document.querySelector('lbr-log-stream') as any).follow);
    expect(await page.$eval(TAG, (el, s) => (el.shadowRoot!.querySelector(s as string) as HTMLInputElement).checked, `.${CSS.follow} input`)).toBe(false);
    await appendLines(page, ['tail 200']);
    await waitForText(page, TAG, 'Showing 221 of 221');
    expect((await onScreen(page))[0]).toBe('[2022] Backend Foundation Built');

    // Follow on again: jumps to the newest line.
    await page.$eval(TAG, (el, s) => (el.shadowRoot!.querySelector(s as string) as HTMLInputElement).click(), `.${CSS.follow} input`);
    await page.waitForChanges();
    await page.waitForFunction(() => document.querySelector('lbr-log-stream')!.shadowRoot!.textContent!.includes('tail 200'));
    expect((await onScreen(page)).pop()).toContain('tail 200');
  });

  it('newest first, not following: new lines arriving on top do not move the row being read', async () => {
    const page = await open(TAG, { reduced: true });
    await appendLines(page, Array.from({ length: 100 }, (_, i) => `old ${i}`));
    // Lines land once per animation frame: scroll only once they are all in.
    await waitForText(page, TAG, 'Showing 120 of 120');
    await page.$eval(TAG, (el, s) => (el.shadowRoot!.querySelector(s as string)!.scrollTop = 40 * 22), `.${CSS.viewport}`);
    await page.waitForFunction(() => !(document.querySelector('lbr-log-stream') as any).follow);
    await page.waitForChanges();
    const before = (await onScreen(page))[0];
    expect(before).toMatch(/old 59$/);
    await appendLines(page, Array.from({ length: 30 }, (_, i) => `new ${i}`));
    await waitForText(page, TAG, 'Showing 150 of 150');
    await page.waitForChanges();
    expect((await onScreen(page))[0]).toBe(before);
  });

  it('scrolls with the keyboard: the log region is focusable', async () => {
    const page = await open(TAG, { reduced: true });
    await page.$eval(TAG, (el, s) => (el.shadowRoot!.querySelector(s as string) as HTMLElement).focus(), `.${CSS.viewport}`);
    await page.keyboard.press('End');
    // Scrolled to the end (smoothly, so wait for it to settle there).
    await page.waitForFunction(s => {
      const vp = document.querySelector('lbr-log-stream')!.shadowRoot!.querySelector(s as string)!;
      return vp.scrollTop > 0 && vp.scrollTop + vp.clientHeight >= vp.scrollHeight - 1;
    }, {}, `.${CSS.viewport}`);
    await page.waitForChanges();
    expect((await onScreen(page)).pop()).toBe('-> Core product revamp contributed to a 40% boost in user retention');
  });

  it('shows runtime lines appended to the store live, with time and level, and announces them politely', async () => {
    const page = await open(TAG, { reduced: true });
    // The public store action, from the same build the element runs on.
    // A string, so TypeScript leaves the dynamic import alone (it would compile it for Node).
    await kit(page, k => k.appendLog('cache warmed', 'warn', 'host'));
    await waitForText(page, TAG, 'WARN cache warmed');
    const row = await page.$eval(TAG, (el, s) => {
      const r = el.shadowRoot!.querySelector(s as string)!;
      return { cls: r.className, text: r.textContent!.replace(/\s+/g, ' ').trim(), color: getComputedStyle(r).color };
    }, `.${CSS.row}.event`);
    expect(row.cls).toContain('level-warn');
    expect(row.text).toMatch(/^\d\d:\d\d:\d\d WARN cache warmed$/);
    const status = () => page.$eval(TAG, el => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim());
    await page.waitForFunction(() => document.querySelector('lbr-log-stream')!.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes('cache warmed'));

    // A burst of 12 is one summary, not twelve announcements.
    await kit(page, k => { for (let i = 0; i < 12; i++) k.appendLog('burst ' + i, 'error', 'game'); });
    await page.waitForFunction(() => document.querySelector('lbr-log-stream')!.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes('12 new lines'), { timeout: 3000 });
    expect(await status()).toBe('12 new lines');
    expect(await page.$eval(TAG, el => el.shadowRoot!.querySelector('[role="log"]')!.getAttribute('aria-live'))).toBe('off');
    expect((await rows(page))[0]).toMatch(/ERROR burst 11$/);
  });

  it('keeps at most max-lines live lines and shows how many were dropped; clear() empties them', async () => {
    const page = await open(TAG, { reduced: true, html: `<${TAG} max-lines="50"></${TAG}>` });
    await appendLines(page, Array.from({ length: 80 }, (_, i) => ({ text: `line ${i}`, level: 'info' })));
    await waitForText(page, TAG, '30 dropped');
    expect(await count(page)).toBe('Showing 70 of 70 lines · 30 dropped (max 50)');
    expect((await rows(page))[0]).toMatch(/line 79$/);
    await page.$eval(TAG, (el: any) => el.clear());
    await page.waitForChanges();
    expect(await count(page)).toBe('Showing 20 of 20 lines');
  });

  it('on a phone, long lines wrap at words inside the log; a row is whole 22 px lines, continuation lines indented', async () => {
    const page = await open(TAG, { reduced: true });
    await page.setViewport({ width: 390, height: 800 });
    await appendLines(page, [{ text: 'payment provider timed out after three retries; failing over to the secondary region', level: 'warn' }]);
    await page.waitForFunction(c => [...document.querySelector('lbr-log-stream')!.shadowRoot!.querySelectorAll(`.${c.row}`)].some(r => r.querySelectorAll(`.${c.screenLine}`).length > 2), {}, CSS);
    const report = await page.$eval(TAG, (el, c) => {
      const root = el.shadowRoot!;
      const box = root.querySelector(`.${c.viewport}`)!.getBoundingClientRect();
      const range = document.createRange();
      const rows = [...root.querySelectorAll(`.${c.row}`)];
      const lines = rows.map(r => [...r.querySelectorAll<HTMLElement>(`.${c.screenLine}`)]);
      return {
        wrapped: lines.filter(l => l.length > 1).length,
        // Each row exactly as tall as its lines: the arithmetic the window relies on.
        heights: rows.filter((r, i) => Math.abs(r.getBoundingClientRect().height - lines[i].length * 22) > 0.5).map(r => r.textContent),
        // No line reaches past the log's box (its text, without the space it breaks after).
        outside: lines.flat().filter(v => {
          range.selectNodeContents(v);
          return range.getBoundingClientRect().right - (v.textContent!.endsWith(' ') ? 8 : 0) > box.right;
        }).length,
        // A line that does not end in a space broke inside a word: none of these words is longer than a line.
        splitWords: lines.flatMap(l => l.slice(0, -1).map(v => v.textContent!).filter(t => !t.endsWith(' '))),
        indented: lines.filter(l => l.length > 1).every(l => l.slice(1).every(v => parseFloat(getComputedStyle(v).paddingInlineStart) > 0)),
      };
    }, CSS);
    expect(report.wrapped).toBeGreaterThan(3);
    expect(report).toEqual({ wrapped: report.wrapped, heights: [], outside: 0, splitWords: [], indented: true });
    expect((await rows(page))[0]).toMatch(/^\d\d:\d\d:\d\d WARN payment provider timed out after three retries; failing over to the secondary region$/);
  });

  it('100,000 lines leave no more than 100 row elements in the DOM, and scroll', async () => {
    const page = await open(TAG, { reduced: true, html: `<${TAG} max-lines="100000" order="asc"></${TAG}>` });
    await page.$eval(TAG, (el: any) => el.appendLines(Array.from({ length: 100_000 }, (_, i) => `line ${i}`)));
    await waitForText(page, TAG, 'Showing 100,020 of 100,020 lines');
    await page.waitForFunction(() => document.querySelector('lbr-log-stream')!.shadowRoot!.textContent!.includes('line 99999'));
    expect((await rows(page)).length).toBeLessThanOrEqual(100);
    // Halfway down: the rows there are rendered, still a window.
    await page.$eval(TAG, (el, s) => (el.shadowRoot!.querySelector(s as string)!.scrollTop = (20 + 50_000) * 22), `.${CSS.viewport}`);
    await page.waitForFunction(() => document.querySelector('lbr-log-stream')!.shadowRoot!.textContent!.includes('line 50000 '.trim()));
    expect((await onScreen(page))[0]).toContain('line 50000');
    expect((await rows(page)).length).toBeLessThanOrEqual(100);
  });

  it('copies the lines the filters show', async () => {
    const page = await open(TAG, { reduced: true });
    await page.evaluate(() => {
      (navigator.clipboard as any).writeText = async (t: string) => ((window as any).__copied = t);
    });
    await setControl(page, 'input[type=search]', 'redis', 'input');
    await page.$eval(TAG, (el, s) => (el.shadowRoot!.querySelector(s as string) as HTMLButtonElement).click(), `button.${CSS.copy}`);
    await page.waitForFunction(() => (window as any).__copied);
    expect(await page.evaluate(() => (window as any).__copied)).toBe('[2025] Booking Engine Deployed\n-> Redis distributed locking implemented');
    await waitForText(page, TAG, 'Copied 2 lines');
  });

  describe('live source', () => {
    let server: TestServer;
    beforeAll(async () => (server = await startServer()));
    afterAll(() => server.close());

    /** GET requests the server received on `path`. */
    const requests = (path: string) => server.received.filter(r => r.path === path && r.method === 'GET');
    /** The texts of the event rows that end in `<word> <n>`, top to bottom (time and level stripped). */
    const events = async (page: E2EPage, word: string) => (await rows(page)).map(t => t.match(new RegExp(`${word} \\d+$`))?.[0]).filter(Boolean);
    const detail = (page: E2EPage) => page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)?.textContent?.trim() ?? '', `.${CSS.source}`);

    /** An SSE server that resumes correctly: after `Last-Event-ID: n` it sends n+1 onwards, one event every `every` ms, up to `last`. */
    function tail(path: string, last: number, every = 40) {
      server.route(path, (req, res) => {
        let id = Number(req.headers['last-event-id'] ?? 0);
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        const timer = setInterval(() => {
          if (++id > last) return clearInterval(timer);
          res.write(`id: ${id}\ndata: tick ${id}\n\n`);
        }, every);
        // The response's close (the request's fires once its body is read): the client went away.
        res.on('close', () => clearInterval(timer));
      });
    }

    survivesMove(TAG, {
      title: 'moved in the DOM mid-stream, resumes the live source with Last-Event-ID: no line lost or shown twice',
      text: 'tick 30',
      open: async () => {
        tail('/move', 30);
        // Tall enough that every row is in the DOM, so the test sees them all.
        const page = await openLive(`${server.url}/move`, 'src-type="sse" style="--lbr-log-height: 1400px"');
        await waitForText(page, TAG, 'tick 3');
        return page;
      },
      check: async page => {
        // The text wait can pass early: textContent runs rows together, so "tick 3" and the next row's time
        // read "tick 300:22:43" from midnight to 10 am. Wait for the row itself.
        await page.waitForFunction(
          (t: string, row: string) => [...document.querySelector(t)!.shadowRoot!.querySelectorAll(row)].some(r => /\btick 30$/.test((r.textContent ?? '').trim())),
          { timeout: 30000 },
          TAG,
          `.${CSS.row}`,
        );
        expect(await events(page, 'tick')).toEqual(Array.from({ length: 30 }, (_, i) => `tick ${30 - i}`));
        const [first, second, ...more] = requests('/move');
        expect(more).toEqual([]);
        expect(first.headers['last-event-id']).toBeUndefined();
        expect(Number(second.headers['last-event-id'])).toBeGreaterThanOrEqual(3);
      },
    });

    it('resumes Server-Sent Events after a drop with the Last-Event-ID header and the server retry:, showing every line once', async () => {
      const arrived: number[] = [];
      server.route('/sse', (req, res) => {
        arrived.push(Date.now());
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        if (arrived.length === 1) {
          // retry: asks for 1.5 s before reconnecting; then the connection stalls mid-event and drops.
          res.write('retry: 1500\n\nid: 1\ndata: event 1\n\nid: 2\ndata: {"level":"warn","text":"event 2"}\n\nid: 3\ndata: event 3\n\nid: 4\ndata: eve');
          setTimeout(() => res.socket?.destroy(), 150);
        } else {
          // A careless server replays from the last id inclusive: 3 must not show twice.
          for (let id = Number(req.headers['last-event-id'] ?? 0); id <= 6; id++) res.write(`id: ${id}\ndata: event ${id}\n\n`);
        }
      });
      const page = await openLive(`${server.url}/sse`, 'src-type="sse"');
      await waitForText(page, TAG, 'retrying');
      expect(await detail(page)).toMatch(/^The connection dropped; retrying in \d\.\d s \(attempt 1 of 8\)\.$/);
      await waitForText(page, TAG, 'event 6');
      await waitForText(page, TAG, 'live');
      expect(await events(page, 'event')).toEqual(['event 6', 'event 5', 'event 4', 'event 3', 'event 2', 'event 1']);
      expect(requests('/sse').map(r => r.headers['last-event-id'])).toEqual([undefined, '3']);
      expect(arrived[1] - arrived[0]).toBeGreaterThanOrEqual(0.8 * 1500);
      expect((await rows(page)).find(t => t.endsWith('event 2'))).toMatch(/WARN event 2$/);
      expect(await shadowText(page, TAG)).not.toContain('eve ');
    });

    it('backs off more and more from a server that accepts and then drops (the count does not reset on open)', async () => {
      const arrived: number[] = [];
      server.route('/flaky', (_req, res) => {
        arrived.push(Date.now());
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('retry: 150\n\n: accepted, and gone\n\n');
        setImmediate(() => res.socket?.destroy());
      });
      const page = await openLive(`${server.url}/flaky`, 'src-type="sse"');
      await until(() => arrived.length >= 5, 'five connections', 30000);
      await page.$eval(TAG, el => el.removeAttribute('src'));
      const gaps = arrived.slice(1, 5).map((t, i) => t - arrived[i]);
      // Delays start at retry: 150 ms and double (±20%): each gap is at least 0.8 × 150 × 2^i, whatever the load.
      gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(0.8 * 150 * 2 ** i - 5));
      expect(gaps[3]).toBeGreaterThanOrEqual(950);
    });

    it('detects SSE by the content-type of the one request it makes per connect', async () => {
      server.route('/auto', (req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
        if (!req.headers['last-event-id']) {
          res.write('id: a1\ndata: {"level":"error","text":"auto 1"}\n\n');
          setTimeout(() => res.socket?.destroy(), 100);
        } else res.write('id: a2\ndata: auto 2\n\n');
      });
      const page = await openLive(`${server.url}/auto`);
      await waitForText(page, TAG, 'INFO auto 2');
      await waitForText(page, TAG, 'live');
      // Two connects (the first dropped), two requests: no probe before the stream.
      expect(requests('/auto').map(r => [r.headers.accept, r.headers['last-event-id']])).toEqual([
        ['text/event-stream, application/x-ndjson;q=0.9, */*;q=0.8', undefined],
        ['text/event-stream, application/x-ndjson;q=0.9, */*;q=0.8', 'a1'],
      ]);
      expect(await events(page, 'auto')).toEqual(['auto 2', 'auto 1']);
      expect((await rows(page)).find(t => t.endsWith('auto 1'))).toMatch(/ERROR auto 1$/);
    });

    it('reads NDJSON (detected by content-type), resumes a drop from the last id, waits after a clean end, resumes on online and when the tab is shown', async () => {
      const line = (id: number, level = 'info') => JSON.stringify({ id, level, text: `job ${id}`, time: '2026-03-04T05:06:07Z' }) + '\n';
      server.route('/ndjson', (req, res) => {
        const n = requests('/ndjson').length;
        const from = Number(req.headers['last-event-id'] ?? 0) + 1;
        res.writeHead(200, { 'content-type': 'application/x-ndjson' });
        if (n === 1) {
          const chunk = line(1) + line(2, 'error');
          res.write(chunk.slice(0, 20)); // a line split across chunks
          setTimeout(() => res.write(chunk.slice(20) + '{"id":3,"te'), 50);
          setTimeout(() => res.socket?.destroy(), 200); // drops mid-line
        } else {
          // Resumes correctly, then ends: the server is done for now.
          res.end(Array.from({ length: n + 2 - from }, (_, i) => line(from + i)).join(''));
        }
      });
      const page = await openLive(`${server.url}/ndjson`);
      await waitForText(page, TAG, 'job 3');
      const ended = 'The stream ended; resumes when the network is back or the tab is shown again.';
      expect(await settled(() => detail(page), d => d === ended)).toBe(ended);
      // The network goes away and comes back: the browser fires `online` (once the page saw it offline:
      // a switch back before that may never reach it).
      await page.setOfflineMode(true);
      await page.waitForFunction(() => !navigator.onLine, { polling: 50 });
      await page.setOfflineMode(false);
      await waitForText(page, TAG, 'job 4');
      await waitForText(page, TAG, 'closed');
      // The tab is hidden and shown again.
      await setTabHidden(page, true);
      await setTabHidden(page, false);
      await waitForText(page, TAG, 'job 5');
      // Every line once, newest first, and each resume asked from the last id it had. (A loaded browser may
      // fire `online` twice: one resume more, which the server answers with the next line, still each once.)
      const shown = await events(page, 'job');
      const last = Number(shown[0].split(' ')[1]);
      expect(last).toBeGreaterThanOrEqual(5);
      expect(shown).toEqual(Array.from({ length: last }, (_, i) => `job ${last - i}`));
      expect(requests('/ndjson').map(r => r.headers['last-event-id'])).toEqual([undefined, ...Array.from({ length: last - 2 }, (_, i) => String(i + 2))]);
      expect((await rows(page)).find(t => t.endsWith('job 2'))).toMatch(/ERROR job 2$/);
    });

    it('stops with a clear error on a line past the bound, keeping the lines before it', async () => {
      server.route('/endless', (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/x-ndjson' });
        res.write('{"text":"before the flood"}\n');
        // 1.1 million characters and no newline, in 64 kB writes.
        for (let i = 0; i < 17; i++) res.write('x'.repeat(65536));
      });
      const page = await openLive(`${server.url}/endless`);
      await waitForText(page, TAG, 'stopped');
      expect(await detail(page)).toBe('Stopped: A line longer than 1,048,576 characters arrived without a line end.');
      expect(await shadowText(page, TAG)).toContain('INFO before the flood');
      await page.waitForFunction(() => document.querySelector('lbr-log-stream')!.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes('Live source: Stopped: A line longer'));
    });

    it('stops on a refusal (HTTP 404) and says so', async () => {
      const page = await openLive(`${server.url}/nothing-here`, 'src-type="ndjson"');
      await waitForText(page, TAG, 'Stopped: HTTP 404 Not Found.');
    });

    it('src-type="ndjson" reads plain-text lines too', async () => {
      server.route('/plain', (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('first line\nsecond line\n');
      });
      const page = await openLive(`${server.url}/plain`, 'src-type="ndjson"');
      await waitForText(page, TAG, 'INFO second line');
      await waitForText(page, TAG, 'closed');
    });

    it('renders hostile lines from the live source as text, never as markup', async () => {
      server.route('/hostile', (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        PAYLOADS.forEach((p, i) => res.write(`id: h${i}\ndata: ${p}\n\nid: j${i}\ndata: ${JSON.stringify({ level: 'error', text: p })}\n\n`));
      });
      const page = await openLive(`${server.url}/hostile`, 'src-type="sse"');
      for (const p of PAYLOADS) await waitForText(page, TAG, p);
      await setControl(page, 'input[type=search]', 'xss', 'input'); // marks split the payloads too
      await payloadsSettled(page, TAG);
      const report = await page.$eval(TAG, el => ({
        xss: (window as any).__xss,
        injected: el.shadowRoot!.querySelectorAll('img[src="x"], script, svg[onload], a[href^="javascript"], [onerror], [onload]').length,
      }));
      expect(report).toEqual({ xss: undefined, injected: 0 });
    });

    it('stops tailing when removed from the page', async () => {
      let closed = false;
      server.route('/open', (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('data: hello\n\n');
        res.on('close', () => (closed = true));
      });
      const page = await openLive(`${server.url}/open`, 'src-type="sse"');
      await waitForText(page, TAG, 'hello');
      expect(closed).toBe(false);
      await page.$eval(TAG, el => el.remove());
      await until(() => closed, 'the server to see the connection close');
    });
  });

  describe('content changing after the first render', () => {
    const ONE = { logs: [{ year: 2020, title: 'Only entry', lines: ['one line'] }] };

    /** A typing page, well into the intro (more rows typed than the new content has). */
    async function typingPage() {
      const page = await open(TAG);
      // Stencil catches a render error and logs it: console errors count as well as page errors.
      const errors: string[] = [];
      page.on('pageerror', e => errors.push(String(e)));
      page.on('console', m => void (m.type() === 'error' && errors.push(m.text())));
      await page.waitForFunction(s => document.querySelector('lbr-log-stream')!.shadowRoot!.querySelectorAll(s as string).length >= 4, {}, `.${CSS.row}`);
      return { page, errors };
    }

    it('takes the page content set while the intro types (store setContent), without an error', async () => {
      const { page, errors } = await typingPage();
      await kit(page, (k, doc) => k.setContent(doc), ONE);
      await waitForText(page, TAG, 'Showing 2 of 2 lines');
      expect(await rows(page)).toEqual(['[2020] Only entry', '-> one line']);
      expect(errors).toEqual([]);
    });

    it('takes its own content set while the intro types, without an error', async () => {
      const { page, errors } = await typingPage();
      await page.$eval(TAG, (el: any, doc) => (el.content = doc), ONE as any);
      await waitForText(page, TAG, 'Showing 2 of 2 lines');
      expect(await rows(page)).toEqual(['[2020] Only entry', '-> one line']);
      expect(errors).toEqual([]);
    });

    it('refilters when the page content changes to as many rows as before', async () => {
      const page = await open(TAG, { reduced: true });
      await setControl(page, 'input[type=search]', 'redis', 'input');
      const same = { logs: [{ year: 2020, title: 'Cache layer', lines: ['redis cluster', 'nothing else'] }] };
      // Three rows before the search, three after: the filter must run again all the same.
      await kit(page, k => k.setContent({ logs: [{ year: 2019, title: 'A', lines: ['b', 'c'] }] }));
      await waitForText(page, TAG, 'Showing 0 of 3 lines');
      await kit(page, (k, doc) => k.setContent(doc), same);
      await waitForText(page, TAG, 'Showing 2 of 3 lines');
      expect(await rows(page)).toEqual(['[2020] Cache layer', '-> redis cluster']);
    });
  });

  it('emits lbrContentError and keeps the demo for a refused document', async () => {
    const page = await open(TAG, { reduced: true });
    const errors = await page.spyOnEvent('lbrContentError');
    await page.$eval(TAG, (el: any) => (el.content = '{"logs": 3}'));
    await waitForEvents(errors);
    expect(await shadowText(page, TAG)).toContain('Booking Engine Deployed');
  });
});
