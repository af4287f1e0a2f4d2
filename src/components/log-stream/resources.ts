/** Class names the log stream renders and its e2e test reads (Calcite's resources.ts). */
export const CSS = {
  /** The scrolling region (role=log). */
  viewport: 'viewport',
  /** One entry, with its kind (`line`, `event`) beside it. */
  row: 'row',
  /** One screen line of a row (a long entry wraps into several). */
  screenLine: 'vl',
  /** A row the intro is typing in. */
  typing: 'typing',
  count: 'count',
  follow: 'follow',
  copy: 'copy',
  /** The live source's state line. */
  source: 'source',
} as const;
