/**
 * The heading tag for a `heading-level` attribute, clamped to h1–h6 (an
 * attribute can hold anything); `offset` gives the level below for sub-headings.
 */
export function headingTag(level: unknown, offset = 0): string {
  const n = Math.round(Number(level)) || 2;
  return `h${Math.min(6, Math.max(1, n + offset))}`;
}
