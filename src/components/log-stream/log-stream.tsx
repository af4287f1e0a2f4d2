import { Build, Component, Element, Event, EventEmitter, Host, Method, Mixin, Prop, State, Watch, h } from '@stencil/core';
import type { LogEntry } from '../../data/types';
import { RuntimeLine, state, store } from '../../store';
import { ContentErrorDetail, ContentErrors, OwnContent } from '../../utils/content';
import { Motion } from '../../utils/motion';
import { sectionProps } from '../../utils/section-props';
import { Batcher, batcher } from './batch';
import { LogFilter, toFilter } from './filter';
import { ConnectionInfo, ConnectionState, describeConnection, SourceType } from './connection';
import type { LiveSource } from './live-source';
import { Announcer, LiveStatus } from '../../utils/announcer';
import { copyText } from '../../utils/clipboard';
import { inputEvent, LogInput, LogRow, Order, rowText, StreamEvent } from './parse';
import { Connection, ConnectionBadge, ConnectionDetail, Controls, Count, Lines, measureColumns } from './parts';
import { TypingFrame } from './typing';
import { CSS } from './resources';
import { LogView } from './view';
import { atNewestEdge } from './viewport';
import { demoChrome, SectionIntro, sectionChrome } from '../../utils/section-intro';

/** Screen line height in px; the same number is in log-stream.css (`.vl`). Rows are whole lines: windowing stays arithmetic. */
const ROW_H = 22;
/** Lines waiting for a frame before they are taken in at once (frames pause off screen). */
const PENDING_LIMIT = 5000;

/**
 * The experience stream as a live terminal log: `[year] title` headers and
 * `-> line` entries from the `logs` content, typed in the first time it scrolls
 * into view; lines appended to the store at run time (`appendLog`), and lines
 * tailed from a live source (`src`: Server-Sent Events or NDJSON, resumed with
 * `Last-Event-ID` after a drop). Long lines wrap at words into whole screen
 * lines of one height, and only the visible window is in the DOM, so 100,000
 * lines scroll like 20. Filter by year and
 * tag, search with marked matches, follow the newest line.
 *
 * The log region is `role="log"` with `aria-live="off"` (its rows change on
 * every scroll); new lines and changes of the live connection are announced
 * instead through a polite status, at most one summary of lines per second.
 *
 * Section key `logs` (its own `content`: `logs` and `sections.logs`). The demo's chrome: eyebrow
 * "experience stream", heading "System Logs" (also the log region's accessible name).
 *
 * @part intro - Eyebrow, heading, tagline and lead above the panel (see the chrome props).
 * @part eyebrow - The small line above the heading.
 * @part heading - The section heading.
 * @part tagline - The strong line under the heading.
 * @part lead - The short text under the heading.
 * @part panel - The terminal panel.
 * @part bar - Title bar with the connection state.
 * @part connection - The connection state badge (with `src`).
 * @part source - The sentence under the bar saying why the live source is retrying or closed, and what happens next.
 * @part controls - The filter, search, follow and copy controls.
 * @part log - The scrolling log region.
 * @part row - One rendered row.
 * @part count - "Showing N of M lines" (and dropped lines).
 * @part error - The panel that lists refused content.
 */
@Component({ tag: 'lbr-log-stream', styleUrl: 'log-stream.css', shadow: true })
export class LbrLogStream extends Mixin(sectionProps) {
  @Element() el!: HTMLElement;

  // --- Properties ---

  /** `desc`: newest first (default); `asc`: oldest first, newest at the bottom like a terminal. */
  @Prop({ reflect: true }) order: Order = 'desc';

  /**
   * URL of a live source to tail: Server-Sent Events or newline-delimited JSON (each event one line:
   * text or `{ level, text, time, id }`). Reconnects send `Last-Event-ID`; see the readme.
   */
  @Prop() src?: string;

  /** Kind of `src`: `sse` or `ndjson`. When absent, the response's content-type decides (`text/event-stream` is SSE), in the same request. */
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

  @State() private tick = 0;
  /** Re-renders on scroll when the first visible row changes. */
  @State() private scrolled = 0;
  @State() private viewportHeight = 0;
  /** Columns of a screen line (Infinity until measured). */
  @State() private cols = Infinity;
  @State() private typing?: TypingFrame;
  @State() private connection?: Connection;
  @State() private announcement = '';

  // --- Events ---

  /** The filters changed through the controls. */
  @Event({ bubbles: true, composed: true }) lbrLogFilter!: EventEmitter<LogFilter>;

  /** The element's own `content` was refused. */
  @Event({ bubbles: true, composed: true }) lbrContentError!: EventEmitter<ContentErrorDetail>;

  private motion!: Motion;
  private own = new OwnContent(['logs'], demoChrome('logs'));
  /** Content rows, live rows, typing cut, filter and scroll: what shows (pure; see view.ts). */
  private view = new LogView(this.maxLines, ROW_H);
  /** Incoming lines, taken in once per frame (Motion's frames: none while off screen; see PENDING_LIMIT). */
  private batch: Batcher<StreamEvent> = batcher<StreamEvent>(
    run =>
      this.motion?.loop(() => {
        run();
        return false;
      }) ?? (() => undefined),
    items => this.take(items),
    PENDING_LIMIT,
  );
  /** Kept while the element is moved in the DOM, so it resumes after the last id it had. */
  private source?: LiveSource;
  private unsubscribe?: () => void;
  private resize?: ResizeObserver;
  private viewport?: HTMLDivElement;
  private lastRuntimeId = 0;
  private typed = false;
  private stopTyping?: () => void;
  /** New lines at most once a second, connection changes as they come (see utils/announcer). */
  private announcer = new Announcer<LogRow>(t => (this.announcement = t), { one: rowText, many: n => `${n.toLocaleString('en-US')} new lines` });
  private announcedState?: ConnectionState;

  // --- Lifecycle ---

  connectedCallback() {
    this.motion = new Motion(this.el, () => this.finishTyping());
    this.motion.connect();
    // Lines given before the element was connected (appendLines on a fresh element) go in now.
    this.batch.flush();
    this.takeRuntime(state.runtimeLogs);
    this.unsubscribe = store.onChange('runtimeLogs', lines => this.takeRuntime(lines));
    // Moved in the DOM: the same source resumes (Last-Event-ID); else a first connect.
    if (this.source) this.source.start();
    else void this.connect();
  }

  async componentWillLoad() {
    await this.contentChanged();
    this.sync();
    this.startTyping();
  }

  componentDidRender() {
    const vp = this.viewport;
    if (!vp) return;
    if (!this.resize && typeof ResizeObserver !== 'undefined') {
      this.resize = new ResizeObserver(() => {
        this.viewportHeight = vp.clientHeight;
        this.cols = measureColumns(vp);
      });
      this.resize.observe(vp);
    }
    // Follow: keep the newest edge in view. Otherwise keep the row the user was reading in place
    // (only when it moved: writing scrollTop would stop a smooth scroll in progress).
    if (this.follow) {
      const edge = this.order === 'asc' ? vp.scrollHeight - vp.clientHeight : 0;
      if (Math.abs(vp.scrollTop - edge) > 1) vp.scrollTop = edge;
    } else {
      const top = this.view.restore();
      if (top !== undefined) vp.scrollTop = top;
    }
  }

  disconnectedCallback() {
    // A move in the DOM must not leave the intro half-typed, nor drop lines waiting for a frame.
    if (this.typing) this.finishTyping();
    this.batch.flush();
    this.motion.disconnect();
    this.source?.stop();
    this.unsubscribe?.();
    this.resize?.disconnect();
    this.resize = undefined;
    this.announcer.stop();
  }

  @Watch('content')
  protected async contentChanged() {
    if ((await this.own.apply(this)) && this.typed) this.finishTyping();
    this.tick++;
  }

  @Watch('src')
  @Watch('srcType')
  protected async connect() {
    this.source?.stop();
    this.source = undefined;
    this.connection = undefined;
    this.announcedState = undefined;
    const { src, srcType } = this;
    if (!src || !Build.isBrowser) return;
    // The reader (and its SSE parser) loads only on a page that tails a source.
    const { LiveSource } = await import('./live-source');
    // Changed, or connected by another call, while it loaded.
    if (src !== this.src || srcType !== this.srcType || this.source) return;
    this.source = new LiveSource({
      url: src,
      type: srcType === 'sse' || srcType === 'ndjson' ? srcType : undefined,
      onEvent: e => this.batch.push(e),
      onState: (s, info) => this.connectionChanged(s, info),
    });
    // Set while disconnected: connects when the element is connected.
    if (this.el.isConnected) this.source.start();
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
    this.view.clear();
    this.announcer.drop();
    this.tick++;
    this.announcer.say('Log cleared');
  }

  /**
   * Appends lines as if a live source had sent them. For hosts that have their own transport (WebSocket, worker).
   * @param lines Each plain text or `{ text, level, time, id }` (a repeated `id` is dropped).
   */
  @Method()
  async appendLines(lines: LogInput[]): Promise<void> {
    const now = Date.now();
    this.batch.pushAll(lines.map(line => inputEvent(line, now)));
  }

  // --- Private ---

  private get filter(): LogFilter {
    return toFilter(this.year, this.tag, this.query);
  }

  private takeRuntime(lines: readonly RuntimeLine[]) {
    const fresh = lines.filter(l => l.id > this.lastRuntimeId);
    if (!fresh.length) return;
    this.lastRuntimeId = fresh[fresh.length - 1].id;
    // Taken once each, in id order: no dedup id needed.
    this.batch.pushAll(fresh.map(l => ({ text: l.text, level: l.level, time: l.time, source: l.source })));
  }

  /** The buffer follows `max-lines` (also before the first render, when watchers do not run yet). */
  private syncCapacity() {
    this.view.setCapacity(this.maxLines > 0 ? Math.floor(this.maxLines) : 10000);
  }

  /** A batch of incoming lines, once per frame. */
  private take(events: StreamEvent[]) {
    this.syncCapacity();
    // Live output interrupts the intro typing: the entries show whole.
    if (this.typing) this.finishTyping();
    const { added, latest } = this.view.addAll(events);
    if (!latest) return;
    this.tick++;
    this.announcer.add(added, latest);
  }

  private connectionChanged(s: ConnectionState, info: ConnectionInfo) {
    this.connection = { state: s, info };
    // Screen readers hear each change of state once (not every 'connecting' of a retry loop).
    if (s === this.announcedState || s === 'connecting') return;
    this.announcedState = s;
    this.announcer.say(s === 'live' ? 'Live source connected' : `Live source: ${describeConnection(s, info).detail ?? s}`);
  }

  private startTyping() {
    if (this.typed) return;
    this.typed = true;
    // Live lines came first: no intro, the entries show whole.
    if (this.view.live.length) return;
    const plan = this.view.planTyping();
    this.stopTyping = this.motion.intro(
      plan.duration,
      // The content changed mid-intro: its frames no longer apply, the new rows show whole.
      elapsed => (this.view.typingStale ? this.finishTyping() : (this.typing = plan.frame(elapsed))),
      () => (this.typing = undefined),
    );
  }

  private finishTyping() {
    this.stopTyping?.();
    this.stopTyping = undefined;
    this.typing = undefined;
  }

  /** Brings the view up to date with the props and state. */
  private sync() {
    this.view.setColumns(this.cols);
    this.view.update({ entries: this.own.section('logs') as LogEntry[], order: this.order, filter: this.filter, typing: this.typing, follow: this.follow });
  }

  private onScroll = () => {
    const vp = this.viewport!;
    const atEdge = atNewestEdge(this.order, vp.scrollTop, vp.clientHeight, vp.scrollHeight, ROW_H);
    if (atEdge !== this.follow) this.follow = atEdge;
    if (this.view.scrolled(vp.scrollTop)) this.scrolled++;
  };

  private setFilter(change: LogFilter & { clearYear?: boolean }) {
    if ('year' in change || change.clearYear) this.year = change.year;
    if ('tag' in change) this.tag = change.tag || undefined;
    if ('query' in change) this.query = change.query || undefined;
    this.lbrLogFilter.emit({ ...this.filter });
  }

  private async copy() {
    this.sync();
    const lines = this.view.lines();
    const ok = await copyText(lines.join('\n'), this.el.shadowRoot!);
    this.announcer.say(ok ? `Copied ${lines.length} line${lines.length === 1 ? '' : 's'}` : 'Copy failed: select the lines and copy them by hand');
  }

  render() {
    // Read so the store re-renders us when the page's content changes.
    void state.contentVersion;
    this.sync();
    const view = this.view;
    const win = view.window(this.viewportHeight || 384);
    const filter = this.filter;
    const { years, tags } = view.options(filter);
    const chrome = sectionChrome('logs', this, this.own.doc);
    return (
      <Host>
        <ContentErrors errors={this.own.errors} />
        <SectionIntro chrome={chrome} level={this.headingLevel} />
        <div class="terminal panel" part="panel">
          <div class="bar" part="bar">
            <span class="title">logs.stream</span>
            <ConnectionBadge connection={this.src ? this.connection : undefined} />
          </div>
          <ConnectionDetail connection={this.src ? this.connection : undefined} />
          <Controls
            years={years}
            tags={tags}
            filter={filter}
            follow={this.follow}
            onFilter={change => this.setFilter(change)}
            onFollow={on => (this.follow = on)}
            onCopy={() => this.copy()}
          />
          <div class={CSS.viewport} role="log" aria-live="off" aria-label={chrome.heading || 'System logs'} tabindex="0" part="log" onScroll={this.onScroll} ref={el => (this.viewport = el)}>
            <Lines view={view} win={win} query={this.query} />
          </div>
          <Count view={view} />
          <LiveStatus text={this.announcement} />
        </div>
      </Host>
    );
  }
}
