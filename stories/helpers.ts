/** Story helpers: build an element from args, the way a host page would. */
// The elements' own store: the same module instance the dist-custom-elements build uses.
import { resetStore, setContent } from '../dist/components/index.js';

export type Theme = 'dark' | 'light' | 'auto';

/**
 * Creates `<tag>` with `args` set as properties (content objects included).
 * Each story starts from a fresh store, so stories never leak into each other;
 * `store` puts a page-wide content document in it (as <lbr-runtime> would).
 */
export function element(tag: string, args: Record<string, unknown>, store?: unknown): HTMLElement {
  resetStore();
  if (store) void setContent(store);
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(args)) {
    if (value !== undefined && value !== '') (el as any)[key] = value;
  }
  return el;
}

/** Wraps an element so it shows its final state at once (what prefers-reduced-motion does). */
export function reducedMotion(el: HTMLElement): HTMLElement {
  const wrap = document.createElement('div');
  wrap.setAttribute('data-lbr-reduced-motion', '');
  wrap.appendChild(el);
  return wrap;
}

/** argTypes for the `theme` attribute every element has. */
export const themeArg = { control: { type: 'inline-radio' }, options: ['dark', 'light', 'auto'] as Theme[] };
