/**
 * lbr-receiver as users run it: the package's bin in its own process, a real
 * SQLite file, a real SMTP server process, plain HTTP requests.
 */
import { Agent, request } from 'node:http';
import { exported, message, post, Proc, Receiver, runBin, scratch, startReceiver, startSink } from './helpers';

const KEY = 'a3b1c2d4-0000-4000-8000-000000000001';
const running: Proc[] = [];
const tmp = scratch();

async function receiver(args: string[]): Promise<Receiver> {
  const r = await startReceiver(args);
  running.push(r);
  return r;
}

afterEach(async () => {
  for (const proc of running.splice(0)) await proc.kill('SIGKILL');
});
afterAll(() => tmp.remove());

describe('lbr-receiver', () => {
  it('stores a message once per Idempotency-Key: 201, then 200 for the key, and export prints it once', async () => {
    const db = tmp.db('once.db');
    const r = await receiver(['--db', db, '--port', '0']);
    const first = await post(r.url, { key: KEY, body: message(1) });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ key: KEY, duplicate: false });
    const again = await post(r.url, { key: KEY, body: message(1) });
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ key: KEY, duplicate: true, receivedAt: first.json.receivedAt });
    // The same key with other text is not "the same message": refused, nothing stored.
    const reused = await post(r.url, { key: KEY, body: { ...message(1), message: 'A different message entirely.' } });
    expect(reused.status).toBe(422);
    expect(reused.json.error).toMatch(/already used for a different message/);
    expect(await exported(db)).toEqual([{ key: KEY, ...message(1), receivedAt: first.json.receivedAt }]);
  });

  it('answers bad requests with clear 4xx JSON errors, stores none of them, and never logs message text', async () => {
    const db = tmp.db('bad.db');
    const r = await receiver(['--db', db, '--port', '0', '--rate-limit', '0']);
    const secret = 'TOP-SECRET-MESSAGE-TEXT that must never reach a log';
    const cases: [string, Parameters<typeof post>[1], number, RegExp | object][] = [
      ['no key', { body: message(1) }, 400, /Idempotency-Key header required/],
      ['a key with spaces', { key: 'has spaces', body: message(1) }, 400, /printable ASCII/],
      ['not JSON', { key: 'k1', raw: '{"name": ' }, 400, /not valid JSON/],
      ['not application/json', { key: 'k2', raw: 'name=a', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, /application\/json/],
      ['an array', { key: 'k3', body: [] }, 422, { errors: [{ path: '', message: expect.stringMatching(/JSON object/) }] }],
      [
        'invalid fields',
        { key: 'k4', body: { name: ' ', email: 'not-an-address', message: secret, sentAt: 'yesterday', page: 'javascript:alert(1)' } },
        422,
        {
          error: 'invalid message',
          errors: [
            { path: 'name', message: 'required: a non-empty string' },
            { path: 'email', message: 'expected an email address like name@example.com' },
            { path: 'sentAt', message: expect.stringMatching(/ISO 8601/) },
            { path: 'page', message: expect.stringMatching(/http\(s\) URL/) },
          ],
        },
      ],
      ['a name with a line break (mail header injection)', { key: 'k5', body: { ...message(1), name: 'Ada\r\nBcc: x@y.z' } }, 422, { errors: [{ path: 'name', message: 'control characters are not allowed' }] }],
      ['a message over 5000 characters', { key: 'k6', body: { ...message(1), message: 'x'.repeat(5001) } }, 422, { errors: [{ path: 'message', message: 'at most 5000 characters (got 5001)' }] }],
      ['GET', { method: 'GET' }, 405, /POST only/],
    ];
    for (const [what, options, status, expected] of cases) {
      const reply = await post(r.url, options);
      expect({ what, status: reply.status }).toEqual({ what, status });
      if (expected instanceof RegExp) expect(reply.json.error).toMatch(expected);
      else expect(reply.json).toMatchObject(expected);
      expect(reply.headers['content-type']).toContain('application/json');
    }
    expect((await post(r.url.replace('/contact', '/other'), { key: 'k7', body: message(1) })).status).toBe(404);
    // A valid message with the secret text is stored, and its text still never appears in the output.
    expect((await post(r.url, { key: 'k8', body: { ...message(8), message: secret } })).status).toBe(201);
    expect(await exported(db)).toHaveLength(1);
    await r.kill('SIGTERM');
    expect(r.lines.join('\n')).not.toMatch(/TOP-SECRET|visitor8@example\.com|Visitor 8/);
    expect(r.lines.some(l => / 201 stored k8 /.test(l))).toBe(true);
  });

  it('CORS: only the allowed origins get answers (preflight too); other origins are refused and nothing is stored', async () => {
    const db = tmp.db('cors.db');
    const r = await receiver(['--db', db, '--port', '0', '--allow-origin', 'https://you.dev', '--allow-origin', 'http://localhost:3333/']);
    const preflight = (origin: string) =>
      post(r.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' } });

    const ok = await preflight('https://you.dev');
    expect(ok.status).toBe(204);
    expect(ok.headers).toMatchObject({
      'access-control-allow-origin': 'https://you.dev',
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': 'content-type, idempotency-key',
      vary: 'origin',
    });
    // The trailing slash given on the command line is the same origin.
    expect((await preflight('http://localhost:3333')).headers['access-control-allow-origin']).toBe('http://localhost:3333');

    const evil = await preflight('https://evil.example');
    expect(evil.status).toBe(403);
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();

    const allowed = await post(r.url, { key: 'c1', body: message(1), headers: { origin: 'https://you.dev' } });
    expect(allowed.status).toBe(201);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://you.dev');
    const refused = await post(r.url, { key: 'c2', body: message(2), headers: { origin: 'https://evil.example' } });
    expect(refused.status).toBe(403);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    // No Origin: not a browser (curl, a server-side form handler): allowed.
    expect((await post(r.url, { key: 'c3', body: message(3) })).status).toBe(201);
    expect((await exported(db)).map(m => m.key)).toEqual(['c1', 'c3']);
  });

  it('answers 413 to a 200 kB body, with Content-Length or chunked, and keeps serving', async () => {
    const db = tmp.db('big.db');
    const r = await receiver(['--db', db, '--port', '0', '--rate-limit', '0']);
    const big = JSON.stringify({ ...message(1), message: 'x'.repeat(200 * 1024) });
    const sized = await post(r.url, { key: 'b1', raw: big });
    expect(sized.status).toBe(413);
    expect(sized.json.error).toBe('body over 32 kB');
    const chunked = await post(r.url, { key: 'b2', raw: big, chunked: true });
    expect(chunked.status).toBe(413);
    // Just under the limit still goes through (the limit is on bytes, not on the message field).
    const fits = JSON.stringify({ ...message(3), message: 'é'.repeat(2400) });
    expect(Buffer.byteLength(fits)).toBeLessThan(32 * 1024);
    expect((await post(r.url, { key: 'b3', raw: fits })).status).toBe(201);
    expect((await exported(db)).map(m => m.key)).toEqual(['b3']);
  });

  it('a flood past --rate-limit 5 gets 429 with Retry-After; behind --trust-proxy each forwarded address counts on its own', async () => {
    const r = await receiver(['--db', tmp.db('flood.db'), '--port', '0', '--rate-limit', '5']);
    const statuses: number[] = [];
    let limited;
    for (let i = 0; i < 8; i++) {
      const reply = await post(r.url, { key: `f${i}`, body: message(i) });
      statuses.push(reply.status);
      if (reply.status === 429) limited = reply;
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
    const retryAfter = Number(limited!.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited!.json).toMatchObject({ retryAfter });
    // Without --trust-proxy, X-Forwarded-For is the client's claim and changes nothing.
    expect((await post(r.url, { key: 'f9', body: message(9), headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(429);
    await r.waitFor(/X-Forwarded-For but --trust-proxy is off/);

    const proxied = await receiver(['--db', tmp.db('proxy.db'), '--port', '0', '--rate-limit', '5', '--trust-proxy']);
    const from = async (chain: string, n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await post(proxied.url, { key: `${chain}-${i}`, body: message(i), headers: { 'x-forwarded-for': chain } })).status);
      return out;
    };
    expect(await from('198.51.100.1', 6)).toEqual([201, 201, 201, 201, 201, 429]);
    // Another visitor behind the same proxy is not held back; a spoofed first entry does not help the first one.
    expect(await from('198.51.100.2', 1)).toEqual([201]);
    expect(await from('1.2.3.4, 198.51.100.1', 1)).toEqual([429]);
  });

  it('SIGTERM: a request in flight is finished and stored, then the process exits 0', async () => {
    const db = tmp.db('term.db');
    const r = await receiver(['--db', db, '--port', '0']);
    const body = JSON.stringify(message('term'));
    // Headers first (Expect: 100-continue: the server's "100 Continue" says it has the request), then the
    // signal, then the body: a request that started before SIGTERM is still answered.
    const reply = new Promise<number>((resolve, reject) => {
      const headers = { 'content-type': 'application/json', 'idempotency-key': 'term-1', 'content-length': String(Buffer.byteLength(body)), expect: '100-continue' };
      const req = request(r.url, { method: 'POST', headers }, res => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.flushHeaders();
      req.on('continue', async () => {
        r.child.kill('SIGTERM');
        await r.waitFor(/SIGTERM: finishing requests in flight/);
        req.end(body);
      });
    });
    expect(await reply).toBe(201);
    expect(await r.exited).toBe(0);
    expect(r.lines.at(-1)).toMatch(/stopped$/);
    expect((await exported(db)).map(m => m.key)).toEqual(['term-1']);
  });

  it('export: one JSON object per line with its key; clear errors for a missing file and bad flags', async () => {
    const db = tmp.db('export.db');
    const r = await receiver(['--db', db, '--port', '0']);
    const agent = new Agent({ keepAlive: true });
    for (let i = 0; i < 3; i++) expect((await post(r.url, { key: `e${i}`, body: message(i), agent })).status).toBe(201);
    agent.destroy();
    // Export reads while the server runs (WAL: readers do not block the writer).
    const rows = await exported(db);
    expect(rows.map(m => Object.keys(m).sort())).toEqual(Array(3).fill(['email', 'key', 'message', 'name', 'page', 'receivedAt', 'sentAt']));
    expect(rows.map(m => m.key)).toEqual(['e0', 'e1', 'e2']);

    const missing = await runBin(['export', '--db', tmp.db('nope.db')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.db/);
    const noDb = await runBin(['--port', '0']);
    expect(noDb.code).toBe(2);
    expect(noDb.stderr).toMatch(/--db PATH is required/);
    expect((await runBin(['--db', db, '--smtp', 'smtp://127.0.0.1:1'])).stderr).toMatch(/--smtp and --notify go together/);
    expect((await runBin(['--db', db, '--allow-origin', 'https://you.dev/contact'])).stderr).toMatch(/expects an origin like https:\/\/you.dev/);
    expect((await runBin(['--db', db, '--rate-limit', 'lots'])).stderr).toMatch(/--rate-limit expects a whole number/);
    expect((await runBin(['--db', db, '--bogus'])).stderr).toMatch(/Unknown option '--bogus'/);
    expect((await runBin(['--help'])).stdout).toMatch(/lbr-receiver export --db PATH/);
  });
});

describe('lbr-receiver e-mail notifications (a real SMTP server process)', () => {
  const sinks: Proc[] = [];
  afterEach(async () => {
    for (const sink of sinks.splice(0)) await sink.kill('SIGKILL');
  });
  const sink = async (args: string[] = []) => {
    const s = await startSink(args);
    sinks.push(s);
    return s;
  };

  it('mails each new message once, with the visitor as Reply-To; a duplicate key sends nothing more', async () => {
    const smtp = await sink();
    const r = await receiver(['--db', tmp.db('mail.db'), '--port', '0', '--smtp', smtp.url, '--notify', 'owner@you.dev']);
    expect((await post(r.url, { key: 'm-1', body: message(1) })).status).toBe(201);
    expect((await post(r.url, { key: 'm-1', body: message(1) })).status).toBe(200);
    await smtp.waitFor(/"event":"mail"/);
    await r.waitFor(/notified owner@you.dev of m-1/);
    const [mail] = smtp.mails();
    expect(mail.to).toEqual(['owner@you.dev']);
    expect(mail.raw).toMatch(/^Reply-To: Visitor 1 <visitor1@example\.com>$/m);
    expect(mail.raw).toMatch(/^Subject: Contact form: Visitor 1$/m);
    expect(mail.raw).toMatch(/^Message-ID: <m-1@lbr-receiver>$/m);
    expect(mail.raw).toContain(message(1).message);
    expect(mail.raw).toContain('Page: https://you.dev/about');
    // One more message, to be sure the first was not followed by a duplicate notification.
    expect((await post(r.url, { key: 'm-2', body: message(2) })).status).toBe(201);
    await r.waitFor(/notified owner@you.dev of m-2/);
    expect(smtp.mails().map(m => /Message-ID: <(.*)>/.exec(m.raw)![1])).toEqual(['m-1@lbr-receiver', 'm-2@lbr-receiver']);
  });

  it('an SMTP server that holds the mail does not hold the 201', async () => {
    const smtp = await sink(['--hold']);
    const r = await receiver(['--db', tmp.db('hold.db'), '--port', '0', '--smtp', smtp.url, '--notify', 'owner@you.dev']);
    const reply = post(r.url, { key: 'h-1', body: message(1) });
    expect((await reply).status).toBe(201);
    await smtp.waitFor(/"holding"/); // the notification is stuck in DATA, the visitor has their answer
    expect(smtp.mails()).toHaveLength(0);
    smtp.send('release');
    await r.waitFor(/notified owner@you.dev of h-1/);
    expect(smtp.mails()).toHaveLength(1);
  });

  it('a temporary SMTP failure is retried from the outbox', async () => {
    const smtp = await sink(['--reject', '1']);
    const r = await receiver(['--db', tmp.db('retry.db'), '--port', '0', '--smtp', smtp.url, '--notify', 'owner@you.dev']);
    expect((await post(r.url, { key: 'r-1', body: message(1) })).status).toBe(201);
    await r.waitFor(/notification of r-1 failed \(EMESSAGE 451\), attempt 1; next in 2 s/);
    await r.waitFor(/notified owner@you.dev of r-1/);
    expect(smtp.events('rejected')).toBe(1);
    expect(smtp.mails()).toHaveLength(1);
  });

  it('a pending notification survives kill -9: after a restart it is sent', async () => {
    const db = tmp.db('outbox.db');
    const down = await sink(['--reject', 'all']);
    const first = await receiver(['--db', db, '--port', '0', '--smtp', down.url, '--notify', 'owner@you.dev']);
    expect((await post(first.url, { key: 'k9-1', body: message(1) })).status).toBe(201);
    await first.waitFor(/notification of k9-1 failed/);
    await first.kill('SIGKILL');
    const up = await sink();
    const second = await receiver(['--db', db, '--port', '0', '--smtp', up.url, '--notify', 'owner@you.dev']);
    await second.waitFor(/notified owner@you.dev of k9-1/);
    expect(up.mails()).toHaveLength(1);
    expect(up.mails()[0].raw).toContain(message(1).message);
  });
});
