// lbr-receiver: messages per second stored durably (SQLite file, WAL, synchronous=FULL: every 2xx
// is fsynced first), against the same server writing to memory (`--db :memory:`) in the same run.
// Each side is the real bin in its own process; a client here posts MESSAGES distinct messages
// from CLIENTS keep-alive connections. Sides alternate, RUNS times each; the median is reported.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MESSAGES = 1000;
const CLIENTS = 10;
const RUNS = 3;
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Starts `lbr-receiver --db db` and resolves with its URL and process. */
function start(root, db) {
  const child = spawn(process.execPath, [join(root, 'receiver/cli.mjs'), '--db', db, '--port', '0', '--rate-limit', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', chunk => {
      out += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      // Keep reading (and dropping) its log lines, or a full pipe would stall it.
      if (url) resolve({ url, child, stop: () => new Promise(done => (child.once('exit', done), child.kill('SIGTERM'))) });
    });
    child.once('exit', code => reject(new Error(`lbr-receiver exited with ${code}: ${out}`)));
  });
}

function post(url, agent, key, body) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'idempotency-key': key, 'content-length': Buffer.byteLength(body) } }, res => {
      res.resume();
      res.on('end', () => (res.statusCode === 201 ? resolve(performance.now() - t0) : reject(new Error(`HTTP ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function measure(root, db) {
  const server = await start(root, db);
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies = [];
  let next = 0;
  const client = async () => {
    while (next < MESSAGES) {
      const i = next++;
      const body = JSON.stringify({ name: `Visitor ${i}`, email: `v${i}@example.com`, message: `Message ${i}: we would like to talk about a backend role.`, sentAt: new Date().toISOString(), page: 'https://you.dev/' });
      latencies.push(await post(server.url, agent, randomUUID(), body));
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  await server.stop();
  return { rate: MESSAGES / seconds, p50: median(latencies), p95: [...latencies].sort((a, b) => a - b)[Math.floor(latencies.length * 0.95)] };
}

export default async function receiverBench({ root, table }) {
  const dir = mkdtempSync(join(tmpdir(), 'lbr-receiver-bench-'));
  const runs = { file: [], memory: [] };
  try {
    for (let i = 0; i < RUNS; i++) {
      runs.memory.push(await measure(root, ':memory:'));
      runs.file.push(await measure(root, join(dir, `run-${i}.db`)));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const row = (what, xs) => ({
    what,
    'messages/s': median(xs.map(x => x.rate)).toFixed(0),
    'p50 ms': median(xs.map(x => x.p50)).toFixed(2),
    'p95 ms': median(xs.map(x => x.p95)).toFixed(2),
  });
  const file = median(runs.file.map(x => x.rate));
  const memory = median(runs.memory.map(x => x.rate));
  table(`lbr-receiver: ${MESSAGES} messages from ${CLIENTS} keep-alive clients (median of ${RUNS})`, [
    { ...row('SQLite file, WAL + synchronous=FULL (durable)', runs.file), 'vs memory': `${(file / memory).toFixed(2)}×` },
    { ...row('baseline: same server, --db :memory:', runs.memory), 'vs memory': '1.00×' },
  ]);
}
