/**
 * Tails a live source over fetch: ONE request per connect, and the response
 * picks its reader (`type`, else its content-type: `text/event-stream` is
 * Server-Sent Events, anything else NDJSON or plain lines; see decode.ts).
 *
 * It resumes the way servers expect:
 * - every reconnect sends `Last-Event-ID` with the last id seen (SSE `id:`, an
 *   NDJSON object's `id`), the header every SSE server framework reads;
 * - delays start at the server's `retry:` (else 500 ms) and double up to 15 s,
 *   ±20%; failures count until a connection has stayed up STABLE_MS, so a
 *   server that accepts and then drops gets growing delays, not a reconnect
 *   every half second;
 * - after MAX_ATTEMPTS failures in a row, while the browser is offline, or
 *   when an NDJSON response ends cleanly (the server is done for now), it
 *   waits: the network coming back (`online`) or the tab being shown again
 *   resumes it;
 * - it stops for good (until started again) on HTTP 204 (the SSE way to say
 *   "do not reconnect"), on a 4xx other than 408/429, and on a line past the
 *   bound (LineTooLongError).
 * Timers are plain setTimeout: network, not motion. The element imports this
 * module (and the SSE parser with it) only when it has a `src`.
 */
import { ConnectionInfo, ConnectionState, MAX_ATTEMPTS, SourceType } from './connection';
import { Decoder, LineTooLongError, MAX_LINE, ndjsonDecoder, sseDecoder } from './decode';
import type { StreamEvent } from './parse';
import { httpStatus } from '../../utils/http';

/** A connection up this long (ms) was healthy: the failure count starts again. */
export const STABLE_MS = 5000;
const BASE_MS = 500;
const MAX_MS = 15000;
/** A `retry:` below this is taken as this: `retry: 0` with a server that drops would be a busy loop. */
const MIN_RETRY_MS = 100;

/**
 * Delay before reconnect attempt `attempt` (0-based): `base` doubling to
 * `max` (never below `base`: a server's `retry:` is a floor), ±20% jitter.
 */
export function backoffDelay(attempt: number, random = Math.random, base = BASE_MS, max = MAX_MS): number {
  const exp = Math.min(Math.max(max, base), base * Math.pow(2, Math.max(0, attempt)));
  return Math.round(exp * (0.8 + 0.4 * random()));
}

/** A `Retry-After` header (seconds or an HTTP date) in ms, or 0. */
export function retryAfter(value: string | null, now = Date.now()): number {
  if (!value) return 0;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? 0 : Math.max(0, at - now);
}

/** Statuses worth retrying: the server is busy or briefly away. Other 4xx will not get better by asking again. */
export const retryable = (status: number): boolean => status >= 500 || status === 408 || status === 429;

export interface LiveSourceOptions {
  url: string;
  type?: SourceType;
  /** Longest line taken (characters); see decode.ts. */
  maxLine?: number;
  onEvent(event: StreamEvent): void;
  onState(state: ConnectionState, info: ConnectionInfo): void;
}

export class LiveSource {
  /** The id sent as `Last-Event-ID`; kept across stop() and start() (an element moved in the DOM resumes where it was). */
  lastId?: string;
  private attempt = 0;
  /** The server's `retry:` (ms). */
  private retryMs?: number;
  private type?: SourceType;
  private timer?: ReturnType<typeof setTimeout>;
  private abort?: AbortController;
  /** Bumped on every connect and stop: a reply for an older one is ignored. */
  private generation = 0;
  private running = false;
  private openedAt = 0;
  /** Closed but resumable: waiting for `online` or the tab to be shown. */
  private waiting = false;

  constructor(private opts: LiveSourceOptions) {}

  /** Connects (again), resuming after `lastId`. */
  start(): void {
    if (this.running) return;
    this.running = true;
    window.addEventListener('online', this.onOnline);
    document.addEventListener('visibilitychange', this.onVisible);
    this.connect();
  }

  /** Closes the connection and cancels any pending reconnect; start() resumes. */
  stop(): void {
    this.running = false;
    this.generation++;
    this.waiting = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.abort?.abort();
    this.abort = undefined;
    window.removeEventListener('online', this.onOnline);
    document.removeEventListener('visibilitychange', this.onVisible);
  }

  private state(state: ConnectionState, info: Omit<ConnectionInfo, 'attempt' | 'type'> = {}) {
    if (this.running) this.opts.onState(state, { attempt: this.attempt, type: this.type ?? this.opts.type, ...info });
  }

  private connect() {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting = false;
    this.openedAt = 0;
    this.abort?.abort();
    const generation = ++this.generation;
    this.state('connecting');
    void this.read(generation);
  }

  private async read(generation: number) {
    const abort = new AbortController();
    this.abort = abort;
    const current = () => generation === this.generation;
    const wanted = this.opts.type === 'sse' ? 'text/event-stream' : this.opts.type === 'ndjson' ? 'application/x-ndjson, text/plain;q=0.9' : 'text/event-stream, application/x-ndjson;q=0.9, */*;q=0.8';
    const headers: Record<string, string> = { accept: wanted };
    if (this.lastId) headers['last-event-id'] = this.lastId;
    try {
      const res = await fetch(this.opts.url, { signal: abort.signal, headers, cache: 'no-store' });
      if (!current()) return;
      if (res.status === 204) return this.close('the server asked not to reconnect (HTTP 204)');
      if (!res.ok) {
        const reason = httpStatus(res);
        void res.body?.cancel().catch(() => undefined);
        return retryable(res.status) ? this.failed(reason, retryAfter(res.headers.get('retry-after'))) : this.close(reason);
      }
      const type: SourceType = this.opts.type ?? ((res.headers.get('content-type') ?? '').includes('text/event-stream') ? 'sse' : 'ndjson');
      this.type = type;
      const hooks = {
        onEvent: (e: StreamEvent) => this.opts.onEvent(e),
        onId: (id: string) => (this.lastId = id || undefined),
        onRetry: (ms: number) => (this.retryMs = Math.max(MIN_RETRY_MS, ms)),
      };
      const decoder: Decoder = (type === 'sse' ? sseDecoder : ndjsonDecoder)(hooks, this.opts.maxLine ?? MAX_LINE);
      this.openedAt = Date.now();
      this.state('live');
      if (!res.body) throw new Error('the response has no body');
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (!current()) return;
        if (done) break;
        decoder.push(value);
      }
      decoder.end();
      // SSE: the server closing the stream is a drop (EventSource reconnects too). NDJSON: done for now.
      if (type === 'sse') this.failed('the server closed the stream');
      else this.wait('the stream ended', 0);
    } catch (error) {
      if (!current()) return; // stopped, or a newer connect took over
      abort.abort();
      if (error instanceof LineTooLongError) this.close(error.message);
      else this.failed(this.openedAt ? 'the connection dropped' : `cannot connect (${(error as Error)?.message || 'network error'})`);
    }
  }

  /** A failure: retry with backoff, or wait once there were too many (or the browser is offline). */
  private failed(reason: string, floor = 0) {
    if (this.openedAt && Date.now() - this.openedAt >= STABLE_MS) this.attempt = 0;
    this.openedAt = 0;
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return this.wait(`offline (${reason})`);
    if (this.attempt >= MAX_ATTEMPTS) return this.wait(`gave up after ${MAX_ATTEMPTS} attempts (${reason})`);
    const delay = Math.max(floor, backoffDelay(this.attempt++, Math.random, this.retryMs));
    this.state('retrying', { retryIn: delay, reason });
    const generation = this.generation;
    this.timer = setTimeout(() => generation === this.generation && this.connect(), delay);
  }

  /** Closed until the network comes back or the tab is shown again. */
  private wait(reason: string, attempt = this.attempt) {
    this.openedAt = 0;
    this.attempt = attempt;
    this.waiting = true;
    this.state('closed', { reason, resumes: true });
  }

  /** Closed for good (until start() after a stop()). */
  private close(reason: string) {
    this.openedAt = 0;
    this.waiting = false;
    this.abort?.abort();
    this.state('closed', { reason });
  }

  private onOnline = () => {
    // The network is back: waiting or a pending retry, try now (earlier failures were likely the outage).
    if (!this.waiting && !this.timer) return;
    this.attempt = 0;
    this.connect();
  };

  private onVisible = () => {
    if (!document.hidden && this.waiting) {
      this.attempt = 0;
      this.connect();
    }
  };
}

