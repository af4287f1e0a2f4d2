/**
 * Tails a live source: Server-Sent Events through EventSource, or
 * newline-delimited JSON read with fetch streaming. Which one:
 *   - `type: 'sse'` / `'ndjson'` (the element's `src-type`), else
 *   - the response's content-type: `text/event-stream` is SSE (the probe
 *     request is dropped and an EventSource opens), anything else is NDJSON.
 *
 * Reconnects with exponential backoff (plain setTimeout: network, not motion)
 * when the connection errors or drops. Each reconnect asks to resume after the
 * last event id with a `lastEventId` query parameter (EventSource cannot set
 * the `Last-Event-ID` header on a fresh connection); a server that replays
 * anyway is harmless, since the buffer drops ids it has seen. A clean end of an
 * NDJSON response means the server is done: state `closed`, no reconnect.
 */
import { lineSplitter, parseEvent, StreamEvent } from './parse';

export type ConnectionState = 'connecting' | 'live' | 'retrying' | 'closed';
export type SourceType = 'sse' | 'ndjson';

/** Consecutive failed attempts (no connection opened) before giving up. */
export const MAX_ATTEMPTS = 8;

/** Delay before reconnect attempt `attempt` (0-based): 500 ms doubling to 15 s, ±20% jitter. */
export function backoffDelay(attempt: number, random = Math.random, base = 500, max = 15000): number {
  const exp = Math.min(max, base * Math.pow(2, Math.max(0, attempt)));
  return Math.round(exp * (0.8 + 0.4 * random()));
}

/** `url` with `lastEventId` set (relative URLs resolve against the page). */
export function resumeUrl(url: string, lastId: string | undefined, base = globalThis.location?.href): string {
  if (lastId === undefined) return url;
  const u = new URL(url, base);
  u.searchParams.set('lastEventId', lastId);
  return u.href;
}

export interface LiveSourceOptions {
  url: string;
  type?: SourceType;
  onEvent(event: StreamEvent): void;
  onState(state: ConnectionState, info: { attempt: number; retryIn?: number; type?: SourceType }): void;
}

export class LiveSource {
  private lastId?: string;
  private attempt = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private es?: EventSource;
  private abort?: AbortController;
  private stopped = false;
  private type?: SourceType;

  constructor(private opts: LiveSourceOptions) {
    this.type = opts.type;
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  /** Closes the connection and cancels any pending reconnect. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.es?.close();
    this.es = undefined;
    this.abort?.abort();
    this.abort = undefined;
  }

  private state(state: ConnectionState, retryIn?: number) {
    if (!this.stopped) this.opts.onState(state, { attempt: this.attempt, retryIn, type: this.type });
  }

  private connect() {
    if (this.stopped) return;
    if (!this.attempt) this.state('connecting');
    if (this.type === 'sse') this.openEventSource();
    else void this.openFetch();
  }

  private retry() {
    if (this.stopped) return;
    if (this.attempt >= MAX_ATTEMPTS) {
      this.state('closed');
      return;
    }
    const delay = backoffDelay(this.attempt++);
    this.state('retrying', delay);
    this.timer = setTimeout(() => this.connect(), delay);
  }

  private opened() {
    this.attempt = 0;
    this.state('live');
  }

  private emit(event: StreamEvent) {
    if (event.id !== undefined) this.lastId = event.id;
    this.opts.onEvent(event);
  }

  private openEventSource() {
    const es = new EventSource(resumeUrl(this.opts.url, this.lastId));
    this.es = es;
    // lastEventId persists on later messages that carry no id: only a changed one identifies a message.
    let previousId = '';
    es.onopen = () => this.opened();
    es.onmessage = (m: MessageEvent) => {
      const id = m.lastEventId && m.lastEventId !== previousId ? m.lastEventId : undefined;
      previousId = m.lastEventId;
      this.emit(parseEvent(String(m.data), Date.now(), id));
    };
    es.onerror = () => {
      // Our own reconnect (with backoff and the resume id) instead of the browser's fixed-delay one.
      es.close();
      if (this.es === es) this.es = undefined;
      this.retry();
    };
  }

  private async openFetch() {
    const abort = new AbortController();
    this.abort = abort;
    try {
      const res = await fetch(resumeUrl(this.opts.url, this.lastId), { signal: abort.signal, headers: { accept: 'application/x-ndjson, text/event-stream;q=0.9' } });
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      if (!this.type && (res.headers.get('content-type') ?? '').includes('text/event-stream')) {
        this.type = 'sse';
        abort.abort();
        this.openEventSource();
        return;
      }
      this.type = 'ndjson';
      this.opened();
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      const split = lineSplitter();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        for (const line of split.push(value)) this.emit(parseEvent(line, Date.now()));
      }
      for (const line of split.end()) this.emit(parseEvent(line, Date.now()));
      this.state('closed');
    } catch {
      if (abort.signal.aborted) return; // stopped, or handed over to EventSource
      this.retry();
    }
  }
}
