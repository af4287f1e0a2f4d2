/**
 * Every sentence the contact form says to the visitor: the status line
 * (role=status) and its one-off notices. Each says what happened and what the
 * visitor can do; none blames them.
 */
import type { Field } from './validate-form';
import { Outbox, Refusal, retryDelay, shortKey } from './outbox';

export const LABELS: Record<Field, string> = { name: 'name', email: 'email', message: 'message' };

export const NOTICES = {
  copied: 'Copied your message to the clipboard.',
  copyManual: 'Could not copy automatically: the message is selected, press Ctrl+C (or ⌘C).',
  storage: 'Your browser does not let this page save your draft: it is kept while this page is open, but not across a reload.',
};

/** "Not sent: 2 fields need attention." */
export const invalidNotice = (count: number) => `Not sent: ${count} field${count === 1 ? ' needs' : 's need'} attention.`;

/** Why a send was held back, and when it can go. */
export function refusalNotice(refused: Refusal): string {
  if (refused.reason === 'too-fast') return `Not sent yet: please check your message, then send again in ${Math.ceil(refused.waitMs / 1000)} s.`;
  if (refused.reason === 'rate-limited') return `You sent a message a moment ago. You can send another in ${Math.ceil(refused.waitMs / 1000)} s.`;
  return '';
}

/** The other ways to send it, as offered next to the form (`email`: a mailto link is there). */
const otherWays = (email: boolean) => (email ? 'send it by email or copy it' : 'copy it and send it another way');

/** The honeypot held the message. */
export const heldNotice = (email: boolean) =>
  `Not sent: a hidden anti-spam field was filled in, perhaps by a form-filling extension. Your message is still here: ${otherWays(email)}.`;

export interface StatusContext {
  /** The per-attempt timeout, for "no answer within 10 s". */
  timeoutMs: number;
  /** A one-off note (refused send, copy result, fields to fix). */
  notice: string;
  /** Whether a mailto link is offered (there is an address). */
  email: boolean;
  /** Whether the form posts to an endpoint (else mailto and copy are the way, and need no mention). */
  endpoint: boolean;
}

function failureReason(box: Outbox, timeoutMs: number): string {
  const f = box.failure!;
  if (f.reason === 'http') return `the server answered HTTP ${f.status}`;
  if (f.reason === 'timeout') return `no answer within ${Math.round(timeoutMs / 100) / 10} s`;
  if (f.reason === 'network') return 'the server could not be reached';
  if (f.reason === 'endpoint') return 'the endpoint is not a usable http(s) URL';
  return f.status ? `HTTP ${f.status}` : 'delivery failed';
}

/** Where the outbox stands, in words. */
export function statusText(box: Outbox, ctx: StatusContext): string {
  const alsoOffer = ctx.endpoint ? ` You can also ${otherWays(ctx.email)}.` : '';
  switch (box.status) {
    case 'sending':
      return box.attempts > 1 ? `Sending… (attempt ${box.attempts})` : 'Sending…';
    case 'sent':
      return box.key ? `Delivered. Receipt ${shortKey(box.key)}${box.sentStatus ? ` (HTTP ${box.sentStatus})` : ''}.` : 'Delivered.';
    case 'waiting':
      return `Waiting for network: your message is kept and will be sent when you are back online.${alsoOffer}`;
    case 'failed': {
      const next = retryDelay(box);
      return `Not delivered: ${failureReason(box, ctx.timeoutMs)}. Your message is kept${next !== undefined ? `; retrying in ${Math.round(next / 1000)} s` : ''}.${alsoOffer}`;
    }
    default:
      return box.key && !ctx.notice ? 'Not delivered yet: your message is kept. Send to try again.' : '';
  }
}

/** The whole status line: the outbox's state and the notice, if any. */
export const statusLine = (box: Outbox, ctx: StatusContext): string => [statusText(box, ctx), ctx.notice].filter(Boolean).join(' ');
