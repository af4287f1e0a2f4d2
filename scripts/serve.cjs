// A small static file server (no dependencies): `node scripts/serve.cjs [dir] [port]`.
// Used by `npm start` for the demo, and by tests and benchmarks that need a real HTTP server.
// CommonJS so that Jest (e2e tests), ESM scripts and the CLI can all load it.
const { createServer } = require('node:http');
const { readFile, stat } = require('node:fs/promises');
const { extname, join, normalize, resolve } = require('node:path');
const { gzipSync } = require('node:zlib');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Serves `root` on `host`:`port` (0 picks a free port). Resolves to { server, url }. */
function serveStatic(root, port = 0, host = '127.0.0.1') {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[extname(file)] || 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
      // Compress text as any real host or CDN would (the demo's Lighthouse score depends on it).
      if (/text|json|javascript|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise(done => server.listen(port, host, () => done({ server, url: `http://${host}:${server.address().port}` })));
}

module.exports = { serveStatic };

if (require.main === module) {
  const [dir = 'www', port = '3333'] = process.argv.slice(2);
  serveStatic(dir, Number(port)).then(({ url }) => console.log(`live-backend-runtime: serving ${dir}/ at ${url}/  (Ctrl+C to stop)`));
}
