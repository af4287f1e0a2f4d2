/**
 * What the receiver accepts: the JSON body of the delivery contract
 * (`{ name, email, message, sentAt, page }`) and the Idempotency-Key header.
 * Errors name the field, like the content validator's (`{ path, message }`),
 * and say what is expected. Fields the contract does not name are ignored
 * (and not stored).
 */

export const LIMITS = { name: 100, email: 254, message: 5000, page: 2048, key: 128 };

/** Deliberately loose (one @, a dot in the domain, no spaces): a typo'd but plausible address still reaches you. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Control characters: none in a name or an address (they would end up in mail headers). */
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Tabs and line breaks are text in a message; other control characters are not. */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Idempotency-Key: printable ASCII (a UUID from the panel; any opaque token from other clients). */
const KEY = /^[\u0021-\u007e]+$/;

/** @typedef {{ path: string, message: string }} FieldError */

/** @returns {string | undefined} why the header is not a usable key */
export function keyError(/** @type {string | string[] | undefined} */ header) {
  if (header === undefined || header === '') return 'Idempotency-Key header required (the same value on every retry of one message)';
  if (Array.isArray(header)) return 'one Idempotency-Key header expected';
  if (header.length > LIMITS.key || !KEY.test(header)) return `Idempotency-Key: expected 1–${LIMITS.key} printable ASCII characters, like a UUID`;
  return undefined;
}

/**
 * @param {unknown} body the parsed JSON
 * @returns {{ ok: true, value: import('./store.mjs').Message } | { ok: false, errors: FieldError[] }}
 */
export function validateMessage(body, now = new Date()) {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { ok: false, errors: [{ path: '', message: 'expected a JSON object { name, email, message, sentAt, page }' }] };
  const b = /** @type {Record<string, unknown>} */ (body);
  /** @type {FieldError[]} */
  const errors = [];
  const text = (/** @type {string} */ path, /** @type {number} */ max, /** @type {RegExp} */ control) => {
    const v = b[path];
    if (typeof v !== 'string' || !v.trim()) return void errors.push({ path, message: 'required: a non-empty string' });
    const t = v.trim();
    if (t.length > max) errors.push({ path, message: `at most ${max} characters (got ${t.length})` });
    else if (control.test(t)) errors.push({ path, message: 'control characters are not allowed' });
    return t;
  };
  const name = text('name', LIMITS.name, CONTROL);
  const email = text('email', LIMITS.email, CONTROL);
  if (email !== undefined && email.length <= LIMITS.email && !EMAIL.test(email)) errors.push({ path: 'email', message: 'expected an email address like name@example.com' });
  const message = text('message', LIMITS.message, CONTROL_IN_TEXT);

  // sentAt: when the visitor first pressed send (the browser's clock). Optional for other clients.
  let sentAt = now.toISOString();
  if (b.sentAt !== undefined) {
    const ms = typeof b.sentAt === 'string' && b.sentAt.length <= 40 ? Date.parse(b.sentAt) : NaN;
    if (Number.isNaN(ms)) errors.push({ path: 'sentAt', message: 'expected an ISO 8601 time like 2026-11-24T18:00:00.000Z' });
    else sentAt = new Date(ms).toISOString();
  }
  // page: the origin and path the message was sent from. Optional.
  let page = '';
  if (b.page !== undefined && b.page !== '') {
    if (typeof b.page !== 'string' || b.page.length > LIMITS.page || !/^https?:\/\//i.test(b.page) || !URL.canParse(b.page)) {
      errors.push({ path: 'page', message: `expected an http(s) URL of at most ${LIMITS.page} characters` });
    } else page = b.page;
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { name: /** @type {string} */ (name), email: /** @type {string} */ (email), message: /** @type {string} */ (message), sentAt, page } };
}
