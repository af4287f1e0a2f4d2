/**
 * The receiver's "done when": 300 messages from 20 concurrent clients that
 * retry until they get a 2xx, half of them sent a second time, with the
 * receiver killed (kill -9) and restarted on the same port in the middle.
 * Every acknowledged message must be in `lbr-receiver export` exactly once,
 * with the text it was sent with.
 */
import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import { exported, message, post, Receiver, scratch, startReceiver } from './helpers';

const MESSAGES = 300;
const CLIENTS = 20;
const KILL_AFTER = 100; // acknowledgements before the kill

describe('lbr-receiver under load, killed with -9 mid-way', () => {
  const tmp = scratch();
  let current: Receiver | undefined;
  afterAll(async () => {
    await current?.kill('SIGKILL');
    tmp.remove();
  });

  it('stores every acknowledged message exactly once', async () => {
    const db = tmp.db('load.db');
    current = await startReceiver(['--db', db, '--port', '0', '--rate-limit', '0']);
    const { url, port } = current;
    const keys = Array.from({ length: MESSAGES }, () => randomUUID());
    const bodies = keys.map((_, i) => message(i));
    const acked = new Map<string, number>(); // key -> status of its first 2xx
    const acks: Promise<void>[] = [];
    const ackOf: ((status: number) => void)[] = [];
    keys.forEach((_, i) => acks.push(new Promise(done => (ackOf[i] = (status: number) => done(void acked.set(keys[i], status))))));
    const stats = { attempts: 0, networkErrors: 0, serverErrors: 0, secondStatuses: [] as number[], ackedBeforeKill: 0, ackedAfterRestart: 0 };
    let restarted = false;

    // The jobs: every message once, and every odd one a second time about 40 jobs after its first,
    // so some second sends cross the kill and must be recognised by a restarted receiver.
    const jobs: { i: number; second: boolean }[] = [];
    for (let i = 0; i < MESSAGES; i++) {
      jobs.push({ i, second: false });
      if (i >= 40 && (i - 40) % 2 === 1) jobs.push({ i: i - 40, second: true });
    }
    for (let i = MESSAGES - 40; i < MESSAGES; i++) if (i % 2 === 1) jobs.push({ i, second: true });

    const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
    /** Sends until a 2xx (a client's retry loop: the same key and body every time). */
    async function deliver(i: number): Promise<number> {
      const deadline = Date.now() + 120_000;
      for (let delay = 20; ; delay = Math.min(delay * 2, 500)) {
        stats.attempts++;
        try {
          const reply = await post(url, { key: keys[i], body: bodies[i], agent });
          if (reply.status >= 200 && reply.status < 300) return reply.status;
          if (reply.status < 500) throw new Error(`message ${i}: ${reply.status} ${reply.text}`); // a 4xx is a bug here, not a blip
          stats.serverErrors++;
        } catch (err: any) {
          if (!err?.code) throw err;
          stats.networkErrors++; // refused or reset while the receiver is down
        }
        if (Date.now() > deadline) throw new Error(`message ${i} never acknowledged`);
        await new Promise(r => setTimeout(r, delay));
      }
    }

    let next = 0;
    const client = async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        if (job.second) {
          await acks[job.i];
          stats.secondStatuses.push(await deliver(job.i));
          continue;
        }
        const status = await deliver(job.i);
        ackOf[job.i](status);
        if (restarted) stats.ackedAfterRestart++;
      }
    };

    // The kill: once KILL_AFTER messages are acknowledged, with the clients still sending.
    const chaos = (async () => {
      while (acked.size < KILL_AFTER) await new Promise(r => setTimeout(r, 5));
      stats.ackedBeforeKill = acked.size;
      await current!.kill('SIGKILL');
      current = await startReceiver(['--db', db, '--port', String(port), '--rate-limit', '0']);
      restarted = true;
    })();

    await Promise.all([...Array.from({ length: CLIENTS }, client), chaos]);
    agent.destroy();

    const rows = await exported(db);
    const stored = new Map(rows.map(r => [r.key, r]));
    const summary = {
      acknowledged: acked.size,
      exported: rows.length,
      distinctKeys: stored.size,
      missing: keys.filter(k => acked.has(k) && !stored.has(k)).length,
      wrongText: keys.filter((k, i) => stored.get(k)?.message !== bodies[i].message).length,
      secondSends: stats.secondStatuses.length,
      secondSendsStoredAgain: stats.secondStatuses.filter(s => s !== 200).length,
    };
    // The figures, for the report and for anyone reading CI output.
    console.log(`load: ${JSON.stringify({ ...summary, ...stats, secondStatuses: undefined })}`);
    expect(summary).toEqual({
      acknowledged: MESSAGES,
      exported: MESSAGES,
      distinctKeys: MESSAGES,
      missing: 0,
      wrongText: 0,
      secondSends: MESSAGES / 2,
      secondSendsStoredAgain: 0,
    });
    // The kill really happened mid-load: clients saw the receiver go away, and acknowledgements came on both sides.
    expect(stats.networkErrors).toBeGreaterThan(0);
    expect(stats.ackedBeforeKill).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(stats.ackedAfterRestart).toBeGreaterThan(0);
  });
});
