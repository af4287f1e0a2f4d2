/**
 * Word wrap for the log, worked out by arithmetic: the log is set in a
 * monospace font, so a line of `cols` columns holds `cols` characters (wide
 * East Asian characters and emoji take two, combining marks none). A row is
 * cut into screen lines of one fixed height each, which keeps the window of
 * rendered rows plain arithmetic even though rows now differ in height.
 *
 * Breaks fall after spaces, so words move to the next line whole; a word
 * longer than a line is cut where the line ends. A continuation line is
 * indented past the row's prefix (`[2025] `, `-> `, `12:00:01 INFO  `).
 */
import { LogRow } from './parse';

/** Columns a code point takes in a monospace font: 0 (combining marks), 2 (wide, fullwidth, emoji) or 1. */
export function charColumns(cp: number): number {
  if (cp < 0x300) return 1;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  )
    return 2;
  return 1;
}

/** Plain ASCII without control characters: one column per character, the common case, checked fast. */
const NARROW = /^[\x20-\x7e]*$/;

/**
 * Where `text` breaks into lines of at most `cols` columns: the start index of
 * every line (the first is 0). A line keeps the spaces it breaks after, so the
 * lines joined are the text again (copy and screen readers read it whole).
 */
export function wrapText(text: string, cols: number): number[] {
  const starts = [0];
  if (!Number.isFinite(cols) || cols < 1) return starts;
  if (text.length <= cols && NARROW.test(text)) return starts;
  let used = 0; // columns used on the current line
  let lastBreak = -1; // index after the last space on this line (a word may start there)
  let usedAtBreak = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const width = charColumns(cp);
    if (cp === 0x20 || cp === 0x09) {
      // A space never starts a line's overflow: it hangs at the end of the line it follows.
      used += 1;
      i += size;
      lastBreak = i;
      usedAtBreak = used;
      continue;
    }
    if (used + width > cols && used > 0) {
      if (lastBreak > starts[starts.length - 1]) {
        // Move the word to the next line whole.
        starts.push(lastBreak);
        used -= usedAtBreak;
      } else {
        // A word longer than the line: cut it here.
        starts.push(i);
        used = 0;
      }
      lastBreak = -1;
      continue;
    }
    used += width;
    i += size;
  }
  return starts;
}

/** The prefix a row shows before its text, in columns: `[2025] ` (header), `-> ` after a 2-column indent (line), `HH:MM:SS LEVEL ` (event). */
export function rowIndent(row: LogRow): number {
  if (row.kind === 'header') return String(row.year).length + 3;
  if (row.kind === 'line') return 5;
  return 15;
}

/** Columns left for a row's text on a line `cols` wide (never fewer than 8: a very narrow log wraps under the prefix). */
export function textColumns(cols: number, indent: number): number {
  return Math.max(8, cols - indent);
}

/** The start index of each screen line of `row` at `cols` columns. */
export function rowLines(row: LogRow, cols: number): number[] {
  return wrapText(row.text, textColumns(cols, rowIndent(row)));
}

/** Columns `row` needs to show on one line, its prefix included (worked out once, kept on the row). */
export function rowSpan(row: LogRow): number {
  if (row.span === undefined || row.span < 0) {
    let span = row.text.length;
    if (!NARROW.test(row.text)) {
      span = 0;
      for (const ch of row.text) span += charColumns(ch.codePointAt(0)!);
    }
    row.span = rowIndent(row) + span;
  }
  return row.span;
}

/** How many screen lines `row` takes at `cols` columns (cached on the row per width: 100,000 rows are summed often). */
export function lineCount(row: LogRow, cols: number): number {
  if (rowSpan(row) <= cols) return 1;
  if (row.wrapCols !== cols) {
    row.wrapCols = cols;
    row.wrapLines = rowLines(row, cols).length;
  }
  return row.wrapLines!;
}

/** Whole columns of `charWidth` px in `width` px, rounded down (one column too few wraps early; one too many would spill). Infinity while unmeasured: nothing wraps. */
export function columnsIn(width: number, charWidth: number): number {
  return width > 0 && charWidth > 0 ? Math.max(1, Math.floor(width / charWidth)) : Infinity;
}
