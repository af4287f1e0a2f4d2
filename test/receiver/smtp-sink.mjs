#!/usr/bin/env node
/**
 * A real SMTP server for the receiver's tests (smtp-server, the library
 * Nodemailer's authors keep), run as its own process. It prints one JSON
 * object per line on stdout:
 *
 *   { "event": "listening", "port": 2525 }
 *   { "event": "mail", "from": "...", "to": ["..."], "raw": "<the whole message>" }
 *   { "event": "rejected" }   a DATA answered 451 (temporary failure) because of --reject
 *   { "event": "holding" }    a DATA held open because of --hold, until a line "release" on stdin
 *
 *   node test/receiver/smtp-sink.mjs [--reject N] [--hold]
 *     --reject N   answer the first N messages with 451 (N = all: every one)
 *     --hold       do not answer any message until "release" arrives on stdin
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';

const { values } = parseArgs({ options: { reject: { type: 'string' }, hold: { type: 'boolean' } } });
let rejectLeft = values.reject === 'all' ? Infinity : Number(values.reject ?? 0);
let held = values.hold ? [] : undefined;
const emit = value => process.stdout.write(`${JSON.stringify(value)}\n`);

createInterface({ input: process.stdin }).on('line', line => {
  if (line.trim() === 'release' && held) {
    const waiting = held;
    held = undefined;
    for (const go of waiting) go();
  }
});

const server = new SMTPServer({
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', chunk => chunks.push(chunk));
    stream.on('end', () => {
      const finish = () => {
        if (rejectLeft > 0) {
          rejectLeft--;
          emit({ event: 'rejected' });
          const err = new Error('try again later');
          err.responseCode = 451;
          return callback(err);
        }
        emit({ event: 'mail', from: session.envelope.mailFrom.address, to: session.envelope.rcptTo.map(r => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      };
      if (held) {
        held.push(finish);
        emit({ event: 'holding' });
      } else finish();
    });
  },
});
server.listen(0, '127.0.0.1', () => emit({ event: 'listening', port: server.server.address().port }));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
