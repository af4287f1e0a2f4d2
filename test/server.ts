/**
 * A real local HTTP server for e2e tests: records every request it receives
 * (method, path, headers, body) and answers with the route you give it.
 * CORS is open, since the test page is served from another port.
 */
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

export interface TestServer {
  url: string;
  received: Received[];
  /** Replace or add the handler for a path (exact match on pathname). */
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route> = {}): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const received: Received[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', async () => {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-allow-headers', 'content-type, idempotency-key, last-event-id');
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      received.push({ method: req.method ?? 'GET', path, headers: req.headers, body });
      const handler = table.get(path);
      if (!handler) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      await handler(req, res, body);
    });
  });
  server.on('connection', s => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>(done => {
        for (const s of sockets) s.destroy();
        server.close(() => done());
      }),
  };
}

/** A JSON response. */
export const json = (status: number, value: unknown): Route => (_req, res) => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
};

/** A plain-text response. */
export const text = (status: number, value: string, type = 'text/plain'): Route => (_req, res) => {
  res.writeHead(status, { 'content-type': type }).end(value);
};
