#!/usr/bin/env node
/**
 * A minimal receiver for <lbr-recruiter-panel> (Node ≥ 18, no dependencies).
 *
 *   node examples/contact-receiver.mjs            # listens on http://127.0.0.1:8787/contact
 *   PORT=9000 ALLOW_ORIGIN=https://me.dev node examples/contact-receiver.mjs
 *
 * then: <lbr-recruiter-panel endpoint="http://127.0.0.1:8787/contact"></lbr-recruiter-panel>
 *
 * The contract:
 *   POST /contact
 *   Content-Type: application/json
 *   Idempotency-Key: <UUID, the same on every retry of one message>
 *   { "name", "email", "message", "sentAt" (ISO time of first submit), "page" (origin + path) }
 *
 * Answer any 2xx when the message is stored: 201 the first time, 200 for a key
 * already seen (a retry whose first answer was lost). 5xx, 408, 425 and 429 make
 * the element retry later with the same key; other 4xx are final for that text.
 *
 * Messages live in an in-memory Map here; a real receiver stores them (and the
 * keys, for a day or so) in a database, mails them, or both. It must not log
 * message text in places others read.
 */
import { createServer } from 'node:http';

const PORT = Number(process.env.PORT ?? 8787);
const HOST = process.env.HOST ?? '127.0.0.1';
/** The page origin allowed to post; `*` is fine for a public contact form (no cookies are sent). */
const ALLOW_ORIGIN = process.env.ALLOW_ORIGIN ?? '*';
const MAX_BODY = 32 * 1024;

/** Idempotency-Key -> stored message. */
export const messages = new Map();

function send(res, status, value) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}

function valid(body) {
  const str = (v, max) => typeof v === 'string' && v.trim().length > 0 && v.length <= max;
  return body && str(body.name, 200) && str(body.email, 320) && str(body.message, 10000) && typeof body.sentAt === 'string';
}

export function handle(req, res) {
  res.setHeader('access-control-allow-origin', ALLOW_ORIGIN);
  res.setHeader('access-control-allow-methods', 'POST, OPTIONS');
  res.setHeader('access-control-allow-headers', 'content-type, idempotency-key');
  res.setHeader('access-control-max-age', '86400');
  if (req.method === 'OPTIONS') return void res.writeHead(204).end(); // CORS preflight
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path !== '/contact') return send(res, 404, { error: 'not found' });
  if (req.method !== 'POST') return send(res, 405, { error: 'POST only' });

  const key = String(req.headers['idempotency-key'] ?? '').trim();
  if (!key || key.length > 100) return send(res, 400, { error: 'Idempotency-Key header required' });

  let size = 0;
  const chunks = [];
  req.on('data', chunk => {
    size += chunk.length;
    if (size > MAX_BODY) req.destroy();
    else chunks.push(chunk);
  });
  req.on('end', () => {
    // A key seen before: the same message again. Answer 200 with the first receipt, store nothing.
    if (messages.has(key)) return send(res, 200, { key, duplicate: true });
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(res, 400, { error: 'invalid JSON' });
    }
    if (!valid(body)) return send(res, 422, { error: 'name, email, message and sentAt are required' });
    messages.set(key, { ...body, receivedAt: new Date().toISOString() });
    // Log that a message arrived, never its text.
    console.log(`stored message ${key.slice(0, 8)} (${messages.size} total)`);
    send(res, 201, { key, duplicate: false });
  });
}

// Run as a script (not when imported by a test).
if (import.meta.url === `file://${process.argv[1]}`) {
  const server = createServer(handle);
  // PORT=0 picks a free port; the line below says which (the element's e2e test reads it).
  server.listen(PORT, HOST, () => console.log(`contact receiver on http://${HOST}:${server.address().port}/contact`));
}
