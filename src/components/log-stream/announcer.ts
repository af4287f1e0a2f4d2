/**
 * Polite screen-reader announcements through an element's `role="status"`:
 * `say()` at once; `add()` for a burst of new items, summarised at most once
 * per `every` ms ("12 new lines", or the item itself when one came), so a
 * chatty source never floods the reader. The timer is plain setTimeout: it
 * paces speech, not motion.
 */
export class Announcer<T> {
  /** The status text now. */
  text = '';
  private pending = 0;
  private latest?: T;
  private timer?: ReturnType<typeof setTimeout>;
  private last = 0;

  /**
   * @param show puts the text into the status (e.g. sets a state)
   * @param one the words for a single new item
   * @param many the words for `n` new items
   */
  constructor(
    private show: (text: string) => void,
    private one: (item: T) => string,
    private many: (n: number) => string,
    private every = 1000,
  ) {}

  /** Says `text` now. */
  say(text: string): void {
    this.last = Date.now();
    // The same text twice in a row would not be read again: toggle a trailing no-break space.
    this.text = text === this.text.trimEnd() && !this.text.endsWith('\u00a0') ? `${text}\u00a0` : text;
    this.show(this.text);
  }

  /** `n` new items, the newest `latest`: said in the next summary. */
  add(n: number, latest: T): void {
    this.pending += n;
    this.latest = latest;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const count = this.pending;
      this.pending = 0;
      if (count) this.say(count === 1 && this.latest !== undefined ? this.one(this.latest) : this.many(count));
    }, Math.max(0, this.last + this.every - Date.now()));
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
