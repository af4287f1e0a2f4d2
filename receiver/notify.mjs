/**
 * E-mail notifications, sent from the durable `outbox` table by one worker
 * loop, after the visitor already has their 2xx. A failed send is retried on
 * a schedule that survives restarts (the schedule is in the table); the
 * message itself is stored either way, so giving up on a notification loses
 * nothing (`lbr-receiver export` still has it).
 *
 * At least once: if the process dies after the SMTP server took the mail but
 * before the outbox row was deleted, the notification is sent again after the
 * restart. Its Message-ID is derived from the Idempotency-Key, so mail
 * clients that thread or deduplicate by Message-ID show it once.
 */

/** Delay before retry n (ms): quick at first for a blip, then patient (greylisting, a server down for a while). */
export const RETRY_SCHEDULE = [2_000, 10_000, 60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];
/** After this long since the message arrived, stop trying to notify (and log it). */
export const GIVE_UP_MS = 3 * 24 * 60 * 60_000;

export const retryDelay = (/** @type {number} */ attempts) => RETRY_SCHEDULE[Math.min(attempts, RETRY_SCHEDULE.length) - 1];

/**
 * The notification mail. The visitor is the Reply-To, so replying answers them.
 * @param {import('./store.mjs').StoredMessage} m
 * @param {string} to
 */
export function composeMail(m, to) {
  const meta = [`From: ${m.name} <${m.email}>`, m.page && `Page: ${m.page}`, `Sent: ${m.sentAt}`, `Received: ${m.receivedAt}`, `Key: ${m.key}`].filter(Boolean);
  return {
    from: { name: 'lbr-receiver', address: to },
    to,
    replyTo: { name: m.name, address: m.email },
    subject: `Contact form: ${m.name}`,
    text: `${m.message}\n\n-- \n${meta.join('\n')}\n`,
    messageId: `<${m.key.replace(/[^A-Za-z0-9._-]/g, '')}@lbr-receiver>`,
    headers: { 'Auto-Submitted': 'auto-generated' },
  };
}

/**
 * @param {{ store: import('./store.mjs').Store, smtp: string, to: string, log: (line: string) => void, now?: () => number }} options
 */
export async function createNotifier({ store, smtp, to, log, now = () => Date.now() }) {
  let nodemailer;
  try {
    nodemailer = (await import('nodemailer')).default;
  } catch {
    throw new Error('--smtp needs nodemailer, an optional peer dependency of live-backend-runtime (front-end installs never need it), not installed here: run `npm install nodemailer`');
  }
  // Short timeouts: a hanging SMTP server delays the next notification, never a visitor.
  const transport = nodemailer.createTransport({ url: smtp, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 });
  let stopped = false;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {(() => void) | undefined} */
  let wakeUp;
  /** @type {Promise<void> | undefined} */
  let running;

  const sleep = (/** @type {number} */ ms) =>
    new Promise(resolve => {
      wakeUp = () => {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve(undefined);
      };
      timer = setTimeout(wakeUp, ms);
    });

  async function sendOne(/** @type {import('./store.mjs').DueNotification} */ due) {
    const short = due.key.slice(0, 8);
    try {
      await transport.sendMail(composeMail(due, to));
      store.notified(due.id);
      log(`notified ${to} of ${short}`);
    } catch (err) {
      // The error's code and SMTP status only: its text may quote the message.
      const code = [err?.code, err?.responseCode].filter(Boolean).join(' ') || 'error';
      const attempts = due.attempts + 1;
      if (now() - Date.parse(due.receivedAt) >= GIVE_UP_MS) {
        store.notified(due.id);
        log(`gave up notifying of ${short} after ${attempts} attempts (${code}); the message is stored`);
        return;
      }
      const delay = retryDelay(attempts);
      store.reschedule(due.id, attempts, now() + delay, code);
      log(`notification of ${short} failed (${code}), attempt ${attempts}; next in ${Math.round(delay / 1000)} s`);
    }
  }

  async function loop() {
    while (!stopped) {
      const next = store.nextNotification(now());
      if (next.due) await sendOne(next.due);
      else await sleep(next.nextAt ? Math.min(next.nextAt - now(), 60_000) : 60_000);
    }
  }

  return {
    start() {
      running = loop().catch(err => log(`notifier stopped: ${err?.code ?? err}`));
      // Say at once when the SMTP server cannot be reached; notifications wait in the outbox meanwhile.
      transport.verify().catch(err => log(`SMTP server not reachable yet (${[err?.code, err?.responseCode].filter(Boolean).join(' ') || 'error'}): notifications wait in the outbox`));
    },
    /** A new message was queued: look at the outbox now rather than at the next timer. */
    wake: () => wakeUp?.(),
    /** Stops after the send in progress, waiting for it at most `graceMs` (an unrecorded send stays in the outbox). */
    async stop(graceMs = 5_000) {
      stopped = true;
      wakeUp?.();
      let grace;
      await Promise.race([running, new Promise(resolve => (grace = setTimeout(resolve, graceMs)))]);
      clearTimeout(grace);
      transport.close();
    },
  };
}
