/**
 * Test helpers for lbr-receiver: the real bin (as package.json names it) in a
 * child process, a real SMTP server process (smtp-sink.mjs), and plain
 * node:http requests (so a test controls headers, bodies and timing exactly).
 */
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
/** The bin users run with `npx lbr-receiver`. */
export const BIN = join(ROOT, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin['lbr-receiver']);
const SINK = join(__dirname, 'smtp-sink.mjs');

/** A child process whose stdout and stderr lines are collected; `waitFor` polls them for a positive signal. */
export class Proc {
  readonly lines: string[] = [];
  readonly exited: Promise<number | null>;
  exitCode: number | null | undefined;

  constructor(readonly child: ChildProcess) {
    let buffer = '';
    const take = (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const parts = buffer.split('\n');
      buffer = parts.pop()!;
      this.lines.push(...parts);
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    this.exited = new Promise(done => child.on('exit', code => done((this.exitCode = code))));
  }

  /** Waits until a line matches (searching from line `from`); returns it. */
  async waitFor(pattern: RegExp, from = 0, timeout = 30_000): Promise<string> {
    const end = Date.now() + timeout;
    for (;;) {
      const line = this.lines.slice(from).find(l => pattern.test(l));
      if (line !== undefined) return line;
      if (this.exitCode !== undefined) throw new Error(`exited (${this.exitCode}) before printing ${pattern}:\n${this.lines.join('\n')}`);
      if (Date.now() > end) throw new Error(`no line matching ${pattern} within ${timeout} ms:\n${this.lines.join('\n')}`);
      await new Promise(r => setTimeout(r, 20));
    }
  }

  kill(signal: NodeJS.Signals = 'SIGTERM') {
    if (this.exitCode === undefined) this.child.kill(signal);
    return this.exited;
  }
}

export interface Receiver extends Proc {
  url: string;
  port: number;
}

/** Starts `lbr-receiver ...args` and waits for its "listening on" line. */
export async function startReceiver(args: string[]): Promise<Receiver> {
  const proc = new Proc(spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }));
  const line = await proc.waitFor(/listening on http:\/\/\S+/);
  const url = /http:\/\/\S+\/contact/.exec(line)![0];
  return Object.assign(proc, { url, port: Number(new URL(url).port) }) as Receiver;
}

/** Runs the bin to completion (e.g. `export`): exit code, stdout, stderr. */
export function runBin(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(done =>
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr })),
  );
}

/** `lbr-receiver export --db PATH`, parsed. */
export async function exported(db: string): Promise<Record<string, string>[]> {
  const { code, stdout, stderr } = await runBin(['export', '--db', db]);
  if (code !== 0) throw new Error(`export failed (${code}): ${stderr}`);
  return stdout.split('\n').filter(Boolean).map(line => JSON.parse(line));
}

export interface Mail {
  from: string;
  to: string[];
  raw: string;
}

export interface Sink extends Proc {
  port: number;
  url: string;
  mails(): Mail[];
  events(name: string): number;
  /** Writes a command line ("release") to the sink's stdin. */
  send(line: string): void;
}

/** Starts the SMTP sink (see smtp-sink.mjs for its flags) and waits until it listens. */
export async function startSink(args: string[] = []): Promise<Sink> {
  const proc = new Proc(spawn(process.execPath, [SINK, ...args], { stdio: ['pipe', 'pipe', 'pipe'] }));
  const port = JSON.parse(await proc.waitFor(/"listening"/)).port as number;
  const parsed = () => proc.lines.filter(l => l.startsWith('{')).map(l => JSON.parse(l));
  return Object.assign(proc, {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails: () => parsed().filter(e => e.event === 'mail') as Mail[],
    events: (name: string) => parsed().filter(e => e.event === name).length,
    send: (line: string) => void proc.child.stdin!.write(`${line}\n`),
  }) as Sink;
}

/** A scratch directory for database files, removed after the test file. */
export function scratch(): { dir: string; db: (name?: string) => string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'lbr-receiver-'));
  return { dir, db: (name = 'messages.db') => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
}

export interface PostOptions {
  key?: string;
  body?: unknown;
  /** Raw body (string or bytes); wins over `body`. */
  raw?: string | Buffer;
  headers?: Record<string, string>;
  method?: string;
  /** Send the body with chunked transfer encoding (no Content-Length). */
  chunked?: boolean;
  agent?: import('node:http').Agent;
}

/** One HTTP request to the receiver. Rejects on a network error (refused, reset), like a browser would fail. */
export function post(url: string, options: PostOptions = {}): Promise<Reply> {
  const payload = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(options.key ? { 'idempotency-key': options.key } : {}), ...options.headers };
  if (payload !== undefined && !options.chunked) headers['content-length'] = String(Buffer.byteLength(payload));
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'POST', headers, agent: options.agent }, res => {
      const chunks: Buffer[] = [];
      res.on('data', c => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode!, headers: res.headers, text, json });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

export const message = (i: number | string) => ({
  name: `Visitor ${i}`,
  email: `visitor${i}@example.com`,
  message: `Message number ${i}: we would like to talk about a backend role.`,
  sentAt: '2026-11-24T18:00:00.000Z',
  page: 'https://you.dev/about',
});
