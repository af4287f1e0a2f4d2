/**
 * Polls a status document (`health-src`) every `health-interval` seconds.
 *
 * - One request at a time: the next poll is scheduled only when the last one
 *   has settled, and a request that hangs is aborted after a timeout.
 * - Pauses while the map cannot be seen (off screen, hidden tab): a poll that
 *   falls due meanwhile waits, and runs at once when the map is seen again.
 * - Backs off on failure (the interval doubles per failure, capped) and keeps
 *   the last good report, so the map goes on showing it and says it is stale.
 * - A garbage answer is a failure with a message saying what was expected.
 */
import { HealthReport, kumaMonitorNames, kumaNamesUrl, parseHealth } from './health';
import { httpStatus } from '../../utils/http';

// The element loads this module (and the readers in health.ts) with its first `health-src`: one chunk.
export { matchHealth } from './health';

/** Longest wait between polls while failing (or the interval, when that is longer). */
export const MAX_BACKOFF_MS = 5 * 60_000;
/** Shortest interval accepted (a status page is not a stream). */
export const MIN_INTERVAL_MS = 1000;
/** A request without an answer after this long (or the interval, when shorter) is a failure. */
export const TIMEOUT_MS = 10_000;

export interface PollState {
  /** The last good report, kept through failures; null before the first. */
  report: HealthReport | null;
  /** When the last good report arrived (epoch ms); 0 before the first. */
  updated: number;
  /** Why the last poll failed; empty after a good one. */
  error: string;
  /** Consecutive failures. */
  failures: number;
  /** Milliseconds until the next poll, as scheduled after the last one. */
  next: number;
}

/** What the poller needs from the platform (a spec passes its own). */
export interface PollEnv {
  fetch(url: string, init: RequestInit): Promise<{ ok: boolean; status: number; statusText?: string; text(): Promise<string> }>;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

const browserEnv = (): PollEnv => ({
  fetch: (url, init) => fetch(url, init),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: handle => clearTimeout(handle as number),
  now: () => Date.now(),
});

/** Milliseconds to wait before the next poll after `failures` consecutive failures. */
export function nextDelay(intervalMs: number, failures: number): number {
  const interval = Math.max(MIN_INTERVAL_MS, intervalMs);
  if (failures <= 0) return interval;
  return Math.min(interval * 2 ** Math.min(failures, 16), Math.max(interval, MAX_BACKOFF_MS));
}

/** The interval in ms for a `health-interval` attribute value (seconds, default 30). */
export function intervalMs(seconds: number | string | undefined): number {
  const s = Number(seconds);
  return Number.isFinite(s) && s > 0 ? Math.max(MIN_INTERVAL_MS, s * 1000) : 30_000;
}

class PollError extends Error {}

export class HealthPoller {
  readonly state: PollState = { report: null, updated: 0, error: '', failures: 0, next: 0 };
  private active = false;
  private due = true;
  private inFlight = false;
  private stopped = false;
  private timer: unknown;
  private abort?: AbortController;
  private names: Record<string, string> = {};
  private namesAt = -Infinity;
  private readonly interval: number;

  /**
   * @param url the status document (resolved against the page)
   * @param interval milliseconds between polls (at least MIN_INTERVAL_MS)
   * @param onChange called after every poll with the new state
   */
  constructor(readonly url: string, interval: number, private onChange: (state: PollState) => void, private env: PollEnv = browserEnv()) {
    this.interval = Math.max(MIN_INTERVAL_MS, interval);
  }

  /** Whether the map can be seen; polls only while it can. */
  setActive(active: boolean): void {
    this.active = active;
    this.maybePoll();
  }

  /** Stops for good: no more polls, the request in flight is aborted. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.env.clearTimeout(this.timer);
    this.timer = undefined;
    this.abort?.abort();
  }

  private maybePoll() {
    if (this.active && this.due && !this.inFlight && !this.stopped) void this.poll();
  }

  private async poll() {
    this.inFlight = true;
    this.due = false;
    const s = this.state;
    try {
      const doc = await this.getJson(this.url);
      const namesUrl = kumaNamesUrl(this.url, typeof location === 'undefined' ? undefined : location.href);
      if (namesUrl) await this.refreshNames(namesUrl, doc);
      const parsed = parseHealth(doc, this.names);
      if (!parsed.ok) throw new PollError(`the answer is ${parsed.error}`);
      s.report = parsed.report;
      s.updated = this.env.now();
      s.error = '';
      s.failures = 0;
    } catch (e) {
      if (this.stopped) return;
      s.error = e instanceof PollError ? e.message : 'the request failed (network error or blocked by CORS)';
      s.failures++;
    } finally {
      this.inFlight = false;
      this.abort = undefined;
    }
    if (this.stopped) return;
    s.next = nextDelay(this.interval, s.failures);
    this.timer = this.env.setTimeout(() => {
      this.timer = undefined;
      this.due = true;
      this.maybePoll();
    }, s.next);
    this.onChange(s);
  }

  private async getJson(url: string): Promise<unknown> {
    const abort = typeof AbortController === 'undefined' ? undefined : new AbortController();
    this.abort = abort;
    const ms = Math.min(TIMEOUT_MS, this.interval);
    const timeout = this.env.setTimeout(() => abort?.abort(), ms);
    try {
      let res;
      try {
        res = await this.env.fetch(url, { cache: 'no-store', headers: { accept: 'application/json' }, signal: abort?.signal });
      } catch (e) {
        if (abort?.signal.aborted && !this.stopped) throw new PollError(`no answer within ${ms / 1000} s`);
        throw e;
      }
      if (!res.ok) throw new PollError(`the server answered ${httpStatus(res)}`);
      const text = await res.text();
      try {
        return JSON.parse(text);
      } catch {
        throw new PollError('the answer is not JSON');
      }
    } finally {
      this.env.clearTimeout(timeout);
    }
  }

  /** Uptime Kuma: monitor names come from the status page document; fetched when a monitor is new to us (at most every 10 intervals). */
  private async refreshNames(url: string, heartbeats: unknown) {
    const list = (heartbeats as { heartbeatList?: unknown })?.heartbeatList;
    if (typeof list !== 'object' || list === null) return;
    const unknown = Object.keys(list).some(id => !(id in this.names));
    if (!unknown || this.env.now() - this.namesAt < 10 * this.interval) return;
    this.namesAt = this.env.now();
    try {
      this.names = kumaMonitorNames(await this.getJson(url));
    } catch {
      // Without names, monitors still match services by id.
    }
  }
}

/**
 * Calls `onChange(visible)` whenever the element comes on or goes off screen
 * or the tab is hidden or shown (the signals Motion uses). Returns a stop function.
 */
export function watchVisibility(host: HTMLElement, onChange: (visible: boolean) => void): () => void {
  // With an IntersectionObserver its first report (right after observe) decides; without one, assume visible.
  let onScreen = typeof IntersectionObserver === 'undefined';
  const report = () => onChange(onScreen && !document.hidden);
  const io =
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver(entries => {
          onScreen = entries[entries.length - 1].isIntersecting;
          report();
        });
  io?.observe(host);
  document.addEventListener('visibilitychange', report);
  report();
  return () => {
    io?.disconnect();
    document.removeEventListener('visibilitychange', report);
  };
}

/** What the map says about its live health: a sentence, when it last arrived, and whether it is stale. */
export function liveStatus(s: PollState, matched: number, total: number, time = (ms: number) => new Date(ms).toLocaleTimeString()): { text: string; when: string; stale: boolean } {
  const when = s.updated ? `updated ${time(s.updated)}` : '';
  const retry = s.next >= 60_000 ? `${Math.round(s.next / 60_000)} min` : `${Math.round(s.next / 1000)} s`;
  if (s.error && !s.next) return { text: `No live health: ${s.error}.`, when, stale: true };
  if (s.error && s.report) return { text: `Live health is stale: ${s.error}; showing the last good health, retrying in ${retry}.`, when, stale: true };
  if (s.error) return { text: `No live health: ${s.error}; retrying in ${retry}.`, when, stale: true };
  if (!s.report) return { text: 'Live health: loading…', when, stale: false };
  return { text: `Live health: ${matched} of ${total} services in the status document.`, when, stale: false };
}

/**
 * Live health for one element and one `health-src`: a poller that runs only
 * while the element can be seen. `onChange` gets the poll state at the first
 * start (nothing yet: "loading") and after every poll; started again after a
 * stop (the element moved in the DOM), the last state stands until the next answer.
 */
export class LiveHealth {
  private poller?: HealthPoller;
  private unwatch?: () => void;
  private started = false;

  constructor(private host: HTMLElement, private onChange: (state: PollState) => void) {}

  get running(): boolean {
    return !!this.poller;
  }

  /** Starts polling `url` (resolved against the page) every `seconds` (see `intervalMs`). */
  start(url: string, seconds: number | string | undefined): void {
    if (this.poller) return;
    let href: string;
    try {
      href = new URL(url, document.baseURI).href;
    } catch {
      this.onChange({ report: null, updated: 0, error: `health-src "${url}" is not a URL`, failures: 1, next: 0 });
      return;
    }
    const poller = new HealthPoller(href, intervalMs(seconds), this.onChange);
    this.poller = poller;
    if (!this.started) this.onChange({ ...poller.state });
    this.started = true;
    this.unwatch = watchVisibility(this.host, visible => poller.setActive(visible));
  }

  stop(): void {
    this.poller?.stop();
    this.unwatch?.();
    this.poller = this.unwatch = undefined;
  }
}
