/** Event details of lbr-recruiter-panel and the `settle()` argument (exported from the package entry). */
import type { ContactFields } from './outbox';

/** `lbrContactSubmit` detail: the message about to be delivered. Cancel the event to deliver it yourself. */
export interface ContactSubmitDetail extends ContactFields {
  /** Idempotency key: the same on every retry of this message. */
  key: string;
}

/** `lbrContactSent` detail. */
export interface ContactSentDetail {
  key: string;
  /** HTTP status of the accepted request (absent when the host delivered it and gave none). */
  status?: number;
}

/** `lbrContactFailed` detail. The message stays queued. */
export interface ContactFailedDetail {
  key: string;
  status?: number;
  /** `http` (see status), `timeout`, `network`, `offline`, `endpoint` (unusable URL), or the host's reason. */
  reason: string;
}

/** What a host that delivered a message itself reports back through `settle()`. */
export interface HostDelivery {
  ok: boolean;
  status?: number;
  reason?: string;
  /** Whether retrying could help; by default true unless a 4xx status other than 408/425/429 is given. */
  retryable?: boolean;
}
