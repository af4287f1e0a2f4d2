/**
 * Windowing for rows of whole screen lines: which rows to put in the DOM for
 * a scroll position. Every screen line has one fixed height, and a row's first
 * line is known (`tops[i]`, a running sum, or simply i when every row is one
 * line), so the whole job is arithmetic and a binary search: no measuring, no
 * library. The spacer is `total * lineHeight` tall and only the window is rendered.
 */
export interface RowWindow {
  /** First row rendered (inclusive). */
  start: number;
  /** Last row rendered (exclusive). */
  end: number;
}

/** Hard cap on rendered rows, whatever the viewport height. */
export const MAX_RENDERED = 100;

/** The row that holds screen line `line` (the last row for a line past the end; 0 when there are none). */
export function rowAtLine(tops: ArrayLike<number>, count: number, line: number): number {
  let lo = 0;
  let hi = count - 1;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid] <= line) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Where rows sit, in screen lines: `top(i)` is row i's first line, `rowAt(line)` the row that holds a line. */
export interface LineIndex {
  top(i: number): number;
  rowAt(line: number): number;
}

/** The rows (of `count`) to render when row `first` is the first in view and the viewport is `lines` screen lines tall. */
export function rowWindow(index: LineIndex, count: number, first: number, lines: number, overscan = 8): RowWindow {
  if (count <= 0) return { start: 0, end: 0 };
  first = Math.min(Math.max(0, first), count - 1);
  const last = index.rowAt(index.top(first) + Math.max(1, lines));
  const start = Math.max(0, first - overscan);
  let end = Math.min(count, last + 1 + overscan);
  if (end - start > MAX_RENDERED) end = start + MAX_RENDERED;
  return { start, end };
}

/** Is the viewport at the newest edge (bottom for `asc`, top for `desc`), within one line? */
export function atNewestEdge(order: 'asc' | 'desc', scrollTop: number, viewportHeight: number, scrollHeight: number, lineHeight: number): boolean {
  return order === 'desc' ? scrollTop <= lineHeight : scrollHeight - scrollTop - viewportHeight <= lineHeight;
}
