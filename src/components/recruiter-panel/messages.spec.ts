import { heldNotice, invalidNotice, NOTICES, refusalNotice, statusLine, statusText } from './messages';
import type { Outbox } from './outbox';

const ctx = { timeoutMs: 10000, notice: '', email: true, endpoint: true };
const failed = (failure: Outbox['failure'], attempts = 1): Outbox => ({ status: 'failed', key: 'k', attempts, failure });

describe('status text', () => {
  it('says where the message stands', () => {
    expect(statusText({ status: 'draft', attempts: 0 }, ctx)).toBe('');
    expect(statusText({ status: 'sending', attempts: 1 }, ctx)).toBe('Sending…');
    expect(statusText({ status: 'sending', attempts: 3 }, ctx)).toBe('Sending… (attempt 3)');
    expect(statusText({ status: 'sent', key: '3f2a9c1e-5b7d-4c1a-9e8f-0a1b2c3d4e5f', attempts: 1, sentStatus: 201 }, ctx)).toBe('Delivered. Receipt 3f2a9c1e (HTTP 201).');
    expect(statusText({ status: 'sent', attempts: 1 }, ctx)).toBe('Delivered.');
    expect(statusText({ status: 'draft', key: 'k', attempts: 0 }, ctx)).toBe('Not delivered yet: your message is kept. Send to try again.');
  });

  it('after a failure: why, when it retries, and the other ways to send it', () => {
    expect(statusText(failed({ ok: false, reason: 'http', status: 503, retryable: true }), ctx)).toBe(
      'Not delivered: the server answered HTTP 503. Your message is kept; retrying in 4 s. You can also send it by email or copy it.',
    );
    expect(statusText(failed({ ok: false, reason: 'timeout', retryable: true }, 3), { ...ctx, timeoutMs: 1500, email: false })).toBe(
      'Not delivered: no answer within 1.5 s. Your message is kept; retrying in 60 s. You can also copy it and send it another way.',
    );
    expect(statusText(failed({ ok: false, reason: 'network', retryable: true }, 4), ctx)).toMatch(/^Not delivered: the server could not be reached\. Your message is kept\. You can also/);
    expect(statusText(failed({ ok: false, reason: 'http', status: 422, retryable: false }), ctx)).toMatch(/HTTP 422\. Your message is kept\. You can/);
    expect(statusText(failed({ ok: false, reason: 'endpoint', retryable: false }), { ...ctx, endpoint: false })).toBe(
      'Not delivered: the endpoint is not a usable http(s) URL. Your message is kept.',
    );
    expect(statusText(failed({ ok: false, reason: 'quota', status: 507 }), ctx)).toMatch(/^Not delivered: HTTP 507\./);
    expect(statusText(failed({ ok: false, reason: 'host' }), ctx)).toMatch(/^Not delivered: delivery failed\./);
    expect(statusText({ status: 'waiting', key: 'k', attempts: 0 }, ctx)).toBe(
      'Waiting for network: your message is kept and will be sent when you are back online. You can also send it by email or copy it.',
    );
  });

  it('joins the state and a one-off notice into the status line', () => {
    expect(statusLine({ status: 'draft', key: 'k', attempts: 0 }, { ...ctx, notice: NOTICES.copied })).toBe(NOTICES.copied);
    expect(statusLine({ status: 'sent', attempts: 1 }, { ...ctx, notice: 'Later note.' })).toBe('Delivered. Later note.');
    expect(statusLine({ status: 'draft', attempts: 0 }, ctx)).toBe('');
  });

  it('notices say what to do', () => {
    expect(invalidNotice(1)).toBe('Not sent: 1 field needs attention.');
    expect(invalidNotice(3)).toBe('Not sent: 3 fields need attention.');
    expect(refusalNotice({ reason: 'too-fast', waitMs: 2100 })).toBe('Not sent yet: please check your message, then send again in 3 s.');
    expect(refusalNotice({ reason: 'rate-limited', waitMs: 20000 })).toBe('You sent a message a moment ago. You can send another in 20 s.');
    expect(refusalNotice({ reason: 'busy' })).toBe('');
    expect(heldNotice(true)).toMatch(/Not sent: .*Your message is still here: send it by email or copy it\.$/);
    expect(heldNotice(false)).toMatch(/copy it and send it another way\.$/);
    expect(NOTICES.storage).toMatch(/not across a reload/);
  });
});
