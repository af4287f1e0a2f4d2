/**
 * What lbr-adr-viewer and lbr-incident-report share: the tabs that pick a
 * record (WAI-ARIA tabs with automatic activation: roving tabindex, arrows,
 * Home/End, aria-selected, the panel labelled by its tab) and the record
 * layout (title, status badge, labelled fields). Written once, as functional
 * components, with the shared keyboard helper (keys.ts).
 */
import { FunctionalComponent, h } from '@stencil/core';
import type { ContentIssue } from '../data/types';
import { headingTag } from './heading';
import { nextIndex } from './keys';

/** DOM ids inside one shadow root. */
export const tabId = (prefix: string, index: number) => `${prefix}-tab-${index}`;
export const panelId = (prefix: string) => `${prefix}-panel`;

export interface RecordTabsProps {
  /** Accessible name of the tab list. */
  label: string;
  /** Prefix for the tab and panel ids. */
  prefix: string;
  /** Index of the selected tab. */
  active: number;
  /** What each tab shows, one entry per record, in order. */
  items: unknown[];
  onSelect: (index: number) => void;
  orientation?: 'horizontal' | 'vertical';
  /** A visible line above the tabs saying what they do (the ADR viewer's "select record"). */
  caption?: string;
}

/**
 * The tab list, one tab per item. The selected tab is the only one in the tab order (roving tabindex); arrows,
 * Home and End move selection and focus together.
 */
export const RecordTabs: FunctionalComponent<RecordTabsProps> = props => {
  const { label, prefix, active, items, onSelect, orientation = 'vertical', caption } = props;
  const onKeyDown = (ev: KeyboardEvent) => {
    const next = nextIndex(ev.key, active, items.length);
    if (next === undefined || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    ev.preventDefault();
    onSelect(next);
    // The tabs stay the same buttons; only their state changes, so focus can move now.
    const tabs = (ev.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="tab"]');
    tabs[next]?.focus();
  };
  const captionId = caption ? `${prefix}-tabs-caption` : undefined;
  const list = (
    <div class="tabs" role="tablist" aria-label={label} aria-describedby={captionId} aria-orientation={orientation} part="tablist" onKeyDown={onKeyDown}>
      {items.map((item, i) => (
        <button
          type="button"
          role="tab"
          id={tabId(prefix, i)}
          class={{ tab: true, selected: i === active }}
          part={i === active ? 'tab tab-selected' : 'tab'}
          aria-selected={i === active ? 'true' : 'false'}
          aria-controls={panelId(prefix)}
          tabIndex={i === active ? 0 : -1}
          onClick={() => onSelect(i)}
        >
          {item}
        </button>
      ))}
    </div>
  );
  // A tab list holds tabs only: the caption sits beside it, in a wrapper that takes the list's place in the layout.
  return caption ? (
    <div class="tabs-wrap">
      <p class="eyebrow tabs-caption" id={captionId} part="tabs-caption">
        {caption}
      </p>
      {list}
    </div>
  ) : (
    list
  );
};

/** The panel of the selected tab (or a plain region when there is only one record and no tabs). */
export const RecordPanel: FunctionalComponent<{ prefix: string; active: number; tabs: boolean }> = ({ prefix, active, tabs }, children) =>
  tabs ? (
    <div class="panel" role="tabpanel" id={panelId(prefix)} aria-labelledby={tabId(prefix, active)} tabIndex={0} part="panel">
      {children}
    </div>
  ) : (
    <div class="panel" part="panel">
      {children}
    </div>
  );

/** How a status reads at a glance: each maps to a theme colour. */
export type Tone = 'ok' | 'warn' | 'error' | 'muted' | 'accent';

export interface Field {
  label: string;
  /** Text, or JSX when part of it is marked (e.g. the decision's key phrase). Empty text is not shown. */
  value: string | unknown;
}

export interface RecordViewProps {
  heading: string;
  /** 1–6; the heading element of the record title. */
  level: number;
  eyebrow?: string;
  /** Shown before the badge, e.g. the ADR id ("ADR-001 /"). */
  meta?: string;
  status: string;
  tone: Tone;
  /** Show "status:" before the badge (the incident layout); otherwise it is for screen readers only. */
  statusPrefix?: boolean;
  badgeRef?: (el: HTMLElement | undefined) => void;
  date?: string;
  lead?: string;
  fields: Field[];
}

/** One record: eyebrow, title, status badge (and date), lead text, labelled fields. */
export const RecordView: FunctionalComponent<RecordViewProps> = p => {
  const Heading = headingTag(p.level) as any;
  const fields = p.fields.filter(f => (typeof f.value === 'string' ? f.value.trim() !== '' : f.value != null));
  return (
    <article class="record" part="record">
      {p.eyebrow ? <p class="eyebrow">{p.eyebrow}</p> : null}
      <Heading class="record-title" part="title">
        {p.heading}
      </Heading>
      {p.lead ? <p class="lead">{p.lead}</p> : null}
      <p class="record-meta">
        {p.meta ? <span class="record-id">{p.meta} / </span> : null}
        <span class={p.statusPrefix ? 'status-label' : 'visually-hidden'}>status: </span>
        <span class={`badge-wrap tone-${p.tone}`}>
          <span class="badge" part="status" ref={el => p.badgeRef?.(el)}>
            {p.status}
          </span>
        </span>
        {p.date ? (
          <time class="record-date" dateTime={p.date}>
            {p.date}
          </time>
        ) : null}
      </p>
      <dl class="fields" part="fields">
        {fields.map(f => (
          <div class="field" part="field">
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
};

export interface SourceError {
  source: string;
  errors: ContentIssue[];
}

/** Files that could not be loaded or read, each with its URL; the other records stay. */
export const SourceErrors: FunctionalComponent<{ failed: SourceError[]; what: string }> = ({ failed, what }) =>
  failed.length ? (
    <div class="content-error" role="alert" part="error">
      <strong>
        Could not import {failed.length} {what}
        {failed.length === 1 ? '' : 's'}:
      </strong>
      <ul>
        {failed.map(f => (
          <li>
            <code class="source">{f.source}</code>:{' '}
            {f.errors.map((e, i) => [i ? '; ' : '', e.path === '(document)' ? '' : `${e.path}: `, e.message])}
          </li>
        ))}
      </ul>
    </div>
  ) : null;
