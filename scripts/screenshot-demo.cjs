#!/usr/bin/env node
// Takes docs/demo.png, the README's picture of the demo page: `node scripts/screenshot-demo.cjs`
// after `npm run build`. Full page at 1280 CSS px wide, reduced motion (every element in its
// final state), then reduced to a 256-colour PNG so the picture stays well under 300 kB.
const fs = require('fs');
const zlib = require('zlib');
const path = require('path');
const puppeteer = require('puppeteer');
const { serveStatic } = require('./serve.cjs');

(async () => {
  const { server, url } = await serveStatic(path.join(__dirname, '..', 'www'), 0);
  const browser = await puppeteer.launch({ headless: 'shell', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url + '/', { waitUntil: 'networkidle0' });
    await new Promise(r => setTimeout(r, 1500));
    const png = Buffer.from(await page.screenshot({ fullPage: true }));
    const out = path.join(__dirname, '..', 'docs', 'demo.png');
    fs.writeFileSync(out, toPng8(png));
    console.log(`docs/demo.png: ${Math.round(fs.statSync(out).size / 1024)} kB`);
  } finally {
    await browser.close();
    server.close();
  }
})();

/** 8-bit RGB(A) PNG -> 256-colour PNG: popularity palette over 5-bit bins, nearest-colour mapping. */
function toPng8(buf) {
  let pos = 8, w, h, depth, ctype; const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos), type = buf.toString('ascii', pos + 4, pos + 8), data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') { w = data.readUInt32BE(0); h = data.readUInt32BE(4); depth = data[8]; ctype = data[9]; }
    if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  if (depth !== 8 || (ctype !== 2 && ctype !== 6)) throw new Error('need 8-bit RGB/RGBA');
  const bpp = ctype === 6 ? 4 : 3, raw = zlib.inflateSync(Buffer.concat(idat)), stride = w * bpp;
  const px = Buffer.alloc(h * stride);
  for (let y = 0; y < h; y++) {
    const f = raw[y * (stride + 1)], src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), row = px.subarray(y * stride, (y + 1) * stride), prev = y ? px.subarray((y - 1) * stride, y * stride) : null;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? row[x - bpp] : 0, b = prev ? prev[x] : 0, c = prev && x >= bpp ? prev[x - bpp] : 0;
      let v = src[x];
      if (f === 1) v += a; else if (f === 2) v += b; else if (f === 3) v += (a + b) >> 1;
      else if (f === 4) { const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c); v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c; }
      row[x] = v & 255;
    }
  }
  const key = i => ((px[i] >> 3) << 10) | ((px[i + 1] >> 3) << 5) | (px[i + 2] >> 3);
  const counts = new Map(), sums = new Map();
  for (let i = 0; i < px.length; i += bpp) { const k = key(i); counts.set(k, (counts.get(k) || 0) + 1); const s = sums.get(k) || [0, 0, 0]; s[0] += px[i]; s[1] += px[i + 1]; s[2] += px[i + 2]; sums.set(k, s); }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 256).map(([k, n]) => sums.get(k).map(v => Math.round(v / n)));
  const cache = new Map();
  const nearest = k => {
    if (cache.has(k)) return cache.get(k);
    const r = ((k >> 10) & 31) * 8 + 4, g = ((k >> 5) & 31) * 8 + 4, b = (k & 31) * 8 + 4;
    let best = 0, bd = Infinity;
    top.forEach(([R, G, B], i) => { const d = (R - r) ** 2 * 3 + (G - g) ** 2 * 4 + (B - b) ** 2 * 2; if (d < bd) { bd = d; best = i; } });
    cache.set(k, best); return best;
  };
  const outRaw = Buffer.alloc(h * (w + 1));
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) outRaw[y * (w + 1) + 1 + x] = nearest(key(y * stride + x * bpp));
  const chunk = (type, data) => { const l = Buffer.alloc(4); l.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type, 'ascii'), data]); const c = Buffer.alloc(4); c.writeUInt32BE(zlib.crc32 ? zlib.crc32(td) >>> 0 : crc(td)); return Buffer.concat([l, td, c]); };
  function crc(b) { let c, t = []; for (let n = 0; n < 256; n++) { c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } c = 0xffffffff; for (const x of b) c = t[(c ^ x) & 255] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 3;
  const plte = Buffer.from(top.flat());
  return Buffer.concat([buf.subarray(0, 8), chunk('IHDR', ihdr), chunk('PLTE', plte), chunk('IDAT', zlib.deflateSync(outRaw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
