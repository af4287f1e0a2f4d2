/**
 * The one shared store. Elements read `state`; they write only through the
 * named actions below, so every cross-widget effect has one obvious entry.
 * One per page, not per build: every copy of the kit on a page (CDN bundle,
 * npm build) reads and writes one page-global hub (./hub.ts).
 */
import { Build } from '@stencil/core';
import { version } from '../../package.json';
import type { ContentDocument, ContentIssue, LogLevel, Metrics, Section, ValidationResult } from '../data/types';
import { createPageStore } from './hub';

export type BootState = 'idle' | 'booting' | 'online';
export type Health = 'ok' | 'degraded' | 'down';
export type { LogLevel };

export interface RuntimeLine {
  /** Monotonic id, unique per page. */
  id: number;
  /** Epoch milliseconds. */
  time: number;
  level: LogLevel;
  text: string;
  /** Who wrote it, e.g. "outage-game". */
  source?: string;
}

export interface GameMetrics extends Metrics {
  scenarioId: string;
  title: string;
}

export interface RuntimeState {
  /** The user's content. Sections it leaves out fall back to the demo in each element. */
  content: ContentDocument;
  /** Bumped on every content change, so elements can reset derived state. */
  contentVersion: number;
  /** `setContent` calls still reading or validating their document: elements wait for them before their first render. */
  contentPending: number;
  boot: BootState;
  selectedServiceId: string | null;
  /** Per service id (or layer kind): anything absent is healthy. */
  health: Record<string, Health>;
  runtimeLogs: RuntimeLine[];
  game: GameMetrics | null;
}

/** Runtime lines kept in the store; the log stream keeps its own larger buffer. */
export const MAX_RUNTIME_LINES = 500;

const initial = (): RuntimeState => ({
  content: {},
  contentVersion: 0,
  contentPending: 0,
  boot: 'idle',
  selectedServiceId: null,
  health: {},
  runtimeLogs: [],
  game: null,
});

/**
 * The page's store (see hub.ts): every copy of the kit on the page, CDN or npm build, shares
 * this state. On the server, where one process renders many pages, a store of its own.
 */
export const store = createPageStore<RuntimeState>(initial, version, Build.isBrowser ? globalThis : {});
export const state = store.state;

export type SetContentResult = { ok: true } | { ok: false; errors: ContentIssue[] };

/**
 * Validates a content document (object or JSON string) without applying it: the typed
 * content, or every problem with its field path. Never throws.
 *
 * The validator loads on first use, so a page that shows only the demo never downloads it.
 * It is reached only through this dynamic import (never statically from the package root):
 * an app whose entry awaits `setContent` at top level would otherwise deadlock, its bundler
 * having put the validator's chunk behind the very entry that waits for it.
 */
export async function validateContent(doc: unknown): Promise<ValidationResult> {
  return (await import('../data/validate')).validateContent(doc);
}

/**
 * The kit's content document for a JSON Resume (v1, or pre-v1 names such as
 * `work[].company`): see docs/json-resume.md. Never throws; run the result through
 * `validateContent` or `setContent` (which also accept a resume as it is). The JSON
 * Resume reader loads on first use (the validator loads it only for a resume), for
 * the reason given above.
 */
export async function fromJsonResume(doc: unknown): Promise<ContentDocument> {
  return (await import('../data/json-resume')).fromJsonResume(doc);
}

/**
 * Validates a document and, when valid, makes it the page's content.
 * Invalid content is refused whole and the previous content is kept.
 *
 * `doc` may be a promise of the document (`setContent(fetch(url).then(r => r.json()))`): called
 * while the page loads, elements wait for it before their first render (as they wait for
 * `<lbr-runtime src>`, at most 3 s), so the demo never shows first. A promise that rejects is
 * refused with the reason under the path `(document)`.
 */
export async function setContent(doc: unknown): Promise<SetContentResult> {
  state.contentPending++;
  try {
    let value: unknown;
    try {
      value = await doc;
    } catch (e) {
      return { ok: false, errors: [{ path: '(document)', message: `could not read the document: ${e instanceof Error ? e.message : String(e)}` }] };
    }
    const result = await validateContent(value);
    if (!result.ok) return result;
    state.content = result.content;
    state.contentVersion++;
    return { ok: true };
  } finally {
    state.contentPending--;
  }
}

/** The user's value for one section, or undefined (the element then shows its demo). */
export function userSection<K extends Section>(key: K): ContentDocument[K] {
  return state.content[key];
}

export function setBoot(value: BootState): void {
  state.boot = value;
}

export function selectService(id: string | null): void {
  state.selectedServiceId = id;
}

/** Marks services (ids or layer kinds) with a health; `ok` clears the mark. */
export function setHealth(ids: readonly string[], health: Health): void {
  const next = { ...state.health };
  for (const id of ids) {
    if (health === 'ok') delete next[id];
    else next[id] = health;
  }
  state.health = next;
}

export function clearHealth(): void {
  state.health = {};
}

/** Appends a line to the runtime log (the log stream shows it live). */
export function appendLog(text: string, level: LogLevel = 'info', source?: string): RuntimeLine {
  const line: RuntimeLine = { id: store.hub.nextLineId++, time: Date.now(), level, text, source };
  const lines = state.runtimeLogs.length >= MAX_RUNTIME_LINES ? state.runtimeLogs.slice(1) : state.runtimeLogs.slice();
  lines.push(line);
  state.runtimeLogs = lines;
  return line;
}

export function clearLogs(): void {
  state.runtimeLogs = [];
}

export function setGameMetrics(value: GameMetrics | null): void {
  state.game = value;
}

/** Back to the demo and a fresh runtime (tests, Storybook). */
export function resetStore(): void {
  store.reset();
}
