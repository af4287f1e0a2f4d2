import type { Outbox } from './outbox';
import { draftFor, honeypotVerdict, hostResult, isAutofilled, isQueued, isResend, offersFallback, resendOnLoad, restoreBox } from './queue';

const FIELDS = { name: 'Ada', email: 'ada@example.com', message: 'Hello, a role for you' };
const PAYLOAD = { ...FIELDS, sentAt: '2026-11-24T18:00:00.000Z', page: 'https://you.dev/' };
const queued = (status: Outbox['status']): Outbox => ({ status, key: 'k1', attempts: 1, payload: PAYLOAD });

describe('queue decisions', () => {
  it('a message is queued from submit until delivered', () => {
    expect(isQueued({ status: 'draft', attempts: 0 })).toBe(false);
    for (const status of ['draft', 'sending', 'failed', 'waiting'] as const) expect(isQueued(queued(status))).toBe(true);
    expect(isQueued({ status: 'sent', key: 'k1', attempts: 1 })).toBe(false);
  });

  it('restores a queued message from its draft with its key and first-submit time, and plain text as a draft', () => {
    expect(restoreBox({ ...FIELDS, message: `  ${FIELDS.message}\n`, key: 'k1', sentAt: PAYLOAD.sentAt }, 'https://you.dev/')).toEqual({
      status: 'draft',
      key: 'k1',
      attempts: 0,
      payload: PAYLOAD,
    });
    expect(restoreBox(FIELDS, 'https://you.dev/')).toEqual({ status: 'draft', attempts: 0 });
    expect(restoreBox({ ...FIELDS, key: 'k1' }, 'https://you.dev/')).toEqual({ status: 'draft', attempts: 0 });
  });

  it('resends on load only a restored queued message', () => {
    expect(resendOnLoad(restoreBox({ ...FIELDS, key: 'k1', sentAt: PAYLOAD.sentAt }, 'https://you.dev/'))).toBe(true);
    expect(resendOnLoad(restoreBox(FIELDS, 'https://you.dev/'))).toBe(false);
    expect(resendOnLoad(queued('sending'))).toBe(false);
  });

  it('keeps the key with the draft while the form holds the queued text (spacing aside), and drops it once edited', () => {
    const box = queued('failed');
    expect(isResend(box, { ...FIELDS, name: ' Ada ' })).toBe(true);
    expect(draftFor(FIELDS, box)).toEqual({ ...FIELDS, key: 'k1', sentAt: PAYLOAD.sentAt });
    const edited = { ...FIELDS, message: 'Hello, a different role' };
    expect(isResend(box, edited)).toBe(false);
    expect(draftFor(edited, box)).toEqual(edited);
    expect(draftFor(FIELDS, { status: 'sent', key: 'k1', attempts: 1 })).toEqual(FIELDS);
  });

  it('holds a message when the honeypot is filled, unless the browser autofilled it', () => {
    expect(honeypotVerdict(false, false)).toBe('send');
    expect(honeypotVerdict(true, true)).toBe('send');
    expect(honeypotVerdict(true, false)).toBe('hold');
  });

  it('recognises the browser autofill state, also where the selector is unknown', () => {
    expect(isAutofilled({ matches: (s: string) => s === ':autofill' })).toBe(true);
    expect(isAutofilled({ matches: (s: string) => s === ':-webkit-autofill' })).toBe(true);
    expect(isAutofilled({ matches: () => false })).toBe(false);
    const unknown = (s: string) => {
      if (s === ':autofill') throw new SyntaxError('not a valid selector');
      return s === ':-webkit-autofill';
    };
    expect(isAutofilled({ matches: unknown })).toBe(true);
    expect(isAutofilled(undefined)).toBe(false);
  });

  it('offers mailto and copy without an endpoint, after a failure, while waiting for the network, and when held', () => {
    const draft: Outbox = { status: 'draft', attempts: 0 };
    expect(offersFallback(draft, false, false)).toBe(true);
    expect(offersFallback(draft, true, false)).toBe(false);
    expect(offersFallback(draft, true, true)).toBe(true);
    expect(offersFallback(queued('sending'), true, false)).toBe(false);
    expect(offersFallback(queued('failed'), true, false)).toBe(true);
    expect(offersFallback(queued('waiting'), true, false)).toBe(true);
    expect(offersFallback({ status: 'sent', key: 'k1', attempts: 1 }, true, false)).toBe(false);
  });

  it("turns a host's settle() report into a delivery result", () => {
    expect(hostResult({ ok: true, status: 202 })).toEqual({ ok: true, status: 202 });
    expect(hostResult({ ok: false })).toEqual({ ok: false, status: undefined, reason: 'host', retryable: true });
    expect(hostResult({ ok: false, status: 503, reason: 'quota' })).toEqual({ ok: false, status: 503, reason: 'quota', retryable: true });
    expect(hostResult({ ok: false, status: 422 })).toMatchObject({ retryable: false });
    expect(hostResult({ ok: false, status: 422, retryable: true })).toMatchObject({ retryable: true });
  });
});
