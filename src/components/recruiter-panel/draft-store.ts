/**
 * The contact draft in localStorage, so a reload (or a crash, or a closed tab)
 * never loses what was typed. The key is versioned: a later shape gets a new
 * key instead of misreading this one. Storage can be missing, full, disabled
 * (Safari private mode, sandboxed iframes: even reading `localStorage` throws)
 * or hold junk; every failure here means "no draft", never an exception.
 *
 * A queued message keeps its idempotency key and first-submit time here too,
 * so a retry after a reload is still the same message to the receiver.
 */
import type { ContactFields } from './outbox';

export const DRAFT_KEY = 'lbr:contact:v1';

export interface Draft extends ContactFields {
  /** Idempotency key of the queued message, when one was submitted and not delivered. */
  key?: string;
  /** Its first-submit time (ISO). */
  sentAt?: string;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** window.localStorage, or undefined when reading it throws or there is no window. */
export function browserStorage(): StorageLike | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage ?? undefined : undefined;
  } catch {
    return undefined;
  }
}

const str = (v: unknown, max = 20000) => (typeof v === 'string' ? v.slice(0, max) : '');

/** The saved draft, or undefined (nothing saved, unreadable, or not our shape). */
export function loadDraft(storage: StorageLike | undefined = browserStorage()): Draft | undefined {
  try {
    const raw = storage?.getItem(DRAFT_KEY);
    if (!raw) return undefined;
    const value = JSON.parse(raw);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const draft: Draft = { name: str(value.name, 200), email: str(value.email, 320), message: str(value.message) };
    if (typeof value.key === 'string' && value.key && typeof value.sentAt === 'string') {
      draft.key = value.key.slice(0, 100);
      draft.sentAt = value.sentAt.slice(0, 40);
    }
    return draft;
  } catch {
    return undefined;
  }
}

/** Saves the draft (an empty one is removed). Returns false when storage refused it. */
export function saveDraft(draft: Draft, storage: StorageLike | undefined = browserStorage()): boolean {
  if (!storage) return false;
  try {
    if (!draft.name && !draft.email && !draft.message && !draft.key) storage.removeItem(DRAFT_KEY);
    else storage.setItem(DRAFT_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false; // quota exceeded or storage disabled: the text is still in the form
  }
}

/** Forgets the draft (after a delivery). */
export function clearDraft(storage: StorageLike | undefined = browserStorage()): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // nothing to do: a stale draft is better than an exception
  }
}
