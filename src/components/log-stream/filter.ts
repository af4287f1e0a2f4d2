/**
 * Which rows show under the filters, and where the search matches inside a
 * row. A content header shows whenever any row of its entry shows, so a
 * matched line never loses its `[year] title`.
 */
import { LogRow, rowYear } from './parse';

export interface LogFilter {
  year?: number;
  tag?: string;
  query?: string;
}

/** The filter from the element's props, as attributes give them (`year` may be a string, empty or not a number). */
export function toFilter(year: unknown, tag?: string, query?: string): LogFilter {
  const f: LogFilter = {};
  if (year !== undefined && year !== null && String(year) !== '' && !Number.isNaN(Number(year))) f.year = Number(year);
  if (tag) f.tag = tag;
  if (query) f.query = query;
  return f;
}

export function isActive(f: LogFilter): boolean {
  return f.year !== undefined || !!f.tag || !!f.query?.trim();
}

/** Does the row pass year and tag (its entry's, for content rows)? */
function passesFacets(row: LogRow, f: LogFilter): boolean {
  if (f.year !== undefined && rowYear(row) !== f.year) return false;
  if (f.tag && !row.tags?.includes(f.tag)) return false;
  return true;
}

/**
 * Indices (into `0..count`) of the rows that show, in order. `rowAt(i)` gives
 * row i, so the caller can filter a ring buffer or a reversed view without
 * copying it. Returns null when no filter is active (every row shows).
 */
export function filterRows(count: number, rowAt: (i: number) => LogRow, f: LogFilter): number[] | null {
  if (!isActive(f)) return null;
  const q = f.query?.trim().toLowerCase() ?? '';
  const out: number[] = [];
  // Header of the current entry, waiting until one of its rows shows.
  let header = -1;
  let headerGroup: number | undefined;
  let headerShown = false;
  let headerMatched = false;
  for (let i = 0; i < count; i++) {
    const row = rowAt(i);
    if (!passesFacets(row, f)) continue;
    const matches = !q || row.text.toLowerCase().includes(q) || (row.kind === 'header' && String(row.year).includes(q));
    if (row.kind === 'header') {
      header = i;
      headerGroup = row.group;
      headerShown = matches;
      headerMatched = matches;
      if (matches) out.push(i);
      continue;
    }
    const inEntry = row.kind === 'line' && row.group === headerGroup && header >= 0;
    // A matched title shows its whole entry.
    if (!(matches || (inEntry && headerMatched))) continue;
    if (inEntry && !headerShown) {
      out.push(header);
      headerShown = true;
    }
    out.push(i);
  }
  return out;
}

/** Non-overlapping [start, end) ranges of `query` in `text`, case-insensitive. */
export function matchRanges(text: string, query: string | undefined): Array<[number, number]> {
  const q = query?.trim().toLowerCase();
  if (!q) return [];
  const lower = text.toLowerCase();
  const ranges: Array<[number, number]> = [];
  for (let at = lower.indexOf(q); at >= 0; at = lower.indexOf(q, at + q.length)) ranges.push([at, at + q.length]);
  return ranges;
}

/** `text` (or its part [from, to): one screen line) cut into plain and marked pieces, for rendering matches as <mark>. */
export function segments(text: string, query: string | undefined, from = 0, to = text.length): Array<{ text: string; mark: boolean }> {
  const out: Array<{ text: string; mark: boolean }> = [];
  let at = from;
  for (const [s, e] of matchRanges(text, query)) {
    if (e <= at || s >= to) continue;
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(Math.max(s, at), Math.min(e, to)), mark: true });
    at = Math.min(e, to);
  }
  if (at < to || !out.length) out.push({ text: text.slice(at, to), mark: false });
  return out;
}
