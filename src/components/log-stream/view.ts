/**
 * What the log shows, as a pure model: the content entries as rows (built
 * once per entries and order), the live rows (a ring buffer), the cut of the
 * intro being typed, the filter, and the word wrap (how many screen lines
 * each row takes at the log's width). `row(i)` is row i of what shows; the
 * element renders a window of them. No DOM, no Stencil.
 *
 * Whole view, before filtering: `asc` is content then live rows, oldest first;
 * `desc` is the newest live row first, then the content.
 */
import type { LogEntry } from '../../data/types';
import { RingBuffer } from './buffer';
import { filterRows, LogFilter } from './filter';
import { entriesToRows, eventRow, LogRow, Order, rowText, rowYear, StreamEvent } from './parse';
import { planTyping, TypingFrame } from './typing';
import { LineIndex, rowAtLine, rowWindow, RowWindow } from './viewport';
import { lineCount, rowSpan } from './wrap';

/** Live rows sampled for the year and tag choices (the newest), so 100k lines stay cheap. */
const OPTION_SAMPLE = 1000;

export interface ViewInput {
  entries: readonly LogEntry[];
  order: Order;
  filter: LogFilter;
  /** The intro's current frame; undefined once it is typed (or was never typed). */
  typing?: TypingFrame;
  /** Keep the newest row in view; otherwise keep the row the user reads in place when rows come or go. */
  follow: boolean;
}

export class LogView {
  readonly live: RingBuffer<LogRow>;
  private content: LogRow[] = [];
  private entries?: readonly LogEntry[];
  private order: Order = 'desc';
  /** The content rows the intro was planned for: a frame for other rows does not apply. */
  private typedRows?: readonly LogRow[];
  private cut?: TypingFrame;
  private filtered: number[] | null = null;
  private key = '';
  /** Bumped on every change of the content rows and of the live rows (cache keys). */
  private contentVersion = 0;
  private liveVersion = 0;
  /** Live rows' keys: numbers, cheaper than strings by the 100,000. */
  private nextKey = 0;
  private follow = true;
  /** First row in view (of what shows), and the pixels scrolled into it. */
  private first = 0;
  private offset = 0;
  /** The row at `first` when last rendered: found again after rows came or went. */
  private anchor?: LogRow;
  /** Set when `first` moved under the user: the next render scrolls to it. */
  private moved = false;
  /** Columns of a screen line (Infinity until measured: no wrap). */
  private cols = Infinity;
  /** tops[i]: the first screen line of row i of what shows; tops[count]: all lines. Grown, never shrunk. */
  private tops = new Int32Array(64);
  /** Every row held fits one line (then row i is line i, and `tops` is not needed). */
  private uniform = true;
  /** The most columns a row held needs on one line (content rows; live rows since the last clear): an upper bound. */
  private widestContent = 0;
  private widestLive = 0;

  /** @param rowHeight height of one screen line (px): every row is whole lines, which makes windowing arithmetic. */
  constructor(capacity: number, readonly rowHeight: number) {
    this.live = new RingBuffer<LogRow>(capacity);
  }

  /** The content rows, in the view's order. */
  get contentRows(): readonly LogRow[] {
    return this.content;
  }

  /** Adds a live event as a row; returns it, or undefined when its `id` was seen (a repeat). */
  add(event: StreamEvent): LogRow | undefined {
    const row = eventRow(event, this.nextKey++);
    if (!this.live.push(row, event.id)) return undefined;
    this.liveVersion++;
    this.widestLive = Math.max(this.widestLive, rowSpan(row));
    return row;
  }

  /** Adds live events as rows: how many were new (not repeats), and the newest of them. */
  addAll(events: readonly StreamEvent[]): { added: number; latest?: LogRow } {
    let added = 0;
    let latest: LogRow | undefined;
    for (const event of events) {
      const row = this.add(event);
      if (row) {
        added++;
        latest = row;
      }
    }
    return { added, latest };
  }

  /** Empties the live rows (and their drop count). */
  clear(): void {
    this.live.clear();
    this.liveVersion++;
    this.widestLive = 0;
  }

  /** The log is `cols` columns wide now (rows wrap to it). */
  setColumns(cols: number): void {
    this.cols = cols > 0 ? cols : Infinity;
  }

  /** Columns of a screen line (Infinity: not measured, nothing wraps). */
  get columns(): number {
    return this.cols;
  }

  /** Keeps at most `max` live rows (the newest). */
  setCapacity(max: number): void {
    if (max === this.live.capacity) return;
    this.live.resize(max);
    this.liveVersion++;
  }

  /**
   * Takes the inputs. Works out the rows that show only when one changed
   * (returns false when the cache held); when not following, finds the row
   * the user was reading again.
   */
  update(input: ViewInput): boolean {
    this.follow = input.follow;
    if (input.entries !== this.entries || input.order !== this.order) {
      this.content = entriesToRows(input.entries, input.order);
      this.widestContent = this.content.reduce((widest, row) => Math.max(widest, rowSpan(row)), 0);
      this.entries = input.entries;
      this.order = input.order;
      this.contentVersion++;
    }
    // A frame planned for other content rows (the content changed mid-intro) is ignored: the new rows show whole.
    this.cut = input.typing && this.typedRows === this.content ? input.typing : undefined;
    const f = input.filter;
    const key = `${this.contentVersion}|${this.liveVersion}|${this.shownContent}|${f.year}|${f.tag}|${f.query}|${this.cols}`;
    if (key === this.key) return false;
    this.key = key;
    this.filtered = filterRows(this.total, this.rowAt, f);
    this.measure();
    const at = !this.follow && this.anchor ? this.indexOf(this.anchor) : -1;
    if (at >= 0 && at !== this.first) {
      this.first = at;
      this.moved = true;
    }
    return true;
  }

  /**
   * The rows to render for a viewport `height` px tall: following, the newest
   * edge (`asc` the bottom, `desc` the top); else from the row in view.
   */
  window(height: number): RowWindow {
    const count = this.count;
    const visible = Math.ceil(height / this.rowHeight);
    // The last row that can be first in view: the one holding the first line of the last screenful.
    const lastFirst = this.lineIndex.rowAt(Math.max(0, this.lineTotal - visible));
    if (this.follow) this.first = this.order === 'asc' ? lastFirst : 0;
    else this.first = Math.min(this.first, lastFirst);
    this.anchor = count ? this.row(this.first) : undefined;
    return rowWindow(this.lineIndex, count, this.first, visible);
  }

  /** The user scrolled to `scrollTop`: true when another row is now first in view (render again). */
  scrolled(scrollTop: number): boolean {
    const first = this.lineIndex.rowAt(Math.floor(Math.max(0, scrollTop) / this.rowHeight));
    this.offset = scrollTop - this.top(first);
    if (first === this.first) return false;
    this.first = first;
    return true;
  }

  /** After rows came or went under a reader: the scrollTop that keeps their row in place (once), else undefined. */
  restore(): number | undefined {
    if (!this.moved) return undefined;
    this.moved = false;
    return this.top(this.first) + this.offset;
  }

  /** Where row i of what shows starts, in px from the top of the log. */
  top(i: number): number {
    return this.lineIndex.top(i) * this.rowHeight;
  }

  /** Screen lines of every row that shows. */
  get lineTotal(): number {
    return this.lineIndex.top(this.count);
  }

  /** Rows and screen lines, one to the other. */
  private lineIndex: LineIndex = {
    top: i => {
      const at = Math.min(Math.max(0, i), this.count);
      return this.uniform ? at : this.tops[at];
    },
    rowAt: line => (this.uniform ? Math.min(Math.max(0, line), Math.max(0, this.count - 1)) : rowAtLine(this.tops, this.count, line)),
  };

  /** Plans the intro over the current content rows (frames then go in through `update`). */
  planTyping() {
    this.typedRows = this.content;
    return planTyping(this.content.map(r => rowText(r).length));
  }

  /** True when the content changed since the intro was planned (its frames no longer apply). */
  get typingStale(): boolean {
    return this.typedRows !== undefined && this.typedRows !== this.content;
  }

  /** Rows before filtering (content rows typed so far, and the live rows). */
  get total(): number {
    return this.shownContent + this.live.length;
  }

  /** Every row held (content whole, and live): the "of M lines". */
  get size(): number {
    return this.content.length + this.live.length;
  }

  /** Rows that show. */
  get count(): number {
    return this.filtered ? this.filtered.length : this.total;
  }

  /** Row i of what shows (0 ≤ i < count). */
  row(i: number): LogRow {
    return this.rowAt(this.filtered ? this.filtered[i] : i);
  }

  /** Rows `start` to `end` (exclusive) of what shows. */
  slice({ start, end }: RowWindow): LogRow[] {
    const rows: LogRow[] = [];
    for (let i = start; i < end; i++) rows.push(this.row(i));
    return rows;
  }

  /** Where `row` is among the rows that show, or -1. */
  indexOf(row: LogRow): number {
    const count = this.count;
    for (let i = 0; i < count; i++) if (this.row(i) === row) return i;
    return -1;
  }

  /** Characters of `row` typed so far, or -1 when it shows whole. */
  typed(row: LogRow): number {
    const cut = this.cut;
    return cut && cut.chars >= 0 && row === this.content[cut.rows - 1] ? cut.chars : -1;
  }

  /** The rows that show, as plain text lines (copy). */
  lines(): string[] {
    const out: string[] = new Array(this.count);
    for (let i = 0; i < out.length; i++) out[i] = rowText(this.row(i));
    return out;
  }

  /** Years (newest first) and tags (sorted) to choose from: the content's, the newest live rows', and the chosen ones. */
  options(chosen: LogFilter = {}): { years: number[]; tags: string[] } {
    const years = new Set<number>();
    const tags = new Set<string>();
    for (const entry of this.entries ?? []) {
      years.add(entry.year);
      entry.tags?.forEach(t => tags.add(t));
    }
    for (let i = Math.max(0, this.live.length - OPTION_SAMPLE); i < this.live.length; i++) {
      const row = this.live.get(i);
      const year = rowYear(row);
      if (year !== undefined) years.add(year);
      row.tags?.forEach(t => tags.add(t));
    }
    if (chosen.year !== undefined) years.add(chosen.year);
    if (chosen.tag) tags.add(chosen.tag);
    return { years: [...years].sort((a, b) => b - a), tags: [...tags].sort() };
  }

  /** Sums the screen lines of the rows that show into `tops` (a row's count is cached on it per width). */
  private measure() {
    const count = this.count;
    this.uniform = Math.max(this.widestContent, this.widestLive) <= this.cols;
    if (this.uniform) return;
    if (this.tops.length < count + 1) this.tops = new Int32Array(Math.max(count + 1, this.tops.length * 2));
    const tops = this.tops;
    const cols = this.cols;
    let line = 0;
    for (let i = 0; i < count; i++) {
      tops[i] = line;
      line += lineCount(this.row(i), cols);
    }
    tops[count] = line;
  }

  /** Content rows that show: all, or (typing) those typed so far, never more than there are. */
  private get shownContent(): number {
    return this.cut ? Math.min(this.cut.rows, this.content.length) : this.content.length;
  }

  /** Row i of the whole view, before filtering. */
  private rowAt = (i: number): LogRow => {
    const shown = this.shownContent;
    const live = this.live.length;
    if (this.order === 'asc') return i < shown ? this.content[i] : this.live.get(i - shown);
    return i < live ? this.live.get(live - 1 - i) : this.content[i - live];
  };
}
