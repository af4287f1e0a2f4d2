/** Story helpers: build an element from args, the way a host page would. */
// The elements' own store: the same module instance the dist-custom-elements build uses.
import { resetStore, setContent } from '../dist/components/index.js';
import { eventOfArg } from '../.storybook/arg-types';

/**
 * Applies one arg to an element as a host page would: `--lbr-*` tokens as inline custom
 * properties, `on…` actions as event listeners (`onLbrLogFilter` listens to `lbrLogFilter`),
 * anything else as a property ('' is unset, as an empty control is).
 */
export function setArg(el: HTMLElement, key: string, value: unknown, previous?: unknown): void {
  if (key.startsWith('--')) {
    if (typeof value === 'string' && value !== '') el.style.setProperty(key, value);
    else el.style.removeProperty(key);
    return;
  }
  const event = eventOfArg(key);
  if (event && (typeof value === 'function' || typeof previous === 'function')) {
    if (typeof previous === 'function') el.removeEventListener(event, previous as EventListener);
    if (typeof value === 'function') el.addEventListener(event, value as EventListener);
    return;
  }
  // Methods, parts and slots are listed in the args table; they are not args to set.
  if (key.includes('(') || key.startsWith('slot:')) return;
  (el as any)[key] = value === '' ? undefined : value;
}

/**
 * Creates `<tag>` with `args` applied (content objects included).
 * Each story starts from a fresh store, so stories never leak into each other;
 * `store` puts a page-wide content document in it (as <lbr-runtime> would).
 * Later changes of a control reach this same element (preview.ts), as on a live page.
 */
export function element(tag: string, args: Record<string, unknown>, store?: unknown): HTMLElement {
  resetStore();
  if (store) void setContent(store);
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(args)) if (value !== undefined) setArg(el, key, value);
  return el;
}

/** Wraps an element so it shows its final state at once (what prefers-reduced-motion does). */
export function reducedMotion(el: HTMLElement): HTMLElement {
  const wrap = document.createElement('div');
  wrap.setAttribute('data-lbr-reduced-motion', '');
  wrap.appendChild(el);
  return wrap;
}
