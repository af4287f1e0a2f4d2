import { Component, Element, Event, EventEmitter, Host, Method, Prop, State, Watch, h } from '@stencil/core';
import type { ContentDocument, LogEntry } from '../../data/types';
import { RuntimeLine, state, store } from '../../store';
import { ContentErrorDetail, ContentErrors, OwnContent } from '../../utils/content';
import { Motion } from '../../utils/motion';
import { Batcher, batcher } from './batch';
import { RingBuffer } from './buffer';
import { filterRows, LogFilter, segments } from './filter';
import { ConnectionState, LiveSource, SourceType } from './live-source';
import { entriesToRows, eventRow, formatTime, LogRow, Order, parseEvent, rowText, rowYear, StreamEvent, toLevel, toTime } from './parse';
import { planTyping, TypingFrame } from './typing';
import { atNewestEdge, rowWindow } from './viewport';
import { headingTag } from '../../utils/heading';

/** Row height in px; the same number is in log-stream.css (`.row`). Fixed height is what makes windowing arithmetic. */
const ROW_H = 22;
/** Announce new lines at most this often (ms). */
const ANNOUNCE_MS = 1000;
/** Lines waiting for a frame before they are taken in at once (frames pause off screen). */
const PENDING_LIMIT = 5000;

/** A line given to `appendLines()`: plain text or `{ text, level?, time?, id? }`. */
export type LogInput = string | { text: string; level?: string; time?: number | string; id?: string | number; source?: string };

interface Incoming {
  row: LogRow;
  /** Dedup id: the event's id (a number stays a number: faster in the Set). */
  id?: string | number;
}

const CONNECTION_LABEL: Record<ConnectionState, string> = { connecting: 'connecting', live: 'live', retrying: 'retrying', closed: 'closed' };

/**
 * The experience stream as a live terminal log: `[year] title` headers and
 * `-> line` entries from the `logs` content, typed in the first time it scrolls
 * into view; lines appended to the store at run time (`appendLog`), and lines
 * tailed from a live source (`src`: Server-Sent Events or NDJSON). Rows have a
 * fixed height and only the visible window is in the DOM, so 100,000 lines
 * scroll like 20. Filter by year and tag, search with marked matches, follow
 * the newest line.
 *
 * The log region is `role="log"` with `aria-live="off"` (its rows change on
 * every scroll); new lines are announced instead through a polite status, at
 * most one summary per second.
 *
 * @part head - Eyebrow and heading above the panel.
 * @part panel - The terminal panel.
 * @part bar - Title bar with the connection state.
 * @part connection - The connection state badge (with `src`).
 * @part controls - The filter, search, follow and copy controls.
 * @part log - The scrolling log region.
 * @part row - One rendered row.
 * @part count - "Showing N of M lines" (and dropped lines).
 * @part error - The panel that lists refused content.
 */
@Component({ tag: 'lbr-log-stream', styleUrl: 'log-stream.css', shadow: true })
export class LbrLogStream {
  @Element() el!: HTMLElement;

  // --- Properties ---

  /** Colour theme: `dark` (default), `light`, or `auto` (follows the OS). */
  @Prop({ reflect: true }) theme: 'dark' | 'light' | 'auto' = 'dark';

  /** Own content document (object or JSON string); its `logs` win over the page's store and the demo. */
  @Prop() content?: ContentDocument | string;

  /** `desc`: newest first (default); `asc`: oldest first, newest at the bottom like a terminal. */
  @Prop({ reflect: true }) order: Order = 'desc';

  /** URL of a live source to tail: Server-Sent Events or newline-delimited JSON (each event one line: text or `{ level, text, time, id }`). */
  @Prop() src?: string;

  /** Kind of `src`: `sse` or `ndjson`. When absent, the response's content-type decides (`text/event-stream` is SSE). */
  @Prop() srcType?: SourceType;

  /** Live and runtime lines kept (the oldest are dropped and counted). Content entries are always kept. */
  @Prop() maxLines = 10000;

  /** Keep the newest line in view. Turns off when the user scrolls away from it, on again at the newest edge. */
  @Prop({ mutable: true, reflect: true }) follow = true;

  /** Show only this year. */
  @Prop({ mutable: true }) year?: number;

  /** Show only entries with this tag (live lines: their source). */
  @Prop({ mutable: true }) tag?: string;

  /** Show only lines containing this text (case-insensitive); matches are marked. */
  @Prop({ mutable: true }) query?: string;

  /** Section heading (also the log region's accessible name); empty hides it. */
  @Prop() heading = 'System Logs';

  /** Small line above the heading; empty hides it. */
  @Prop() eyebrow = 'experience stream';

  /** Heading level (1–6), to fit the host page's outline. */
  @Prop() headingLevel: 1 | 2 | 3 | 4 | 5 | 6 = 2;

  @State() private tick = 0;
  /** Re-renders on scroll when the first visible row changes. */
  @State() private scrolled = 0;
  @State() private viewportHeight = 0;
  @State() private typing?: TypingFrame;
  @State() private connection?: ConnectionState;
  @State() private retryIn?: number;
  @State() private announcement = '';

  // --- Events ---

  /** The filters changed through the controls. */
  @Event({ bubbles: true, composed: true }) lbrLogFilter!: EventEmitter<LogFilter>;

  /** The element's own `content` was refused. */
  @Event({ bubbles: true, composed: true }) lbrContentError!: EventEmitter<ContentErrorDetail>;

  private motion!: Motion;
  private own = new OwnContent(['logs']);
  private buffer = new RingBuffer<LogRow>(this.maxLines);
  /** Incoming lines, taken in once per frame (Motion's frames: none while off screen; see PENDING_LIMIT). */
  private batch: Batcher<Incoming> = batcher<Incoming>(
    run =>
      this.motion?.loop(() => {
        run();
        return false;
      }) ?? (() => undefined),
    items => this.take(items),
    PENDING_LIMIT,
  );
  private source?: LiveSource;
  private unsubscribe?: () => void;
  private resize?: ResizeObserver;
  private viewport?: HTMLDivElement;
  /** First visible row of the (filtered) view, and the pixels scrolled into it. */
  private first = 0;
  private offset = 0;
  /** Set when `first` moved under the user (rows came or went): the next render scrolls to it. */
  private restore = false;
  /** The row at `first` when last rendered. */
  private anchor?: LogRow;
  private lastRuntimeId = 0;
  private nextKey = 0;
  private typed = false;
  private stopTyping?: () => void;
  // Derived view, recomputed when its inputs change (see view()).
  private contentRows: LogRow[] = [];
  private contentFor?: { logs: readonly LogEntry[]; order: Order };
  private filtered: number[] | null = null;
  private viewKey = '';
  // Announcements.
  private unannounced = 0;
  private lastNew?: LogRow;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private lastAnnounce = 0;

  // --- Lifecycle ---

  connectedCallback() {
    this.motion = new Motion(this.el, () => this.finishTyping());
    this.motion.connect();
    // Lines given before the element was connected (appendLines on a fresh element) go in now.
    this.batch.flush();
    this.takeRuntime(state.runtimeLogs);
    this.unsubscribe = store.onChange('runtimeLogs', lines => this.takeRuntime(lines));
    this.connect();
  }

  async componentWillLoad() {
    await this.contentChanged();
    this.view();
    this.startTyping();
  }

  componentDidRender() {
    const vp = this.viewport;
    if (!vp) return;
    if (!this.resize && typeof ResizeObserver !== 'undefined') {
      this.resize = new ResizeObserver(() => (this.viewportHeight = vp.clientHeight));
      this.resize.observe(vp);
    }
    // Follow: keep the newest edge in view. Otherwise keep the row the user was reading in place
    // (only when it moved: writing scrollTop would stop a smooth scroll in progress).
    if (this.follow) {
      const edge = this.order === 'asc' ? vp.scrollHeight - vp.clientHeight : 0;
      if (Math.abs(vp.scrollTop - edge) > 1) vp.scrollTop = edge;
    } else if (this.restore) {
      this.restore = false;
      vp.scrollTop = this.first * ROW_H + this.offset;
    }
  }

  disconnectedCallback() {
    // A move in the DOM must not leave the intro half-typed: show it whole.
    if (this.typing) this.finishTyping();
    this.motion.disconnect();
    this.batch.cancel();
    this.source?.stop();
    this.source = undefined;
    this.unsubscribe?.();
    this.resize?.disconnect();
    this.resize = undefined;
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
  }

  @Watch('content')
  protected async contentChanged() {
    if ((await this.own.apply(this)) && this.typed) this.finishTyping();
    this.tick++;
  }

  @Watch('src')
  @Watch('srcType')
  protected connect() {
    this.source?.stop();
    this.source = undefined;
    this.connection = undefined;
    if (!this.src || typeof window === 'undefined') return;
    this.source = new LiveSource({
      url: this.src,
      type: this.srcType === 'sse' || this.srcType === 'ndjson' ? this.srcType : undefined,
      onEvent: e => this.batch.push(this.fromEvent(e)),
      onState: (s, info) => {
        this.connection = s;
        this.retryIn = info.retryIn;
      },
    });
    this.source.start();
  }

  @Watch('maxLines')
  protected maxLinesChanged() {
    this.syncCapacity();
    this.tick++;
  }

  @Watch('order')
  @Watch('year')
  @Watch('tag')
  @Watch('query')
  protected viewChanged() {
    this.finishTyping();
  }

  // --- Methods ---

  /** Empties the live and runtime lines (and the dropped count). The content entries stay. */
  @Method()
  async clear(): Promise<void> {
    this.batch.cancel();
    this.buffer.clear();
    this.unannounced = 0;
    this.tick++;
    this.announce('Log cleared');
  }

  /**
   * Appends lines as if a live source had sent them: plain text or
   * `{ text, level, time, id }` (a repeated `id` is dropped). For hosts that
   * have their own transport (WebSocket, worker).
   */
  @Method()
  async appendLines(lines: LogInput[]): Promise<void> {
    const now = Date.now();
    const items: Incoming[] = new Array(lines.length);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      items[i] =
        typeof line === 'string'
          ? this.fromEvent(parseEvent(line, now))
          : {
              row: { key: this.nextKey++, kind: 'event', text: String(line.text), level: toLevel(line.level), time: toTime(line.time, now), tags: line.source ? [line.source] : undefined },
              id: typeof line.id === 'number' || typeof line.id === 'string' ? line.id : undefined,
            };
    }
    this.batch.pushAll(items);
  }

  // --- Private ---

  private get logs(): LogEntry[] {
    return this.own.section('logs');
  }

  private fromEvent(e: StreamEvent): Incoming {
    return { row: eventRow(e, this.nextKey++), id: e.id };
  }

  private takeRuntime(lines: readonly RuntimeLine[]) {
    const fresh = lines.filter(l => l.id > this.lastRuntimeId);
    if (!fresh.length) return;
    this.lastRuntimeId = fresh[fresh.length - 1].id;
    // Taken once each, in id order: no dedup id needed.
    this.batch.pushAll(fresh.map(l => ({ row: eventRow({ text: l.text, level: l.level, time: l.time, source: l.source }, `r${l.id}`) })));
  }

  /** The buffer follows `max-lines` (also before the first render, when watchers do not run yet). */
  private syncCapacity() {
    const max = this.maxLines > 0 ? Math.floor(this.maxLines) : 10000;
    if (max !== this.buffer.capacity) this.buffer.resize(max);
  }

  /** A batch of incoming lines, once per frame. */
  private take(items: Incoming[]) {
    this.syncCapacity();
    // Live output interrupts the intro typing: the entries show whole.
    if (this.typing) this.finishTyping();
    let added = 0;
    for (const { row, id } of items) {
      if (this.buffer.push(row, id)) {
        added++;
        this.lastNew = row;
      }
    }
    if (!added) return;
    this.unannounced += added;
    this.tick++;
    this.scheduleAnnouncement();
  }

  private scheduleAnnouncement() {
    if (this.announceTimer) return;
    const wait = Math.max(0, this.lastAnnounce + ANNOUNCE_MS - Date.now());
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      const n = this.unannounced;
      this.unannounced = 0;
      if (!n) return;
      this.announce(n === 1 && this.lastNew ? rowText(this.lastNew) : `${n.toLocaleString('en-US')} new lines`);
    }, wait);
  }

  private announce(text: string) {
    this.lastAnnounce = Date.now();
    // The same text twice in a row would not be read again: toggle a trailing no-break space.
    this.announcement = text === this.announcement.trimEnd() && !this.announcement.endsWith('\u00a0') ? `${text}\u00a0` : text;
  }

  private startTyping() {
    if (this.typed) return;
    this.typed = true;
    // Live lines came first: no intro, the entries show whole.
    if (this.buffer.length) return;
    const plan = planTyping(this.contentRows.map(r => rowText(r).length));
    this.stopTyping = this.motion.play(
      plan.duration,
      elapsed => (this.typing = plan.frame(elapsed)),
      () => (this.typing = undefined),
    );
  }

  private finishTyping() {
    this.stopTyping?.();
    this.stopTyping = undefined;
    this.typing = undefined;
  }

  private get filter(): LogFilter {
    const f: LogFilter = {};
    if (this.year !== undefined && this.year !== null && !Number.isNaN(Number(this.year)) && String(this.year) !== '') f.year = Number(this.year);
    if (this.tag) f.tag = this.tag;
    if (this.query) f.query = this.query;
    return f;
  }

  /** Content rows shown so far (all, unless typing; the page's content may shrink mid-typing). */
  private get shownContent(): number {
    return this.typing ? Math.min(this.typing.rows, this.contentRows.length) : this.contentRows.length;
  }

  /** Row `i` of the whole view before filtering: `asc` content then live lines; `desc` the newest live line first. */
  private rowAt = (i: number): LogRow => {
    const live = this.buffer.length;
    if (this.order === 'asc') return i < this.shownContent ? this.contentRows[i] : this.buffer.get(i - this.shownContent);
    return i < live ? this.buffer.get(live - 1 - i) : this.contentRows[i - live];
  };

  /** Brings the derived view up to date; returns the number of rows that show. */
  private view(): { count: number; total: number } {
    const logs = this.logs;
    if (this.contentFor?.logs !== logs || this.contentFor.order !== this.order) {
      this.contentRows = entriesToRows(logs, this.order);
      this.contentFor = { logs, order: this.order };
    }
    const total = this.shownContent + this.buffer.length;
    const f = this.filter;
    const key = `${this.tick}|${this.order}|${total}|${f.year}|${f.tag}|${f.query}|${this.contentRows.length}`;
    if (key !== this.viewKey) {
      // Not following: remember the row at the top, to find it again after rows came or went.
      const anchor = this.follow ? undefined : this.anchor;
      this.viewKey = key;
      this.filtered = filterRows(total, this.rowAt, f);
      if (anchor) {
        const count = this.count();
        let at = -1;
        for (let i = 0; i < count && at < 0; i++) if (this.shown(i) === anchor) at = i;
        if (at >= 0 && at !== this.first) {
          this.first = at;
          this.restore = true;
        }
      }
    }
    return { count: this.count(), total };
  }

  private count(): number {
    return this.filtered ? this.filtered.length : this.shownContent + this.buffer.length;
  }

  /** Row i of the filtered view. */
  private shown(i: number): LogRow {
    return this.rowAt(this.filtered ? this.filtered[i] : i);
  }

  private onScroll = () => {
    const vp = this.viewport!;
    const atEdge = atNewestEdge(this.order, vp.scrollTop, vp.clientHeight, vp.scrollHeight, ROW_H);
    if (atEdge !== this.follow) this.follow = atEdge;
    const first = Math.floor(vp.scrollTop / ROW_H);
    this.offset = vp.scrollTop - first * ROW_H;
    if (first !== this.first) {
      this.first = first;
      this.scrolled++;
    }
  };

  private setFilter(change: LogFilter & { clearYear?: boolean }) {
    if ('year' in change || change.clearYear) this.year = change.year;
    if ('tag' in change) this.tag = change.tag || undefined;
    if ('query' in change) this.query = change.query || undefined;
    this.lbrLogFilter.emit({ ...this.filter });
  }

  private setFollow(on: boolean) {
    // Turning follow on jumps to the newest line (componentDidRender scrolls).
    this.follow = on;
  }

  private async copy() {
    const { count } = this.view();
    const lines: string[] = [];
    for (let i = 0; i < count; i++) lines.push(rowText(this.shown(i)));
    const text = lines.join('\n');
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No clipboard API or no permission: the old way, from a selected textarea.
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      this.el.shadowRoot!.appendChild(area);
      area.select();
      const ok = document.execCommand('copy');
      area.remove();
      if (!ok) {
        this.announce('Copy failed: select the lines and copy them by hand');
        return;
      }
    }
    this.announce(`Copied ${lines.length} line${lines.length === 1 ? '' : 's'}`);
  }

  /** Years and tags to choose from: the content's, plus those of live lines. */
  private options(): { years: number[]; tags: string[] } {
    const years = new Set<number>();
    const tags = new Set<string>();
    for (const entry of this.logs) {
      years.add(entry.year);
      entry.tags?.forEach(t => tags.add(t));
    }
    // Live lines: sample the newest 1,000 so this stays cheap with 100k lines.
    for (let i = Math.max(0, this.buffer.length - 1000); i < this.buffer.length; i++) {
      const row = this.buffer.get(i);
      const year = rowYear(row);
      if (year !== undefined) years.add(year);
      row.tags?.forEach(t => tags.add(t));
    }
    if (this.year !== undefined && !Number.isNaN(Number(this.year))) years.add(Number(this.year));
    if (this.tag) tags.add(this.tag);
    return { years: [...years].sort((a, b) => b - a), tags: [...tags].sort() };
  }

  private renderRow(row: LogRow) {
    const typing = this.typing;
    const partial = typing && typing.chars >= 0 && row === this.contentRows[typing.rows - 1] ? typing.chars : -1;
    const q = this.query;
    const text = (t: string) => segments(t, q).map(s => (s.mark ? <mark>{s.text}</mark> : s.text));
    if (partial >= 0) {
      // Typing: the row as plain text up to the cursor.
      return (
        <div class={`row ${row.kind} typing`} part="row" key={row.key}>
          {rowText(row).slice(0, partial)}
        </div>
      );
    }
    if (row.kind === 'header') {
      return (
        <div class="row header" part="row" key={row.key}>
          <span class="year">[{text(String(row.year))}]</span> <span class="title">{text(row.text)}</span>
        </div>
      );
    }
    if (row.kind === 'line') {
      return (
        <div class="row line" part="row" key={row.key}>
          <span class="arrow">-&gt;</span> {text(row.text)}
        </div>
      );
    }
    const level = row.level ?? 'info';
    return (
      <div class={`row event level-${level}`} part="row" key={row.key}>
        <time>{formatTime(row.time ?? 0)}</time> <span class="level">{level.toUpperCase()}</span> {text(row.text)}
      </div>
    );
  }

  render() {
    // Read so the store re-renders us when the page's content changes.
    void state.contentVersion;
    const { count, total } = this.view();
    const height = this.viewportHeight || 384;
    const visible = Math.ceil(height / ROW_H);
    if (this.follow) this.first = this.order === 'asc' ? Math.max(0, count - visible) : 0;
    else this.first = Math.min(this.first, Math.max(0, count - visible));
    this.anchor = count ? this.shown(this.first) : undefined;
    const win = rowWindow(this.first * ROW_H, height, ROW_H, count);
    const rows: LogRow[] = [];
    for (let i = win.start; i < win.end; i++) rows.push(this.shown(i));
    const { years, tags } = this.options();
    const dropped = this.buffer.dropped;
    const conn = this.connection;
    const Heading = headingTag(this.headingLevel) as any;
    return (
      <Host>
        <ContentErrors errors={this.own.errors} />
        {this.eyebrow || this.heading ? (
          <header class="head" part="head">
            {this.eyebrow ? <p class="eyebrow">{this.eyebrow}</p> : null}
            {this.heading ? <Heading class="heading">{this.heading}</Heading> : null}
          </header>
        ) : null}
        <div class="panel" part="panel">
          <div class="bar" part="bar">
            <span class="title">logs.stream</span>
            {this.src && conn ? (
              <span class={`connection ${conn}`} part="connection">
                <span class="dot" aria-hidden="true"></span>
                {CONNECTION_LABEL[conn]}
                {conn === 'retrying' && this.retryIn !== undefined ? ` in ${(this.retryIn / 1000).toFixed(1)} s` : ''}
              </span>
            ) : null}
          </div>
          <div class="controls" part="controls">
            <label>
              <span>Year</span>
              <select onChange={ev => this.setFilter({ year: (ev.target as HTMLSelectElement).value ? Number((ev.target as HTMLSelectElement).value) : undefined, clearYear: true })}>
                <option value="" selected={this.filter.year === undefined}>
                  All years
                </option>
                {years.map(y => (
                  <option value={String(y)} selected={this.filter.year === y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>Tag</span>
              <select onChange={ev => this.setFilter({ tag: (ev.target as HTMLSelectElement).value })}>
                <option value="" selected={!this.tag}>
                  All tags
                </option>
                {tags.map(t => (
                  <option value={t} selected={this.tag === t}>
                    {t}
                  </option>
                ))}
              </select>
            </label>
            <label class="search">
              <span>Search</span>
              <input type="search" value={this.query ?? ''} autocomplete="off" spellcheck={false} onInput={ev => this.setFilter({ query: (ev.target as HTMLInputElement).value })} />
            </label>
            <label class="follow">
              <input type="checkbox" checked={this.follow} onChange={ev => this.setFollow((ev.target as HTMLInputElement).checked)} />
              <span>Follow</span>
            </label>
            <button type="button" class="copy" onClick={() => this.copy()}>
              Copy lines
            </button>
          </div>
          <div class="viewport" role="log" aria-live="off" aria-label={this.heading || 'System logs'} tabindex="0" part="log" onScroll={this.onScroll} ref={el => (this.viewport = el)}>
            <div class="spacer" style={{ height: `${count * ROW_H}px` }}>
              <div class="rows" style={{ transform: `translateY(${win.start * ROW_H}px)` }}>
                {rows.map(row => this.renderRow(row))}
              </div>
            </div>
            {count === 0 ? <p class="empty">{total ? 'No lines match the filters.' : 'No lines yet.'}</p> : null}
          </div>
          <p class="count" part="count">
            Showing {count.toLocaleString('en-US')} of {(this.contentRows.length + this.buffer.length).toLocaleString('en-US')} lines
            {dropped ? ` · ${dropped.toLocaleString('en-US')} dropped (max ${this.buffer.capacity.toLocaleString('en-US')})` : ''}
          </p>
          <p class="visually-hidden" role="status">
            {this.announcement}
          </p>
        </div>
      </Host>
    );
  }
}
