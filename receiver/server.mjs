/**
 * The HTTP side of lbr-receiver: `POST /contact` by the delivery contract in
 * src/components/recruiter-panel/readme.md.
 *
 *   201  stored (first time this Idempotency-Key is seen)
 *   200  already stored under this key (a retry whose first answer was lost); nothing stored
 *   400  no usable Idempotency-Key, or the body is not JSON
 *   403  an Origin that is not allowed
 *   413  body over 32 kB
 *   415  not application/json
 *   422  a field is invalid (`errors: [{ path, message }]`), or the key was used for other text
 *   429  past the per-address rate limit (`Retry-After` in seconds)
 *   503  the database refused the write (`Retry-After`); the panel retries with the same key
 *
 * The answer is written after the message has committed, so a 2xx always
 * means stored. Logs carry the status and the key's first 8 characters,
 * never a name, an address or message text.
 */
import { createServer } from 'node:http';
import { RateLimiter } from './rate-limit.mjs';
import { keyError, validateMessage } from './validate.mjs';

export const MAX_BODY = 32 * 1024;
/** Past the limit the body is read and thrown away, so the client gets a clean 413; past this much more, the connection is cut. */
const MAX_DISCARD = 1024 * 1024;
const DAY_MS = 24 * 60 * 60_000;

/**
 * @typedef {object} ReceiverOptions
 * @property {import('./store.mjs').Store} store
 * @property {string[]} [allowOrigins] page origins allowed to post from a browser (`*` for any)
 * @property {number} [rateLimit] requests per minute per client address; 0 = off
 * @property {boolean} [trustProxy] take the client address from the last X-Forwarded-For entry (one reverse proxy in front)
 * @property {number} [keepDays] delete messages older than this many days; 0 = keep
 * @property {{ wake(): void, stop(): Promise<void> }} [notifier]
 * @property {(line: string) => void} [log]
 */

/** @param {ReceiverOptions} options */
export function createReceiver({ store, allowOrigins = [], rateLimit = 0, trustProxy = false, keepDays = 0, notifier, log = () => {} }) {
  const anyOrigin = allowOrigins.includes('*');
  const origins = new Set(allowOrigins);
  const limiter = new RateLimiter(rateLimit);
  let warnedProxy = false;
  let closing = false;

  /** The client address the rate limit counts. */
  const addressOf = (/** @type {import('node:http').IncomingMessage} */ req) => {
    const forwarded = req.headers['x-forwarded-for'];
    if (trustProxy && typeof forwarded === 'string') {
      // The last entry is the one our own proxy appended; earlier ones are whatever the client claimed.
      const last = forwarded.split(',').pop()?.trim();
      if (last) return last;
    }
    if (!trustProxy && forwarded && !warnedProxy) {
      warnedProxy = true;
      log('requests carry X-Forwarded-For but --trust-proxy is off: the rate limit counts them all as the proxy\'s address');
    }
    return req.socket.remoteAddress ?? '';
  };

  const server = createServer(async (req, res) => {
    const started = Date.now();
    const path = new URL(req.url ?? '/', 'http://receiver').pathname;
    const origin = req.headers.origin;
    const allowed = origin !== undefined && (anyOrigin || origins.has(origin));
    /** @param {number} status @param {object} body @param {Record<string, string>} [headers] */
    const answer = (status, body, headers = {}) => {
      // While shutting down, a finished request's connection closes instead of idling in keep-alive.
      if (closing) res.setHeader('connection', 'close');
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
      res.end(JSON.stringify(body));
    };
    /** Answers a POST and logs it: status, what happened, the key's first characters. */
    const done = (/** @type {number} */ status, /** @type {object} */ body, /** @type {string} */ what, key = '', headers = {}) => {
      answer(status, body, headers);
      log(`POST ${path} ${status} ${what}${key ? ` ${key.slice(0, 8)}` : ''} ${Date.now() - started} ms`);
    };

    // CORS: only the allowed origins see the answers (so only their pages can post from a browser).
    if (allowed) {
      res.setHeader('access-control-allow-origin', anyOrigin ? '*' : origin);
      res.setHeader('access-control-expose-headers', 'retry-after');
    }
    if (!anyOrigin && origins.size) res.setHeader('vary', 'origin');

    if (path === '/health' && req.method === 'GET') return answer(200, { ok: true });
    if (path !== '/contact') return answer(404, { error: 'not found: POST /contact' });
    if (req.method === 'OPTIONS') {
      if (origin !== undefined && !allowed) return answer(403, { error: `origin ${origin} is not allowed (lbr-receiver --allow-origin)` });
      res.writeHead(204, {
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': 'content-type, idempotency-key',
        'access-control-max-age': '86400',
        allow: 'POST, OPTIONS',
      });
      return res.end();
    }
    if (req.method !== 'POST') return answer(405, { error: 'POST only' }, { allow: 'POST, OPTIONS' });
    if (origin !== undefined && !allowed) return done(403, { error: `origin ${origin} is not allowed (lbr-receiver --allow-origin)` }, 'origin');

    const waitMs = limiter.take(addressOf(req));
    if (waitMs > 0) {
      const seconds = Math.max(1, Math.ceil(waitMs / 1000));
      return done(429, { error: `too many messages from your address: try again in ${seconds} s`, retryAfter: seconds }, 'rate-limited', '', { 'retry-after': String(seconds) });
    }
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) return done(415, { error: 'expected Content-Type: application/json' }, 'content-type');
    const key = req.headers['idempotency-key'];
    const badKey = keyError(key);
    if (badKey) return done(400, { error: badKey }, 'key');
    const tooLarge = { error: `body over ${MAX_BODY / 1024} kB` };
    if (Number(req.headers['content-length']) > MAX_BODY + MAX_DISCARD) return done(413, tooLarge, 'too-large', '', { connection: 'close' });

    const body = await readBody(req);
    if (body === 'aborted') return;
    if (body === 'too-large') return done(413, tooLarge, 'too-large');
    let json;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return done(400, { error: 'body is not valid JSON' }, 'json');
    }
    const now = new Date();
    const checked = validateMessage(json, now);
    if (!checked.ok) return done(422, { error: 'invalid message', errors: checked.errors }, `invalid(${checked.errors.map(e => e.path).join(',')})`);

    let saved;
    try {
      saved = store.save(/** @type {string} */ (key), checked.value, now);
    } catch (err) {
      // Disk full, database locked or read-only: nothing acknowledged, the client retries with the same key.
      return done(503, { error: 'could not store the message right now; retry with the same Idempotency-Key' }, `db-error(${err?.code ?? 'unknown'})`, String(key), { 'retry-after': '5' });
    }
    if (saved.created) {
      notifier?.wake();
      return done(201, { key, duplicate: false, receivedAt: saved.receivedAt }, 'stored', String(key));
    }
    if (saved.conflict) return done(422, { error: 'this Idempotency-Key was already used for a different message; send a new message with a new key' }, 'key-reused', String(key));
    return done(200, { key, duplicate: true, receivedAt: saved.receivedAt }, 'duplicate', String(key));
  });
  // Slow or stalled clients do not hold a connection for long.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  const prune = () => {
    if (!keepDays) return;
    const removed = store.prune(new Date(Date.now() - keepDays * DAY_MS));
    if (removed) log(`deleted ${removed} message(s) older than ${keepDays} days`);
  };
  const maintenance = setInterval(() => {
    limiter.prune();
    prune();
  }, 60_000);
  maintenance.unref();

  return {
    server,
    /** Starts listening; resolves with the contact URL. Port 0 picks a free port. */
    listen(port = 8787, host = '127.0.0.1') {
      prune();
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = /** @type {import('node:net').AddressInfo} */ (server.address());
          const hostname = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${hostname}:${address.port}/contact`);
        });
      });
    },
    /** Stops taking connections, lets requests in flight finish (10 s at most), stops the notifier, closes the database. */
    async close() {
      closing = true;
      clearInterval(maintenance);
      await new Promise(resolve => {
        const force = setTimeout(() => server.closeAllConnections(), 10_000);
        server.close(() => resolve(clearTimeout(force)));
        server.closeIdleConnections();
      });
      await notifier?.stop();
      store.close();
    },
  };
}

/**
 * The request body, keeping at most MAX_BODY bytes in memory. A larger body is
 * read to its end and thrown away (so the 413 arrives cleanly), up to
 * MAX_DISCARD more; past that the connection is cut.
 * @returns {Promise<Buffer | 'too-large' | 'aborted'>}
 */
function readBody(/** @type {import('node:http').IncomingMessage} */ req) {
  return new Promise(resolve => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', chunk => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
      else if (size > MAX_BODY + MAX_DISCARD) req.destroy();
    });
    req.on('end', () => resolve(size > MAX_BODY ? 'too-large' : Buffer.concat(chunks)));
    req.on('close', () => {
      if (!req.complete) resolve('aborted');
    });
  });
}
