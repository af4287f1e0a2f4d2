/**
 * The contact draft, so a reload (or a crash, or a closed tab) never loses
 * what was typed: in localStorage under a versioned key (a later shape gets a
 * new key instead of misreading this one), and always also in memory for the
 * life of the page.
 *
 * Storage can be missing, full, disabled or hold junk: Safari private mode,
 * a QuotaExceededError, a SecurityError from blocked site data, a sandboxed
 * (opaque-origin) iframe where even reading `localStorage` throws. Then the
 * in-memory copy still carries the draft across removing and re-adding the
 * element on the same page, and `durable` turns false so the element can say
 * that it will not survive a reload. Nothing here ever throws.
 *
 * Drafts expire DRAFT_TTL_MS after they were last saved: a half-written
 * message does not sit in a shared computer's storage forever.
 *
 * A queued message keeps its idempotency key and first-submit time in the
 * draft too, so a resend after a reload is still the same message to the
 * receiver.
 */
import type { ContactFields } from './outbox';

export const DRAFT_KEY = 'lbr:contact:v1';

/** How long a saved draft is kept after its last change: 7 days. */
export const DRAFT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface Draft extends ContactFields {
  /** Idempotency key of the queued message, when one was submitted and not delivered. */
  key?: string;
  /** Its first-submit time (ISO). */
  sentAt?: string;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** window.localStorage, or undefined when reading it throws or there is no window. */
export function browserStorage(): StorageLike | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage ?? undefined : undefined;
  } catch {
    return undefined;
  }
}

const str = (v: unknown, max = 20000) => (typeof v === 'string' ? v.slice(0, max) : '');
const isEmpty = (d: Draft) => !d.name && !d.email && !d.message && !d.key;

/** The stored JSON, or undefined (nothing saved, unreadable, expired, or not our shape). */
function parse(raw: string | null | undefined, now: number): Draft | undefined {
  if (!raw) return undefined;
  const value = JSON.parse(raw);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  // A draft saved before drafts carried `savedAt` counts from now (and gets a date at its next save).
  if (typeof value.savedAt === 'number' && now - value.savedAt > DRAFT_TTL_MS) return undefined;
  const draft: Draft = { name: str(value.name, 200), email: str(value.email, 320), message: str(value.message) };
  if (typeof value.key === 'string' && value.key && typeof value.sentAt === 'string') {
    draft.key = value.key.slice(0, 100);
    draft.sentAt = value.sentAt.slice(0, 40);
  }
  return draft;
}

export class DraftStore {
  /** This page's latest draft: undefined until the page saves or clears one, null once cleared. */
  private memory: Draft | null | undefined;
  /** False once storage failed to keep the draft: it lives in memory only and will not survive a reload. */
  durable = true;

  constructor(private storage: () => StorageLike | undefined = browserStorage, private now: () => number = Date.now) {}

  /** The draft: this page's own when it has one (fresher than storage), else the saved one. */
  load(): Draft | undefined {
    if (this.memory !== undefined) return this.memory ? { ...this.memory } : undefined;
    const storage = this.storage();
    if (!storage) {
      this.durable = false;
      return undefined;
    }
    let raw: string | null;
    try {
      raw = storage.getItem(DRAFT_KEY);
    } catch {
      this.durable = false; // storage disabled: whatever is typed now lives in memory only
      return undefined;
    }
    let draft: Draft | undefined;
    try {
      draft = parse(raw, this.now());
    } catch {
      draft = undefined; // junk JSON
    }
    if (raw && !draft) {
      try {
        storage.removeItem(DRAFT_KEY); // expired or junk: gone for good
      } catch {
        // it stays unreadable, which is the same as gone
      }
    }
    return draft;
  }

  /** Saves the draft (an empty one is removed). Returns whether it will survive a reload. */
  save(draft: Draft): boolean {
    this.memory = isEmpty(draft) ? null : { ...draft };
    const storage = this.storage();
    try {
      if (!storage) throw new Error('no storage');
      if (this.memory) storage.setItem(DRAFT_KEY, JSON.stringify({ ...draft, savedAt: this.now() }));
      else storage.removeItem(DRAFT_KEY);
      this.durable = true;
    } catch {
      // Full or disabled. Drop what storage still holds, so an older draft (or an older queued
      // message) does not come back after a reload in place of this one.
      try {
        storage?.removeItem(DRAFT_KEY);
      } catch {
        // nothing more to do: the draft lives in memory
      }
      this.durable = false;
    }
    return this.durable;
  }

  /** Forgets the draft (after a delivery). */
  clear(): void {
    this.save({ name: '', email: '', message: '' });
  }
}

/** The page's one draft store: every panel on the page (and a panel removed and re-added) shares it. */
export const pageDrafts = new DraftStore();
