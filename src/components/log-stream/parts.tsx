/**
 * The log stream's pieces as functional components: one row, the filter
 * controls, the connection badge and the sentence under it. They render what
 * they are given; the element owns the state.
 */
import { FunctionalComponent, h } from '@stencil/core';
import { LogFilter, segments } from './filter';
import { ConnectionInfo, ConnectionState, describeConnection } from './connection';
import { formatTime, LogRow, rowText } from './parse';

/** One row. `typed` ≥ 0: the intro is typing it, this many characters show. Matches of `query` are marked. */
export const Row: FunctionalComponent<{ row: LogRow; typed: number; query?: string }> = ({ row, typed, query }) => {
  const text = (t: string) => segments(t, query).map(s => (s.mark ? <mark>{s.text}</mark> : s.text));
  if (typed >= 0) {
    return (
      <div class={`row ${row.kind} typing`} part="row" key={row.key}>
        {rowText(row).slice(0, typed)}
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
};

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
    <label class="follow">
      <input type="checkbox" checked={follow} onChange={ev => onFollow((ev.target as HTMLInputElement).checked)} />
      <span>Follow</span>
    </label>
    <button type="button" class="copy" onClick={() => onCopy()}>
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
    <p class={{ source: true, stopped: !!stopped }} part="source">
      {detail}
    </p>
  ) : null;
};
