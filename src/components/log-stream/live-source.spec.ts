import { describeConnection, MAX_ATTEMPTS } from './connection';
import { backoffDelay, retryable, retryAfter } from './live-source';

describe('backoffDelay', () => {
  it('doubles from 500 ms and caps at 15 s', () => {
    const mid = () => 0.5; // no jitter
    expect([0, 1, 2, 3, 4, 5, 10].map(a => backoffDelay(a, mid))).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000]);
  });

  it('jitters by ±20%', () => {
    expect(backoffDelay(2, () => 0)).toBe(1600);
    expect(backoffDelay(2, () => 1)).toBe(2400);
  });

  it('starts from the server retry: and never goes below it', () => {
    const mid = () => 0.5;
    expect([0, 1, 2].map(a => backoffDelay(a, mid, 300))).toEqual([300, 600, 1200]);
    expect([0, 3].map(a => backoffDelay(a, mid, 60000))).toEqual([60000, 60000]);
  });
});

describe('retryAfter / retryable', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfter('3')).toBe(3000);
    expect(retryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10000);
    expect(retryAfter(null)).toBe(0);
    expect(retryAfter('soon')).toBe(0);
  });

  it('retries busy and failing servers, not refusals', () => {
    expect([500, 502, 503, 408, 429, 404, 401, 400].map(retryable)).toEqual([true, true, true, true, true, false, false, false]);
  });
});

describe('describeConnection', () => {
  it('says why and what happens next', () => {
    expect(describeConnection('live', { attempt: 0 })).toEqual({ badge: 'live' });
    expect(describeConnection('retrying', { attempt: 2, retryIn: 2000, reason: 'HTTP 503' })).toEqual({
      badge: 'retrying in 2.0 s',
      detail: `HTTP 503; retrying in 2.0 s (attempt 2 of ${MAX_ATTEMPTS}).`,
    });
    expect(describeConnection('closed', { attempt: 0, reason: 'the stream ended', resumes: true }).detail).toBe('The stream ended; resumes when the network is back or the tab is shown again.');
    expect(describeConnection('closed', { attempt: 0, reason: 'HTTP 404 Not Found' })).toEqual({ badge: 'stopped', detail: 'Stopped: HTTP 404 Not Found.', stopped: true });
  });
});
