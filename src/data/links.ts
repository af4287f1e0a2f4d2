/**
 * Links allow http(s) with a host, and mailto with an address; nothing else.
 * The patterns are also the JSON Schema's (`pattern`); the URL parser then
 * catches what a pattern cannot (`https://:80` has no host). No regex flags:
 * JSON Schema patterns have none, so case is spelt out.
 */
const HTTP = '[hH][tT][tT][pP][sS]?://[^\\s/?#:@][^\\s/?#]*(?:[/?#]\\S*)?';
export const SAFE_HREF = new RegExp(`^(?:${HTTP}|[mM][aA][iI][lL][tT][oO]:[^\\s?@]+@[^\\s?]+(?:\\?\\S*)?)$`);

/** A contact endpoint: a URL relative to the page (no scheme), or http(s) with a host. */
export const SAFE_ENDPOINT = new RegExp(`^(?:${HTTP}|(?![a-zA-Z][a-zA-Z\\d+.-]*:)\\S+)$`);

/** http(s) URLs must name a host; relative ones resolve against a stand-in page. */
function hasHost(url: string): boolean {
  try {
    const parsed = new URL(url, 'https://page.invalid/');
    return /^https?:$/.test(parsed.protocol) && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** True for an http(s) link with a host or a mailto link with an address. */
export function isSafeHref(href: string): boolean {
  return SAFE_HREF.test(href) && (/^mailto:/i.test(href) || hasHost(href));
}

/** True for a relative endpoint or an absolute http(s) one with a host. */
export function isSafeEndpoint(endpoint: string): boolean {
  return SAFE_ENDPOINT.test(endpoint) && hasHost(endpoint);
}

/** Only http(s) and mailto links reach the DOM; anything else renders as plain text. */
export function safeHref(href: string | undefined | null): string | undefined {
  const trimmed = href?.trim();
  return trimmed && isSafeHref(trimmed) ? trimmed : undefined;
}
