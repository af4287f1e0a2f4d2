import { FORMATS_HINT } from './health';
import { HealthPoller, MAX_BACKOFF_MS, PollEnv, PollState, intervalMs, liveStatus, nextDelay } from './health-poll';

/** A clock, timers and a fetch the test answers by hand: every request waits until the test resolves it. */
function fakeEnv() {
  let now = 1_000_000;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const requests: { url: string; init: RequestInit; answer(status: number, body: string): void; fail(): void }[] = [];
  const env: PollEnv = {
    fetch: (url, init) =>
      new Promise((resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new Error('aborted')));
        requests.push({ url, init, answer: (status, body) => resolve({ ok: status < 400, status, text: async () => body }), fail: () => reject(new TypeError('Failed to fetch')) });
      }),
    setTimeout: (fn, ms) => {
      timers.set(++seq, { at: now + ms, fn });
      return seq;
    },
    clearTimeout: id => void timers.delete(id as number),
    now: () => now,
  };
  /** Moves the clock on, firing due timers in order. */
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!next || next[1].at > end) break;
      timers.delete(next[0]);
      now = next[1].at;
      next[1].fn();
      await settle();
    }
    now = end;
  };
  return { env, requests, advance, pending: () => timers.size };
}

const settle = () => new Promise(r => setImmediate(r));
const statuspage = (status: string) => JSON.stringify({ components: [{ id: 'pg', name: 'PostgreSQL', status }] });

function poller(interval = 30_000, url = 'https://status.example.com/api/v2/components.json') {
  const f = fakeEnv();
  const states: PollState[] = [];
  const p = new HealthPoller(url, interval, s => states.push({ ...s }), f.env);
  return { ...f, p, states, last: () => states[states.length - 1] };
}

describe('HealthPoller', () => {
  it('polls at once when the map is visible, then every interval after each answer', async () => {
    const t = poller();
    t.p.setActive(true);
    expect(t.requests).toHaveLength(1);
    expect(t.requests[0].init.cache).toBe('no-store');
    t.requests[0].answer(200, statuspage('major_outage'));
    await settle();
    expect(t.last().report!.entries.get('postgresql')).toBe('down');
    expect(t.last()).toMatchObject({ error: '', failures: 0, next: 30_000, updated: 1_000_000 });
    await t.advance(29_999);
    expect(t.requests).toHaveLength(1);
    await t.advance(1);
    expect(t.requests).toHaveLength(2);
  });

  it('does not poll while the map cannot be seen; a poll that fell due runs as soon as it can', async () => {
    const t = poller();
    t.p.setActive(false);
    await t.advance(120_000);
    expect(t.requests).toHaveLength(0);
    t.p.setActive(true);
    expect(t.requests).toHaveLength(1);
    t.requests[0].answer(200, statuspage('operational'));
    await settle();
    t.p.setActive(false);
    await t.advance(10 * 30_000);
    expect(t.requests).toHaveLength(1);
    t.p.setActive(true);
    expect(t.requests).toHaveLength(2);
  });

  it('never has two requests in flight: a slow answer holds the next poll back, a hung one times out', async () => {
    const t = poller(1000);
    t.p.setActive(true);
    await t.advance(999);
    t.p.setActive(true); // visibility flickers: still one request
    expect(t.requests).toHaveLength(1);
    await t.advance(1); // the timeout (the interval, when shorter than 10 s)
    expect(t.last()).toMatchObject({ error: 'no answer within 1 s', failures: 1, next: 2000 });
    expect(t.requests).toHaveLength(1);
    await t.advance(2000);
    expect(t.requests).toHaveLength(2);
  });

  it('backs off while failing (doubling, capped), keeps the last good report, and recovers', async () => {
    const t = poller(60_000);
    t.p.setActive(true);
    t.requests[0].answer(200, statuspage('major_outage'));
    await settle();
    const good = t.last().report;
    const delays: number[] = [];
    for (let k = 1; k <= 4; k++) {
      await t.advance(t.last().next);
      t.requests[k].answer(503, 'Service Unavailable');
      await settle();
      delays.push(t.last().next);
      expect(t.last().report).toBe(good);
      expect(t.last().error).toBe('the server answered HTTP 503');
    }
    expect(delays).toEqual([120_000, 240_000, MAX_BACKOFF_MS, MAX_BACKOFF_MS]);
    await t.advance(MAX_BACKOFF_MS);
    t.requests[5].answer(200, statuspage('operational'));
    await settle();
    expect(t.last()).toMatchObject({ error: '', failures: 0, next: 60_000 });
    expect(t.last().report!.entries.get('postgresql')).toBe('ok');
  });

  it('survives garbage: not JSON, JSON of another shape, a network error', async () => {
    const t = poller(5000);
    t.p.setActive(true);
    t.requests[0].answer(200, statuspage('operational'));
    await settle();
    await t.advance(5000);
    t.requests[1].answer(200, '<html>Bad gateway</html>');
    await settle();
    expect(t.last().error).toBe('the answer is not JSON');
    await t.advance(t.last().next);
    t.requests[2].answer(200, '{"hello": "world"}');
    await settle();
    expect(t.last().error).toContain(FORMATS_HINT);
    await t.advance(t.last().next);
    t.requests[3].fail();
    await settle();
    expect(t.last().error).toContain('network error');
    expect(t.last().failures).toBe(3);
    expect(t.last().report!.entries.get('postgresql')).toBe('ok');
  });

  it('stop() aborts the request in flight and polls no more', async () => {
    const t = poller();
    t.p.setActive(true);
    t.p.stop();
    await settle();
    expect(t.requests[0].init.signal!.aborted).toBe(true);
    expect(t.states).toEqual([]);
    t.p.setActive(true);
    await t.advance(10 * 60_000);
    expect(t.requests).toHaveLength(1);
    expect(t.pending()).toBe(0);
  });

  it('Uptime Kuma: fetches monitor names from the status page beside the heartbeat URL', async () => {
    const t = poller(30_000, 'https://kuma.example.com/api/status-page/heartbeat/prod');
    t.p.setActive(true);
    t.requests[0].answer(200, JSON.stringify({ heartbeatList: { '7': [{ status: 1 }, { status: 0 }] }, uptimeList: {} }));
    await settle();
    expect(t.requests[1].url).toBe('https://kuma.example.com/api/status-page/prod');
    t.requests[1].answer(200, JSON.stringify({ config: {}, publicGroupList: [{ monitorList: [{ id: 7, name: 'PostgreSQL' }] }] }));
    await settle();
    expect(t.last().report!.entries.get('postgresql')).toBe('down');
    // Known monitors: the next poll asks for heartbeats only.
    await t.advance(30_000);
    t.requests[2].answer(200, JSON.stringify({ heartbeatList: { '7': [{ status: 1 }] } }));
    await settle();
    expect(t.requests).toHaveLength(3);
    expect(t.last().report!.entries.get('postgresql')).toBe('ok');
  });
});

describe('timing rules', () => {
  it('nextDelay: the interval, doubling per failure, capped at 5 minutes (or the interval if longer)', () => {
    expect(nextDelay(30_000, 0)).toBe(30_000);
    expect(nextDelay(30_000, 1)).toBe(60_000);
    expect(nextDelay(30_000, 3)).toBe(240_000);
    expect(nextDelay(30_000, 50)).toBe(MAX_BACKOFF_MS);
    expect(nextDelay(600_000, 2)).toBe(600_000);
    expect(nextDelay(10, 0)).toBe(1000);
  });
  it('intervalMs: seconds from the attribute, default 30, at least 1', () => {
    expect(intervalMs(undefined)).toBe(30_000);
    expect(intervalMs('5')).toBe(5000);
    expect(intervalMs(0.2)).toBe(1000);
    expect(intervalMs('soon')).toBe(30_000);
    expect(intervalMs(-3)).toBe(30_000);
  });
});

describe('liveStatus', () => {
  const base: PollState = { report: null, updated: 0, error: '', failures: 0, next: 30_000 };
  const report = { format: 'map' as const, entries: new Map() };
  const time = () => '12:00:00';
  it('says loading, then how many services the document covers', () => {
    expect(liveStatus(base, 0, 14, time)).toEqual({ text: 'Live health: loading…', when: '', stale: false });
    expect(liveStatus({ ...base, report, updated: 1 }, 12, 14, time)).toEqual({ text: 'Live health: 12 of 14 services in the status document.', when: 'updated 12:00:00', stale: false });
  });
  it('says stale, why and when it retries, keeping the time of the last good health', () => {
    const s = liveStatus({ ...base, report, updated: 1, error: 'the server answered HTTP 503', failures: 2, next: 120_000 }, 12, 14, time);
    expect(s).toEqual({ text: 'Live health is stale: the server answered HTTP 503; showing the last good health, retrying in 2 min.', when: 'updated 12:00:00', stale: true });
    expect(liveStatus({ ...base, error: 'the answer is not JSON', failures: 1, next: 60_000 }, 0, 14, time).text).toBe('No live health: the answer is not JSON; retrying in 1 min.');
    expect(liveStatus({ ...base, error: 'health-src "http://[" is not a URL', failures: 1, next: 0 }, 0, 14, time).text).toBe('No live health: health-src "http://[" is not a URL.');
  });
});
