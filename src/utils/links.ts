/** Links allow http(s) and mailto only. */
export const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

/** Only http(s) and mailto links reach the DOM; anything else renders as plain text. */
export function safeHref(href: string | undefined | null): string | undefined {
  return href && SAFE_HREF.test(href.trim()) ? href.trim() : undefined;
}
