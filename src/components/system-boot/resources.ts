/** Class names the boot terminal renders and its e2e test reads (Calcite's resources.ts). */
export const CSS = {
  /** The typed boot lines (hidden from screen readers: `fullLines` holds them whole). */
  lines: 'lines',
  /** The visually hidden list of the whole boot lines. */
  fullLines: 'full-lines',
  /** The part of a line typed so far. */
  typed: 'typed',
  /** The BOOTING / ONLINE badge; `online` beside it once booted. */
  status: 'status',
  online: 'online',
  stat: 'stat',
} as const;
