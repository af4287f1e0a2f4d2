/**
 * What the log shows, as a pure model: the content entries as rows (built
 * once per entries and order), the live rows (a ring buffer), the cut of the
 * intro being typed, and the filter. `row(i)` is row i of what shows; the
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
import { rowWindow, RowWindow } from './viewport';

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

  /** @param rowHeight fixed row height (px): what makes windowing arithmetic. */
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
      this.entries = input.entries;
      this.order = input.order;
      this.contentVersion++;
    }
    // A frame planned for other content rows (the content changed mid-intro) is ignored: the new rows show whole.
    this.cut = input.typing && this.typedRows === this.content ? input.typing : undefined;
    const f = input.filter;
    const key = `${this.contentVersion}|${this.liveVersion}|${this.shownContent}|${f.year}|${f.tag}|${f.query}`;
    if (key === this.key) return false;
    this.key = key;
    this.filtered = filterRows(this.total, this.rowAt, f);
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
    if (this.follow) this.first = this.order === 'asc' ? Math.max(0, count - visible) : 0;
    else this.first = Math.min(this.first, Math.max(0, count - visible));
    this.anchor = count ? this.row(this.first) : undefined;
    return rowWindow(this.first * this.rowHeight, height, this.rowHeight, count);
  }

  /** The user scrolled to `scrollTop`: true when another row is now first in view (render again). */
  scrolled(scrollTop: number): boolean {
    const first = Math.floor(scrollTop / this.rowHeight);
    this.offset = scrollTop - first * this.rowHeight;
    if (first === this.first) return false;
    this.first = first;
    return true;
  }

  /** After rows came or went under a reader: the scrollTop that keeps their row in place (once), else undefined. */
  restore(): number | undefined {
    if (!this.moved) return undefined;
    this.moved = false;
    return this.first * this.rowHeight + this.offset;
  }

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
