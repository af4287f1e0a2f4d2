/**
 * Windowing for fixed-height rows: which rows to put in the DOM for a scroll
 * position. With one row height the whole job is arithmetic, so no library:
 * the spacer is `count * rowHeight` tall and only the window is rendered.
 */
export interface RowWindow {
  /** First row rendered (inclusive). */
  start: number;
  /** Last row rendered (exclusive). */
  end: number;
}

/** Hard cap on rendered rows, whatever the viewport height. */
export const MAX_RENDERED = 100;

export function rowWindow(scrollTop: number, viewportHeight: number, rowHeight: number, count: number, overscan = 8): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  let start = Math.max(0, first - overscan);
  let end = Math.min(count, first + visible + overscan);
  if (end - start > MAX_RENDERED) end = start + MAX_RENDERED;
  // Scrolled past the end (rows were removed): keep a full window at the bottom.
  if (start >= end) start = Math.max(0, end - visible - overscan);
  return { start, end };
}

/** Is the viewport at the newest edge (bottom for `asc`, top for `desc`), within one row? */
export function atNewestEdge(order: 'asc' | 'desc', scrollTop: number, viewportHeight: number, scrollHeight: number, rowHeight: number): boolean {
  return order === 'desc' ? scrollTop <= rowHeight : scrollHeight - scrollTop - viewportHeight <= rowHeight;
}
