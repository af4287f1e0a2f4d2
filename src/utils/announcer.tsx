/**
 * Polite screen-reader announcements for a chatty source: an element renders
 * `<LiveStatus text={…} />` (a visually hidden `role="status"`) and speaks through
 * one Announcer. `say()` speaks at once (as a Speaker, live-status.tsx); `add()` takes
 * a burst of new items (log lines) and summarises them at most once per `every` ms
 * ("12 new lines", or the item itself when one came), so a chatty source never
 * floods the reader. The timer is plain setTimeout: it paces speech, not motion.
 */
import { Speaker } from './live-status';

export { LiveStatus } from './live-status';

/** How `add()` words a burst (elements that only `say()` leave it out). */
export interface Summary<T> {
  /** The words for a single new item. */
  one: (item: T) => string;
  /** The words for `n` new items. */
  many: (n: number) => string;
  /** At most one summary per this many ms (default 1000). */
  every?: number;
}

export class Announcer<T = never> extends Speaker {
  private pending = 0;
  private latest?: T;
  private timer?: ReturnType<typeof setTimeout>;
  private last = 0;

  /**
   * @param show puts the text into the status (e.g. sets the state `<LiveStatus>` renders)
   * @param summary how a burst of `add()`ed items is worded
   */
  constructor(
    show: (text: string) => void,
    private summary?: Summary<T>,
  ) {
    super(show);
  }

  /** Says `text` now (and the next summary waits `every` ms from now). */
  say(text: string): void {
    this.last = Date.now();
    super.say(text);
  }

  /** `n` new items, the newest `latest`: said in the next summary. */
  add(n: number, latest: T): void {
    const summary = this.summary;
    if (!summary) return;
    this.pending += n;
    this.latest = latest;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const count = this.pending;
      this.pending = 0;
      if (count) this.say(count === 1 && this.latest !== undefined ? summary.one(this.latest) : summary.many(count));
    }, Math.max(0, this.last + (summary.every ?? 1000) - Date.now()));
  }

  /** Forgets the items not yet said (a cleared log). */
  drop(): void {
    this.pending = 0;
  }

  /** Stops the pending summary (removal). */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
