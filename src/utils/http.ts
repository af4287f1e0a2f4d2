/**
 * Fetching a document the element was pointed at (`src`, `health-src`, a live
 * source), and saying why it failed the same way everywhere: "HTTP 404 Not Found".
 */

/** A response's status as people read it: `HTTP 503 Service Unavailable` (HTTP/2 has no status text: `HTTP 503`). */
export function httpStatus(res: { status: number; statusText?: string }): string {
  return `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
}

/**
 * GETs `url` and resolves with its text. Rejects with an Error whose message
 * says why: the network's error, or `HTTP 404 Not Found` for a non-2xx answer.
 */
export async function fetchText(url: string | URL, init: RequestInit = {}): Promise<string> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(httpStatus(res));
  return res.text();
}
