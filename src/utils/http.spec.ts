import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchText, httpStatus } from './http';

describe('http', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/doc.md') res.writeHead(200, { 'content-type': 'text/markdown' }).end(`# ADR\naccept: ${req.headers.accept}`);
      else res.writeHead(404, 'Not Found').end('nope');
    });
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise(done => server.close(done)));

  it('says a status as people read it, with the status text when there is one', () => {
    expect(httpStatus({ status: 503, statusText: 'Service Unavailable' })).toBe('HTTP 503 Service Unavailable');
    expect(httpStatus({ status: 503, statusText: '' })).toBe('HTTP 503');
    expect(httpStatus({ status: 404 })).toBe('HTTP 404');
  });

  it('fetchText: the body of a 2xx, sent with the caller’s headers', async () => {
    expect(await fetchText(`${base}/doc.md`, { headers: { accept: 'text/markdown' } })).toBe('# ADR\naccept: text/markdown');
  });

  it('fetchText: a non-2xx rejects with its status, a refused connection with the network error', async () => {
    await expect(fetchText(`${base}/missing.md`)).rejects.toThrow(/^HTTP 404 Not Found$/);
    const closed = createServer();
    await new Promise<void>(done => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise(done => closed.close(done));
    await expect(fetchText(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });
});
