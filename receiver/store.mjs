/**
 * The receiver's storage: one SQLite file through better-sqlite3.
 *
 * Durability: WAL journal with `synchronous = FULL`, so a commit is fsynced
 * before the HTTP answer is written. An acknowledged message survives kill -9
 * and a power cut, not only a clean exit. better-sqlite3 is synchronous: the
 * insert has committed by the time `save()` returns.
 *
 * Tables:
 *   messages (the messages, one row per Idempotency-Key)
 *   outbox   (e-mail notifications still to send; a row leaves when sent or given up)
 */
import { createHash } from 'node:crypto';

const SCHEMA_VERSION = 1;

/** @typedef {{ name: string, email: string, message: string, sentAt: string, page: string }} Message */
/** @typedef {Message & { key: string, receivedAt: string }} StoredMessage */
/** @typedef {{ created: true, receivedAt: string } | { created: false, conflict: boolean, receivedAt: string }} SaveResult */
/** @typedef {StoredMessage & { id: number, attempts: number }} DueNotification */

/** better-sqlite3 is an optional peer dependency (front-end users never install it): say so plainly when it is missing. */
async function loadDriver() {
  try {
    return (await import('better-sqlite3')).default;
  } catch (err) {
    if (err?.code === 'ERR_MODULE_NOT_FOUND' || /Could not locate the bindings file/.test(String(err?.message))) {
      throw new Error('lbr-receiver needs better-sqlite3, an optional peer dependency of live-backend-runtime (front-end installs never need it), not installed here: run `npm install better-sqlite3@12`');
    }
    throw err;
  }
}

/** The part of a message that makes it "the same message": a retry must carry the same text. */
export const fingerprint = (/** @type {Message} */ m) => createHash('sha256').update(JSON.stringify([m.name, m.email, m.message])).digest('hex');

/**
 * Opens (and creates, unless `readonly`) the database at `path`. `:memory:`
 * keeps everything in memory (the benchmark's baseline; lost on exit).
 * @param {string} path
 * @param {{ readonly?: boolean, notify?: boolean }} [options] notify: queue an e-mail notification for each new message
 */
export async function openStore(path, { readonly = false, notify = false } = {}) {
  const Database = await loadDriver();
  const db = new Database(path, { readonly, fileMustExist: readonly });
  db.pragma('busy_timeout = 5000'); // an `export` reading while the server writes waits instead of failing
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } else if (db.pragma('user_version', { simple: true }) > SCHEMA_VERSION) {
    throw new Error(`${path} was written by a newer lbr-receiver (schema ${db.pragma('user_version', { simple: true })})`);
  }

  const columns = 'key, name, email, message, sent_at AS sentAt, page, received_at AS receivedAt';
  const insert = readonly ? undefined : db.prepare(`INSERT INTO messages (key, fingerprint, name, email, message, sent_at, page, received_at)
    VALUES (@key, @fingerprint, @name, @email, @message, @sentAt, @page, @receivedAt) ON CONFLICT(key) DO NOTHING`);
  const byKey = db.prepare('SELECT fingerprint, received_at AS receivedAt FROM messages WHERE key = ?');
  const queue = readonly ? undefined : db.prepare('INSERT INTO outbox (message_id, next_at) VALUES (?, ?)');

  /** Stores a message once per key, and queues its notification in the same transaction. */
  const save = readonly
    ? undefined
    : db.transaction((/** @type {string} */ key, /** @type {Message} */ message, /** @type {Date} */ now) => {
        const receivedAt = now.toISOString();
        const print = fingerprint(message);
        const info = insert.run({ key, fingerprint: print, ...message, receivedAt });
        if (info.changes === 1) {
          if (notify) queue.run(info.lastInsertRowid, now.getTime());
          return /** @type {SaveResult} */ ({ created: true, receivedAt });
        }
        const known = byKey.get(key);
        return /** @type {SaveResult} */ ({ created: false, conflict: known.fingerprint !== print, receivedAt: known.receivedAt });
      });

  return {
    path,
    /**
     * @param {string} key
     * @param {Message} message
     * @param {Date} [now]
     * @returns {SaveResult}
     */
    save: (key, message, now = new Date()) => save(key, message, now),

    /** Every stored message, oldest first, without loading them all at once. @returns {IterableIterator<StoredMessage>} */
    messages: () => db.prepare(`SELECT ${columns} FROM messages ORDER BY id`).iterate(),

    count: () => db.prepare('SELECT count(*) AS n FROM messages').get().n,

    /** Deletes messages received before `before` (and their pending notifications). Returns how many. */
    prune: (/** @type {Date} */ before) => db.prepare('DELETE FROM messages WHERE received_at < ?').run(before.toISOString()).changes,

    /** The notification due first: `{ due }` when one is due at `now`, else `{ nextAt }` (epoch ms) or `{}`. */
    nextNotification(now = Date.now()) {
      const row = db.prepare(`SELECT o.message_id AS id, o.attempts, o.next_at AS nextAt, ${columns}
        FROM outbox o JOIN messages m ON m.id = o.message_id ORDER BY o.next_at LIMIT 1`).get();
      if (!row) return {};
      if (row.nextAt > now) return { nextAt: row.nextAt };
      const { nextAt: _, ...due } = row;
      return { due: /** @type {DueNotification} */ (due) };
    },
    /** The notification was sent (or given up): it leaves the outbox. */
    notified: (/** @type {number} */ id) => void db.prepare('DELETE FROM outbox WHERE message_id = ?').run(id),
    /** The attempt failed: try again at `nextAt`. `error` is a code, never message text. */
    reschedule: (/** @type {number} */ id, /** @type {number} */ attempts, /** @type {number} */ nextAt, /** @type {string} */ error) =>
      void db.prepare('UPDATE outbox SET attempts = ?, next_at = ?, last_error = ? WHERE message_id = ?').run(attempts, nextAt, error, id),
    pendingNotifications: () => db.prepare('SELECT count(*) AS n FROM outbox').get().n,

    close: () => db.close(),
  };
}

/** @typedef {Awaited<ReturnType<typeof openStore>>} Store */

/** Creates the tables, or checks that an existing file is one this version understands. */
function migrate(/** @type {import('better-sqlite3').Database} */ db) {
  const version = db.pragma('user_version', { simple: true });
  if (version > SCHEMA_VERSION) throw new Error(`${db.name} was written by a newer lbr-receiver (schema ${version}); this one knows ${SCHEMA_VERSION}`);
  if (version === SCHEMA_VERSION) return;
  db.exec(`
    BEGIN;
    CREATE TABLE messages (
      id          INTEGER PRIMARY KEY,
      key         TEXT NOT NULL UNIQUE,   -- Idempotency-Key
      fingerprint TEXT NOT NULL,          -- sha256 of name, email, message: a reused key with other text is refused
      name        TEXT NOT NULL,
      email       TEXT NOT NULL,
      message     TEXT NOT NULL,
      sent_at     TEXT NOT NULL,          -- first submit, from the browser (ISO)
      page        TEXT NOT NULL,          -- origin + path it was sent from ('' if not given)
      received_at TEXT NOT NULL           -- stored here (ISO)
    );
    CREATE INDEX messages_received_at ON messages (received_at);
    CREATE TABLE outbox (
      message_id INTEGER PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
      attempts   INTEGER NOT NULL DEFAULT 0,
      next_at    INTEGER NOT NULL,        -- epoch ms
      last_error TEXT
    );
    CREATE INDEX outbox_next_at ON outbox (next_at);
    PRAGMA user_version = ${SCHEMA_VERSION};
    COMMIT;
  `);
}
