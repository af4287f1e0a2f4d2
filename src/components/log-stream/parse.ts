/**
 * Shapes of the log: content entries become rows (`[year] title` headers and
 * `-> line` rows), and live events (SSE messages, NDJSON lines, store lines)
 * become event rows. Pure: no DOM, no network.
 */
import type { LogEntry, LogLevel } from '../../data/types';

export type Order = 'asc' | 'desc';

export interface LogRow {
  /** Unique per row (content rows: strings, live rows: numbers — cheaper by the 100,000). */
  key: string | number;
  kind: 'header' | 'line' | 'event';
  /** The text without its prefix (title, line, or event text). */
  text: string;
  year?: number;
  tags?: readonly string[];
  /** Content entry index: a header and its lines share it (filters keep them together). */
  group?: number;
  level?: LogLevel;
  /** Epoch ms (events). */
  time?: number;
  /**
   * Word-wrap cache (wrap.ts): the columns the row needs on one line (-1: not worked out yet),
   * and its screen lines at `wrapCols` columns. Set when a row is made, so every row has one shape.
   */
  span?: number;
  wrapCols?: number;
  wrapLines?: number;
}

/** The word-wrap cache of a new row: nothing worked out yet. */
const WRAP = { span: -1, wrapCols: 0, wrapLines: 1 };

/** Content entries as rows, sorted by year (`desc`: newest first; ties keep document order). */
export function entriesToRows(entries: readonly LogEntry[], order: Order = 'desc'): LogRow[] {
  const sorted = entries.map((entry, index) => ({ entry, index })).sort((a, b) => (order === 'asc' ? a.entry.year - b.entry.year : b.entry.year - a.entry.year) || a.index - b.index);
  const rows: LogRow[] = [];
  for (const { entry, index } of sorted) {
    const tags = entry.tags ?? [];
    rows.push({ key: `c${index}`, kind: 'header', text: entry.title, year: entry.year, tags, group: index, ...WRAP });
    entry.lines.forEach((line, i) => rows.push({ key: `c${index}.${i}`, kind: 'line', text: line, year: entry.year, tags, group: index, ...WRAP }));
  }
  return rows;
}

/** What a live event may carry: plain text, or JSON `{ level, text, time, id }`. */
export interface StreamEvent {
  text: string;
  level: LogLevel;
  /** Epoch ms. */
  time: number;
  /** Dedup id (a number given to appendLines stays a number: cheaper in the Set). */
  id?: string | number;
  source?: string;
}

/** A line given to `appendLines()`: plain text or `{ text, level?, time?, id?, source? }`. */
export type LogInput = string | { text: string; level?: string; time?: number | string; id?: string | number; source?: string };

const LEVELS: Record<string, LogLevel> = { info: 'info', debug: 'info', trace: 'info', warn: 'warn', warning: 'warn', error: 'error', err: 'error', fatal: 'error', critical: 'error' };

/** One level from whatever a server sends ("WARNING", "err", …); anything else is info. */
export function toLevel(value: unknown): LogLevel {
  return (typeof value === 'string' && (LEVELS[value] || LEVELS[value.toLowerCase()])) || 'info';
}

/** A time from epoch ms, epoch seconds or an ISO string; `now` when absent or unreadable. */
export function toTime(value: unknown, now: number): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value < 1e11 ? value * 1000 : value;
  if (typeof value === 'string' && value) {
    const t = Date.parse(value);
    if (!Number.isNaN(t)) return t;
  }
  return now;
}

/**
 * One event's data (an SSE message's `data`, one NDJSON line): a JSON object
 * with `text` (or `message`/`msg`) is structured, anything else is plain text.
 * `id` is the SSE `lastEventId` (wins) or the object's `id` field.
 */
export function parseEvent(data: string, now: number, sseId?: string): StreamEvent {
  const trimmed = data.trim();
  if (trimmed.startsWith('{')) {
    try {
      const o = JSON.parse(trimmed);
      const text = o.text ?? o.message ?? o.msg;
      if (o && typeof o === 'object' && text !== undefined) {
        const id = sseId || (o.id !== undefined && o.id !== null ? String(o.id) : undefined);
        return { text: String(text), level: toLevel(o.level), time: toTime(o.time, now), id, source: typeof o.source === 'string' ? o.source : undefined };
      }
    } catch {
      // Not JSON after all: shown as the text it is.
    }
  }
  return { text: data, level: 'info', time: now, id: sseId || undefined };
}

/** A line given to `appendLines()` as an event. */
export function inputEvent(line: LogInput, now: number): StreamEvent {
  if (typeof line === 'string') return parseEvent(line, now);
  const id = typeof line.id === 'number' || typeof line.id === 'string' ? line.id : undefined;
  return { text: String(line.text), level: toLevel(line.level), time: toTime(line.time, now), id, source: typeof line.source === 'string' ? line.source : undefined };
}

/** `HH:MM:SS` in local time. */
export function formatTime(time: number): string {
  const d = new Date(time);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map(n => String(n).padStart(2, '0')).join(':');
}

/** A row as one line of plain text (copy, screen readers). */
export function rowText(row: LogRow): string {
  if (row.kind === 'header') return `[${row.year}] ${row.text}`;
  if (row.kind === 'line') return `-> ${row.text}`;
  return `${formatTime(row.time ?? 0)} ${(row.level ?? 'info').toUpperCase()} ${row.text}`;
}

/** An event as a row (its year is worked out from `time` only when a filter asks: see rowYear). */
export function eventRow(event: StreamEvent, key: string | number): LogRow {
  return { key, kind: 'event', text: event.text, level: event.level, time: event.time, tags: event.source ? [event.source] : undefined, year: undefined, ...WRAP };
}

/** A row's year: its entry's, or the year of its time (computed lazily: 100k Dates cost ~10 ms at ingest). */
export function rowYear(row: LogRow): number | undefined {
  if (row.year === undefined && row.time !== undefined) row.year = new Date(row.time).getFullYear();
  return row.year;
}
