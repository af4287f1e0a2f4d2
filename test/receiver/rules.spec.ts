/**
 * The receiver's pure rules, in process: which address a rate limit counts, the
 * sliding window and its Retry-After, and field validation. (The HTTP behaviour
 * is tested on the real bin in receiver.e2e.ts.)
 */
import { clientKey, RateLimiter } from '../../receiver/rate-limit.mjs';
import { keyError, validateMessage } from '../../receiver/validate.mjs';

describe('rate limit', () => {
  it('counts IPv4 by address, IPv4-mapped IPv6 as IPv4, and IPv6 by its /64', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0db8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });

  it('allows N per sliding minute, then says exactly how long to wait; 0 is off', () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    for (const t of [0, 10_000, 20_000]) {
      now = t;
      expect(limiter.take('198.51.100.1')).toBe(0);
    }
    now = 30_000;
    expect(limiter.take('198.51.100.1')).toBe(30_000); // the oldest (t=0) leaves the window at 60 s
    expect(limiter.take('198.51.100.2')).toBe(0); // another address is not held back
    expect(limiter.take('2001:db8:1:2::5')).toBe(0);
    now = 60_000;
    expect(limiter.take('198.51.100.1')).toBe(0);
    expect(limiter.take('198.51.100.1')).toBe(10_000);
    now = 200_000;
    limiter.prune();
    expect(limiter.hits.size).toBe(0);
    const off = new RateLimiter(0, () => now);
    for (let i = 0; i < 100; i++) expect(off.take('198.51.100.1')).toBe(0);
  });
});

describe('validation', () => {
  const ok = { name: ' Ada ', email: 'ada@example.com', message: 'Hello\tthere,\nline two', sentAt: '2026-11-24T18:00:00Z', page: 'https://you.dev/about' };

  it('accepts the contract, trimmed, with sentAt in ISO form; ignores fields it does not know', () => {
    expect(validateMessage({ ...ok, extra: 'dropped' })).toEqual({
      ok: true,
      value: { name: 'Ada', email: 'ada@example.com', message: 'Hello\tthere,\nline two', sentAt: '2026-11-24T18:00:00.000Z', page: 'https://you.dev/about' },
    });
  });

  it('takes sentAt from the arrival time and page as empty when a client leaves them out', () => {
    const now = new Date('2026-11-25T08:00:00.000Z');
    expect(validateMessage({ name: 'Ada', email: 'ada@example.com', message: 'Hi' }, now)).toEqual({
      ok: true,
      value: { name: 'Ada', email: 'ada@example.com', message: 'Hi', sentAt: now.toISOString(), page: '' },
    });
  });

  it('names each bad field and says what it expects', () => {
    const result = validateMessage({ name: 'x'.repeat(101), email: 'a@b', message: 'bell\u0007', sentAt: 5, page: 'ftp://x' });
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'name', message: 'at most 100 characters (got 101)' },
        { path: 'email', message: 'expected an email address like name@example.com' },
        { path: 'message', message: 'control characters are not allowed' },
        { path: 'sentAt', message: 'expected an ISO 8601 time like 2026-11-24T18:00:00.000Z' },
        { path: 'page', message: 'expected an http(s) URL of at most 2048 characters' },
      ],
    });
    expect(validateMessage(null)).toMatchObject({ ok: false, errors: [{ path: '' }] });
  });

  it('wants one printable Idempotency-Key of at most 128 characters', () => {
    expect(keyError('3f2a9c1e-5b7d-4c1a-9e8f-0a1b2c3d4e5f')).toBeUndefined();
    expect(keyError(undefined)).toMatch(/required/);
    expect(keyError('')).toMatch(/required/);
    expect(keyError(['a', 'b'])).toMatch(/one Idempotency-Key/);
    expect(keyError('x'.repeat(129))).toMatch(/1–128 printable ASCII/);
    expect(keyError('ключ')).toMatch(/printable ASCII/);
  });
});
