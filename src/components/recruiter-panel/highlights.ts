/**
 * Splits pitch text around its highlighted phrases, so the element can wrap
 * each phrase in its own span (drawn with a CSS stroke) and still render
 * everything as text. Case-insensitive, first match wins, no overlaps.
 */

export interface Segment {
  text: string;
  mark: boolean;
}

export function splitHighlights(text: string, phrases: readonly string[] = []): Segment[] {
  const wanted = phrases.map(p => p.trim()).filter(Boolean);
  const lower = text.toLowerCase();
  const segments: Segment[] = [];
  let at = 0;
  while (at < text.length) {
    // The earliest phrase from `at`; on a tie the longer one.
    let best = -1;
    let bestLen = 0;
    for (const phrase of wanted) {
      const i = lower.indexOf(phrase.toLowerCase(), at);
      if (i >= 0 && (best < 0 || i < best || (i === best && phrase.length > bestLen))) {
        best = i;
        bestLen = phrase.length;
      }
    }
    if (best < 0) break;
    if (best > at) segments.push({ text: text.slice(at, best), mark: false });
    segments.push({ text: text.slice(best, best + bestLen), mark: true });
    at = best + bestLen;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
