/**
 * One store per page, whichever build defined the elements. Every build of the kit (the CDN
 * bundle, the per-tag npm build, a second copy of either from another URL) carries its own
 * Stencil runtime, and a runtime re-renders only its own elements. So the page's state lives
 * in none of them: it lives in a page-global hub. Each build's store reads and writes the hub's
 * state, remembers which of its own elements read which key while rendering, and re-renders
 * those when the key changes, whichever copy wrote it.
 *
 * The hub lives on `globalThis` under `Symbol.for(HUB_KEY)` (the same symbol in every copy).
 * Its `protocol` names the shape below: copies that speak another one stay on their own and
 * the page gets one console warning saying what to change.
 *
 * Why not @stencil/store: it keeps its state per build, so sharing took a second layer that
 * mirrored every write into every copy's store; and it reads Stencil through a namespace
 * import that kept all of Stencil's runtime in every page unless rewritten at build time.
 * This is the one layer, on what Stencil exports for it (getRenderingRef, forceUpdate,
 * getElement), at about a quarter of the bytes.
 */
import { forceUpdate, getElement, getRenderingRef } from '@stencil/core';

export const HUB_KEY = 'live-backend-runtime.store';
/** Bump when the hub's shape or the meaning of a state key changes incompatibly. */
export const HUB_PROTOCOL = 1;

/** Told of every write to the hub's state (one per connected store). */
type Receiver = (key: string, value: unknown) => void;

export interface Hub {
  protocol: number;
  /** Package version of the copy that created the hub (named in the warning). */
  version: string;
  /** The page's state: every key of every connected store. */
  state: Record<string, unknown>;
  /** One receiver per connected store; a write is the hub's state changing, then each of these told. */
  stores: Set<Receiver>;
  /** Next runtime log line id: unique across every copy on the page. */
  nextLineId: number;
}

/** A build's view of the page's state. */
export interface PageStore<T extends object> {
  /**
   * The page's state. Reading a key while an element renders subscribes that element;
   * writing a key re-renders every element that read it, in every build on the page.
   */
  readonly state: T;
  get<K extends keyof T & string>(key: K): T[K];
  set<K extends keyof T & string>(key: K, value: T[K]): void;
  /** Calls `listener` with each new value of `key`, whichever copy wrote it. Returns the unsubscribe. */
  onChange<K extends keyof T & string>(key: K, listener: (value: T[K]) => void): () => void;
  /** Writes the initial state back (every copy on the page hears it). */
  reset(): void;
  /** The hub this store shares: the page's, or its own when the page's speaks another protocol. */
  readonly hub: Hub;
}

const WARNED = 'live-backend-runtime.warned';

const newHub = (version: string): Hub => ({ protocol: HUB_PROTOCOL, version, state: {}, stores: new Set(), nextLineId: 1 });

/**
 * A store on the page's hub in `scope` (created when this is the first copy). A copy that
 * loads late takes the page's state as it is; the keys it knows that the page lacks start
 * at `initial`. When the page's hub speaks another protocol, the store keeps a hub of its
 * own and the page is warned once. `scope` is `globalThis` in a browser; pass a fresh object
 * for a store of one's own (server rendering, where one process renders many pages).
 */
export function createPageStore<T extends object>(initial: () => T, version: string, scope: any = globalThis): PageStore<T> {
  const key = Symbol.for(HUB_KEY);
  const existing: Hub | undefined = scope[key];
  let hub: Hub;
  if (existing && existing.protocol !== HUB_PROTOCOL) {
    if (!scope[Symbol.for(WARNED)]) {
      scope[Symbol.for(WARNED)] = true;
      console.warn(
        `live-backend-runtime: this page loads two incompatible copies of the kit (${existing.version ?? 'unknown'} and ${version}); ` +
          `their elements do not share content or state. Load one version only: the CDN script or the npm build, not both at different versions.`,
      );
    }
    hub = newHub(version);
  } else hub = existing ?? (scope[key] = newHub(version));
  const page = hub.state;
  for (const [k, value] of Object.entries(initial())) if (!(k in page)) page[k] = value;

  // Per key, this build's elements that read it while rendering (weakly: a removed element
  // is not kept alive by the store), and the onChange listeners.
  const readers = new Map<string, Set<WeakRef<object>>>();
  const refs = new WeakMap<object, WeakRef<object>>();
  const listeners = new Map<string, Set<(value: any) => void>>();
  const receive: Receiver = (k, value) => {
    const set = readers.get(k);
    set?.forEach(weak => {
      const ref = weak.deref();
      // An element no longer in the document is forgotten (it subscribes again when it renders again).
      if (ref && getElement(ref)?.isConnected) forceUpdate(ref);
      else set.delete(weak);
    });
    listeners.get(k)?.forEach(listener => listener(value));
  };
  hub.stores.add(receive);

  const get = (k: string) => {
    const ref = getRenderingRef();
    if (ref) {
      let weak = refs.get(ref);
      if (!weak) refs.set(ref, (weak = new WeakRef(ref)));
      if (!readers.has(k)) readers.set(k, new Set());
      readers.get(k)!.add(weak);
    }
    return page[k];
  };
  const set = (k: string, value: unknown) => {
    // An unchanged value is no write: nothing re-renders, and copies that mirror stop here.
    if (page[k] === value) return;
    page[k] = value;
    hub.stores.forEach(store => store(k, value));
  };
  const state = new Proxy(page, {
    get: (_, k) => (typeof k === 'string' ? get(k) : undefined),
    set: (_, k, value) => (typeof k === 'string' && set(k, value), true),
  }) as T;

  return {
    state,
    get: k => get(k) as T[typeof k],
    set,
    onChange(k, listener) {
      if (!listeners.has(k)) listeners.set(k, new Set());
      listeners.get(k)!.add(listener);
      return () => listeners.get(k)!.delete(listener);
    },
    reset: () => Object.entries(initial()).forEach(([k, value]) => set(k, value)),
    hub,
  };
}
