// `npm run bench`: builds nothing, measures the current build (run `npm run build` first).
// Runs every bench/*.bench.mjs in turn. Each exports `default async ({ browser, url, root, table }) => void`:
//   browser: a puppeteer Browser on the system Chromium; url: base URL of a static server on the
//   project root (so `${url}/bench/pages/x.html` and `${url}/dist/...` load); table(title, rows) prints.
// Figures are reported next to a baseline measured in the same run (machines here are shared and noisy).
import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer';
import serve from '../scripts/serve.cjs';
const { serveStatic } = serve;
import chromium from '../scripts/chromium-args.cjs';
const { browserArgs } = chromium;

if (!existsSync('dist/lbr/lbr.esm.js')) {
  console.error('bench: no build found; run `npm run build` first');
  process.exit(1);
}

export function table(title, rows) {
  console.log(`\n## ${title}\n`);
  if (!rows.length) return;
  const cols = Object.keys(rows[0]);
  const width = cols.map(c => Math.max(c.length, ...rows.map(r => String(r[c]).length)));
  const line = cells => '| ' + cells.map((c, i) => String(c).padEnd(width[i])).join(' | ') + ' |';
  console.log(line(cols));
  console.log('|' + width.map(w => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(line(cols.map(c => r[c])));
}

const only = process.argv[2];
const files = (await readdir('bench')).filter(f => f.endsWith('.bench.mjs') && (!only || f.includes(only))).sort();
const { server, url } = await serveStatic('.', 0);
const browser = await puppeteer.launch({ headless: 'shell', args: browserArgs });
try {
  for (const file of files) {
    const mod = await import(`./${file}`);
    await mod.default({ browser, url, root: process.cwd(), table });
  }
} finally {
  await browser.close();
  server.close();
}
