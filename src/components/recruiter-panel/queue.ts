/**
 * The panel's queue decisions, between the outbox (outbox.ts), the saved
 * draft (draft-store.ts) and what the form shows. Pure: the element passes in
 * what it knows and does what these say.
 */
import { isRetryableStatus } from './delivery';
import type { Draft } from './draft-store';
import type { HostDelivery } from './interfaces';
import { ContactFields, DeliveryResult, Outbox } from './outbox';
import { normalize } from './validate-form';

/** A message was submitted and is not delivered yet: it has a key, and every resend uses it. */
export const isQueued = (box: Outbox): boolean => !!box.key && !!box.payload && box.status !== 'sent';

const same = (a: ContactFields, b: ContactFields) => a.name === b.name && a.email === b.email && a.message === b.message;

/**
 * The outbox after a reload: a draft that carried a key is the queued message
 * again, with its key and first-submit time (so resending it is a retry, not a
 * new message); any other draft is just text in the form.
 */
export function restoreBox(draft: Draft, page: string): Outbox {
  if (!draft.key || !draft.sentAt) return { status: 'draft', attempts: 0 };
  return { status: 'draft', key: draft.key, attempts: 0, payload: { ...normalize(draft), sentAt: draft.sentAt, page } };
}

/** The form still holds the queued message's text: sending it is a resend with the same key, not a new message. */
export const isResend = (box: Outbox, fields: ContactFields): boolean => isQueued(box) && same(normalize(fields), normalize(box.payload!));

/** What to save as the draft: the fields, plus the key while they are still the queued message's text. */
export function draftFor(fields: ContactFields, box: Outbox): Draft {
  return isResend(box, fields) ? { ...fields, key: box.key, sentAt: box.payload!.sentAt } : { ...fields };
}

/** A queued message restored on load goes out again on its own (it was already sent once). */
export const resendOnLoad = (box: Outbox): boolean => box.status === 'draft' && isQueued(box);

/**
 * The hidden honeypot field is filled. A browser's own autofill (the field
 * matches `:autofill`) is a person: send. Anything else may be a bot, or a
 * form-filling extension: hold the message (never clear it, never pretend it
 * was delivered) and offer mailto and copy instead.
 */
export function honeypotVerdict(filled: boolean, autofilled: boolean): 'send' | 'hold' {
  return !filled || autofilled ? 'send' : 'hold';
}

/** Filled by the browser's own autofill (a person), not by a script. */
export const isAutofilled = (input?: Pick<Element, 'matches'>): boolean =>
  [':autofill', ':-webkit-autofill'].some(selector => {
    try {
      return !!input?.matches(selector);
    } catch {
      return false; // a selector this browser does not know
    }
  });

/**
 * The ways out besides the endpoint (mailto when there is an address, copy
 * always): without an endpoint; once a delivery failed or waits for the
 * network; when the honeypot held the message.
 */
export function offersFallback(box: Outbox, hasEndpoint: boolean, held: boolean): boolean {
  return !hasEndpoint || held || box.status === 'failed' || box.status === 'waiting';
}

/** A host's `settle()` report as a delivery result: a failure is retryable unless its status says otherwise. */
export function hostResult(result: HostDelivery): DeliveryResult {
  if (result.ok) return { ok: true, status: result.status };
  const retryable = result.retryable ?? (result.status === undefined || isRetryableStatus(result.status));
  return { ok: false, status: result.status, reason: result.reason ?? 'host', retryable };
}
