/**
 * One delivery attempt: POST the payload as JSON with its Idempotency-Key,
 * give up after `timeoutMs` (AbortController), and say whether trying again
 * could help. Never throws; never logs (the message is the visitor's).
 * Also the mailto fallback for pages without an endpoint.
 */
import type { ContentIssue } from '../../data/types';
import type { ContactFields, ContactPayload, DeliveryResult } from './outbox';

/** Statuses worth retrying with the same key: the server may accept it later. */
export const isRetryableStatus = (status: number) => status >= 500 || status === 408 || status === 425 || status === 429;

/**
 * The absolute http(s) URL to POST to: `endpoint` may be relative to the page
 * (resolved against `base`, i.e. document.baseURI). Anything else is refused.
 */
export function resolveEndpoint(endpoint: string | undefined | null, base: string): string | undefined {
  const value = endpoint?.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An `endpoint` that is set but cannot be posted to (not a URL, not http(s)): the problem, with its path; else none. */
export function endpointIssues(endpoint: string | undefined, base: string): ContentIssue[] {
  const value = endpoint?.trim();
  return value && !resolveEndpoint(value, base) ? [{ path: 'endpoint', message: `expected an http(s) URL, absolute or relative to the page; got "${value.slice(0, 80)}"` }] : [];
}

/** The page a message was sent from: origin and path, without query or hash (they can hold tokens). */
export function pageOf(href: string): string {
  try {
    const url = new URL(href);
    return url.origin + url.pathname;
  } catch {
    return '';
  }
}

export interface DeliverOptions {
  url: string;
  payload: ContactPayload;
  key: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

export async function deliver({ url, payload, key, timeoutMs, fetch: doFetch = fetch }: DeliverOptions): Promise<DeliveryResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ name: payload.name, email: payload.email, message: payload.message, sentAt: payload.sentAt, page: payload.page }),
      signal: controller.signal,
      // The visitor's message is not a credentialed request to the page's own session.
      credentials: 'omit',
    });
    // Any 2xx is delivered (201 first time, 200 for a duplicate key, 202/204 for queues).
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
    return { ok: false, status: response.status, reason: 'http', retryable: isRetryableStatus(response.status) };
  } catch {
    return { ok: false, reason: timedOut ? 'timeout' : 'network', retryable: true };
  } finally {
    clearTimeout(timer);
  }
}

/** The text of a message as an email body (and for copy to clipboard). */
export function messageText(fields: ContactFields): string {
  const from = [fields.name.trim(), fields.email.trim() ? `<${fields.email.trim()}>` : ''].filter(Boolean).join(' ');
  return from ? `${fields.message.trim()}\n\n— ${from}` : fields.message.trim();
}

/** `mailto:` plus the address, encoded so content cannot smuggle in `?bcc=` or `&body=`. */
export function mailtoAddress(to: string): string {
  return `mailto:${encodeURIComponent(to.trim()).replace(/%40/g, '@')}`;
}

/** `mailto:` link with subject and body, each encodeURIComponent'd (mail clients differ on `+`). */
export function mailtoHref(to: string, fields: ContactFields): string {
  const subject = fields.name.trim() ? `Hello from ${fields.name.trim()}` : 'Hello';
  return `${mailtoAddress(to)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(messageText(fields))}`;
}
