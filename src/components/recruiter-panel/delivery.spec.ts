import { deliver, endpointIssues, isRetryableStatus, mailtoHref, messageText, pageOf, resolveEndpoint } from './delivery';

const payload = { name: 'Ada', email: 'ada@example.com', message: 'Hello there', sentAt: '2026-01-01T00:00:00.000Z', page: 'https://example.com/' };

describe('resolveEndpoint', () => {
  it('resolves relative endpoints against the page', () => {
    expect(resolveEndpoint('/api/contact', 'https://example.com/blog/post')).toBe('https://example.com/api/contact');
    expect(resolveEndpoint('contact', 'https://example.com/blog/post')).toBe('https://example.com/blog/contact');
    expect(resolveEndpoint('https://api.example.org/c', 'https://example.com/')).toBe('https://api.example.org/c');
  });

  it('refuses empty and non-http(s) endpoints', () => {
    expect(resolveEndpoint('', 'https://example.com/')).toBeUndefined();
    expect(resolveEndpoint(undefined, 'https://example.com/')).toBeUndefined();
    expect(resolveEndpoint('javascript:alert(1)', 'https://example.com/')).toBeUndefined();
    expect(resolveEndpoint('data:text/plain,x', 'https://example.com/')).toBeUndefined();
  });
});

describe('endpointIssues', () => {
  it('names a set endpoint that cannot be posted to, and nothing for a usable or absent one', () => {
    for (const bad of ['javascript:alert(1)', 'ftp://x.example/c', 'http://127.0.0.1:99999/contact']) {
      expect(endpointIssues(bad, 'https://example.com/')).toEqual([{ path: 'endpoint', message: `expected an http(s) URL, absolute or relative to the page; got "${bad}"` }]);
    }
    for (const ok of [undefined, '', '  ', '/contact', 'https://api.example.org/c']) expect(endpointIssues(ok, 'https://example.com/')).toEqual([]);
  });
});

describe('pageOf', () => {
  it('drops query and hash', () => {
    expect(pageOf('https://example.com/about?token=secret#contact')).toBe('https://example.com/about');
    expect(pageOf('not a url')).toBe('');
  });
});

describe('deliver', () => {
  it('POSTs the JSON payload with the Idempotency-Key', async () => {
    const fetch = jest.fn(async () => new Response(null, { status: 201 }));
    const result = await deliver({ url: 'https://x.test/c', payload, key: 'k-1', timeoutMs: 1000, fetch: fetch as any });
    expect(result).toEqual({ ok: true, status: 201 });
    const [url, init] = (fetch.mock.calls[0] as any[]) as [string, RequestInit];
    expect(url).toBe('https://x.test/c');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'content-type': 'application/json', 'idempotency-key': 'k-1' });
    expect(JSON.parse(String(init.body))).toEqual(payload);
  });

  it('classifies HTTP errors as retryable or not', async () => {
    const answer = (status: number) => deliver({ url: 'https://x.test', payload, key: 'k', timeoutMs: 1000, fetch: (async () => new Response(null, { status })) as any });
    expect(await answer(503)).toEqual({ ok: false, status: 503, reason: 'http', retryable: true });
    expect(await answer(429)).toEqual({ ok: false, status: 429, reason: 'http', retryable: true });
    expect(await answer(400)).toEqual({ ok: false, status: 400, reason: 'http', retryable: false });
    expect([500, 502, 408, 425, 429].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 422].some(isRetryableStatus)).toBe(false);
  });

  it('times out with AbortController', async () => {
    const hang = (_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect(await deliver({ url: 'https://x.test', payload, key: 'k', timeoutMs: 20, fetch: hang as any })).toEqual({ ok: false, reason: 'timeout', retryable: true });
  });

  it('reports a network error without throwing', async () => {
    const broken = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await deliver({ url: 'https://x.test', payload, key: 'k', timeoutMs: 1000, fetch: broken as any })).toEqual({ ok: false, reason: 'network', retryable: true });
  });
});

describe('mailto', () => {
  it('prefills subject and body, encodeURIComponent-encoded', () => {
    const fields = { name: 'Ada Lovelace', email: 'ada@example.com', message: 'Hi & bye? 100%' };
    expect(messageText(fields)).toBe('Hi & bye? 100%\n\n— Ada Lovelace <ada@example.com>');
    expect(mailtoHref('me@example.com', fields)).toBe(
      `mailto:me@example.com?subject=Hello%20from%20Ada%20Lovelace&body=${encodeURIComponent('Hi & bye? 100%\n\n— Ada Lovelace <ada@example.com>')}`,
    );
  });

  it('works with an empty form', () => {
    expect(mailtoHref('me@example.com', { name: '', email: '', message: '' })).toBe('mailto:me@example.com?subject=Hello&body=');
  });
});
