/**
 * The contact outbox: one queued message and where it stands.
 *
 *   draft ──submit──▶ sending ──2xx──▶ sent
 *     │                  │ └──error──▶ failed (retryable or not) ──retry──▶ sending
 *     └──offline──▶ waiting ◀──network error while offline──┘
 *                     └──online──▶ sending
 *
 * Pure: time, the network state and randomness come in as arguments, so every
 * transition is a plain function with a spec. The element owns the timers.
 *
 * A message gets its idempotency key once, when it is first queued; every
 * retry (automatic, on `online`, or by the retry control, even after a reload)
 * resends the same frozen payload with the same key, so a receiver that
 * deduplicates by key stores it once.
 */

export type OutboxStatus = 'draft' | 'sending' | 'sent' | 'failed' | 'waiting';

/** What the visitor typed. */
export interface ContactFields {
  name: string;
  email: string;
  message: string;
}

/** The JSON body POSTed to the endpoint. */
export interface ContactPayload extends ContactFields {
  /** ISO time the message was first submitted (unchanged on retries). */
  sentAt: string;
  /** The page it was sent from (origin + path; no query or hash). */
  page: string;
}

/** How one delivery attempt ended. */
export interface DeliveryResult {
  ok: boolean;
  /** HTTP status, when the server answered. */
  status?: number;
  /** Why it failed: `http` (see status), `timeout`, `network`, `offline`, or a host's own reason. */
  reason?: string;
  /** Worth trying again as is (5xx, 408, 425, 429, timeout, network). */
  retryable?: boolean;
}

export interface Outbox {
  status: OutboxStatus;
  /** Idempotency key of the queued (or just sent) message. */
  key?: string;
  /** The queued message, frozen at submit: retries resend exactly this. */
  payload?: ContactPayload;
  /** Delivery attempts of the queued message. */
  attempts: number;
  /** The last failure (failed / waiting). */
  failure?: DeliveryResult;
  /** HTTP status of the successful delivery (sent). */
  sentStatus?: number;
  /** When the last message was delivered (epoch ms), for "one send per N seconds". */
  lastSentAt?: number;
}

export interface Policy {
  /** Minimum time (ms) between the form appearing and a send: bots fill forms instantly. */
  minFillMs: number;
  /** Minimum time (ms) between two delivered messages. */
  minIntervalMs: number;
}

/** Why a send is refused right now. */
export type Refusal = { reason: 'busy' } | { reason: 'too-fast'; waitMs: number } | { reason: 'rate-limited'; waitMs: number };

/** Automatic retries after a retryable failure, in ms; after the last one the visitor retries by hand. */
export const RETRY_SCHEDULE: readonly number[] = [4000, 15000, 60000];

export const initialOutbox = (): Outbox => ({ status: 'draft', attempts: 0 });

/** A UUID v4 from crypto.randomUUID, else crypto.getRandomValues (older browsers, non-secure contexts). */
export function createKey(c: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } | undefined = globalThis.crypto): string {
  if (typeof c?.randomUUID === 'function') {
    try {
      return c.randomUUID();
    } catch {
      // randomUUID exists but throws outside secure contexts in some engines: fall through.
    }
  }
  const bytes = new Uint8Array(16);
  if (typeof c?.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The short form of a key shown on the receipt. */
export const shortKey = (key: string) => key.replace(/-/g, '').slice(0, 8);

/**
 * Is a new send allowed now? `openedAt` is when the form appeared. A resend of
 * the queued message (`retry`) skips both checks: it passed them when it was
 * first sent, perhaps before a reload that reset `openedAt`.
 */
export function refusal(box: Outbox, now: number, openedAt: number, policy: Policy, retry = false): Refusal | undefined {
  if (box.status === 'sending') return { reason: 'busy' };
  if (retry) return undefined;
  const fill = policy.minFillMs - (now - openedAt);
  if (fill > 0) return { reason: 'too-fast', waitMs: fill };
  if (box.lastSentAt !== undefined) {
    const wait = policy.minIntervalMs - (now - box.lastSentAt);
    if (wait > 0) return { reason: 'rate-limited', waitMs: wait };
  }
  return undefined;
}

const sameFields = (a: ContactFields, b: ContactFields) => a.name === b.name && a.email === b.email && a.message === b.message;

/**
 * Queues `fields` for delivery. The same text as the queued message keeps its
 * key and payload (a resubmit is a retry); different text is a new message
 * with a new key.
 */
export function enqueue(box: Outbox, fields: ContactFields, ctx: { now: number; page: string; newKey: () => string }): Outbox {
  if (box.status === 'sending') return box;
  if (box.key && box.payload && box.status !== 'sent' && sameFields(box.payload, fields)) return box;
  return {
    status: 'draft',
    key: ctx.newKey(),
    payload: { name: fields.name, email: fields.email, message: fields.message, sentAt: new Date(ctx.now).toISOString(), page: ctx.page },
    attempts: 0,
    lastSentAt: box.lastSentAt,
  };
}

/** Starts an attempt: `sending` when online, else `waiting` (no request). Never a second attempt while sending. */
export function start(box: Outbox, online: boolean): Outbox {
  if (!box.payload || box.status === 'sending' || box.status === 'sent') return box;
  if (!online) return { ...box, status: 'waiting', failure: { ok: false, reason: 'offline', retryable: true } };
  return { ...box, status: 'sending', attempts: box.attempts + 1, failure: undefined };
}

/** Records how the attempt ended. A network error while offline means "waiting for network", not "failed". */
export function settle(box: Outbox, result: DeliveryResult, ctx: { now: number; online: boolean }): Outbox {
  if (box.status !== 'sending') return box;
  if (result.ok) {
    return { status: 'sent', key: box.key, attempts: box.attempts, sentStatus: result.status, lastSentAt: ctx.now };
  }
  if (!ctx.online && (result.reason === 'network' || result.reason === 'offline')) {
    return { ...box, status: 'waiting', failure: { ...result, reason: 'offline', retryable: true } };
  }
  return { ...box, status: 'failed', failure: result };
}

/** The visitor changed the text after a delivery: the receipt gives way to a new draft. */
export function edit(box: Outbox): Outbox {
  return box.status === 'sent' ? { status: 'draft', attempts: 0, lastSentAt: box.lastSentAt } : box;
}

/** Delay (ms) before the next automatic retry, or undefined when it is up to the visitor (or to `online`). */
export function retryDelay(box: Outbox, schedule: readonly number[] = RETRY_SCHEDULE): number | undefined {
  if (box.status !== 'failed' || !box.failure?.retryable) return undefined;
  return schedule[box.attempts - 1];
}

/** Whether coming back online should resend the queued message. */
export const resendOnOnline = (box: Outbox) => box.status === 'waiting' || (box.status === 'failed' && !!box.failure?.retryable);
