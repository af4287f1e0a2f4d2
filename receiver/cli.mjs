#!/usr/bin/env node
/**
 * lbr-receiver: the contact receiver for <lbr-recruiter-panel>.
 *
 *   lbr-receiver --db PATH [--port 8787] [--host 127.0.0.1] [--allow-origin ORIGIN]…
 *                [--rate-limit N] [--smtp URL --notify ADDRESS] [--trust-proxy] [--keep-days N]
 *   lbr-receiver export --db PATH
 */
import { parseArgs } from 'node:util';
import { createReceiver } from './server.mjs';
import { openStore } from './store.mjs';

const USAGE = `Usage:
  lbr-receiver --db PATH [options]     serve POST /contact, storing messages in the SQLite file PATH
  lbr-receiver export --db PATH        print the stored messages, one JSON object per line

Options:
  --db PATH              SQLite database file (created if missing)
  --port N               port to listen on (default 8787; 0 picks a free one)
  --host ADDRESS         address to listen on (default 127.0.0.1)
  --allow-origin ORIGIN  a page origin allowed to post from a browser, e.g. https://you.dev
                         (repeat for several; * for any; none: only same-origin and non-browser clients)
  --rate-limit N         at most N requests per minute per client address; 0 = off (default 10)
  --trust-proxy          behind one reverse proxy: take the client address from the last
                         X-Forwarded-For entry (never set it when clients reach the receiver directly)
  --smtp URL             SMTP server for notifications, e.g. smtps://user:pass@smtp.example.com
                         (or set LBR_SMTP_URL, which keeps the password out of the process list)
  --notify ADDRESS       where notifications go (needs --smtp)
  --keep-days N          delete messages older than N days; 0 = keep them (default 0)
  -h, --help             this text`;

/** @param {string} message */
function fail(message, code = 2) {
  process.stderr.write(`lbr-receiver: ${message}\n`);
  process.exit(code);
}

/** @param {string | undefined} value @param {string} flag @param {number} fallback @param {number} max */
function integer(value, flag, fallback, max = Number.MAX_SAFE_INTEGER) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > max) fail(`${flag} expects a whole number from 0 to ${max}, got "${value}"`);
  return n;
}

/** `https://you.dev/` and `https://you.dev` are the same origin; a path or query is a mistake. */
function origin(/** @type {string} */ value) {
  if (value === '*') return value;
  let url;
  try {
    url = new URL(value);
  } catch {
    return fail(`--allow-origin expects an origin like https://you.dev, got "${value}"`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
    return fail(`--allow-origin expects an origin like https://you.dev (scheme, host, optional port), got "${value}"`);
  }
  return url.origin;
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      'rate-limit': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      smtp: { type: 'string' },
      notify: { type: 'string' },
      'keep-days': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (err) {
  fail(`${err.message}\n\n${USAGE}`);
}
const { values: opts, positionals } = args;
if (opts.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const command = positionals[0] ?? 'serve';
if (positionals.length > 1 || !['serve', 'export'].includes(command)) fail(`unknown command "${positionals.join(' ')}"\n\n${USAGE}`);
if (!opts.db) fail(`--db PATH is required\n\n${USAGE}`);

if (command === 'export') await exportMessages(opts.db);
else await serve();

async function exportMessages(/** @type {string} */ path) {
  if (path === ':memory:') fail('export reads a database file; :memory: holds nothing once its server has stopped');
  let store;
  try {
    store = await openStore(path, { readonly: true });
  } catch (err) {
    fail(`cannot read ${path}: ${err.message}`, 1);
  }
  // `export | head` closes the pipe early: that is not an error.
  process.stdout.on('error', err => process.exit(err.code === 'EPIPE' ? 0 : 1));
  for (const m of store.messages()) {
    if (!process.stdout.write(`${JSON.stringify(m)}\n`)) await new Promise(resolve => process.stdout.once('drain', resolve));
  }
  store.close();
}

async function serve() {
  const port = integer(opts.port, '--port', 8787, 65535);
  const rateLimit = integer(opts['rate-limit'], '--rate-limit', 10);
  const keepDays = integer(opts['keep-days'], '--keep-days', 0);
  const allowOrigins = (opts['allow-origin'] ?? []).map(origin);
  opts.smtp ??= process.env.LBR_SMTP_URL || undefined;
  if (!!opts.smtp !== !!opts.notify) fail('--smtp and --notify go together: the SMTP server to send through, and the address to notify');
  if (opts.smtp && !/^smtps?:\/\//i.test(opts.smtp)) fail('--smtp expects a URL like smtp://host:587 or smtps://user:pass@host');
  if (opts.notify && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(opts.notify)) fail(`--notify expects an email address, got "${opts.notify}"`);

  const log = (/** @type {string} */ line) => process.stdout.write(`lbr-receiver: ${line}\n`);
  let store;
  try {
    store = await openStore(opts.db, { notify: !!opts.smtp });
  } catch (err) {
    fail(`cannot open ${opts.db}: ${err.message}`, 1);
  }
  let notifier;
  if (opts.smtp) {
    const { createNotifier } = await import('./notify.mjs');
    notifier = await createNotifier({ store, smtp: opts.smtp, to: opts.notify, log }).catch(err => fail(err.message, 1));
  }
  const receiver = createReceiver({ store, allowOrigins, rateLimit, trustProxy: !!opts['trust-proxy'], keepDays, notifier, log });
  let url;
  try {
    url = await receiver.listen(port, opts.host ?? '127.0.0.1');
  } catch (err) {
    fail(`cannot listen on ${opts.host ?? '127.0.0.1'}:${port}: ${err.code ?? err.message}`, 1);
  }
  notifier?.start();
  if (opts.db === ':memory:') log('--db :memory: keeps messages in memory only: they are lost when this process stops');
  log(`listening on ${url} (db ${opts.db}${allowOrigins.length ? `, origins ${allowOrigins.join(' ')}` : ''}${rateLimit ? `, ${rateLimit}/min per address` : ''}${notifier ? `, notifying ${opts.notify}` : ''})`);

  let stopping = false;
  const stop = async (/** @type {string} */ signal) => {
    if (stopping) process.exit(1); // a second signal: stop now
    stopping = true;
    log(`${signal}: finishing requests in flight, then stopping`);
    await receiver.close();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
