/**
 * The log stream's pieces as functional components: the rows (wrapped into
 * screen lines), the filter controls, the connection badge and the sentence
 * under it. They render what they are given; the element owns the state.
 */
import { FunctionalComponent, h } from '@stencil/core';
import { LogFilter, segments } from './filter';
import { ConnectionInfo, ConnectionState, describeConnection } from './connection';
import { formatTime, LogRow, rowText } from './parse';
import type { LogView } from './view';
import { CSS } from './resources';
import type { RowWindow } from './viewport';
import { columnsIn, rowIndent, rowLines } from './wrap';

/** text[from, to) with the matches of `query` as <mark>s. */
const marked = (text: string, query: string | undefined, from = 0, to = text.length) => segments(text, query, from, to).map(s => (s.mark ? <mark>{s.text}</mark> : s.text));

/** A row's prefix: `[2025] `, `-> `, or `12:00:01 WARN  `; while it is being typed, the typed part of it as plain text. */
function prefix(row: LogRow, typed: number, query?: string) {
  if (typed >= 0) return rowText(row).slice(0, Math.min(typed, rowText(row).length - row.text.length));
  if (row.kind === 'header') return [<span class="year">[{marked(String(row.year), query)}]</span>, ' '];
  if (row.kind === 'line') return [<span class="arrow">-&gt;</span>, ' '];
  return [<time>{formatTime(row.time ?? 0)}</time>, ' ', <span class="level">{(row.level ?? 'info').toUpperCase()}</span>, ' '];
}

/**
 * One row as whole screen lines (wrap.ts says where they break; continuation
 * lines are indented past the prefix). `typed` ≥ 0: the intro is typing it and
 * this many characters show, in lines already as tall as the whole row.
 * Matches of `query` are marked.
 */
export const Row: FunctionalComponent<{ row: LogRow; typed: number; query?: string; cols: number }> = ({ row, typed, query, cols }) => {
  const text = row.text;
  const starts = rowLines(row, cols);
  const shown = typed >= 0 ? Math.max(0, typed - (rowText(row).length - text.length)) : text.length;
  // The caret ends the last line with typed text in it.
  const caret = typed >= 0 ? Math.max(0, starts.filter(start => start < shown).length - 1) : -1;
  const indent = `${row.kind === 'line' ? 3 : rowIndent(row)}ch`;
  const level = row.kind === 'event' ? ` level-${row.level ?? 'info'}` : '';
  return (
    <div class={`${CSS.row} ${row.kind}${level}${typed >= 0 ? ` ${CSS.typing}` : ''}`} part="row" key={row.key}>
      {starts.map((start, i) => {
        const end = Math.min(starts[i + 1] ?? text.length, shown);
        return (
          <span class={{ [CSS.screenLine]: true, caret: i === caret }} style={i ? { paddingInlineStart: indent } : undefined}>
            {i ? null : prefix(row, typed, query)}
            {start < end ? marked(text, query, start, end) : null}
          </span>
        );
      })}
    </div>
  );
};

/**
 * The scrolling log's inside: a spacer as tall as every screen line with the
 * window of rows in it, the probe `measureColumns` reads, and a line when
 * nothing shows.
 */
export const Lines: FunctionalComponent<{ view: LogView; win: RowWindow; query?: string }> = ({ view, win, query }) => [
  <div class="spacer" style={{ height: `${view.lineTotal * view.rowHeight}px` }}>
    <div class="rows" style={{ transform: `translateY(${view.top(win.start)}px)` }}>
      {view.slice(win).map(row => (
        <Row row={row} typed={view.typed(row)} query={query} cols={view.columns} />
      ))}
    </div>
  </div>,
  <span class="measure" aria-hidden="true">
    0000000000
  </span>,
  view.count === 0 ? <p class="empty">{view.total ? 'No lines match the filters.' : 'No lines yet.'}</p> : null,
];

/** "Showing N of M lines", and how many live lines were dropped past the cap. */
export const Count: FunctionalComponent<{ view: LogView }> = ({ view }) => {
  const n = (x: number) => x.toLocaleString('en-US');
  const dropped = view.live.dropped;
  return (
    <p class={CSS.count} part="count">
      Showing {n(view.count)} of {n(view.size)} lines
      {dropped ? ` · ${n(dropped)} dropped (max ${n(view.live.capacity)})` : ''}
    </p>
  );
};

/** Columns of a screen line in the log `viewport` (its `.rows` padding off, measured on its `.measure` probe of ten characters). */
export function measureColumns(viewport: HTMLElement): number {
  const probe = viewport.querySelector('.measure');
  const rows = viewport.querySelector('.rows');
  if (!probe || !rows) return Infinity;
  const cs = getComputedStyle(rows);
  return columnsIn(viewport.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight), probe.getBoundingClientRect().width / 10);
}

export interface ControlsProps {
  years: number[];
  tags: string[];
  filter: LogFilter;
  follow: boolean;
  onFilter(change: LogFilter & { clearYear?: boolean }): void;
  onFollow(on: boolean): void;
  onCopy(): void;
}

/** Year, tag, search, follow and copy: labelled form controls. */
export const Controls: FunctionalComponent<ControlsProps> = ({ years, tags, filter, follow, onFilter, onFollow, onCopy }) => (
  <div class="controls" part="controls">
    <label>
      <span>Year</span>
      <select onChange={ev => onFilter({ year: (ev.target as HTMLSelectElement).value ? Number((ev.target as HTMLSelectElement).value) : undefined, clearYear: true })}>
        <option value="" selected={filter.year === undefined}>
          All years
        </option>
        {years.map(y => (
          <option value={String(y)} selected={filter.year === y}>
            {y}
          </option>
        ))}
      </select>
    </label>
    <label>
      <span>Tag</span>
      <select onChange={ev => onFilter({ tag: (ev.target as HTMLSelectElement).value })}>
        <option value="" selected={!filter.tag}>
          All tags
        </option>
        {tags.map(t => (
          <option value={t} selected={filter.tag === t}>
            {t}
          </option>
        ))}
      </select>
    </label>
    <label class="search">
      <span>Search</span>
      <input type="search" value={filter.query ?? ''} autocomplete="off" spellcheck={false} onInput={ev => onFilter({ query: (ev.target as HTMLInputElement).value })} />
    </label>
    <label class={CSS.follow}>
      <input type="checkbox" checked={follow} onChange={ev => onFollow((ev.target as HTMLInputElement).checked)} />
      <span>Follow</span>
    </label>
    <button type="button" class={CSS.copy} onClick={() => onCopy()}>
      Copy lines
    </button>
  </div>
);

export type Connection = { state: ConnectionState; info: ConnectionInfo };

/** The connection state badge, in the title bar. */
export const ConnectionBadge: FunctionalComponent<{ connection?: Connection }> = ({ connection }) => {
  if (!connection) return null;
  const { badge, stopped } = describeConnection(connection.state, connection.info);
  return (
    <span class={{ connection: true, [connection.state]: true, stopped: !!stopped }} part="connection">
      <span class="dot" aria-hidden="true"></span>
      {badge}
    </span>
  );
};

/** Under the bar while retrying or closed: why, and what happens next. */
export const ConnectionDetail: FunctionalComponent<{ connection?: Connection }> = ({ connection }) => {
  const { detail, stopped } = connection ? describeConnection(connection.state, connection.info) : { detail: undefined, stopped: false };
  return detail ? (
    <p class={{ [CSS.source]: true, stopped: !!stopped }} part="source">
      {detail}
    </p>
  ) : null;
};
