/**
 * The game's memory across visits: best score and lifetime totals in
 * localStorage under one versioned key. Storage is a nice-to-have: when it is
 * missing, throws (private mode, sandboxed iframes), is full (quota) or holds
 * something we did not write (corrupted JSON, another shape), the game keeps
 * the values in memory for this page and never shows an error.
 */

export const STORAGE_KEY = 'lbr:outage:v1';

export interface Progress {
  best: number;
  /** Decks played to the end. */
  games: number;
  solved: number;
  cleanFixes: number;
  crashes: number;
  hintsUsed: number;
}

export const EMPTY_PROGRESS: Progress = { best: 0, games: 0, solved: 0, cleanFixes: 0, crashes: 0, hintsUsed: 0 };

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** Reads and writes Progress; falls back to memory whenever storage fails. */
export class ProgressStore {
  private memory: Progress;
  /** False once storage failed: we stop touching it for this page. */
  persistent: boolean;

  /** @param storage defaults to `window.localStorage` when reachable. */
  constructor(private storage: StorageLike | null | undefined = defaultStorage()) {
    this.persistent = !!this.storage;
    this.memory = this.read() ?? { ...EMPTY_PROGRESS };
  }

  get(): Progress {
    return { ...this.memory };
  }

  /** Adds `delta` to the totals and keeps the higher best; returns the new progress. */
  record(delta: Partial<Progress>): Progress {
    const m = this.memory;
    this.memory = {
      best: Math.max(m.best, delta.best ?? m.best),
      games: m.games + (delta.games ?? 0),
      solved: m.solved + (delta.solved ?? 0),
      cleanFixes: m.cleanFixes + (delta.cleanFixes ?? 0),
      crashes: m.crashes + (delta.crashes ?? 0),
      hintsUsed: m.hintsUsed + (delta.hintsUsed ?? 0),
    };
    this.write();
    return this.get();
  }

  private read(): Progress | undefined {
    if (!this.storage) return undefined;
    try {
      const raw = this.storage.getItem(STORAGE_KEY);
      return raw === null ? undefined : parseProgress(raw);
    } catch {
      this.persistent = false;
      return undefined;
    }
  }

  private write(): void {
    if (!this.storage || !this.persistent) return;
    try {
      this.storage.setItem(STORAGE_KEY, JSON.stringify(this.memory));
    } catch {
      // Quota or a revoked permission: memory keeps going for this page.
      this.persistent = false;
    }
  }
}

/** Stored text to Progress; a field that is not a finite number >= 0 becomes 0 (best starts at 0 and only rises). */
export function parseProgress(raw: string): Progress | undefined {
  let value: any;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out = { ...EMPTY_PROGRESS };
  for (const key of Object.keys(out) as (keyof Progress)[]) {
    const n = value[key];
    out[key] = typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : 0;
  }
  return out;
}

function defaultStorage(): StorageLike | undefined {
  try {
    // Reading the property itself throws in some sandboxes.
    return typeof window !== 'undefined' ? window.localStorage ?? undefined : undefined;
  } catch {
    return undefined;
  }
}
