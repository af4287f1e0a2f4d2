import { createKey, edit, enqueue, initialOutbox, Outbox, refusal, resendOnOnline, retryDelay, RETRY_SCHEDULE, settle, shortKey, start } from './outbox';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const fields = { name: 'Ada', email: 'ada@example.com', message: 'Hello there, world' };
const policy = { minFillMs: 3000, minIntervalMs: 30000 };

let n = 0;
const ctx = () => ({ now: 1_700_000_000_000, page: 'https://example.com/about', newKey: () => `key-${++n}` });

function queued(): Outbox {
  return enqueue(initialOutbox(), fields, ctx());
}

describe('createKey', () => {
  it('uses crypto.randomUUID when there is one', () => {
    expect(createKey({ randomUUID: () => 'from-random-uuid', getRandomValues: (a: any) => a } as any)).toBe('from-random-uuid');
  });

  it('falls back to getRandomValues, formatted as a v4 UUID', () => {
    const key = createKey({ getRandomValues: <T extends ArrayBufferView | null>(a: T) => (a as any).fill(0xab) && a } as any);
    expect(key).toMatch(UUID);
    expect(key).toBe('abababab-abab-4bab-abab-abababababab');
  });

  it('falls back to getRandomValues when randomUUID throws (non-secure context)', () => {
    const key = createKey({ randomUUID: () => { throw new Error('insecure'); }, getRandomValues: (a: any) => a.fill(1) } as any);
    expect(key).toMatch(UUID);
  });

  it('still makes distinct UUIDs without any crypto', () => {
    const a = createKey(undefined as any);
    expect(a).toMatch(UUID);
  });

  it('shortKey is the first 8 hex digits', () => {
    expect(shortKey('3f2a9c1e-aaaa-4bbb-8ccc-dddddddddddd')).toBe('3f2a9c1e');
  });
});

describe('outbox transitions', () => {
  it('queues a message with a key, a frozen payload and no attempts', () => {
    const box = queued();
    expect(box.status).toBe('draft');
    expect(box.key).toMatch(/^key-/);
    expect(box.payload).toEqual({ ...fields, sentAt: '2023-11-14T22:13:20.000Z', page: 'https://example.com/about' });
    expect(box.attempts).toBe(0);
  });

  it('sending → sent on 2xx, remembering when for the rate limit', () => {
    const sending = start(queued(), true);
    expect(sending).toMatchObject({ status: 'sending', attempts: 1 });
    const sent = settle(sending, { ok: true, status: 201 }, { now: 5, online: true });
    expect(sent).toEqual({ status: 'sent', key: sending.key, attempts: 1, sentStatus: 201, lastSentAt: 5 });
  });

  it('never starts a second attempt while sending', () => {
    const sending = start(queued(), true);
    expect(start(sending, true)).toBe(sending);
    expect(enqueue(sending, { ...fields, message: 'changed text here' }, ctx())).toBe(sending);
    expect(refusal(sending, 10_000, 0, policy)).toEqual({ reason: 'busy' });
  });

  it('keeps the key on every retry of the same text, and makes a new one for new text', () => {
    const failed = settle(start(queued(), true), { ok: false, status: 500, reason: 'http', retryable: true }, { now: 1, online: true });
    expect(failed.status).toBe('failed');
    const again = enqueue(failed, { ...fields }, ctx());
    expect(again.key).toBe(failed.key);
    expect(again.payload).toBe(failed.payload);
    const retried = start(again, true);
    expect(retried).toMatchObject({ status: 'sending', attempts: 2, key: failed.key });
    const edited = enqueue(failed, { ...fields, message: 'A different message' }, ctx());
    expect(edited.key).not.toBe(failed.key);
    expect(edited.attempts).toBe(0);
  });

  it('offline: waits instead of sending, and a network error while offline is "waiting", not "failed"', () => {
    const waiting = start(queued(), false);
    expect(waiting).toMatchObject({ status: 'waiting', attempts: 0, failure: { reason: 'offline' } });
    expect(resendOnOnline(waiting)).toBe(true);
    const lost = settle(start(queued(), true), { ok: false, reason: 'network', retryable: true }, { now: 1, online: false });
    expect(lost.status).toBe('waiting');
    const online = settle(start(queued(), true), { ok: false, reason: 'network', retryable: true }, { now: 1, online: true });
    expect(online.status).toBe('failed');
  });

  it('ignores results that arrive when nothing is sending', () => {
    const box = queued();
    expect(settle(box, { ok: true, status: 200 }, { now: 1, online: true })).toBe(box);
  });

  it('an edit after a delivery starts a fresh draft but keeps the rate limit', () => {
    const sent = settle(start(queued(), true), { ok: true, status: 200 }, { now: 42, online: true });
    expect(edit(sent)).toEqual({ status: 'draft', attempts: 0, lastSentAt: 42 });
    const failed = settle(start(queued(), true), { ok: false, reason: 'timeout', retryable: true }, { now: 1, online: true });
    expect(edit(failed)).toBe(failed);
  });
});

describe('backoff', () => {
  const failAfter = (attempts: number, retryable = true): Outbox => ({ status: 'failed', attempts, key: 'k', failure: { ok: false, reason: 'http', status: 503, retryable } });

  it('follows the schedule, then leaves it to the visitor', () => {
    expect(RETRY_SCHEDULE.map((_, i) => retryDelay(failAfter(i + 1)))).toEqual([...RETRY_SCHEDULE]);
    expect(retryDelay(failAfter(RETRY_SCHEDULE.length + 1))).toBeUndefined();
  });

  it('does not retry what retrying cannot fix (e.g. 400), nor anything not failed', () => {
    expect(retryDelay(failAfter(1, false))).toBeUndefined();
    expect(resendOnOnline(failAfter(1, false))).toBe(false);
    expect(retryDelay({ status: 'waiting', attempts: 1 })).toBeUndefined();
  });
});

describe('abuse checks', () => {
  it('refuses a send before the minimum time on the form', () => {
    expect(refusal(initialOutbox(), 1000, 0, policy)).toEqual({ reason: 'too-fast', waitMs: 2000 });
    expect(refusal(initialOutbox(), 3000, 0, policy)).toBeUndefined();
  });

  it('lets a resend of the queued message through at once, even right after a reload reset the form timer', () => {
    const queued: Outbox = { status: 'draft', key: 'k', attempts: 0, lastSentAt: 100_000 };
    expect(refusal(queued, 100_500, 100_000, policy, true)).toBeUndefined();
    expect(refusal({ ...queued, status: 'sending' }, 100_500, 100_000, policy, true)).toEqual({ reason: 'busy' });
  });

  it('allows one delivered message per interval; retries of a queued one are not limited', () => {
    const box: Outbox = { status: 'draft', attempts: 0, lastSentAt: 100_000 };
    expect(refusal(box, 110_000, 0, policy)).toEqual({ reason: 'rate-limited', waitMs: 20_000 });
    expect(refusal(box, 110_000, 0, policy, true)).toBeUndefined();
    expect(refusal(box, 130_000, 0, policy)).toBeUndefined();
  });
});
