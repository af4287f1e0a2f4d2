// Lighthouse (mobile, default throttling) on the built demo page (www/), served over a local
// HTTP server. Targets from the demo-page issue: performance >= 98, accessibility 100, CLS 0.
// Baseline in the same run: an empty page on the same server, so a noisy machine shows as
// a low baseline score rather than as a regression of the kit.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { existsSync } from 'node:fs';
import { writeFile, mkdir, rm } from 'node:fs/promises';
import serve from '../scripts/serve.cjs';
import chromium from '../scripts/chromium-args.cjs';
const { browserArgs } = chromium;

const chromePath = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(p => existsSync(p));

async function audit(chrome, url) {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  const a = lhr.audits;
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    LCP: (a['largest-contentful-paint'].numericValue / 1000).toFixed(2) + ' s',
    TBT: Math.round(a['total-blocking-time'].numericValue) + ' ms',
    CLS: a['cumulative-layout-shift'].numericValue.toFixed(3),
    failing: Object.values(a).filter(x => x.score !== null && x.score < 1 && lhr.categories.accessibility.auditRefs.some(r => r.id === x.id)).map(x => x.id).join(' ') || '-',
  };
}

export default async function ({ table }) {
  if (!existsSync('www/index.html')) return console.log('\n(lighthouse: no www/ build, skipped)');
  await mkdir('www/.bench', { recursive: true });
  await writeFile('www/.bench/empty.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="description" content="empty"><title>empty</title></head><body><main><h1>empty</h1></main></body></html>');
  const { server, url } = await serve.serveStatic('www', 0);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...browserArgs] });
  try {
    const rows = [];
    for (const [what, path] of [['baseline: empty page', '/.bench/empty.html'], ['demo page (www/index.html)', '/'], ['own-content page', '/own-content.html']]) {
      if (path === '/own-content.html' && !existsSync('www/own-content.html')) continue;
      rows.push({ what, ...(await audit(chrome, url + path)) });
    }
    table('Lighthouse, mobile (targets: performance >= 98, accessibility 100, CLS 0)', rows);
  } finally {
    await chrome.kill();
    server.close();
    await rm('www/.bench', { recursive: true, force: true });
  }
}
