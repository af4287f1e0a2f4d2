/**
 * A live source's text as events, with a bound on what waits for a line end:
 * Server-Sent Events through eventsource-parser (the spec's field grammar, `id`,
 * `retry`, BOM, CR/LF/CRLF), NDJSON and plain-text lines through lineSplitter.
 * A source that sends more than `maxLine` characters without ending a line (or,
 * for SSE, an event) gets a LineTooLongError instead of growing memory forever.
 * Pure: no network, no DOM.
 */
import { createParser } from 'eventsource-parser';
import { parseEvent, StreamEvent } from './parse';

/** Longest line (SSE: event) taken, in characters: far above any log line, far below trouble. */
export const MAX_LINE = 1 << 20;

export class LineTooLongError extends Error {
  constructor(readonly limit: number) {
    super(`a line longer than ${limit.toLocaleString('en-US')} characters arrived without a line end`);
    this.name = 'LineTooLongError';
  }
}

export interface DecoderHooks {
  onEvent(event: StreamEvent): void;
  /** The id to resume from changed (SSE `id:`, an NDJSON object's `id`); '' means none. */
  onId(id: string): void;
  /** SSE `retry:` (ms): the server's reconnection time. */
  onRetry?(ms: number): void;
}

export interface Decoder {
  /** Decoded text, in any slicing. Throws LineTooLongError past the bound. */
  push(text: string): void;
  /** The response ended: a last NDJSON line without a newline still counts; a half SSE event does not (the spec drops it). */
  end(): void;
}

/**
 * Splits text into lines across chunk boundaries and hands each complete line
 * to `onLine` (`end` the last one, without a newline). Blank lines are skipped,
 * `\r\n` is accepted. A line past `max` characters throws LineTooLongError
 * (after the lines before it were handed over: nothing before it is lost).
 */
export function lineSplitter(onLine: (line: string) => void, max = MAX_LINE) {
  // Pieces of the unfinished line, joined only when its end arrives (a long line in many chunks stays linear).
  let rest: string[] = [];
  let restLength = 0;
  const take = (line: string) => {
    if (line.length > max) throw new LineTooLongError(max);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() !== '') onLine(line);
  };
  const reset = () => {
    rest = [];
    restLength = 0;
  };
  return {
    push(chunk: string): void {
      const last = chunk.lastIndexOf('\n');
      if (last < 0) {
        restLength += chunk.length;
        rest.push(chunk);
        if (restLength > max) {
          reset();
          throw new LineTooLongError(max);
        }
        return;
      }
      rest.push(chunk.slice(0, last));
      const lines = rest.join('').split('\n');
      reset();
      for (const line of lines) take(line);
      rest.push(chunk.slice(last + 1));
      restLength = rest[0].length;
      if (restLength > max) {
        reset();
        throw new LineTooLongError(max);
      }
    },
    end(): void {
      const last = rest.join('');
      reset();
      take(last);
    },
  };
}

/** NDJSON (or plain text): one event per line; an object's `id` is the id to resume from. */
export function ndjsonDecoder(hooks: DecoderHooks, maxLine = MAX_LINE, now = Date.now): Decoder {
  return lineSplitter(line => {
    const event = parseEvent(line, now());
    if (event.id !== undefined) hooks.onId(String(event.id));
    hooks.onEvent(event);
  }, maxLine);
}

/**
 * Server-Sent Events: each `message` event (no `event:` field, or `message`)
 * is one line; other event types (pings, named events) are not log lines. The
 * id to resume from follows the spec: every `id:` field sets it, for any event
 * type; an event's own `id:` also identifies it (a repeat is dropped later).
 */
export function sseDecoder(hooks: DecoderHooks, maxLine = MAX_LINE, now = Date.now): Decoder {
  let overflow = false;
  const parser = createParser({
    maxBufferSize: maxLine,
    onId: hooks.onId,
    onRetry: ms => hooks.onRetry?.(ms),
    onEvent: e => {
      if (e.event === undefined || e.event === 'message') hooks.onEvent(parseEvent(e.data, now(), e.id || undefined));
    },
    // Unknown fields and bad `retry:` values are ignored, as the spec says; only the bound stops.
    onError: err => void (err.type === 'max-buffer-size-exceeded' && (overflow = true)),
  });
  return {
    push(text) {
      parser.feed(text);
      if (overflow) throw new LineTooLongError(maxLine);
    },
    end() {
      parser.reset();
    },
  };
}
