/**
 * One store per page, whichever build defined the elements. Every build of the kit (the CDN
 * bundle, the per-tag npm build, a second copy of either from another URL) carries its own
 * Stencil runtime and its own @stencil/store, and a store re-renders only the elements of the
 * runtime that created it. So the builds meet here instead: a page-global hub holds the page's
 * state; each build's store writes every change through to it, and mirrors what the others
 * write into its own state, which re-renders its own elements.
 *
 * The hub lives on `globalThis` under `Symbol.for(HUB_KEY)` (the same symbol in every copy).
 * Its `protocol` names the shape below: copies that speak another one stay on their own and
 * the page gets one console warning saying what to change.
 */
import type { ObservableMap } from '@stencil/store';

export const HUB_KEY = 'live-backend-runtime.store';
/** Bump when the hub's shape or the meaning of a state key changes incompatibly. */
export const HUB_PROTOCOL = 1;

type Receiver = (key: string, value: unknown) => void;

export interface Hub {
  protocol: number;
  /** Package version of the copy that created the hub (named in the warning). */
  version: string;
  /** The page's state: every key of every connected store. */
  state: Record<string, unknown>;
  /** One receiver per connected store. */
  stores: Set<Receiver>;
  /** Next runtime log line id: unique across every copy on the page. */
  nextLineId: number;
}

const WARNED = 'live-backend-runtime.warned';

/**
 * Connects `store` to the page's hub (creating it when this is the first copy) and returns
 * the hub, or undefined when the page already has a hub of another protocol (then the store
 * stays local and the page is warned once).
 */
export function connectStore<T extends object>(store: ObservableMap<T>, version: string, scope: any = globalThis): Hub | undefined {
  const key = Symbol.for(HUB_KEY);
  const existing: Hub | undefined = scope[key];
  if (existing && existing.protocol !== HUB_PROTOCOL) {
    if (!scope[Symbol.for(WARNED)]) {
      scope[Symbol.for(WARNED)] = true;
      console.warn(
        `live-backend-runtime: this page loads two incompatible copies of the kit (${existing.version ?? 'unknown'} and ${version}); ` +
          `their elements do not share content or state. Load one version only: the CDN script or the npm build, not both at different versions.`,
      );
    }
    return undefined;
  }
  // A copy that arrives late takes the page's state as it is now.
  if (existing) for (const [k, value] of Object.entries(existing.state)) store.set(k as keyof T & string, value as T[keyof T]);
  const page: Hub = existing ?? (scope[key] = { protocol: HUB_PROTOCOL, version, state: { ...(store.state as Record<string, unknown>) }, stores: new Set<Receiver>(), nextLineId: 1 });
  const receive: Receiver = (k, value) => store.set(k as keyof T & string, value as T[keyof T]);
  const publish = (k: string, value: unknown) => {
    // A mirrored write comes back here with the value the hub already holds: it stops.
    if (page.state[k] === value) return;
    page.state[k] = value;
    for (const other of page.stores) if (other !== receive) other(k, value);
  };
  page.stores.add(receive);
  store.on('set', (k, value) => publish(k as string, value));
  store.on('reset', () => Object.entries(store.state).forEach(([k, value]) => publish(k, value)));
  return page;
}
