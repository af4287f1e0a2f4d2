// What a page downloads (gzip -9) to show one element, and the whole kit, from the CDN
// build (loader + runtime + the element's chunks), measured by loading it in Chromium
// and recording every response. Baseline in the same run: react + react-dom's client build.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const gz = buf => gzipSync(buf, { level: 9 }).length;
const kb = n => (n / 1000).toFixed(1) + ' kB';
const BUDGET_ONE = 30_000;
const BUDGET_KIT = 55_000;

async function downloaded(browser, url, tags) {
  const page = await browser.newPage();
  const bodies = new Map();
  page.on('response', async res => {
    if (!/\.(js|css)(\?|$)/.test(res.url())) return;
    try {
      bodies.set(res.url(), await res.buffer());
    } catch {}
  });
  await page.goto(`${url}/bench/pages/tags.html?tags=${tags.join(',')}`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(t => t.every(tag => document.querySelector(tag)?.classList.contains('hydrated')), {}, tags);
  await page.close();
  let total = 0;
  for (const body of bodies.values()) total += gz(body);
  return { total, files: bodies.size };
}

export default async function ({ browser, url, table }) {
  const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
  const tags = manifest.modules.flatMap(m => m.declarations ?? []).map(d => d.tagName).filter(Boolean).sort();
  const require = createRequire(import.meta.url);
  const reactFiles = ['react/cjs/react.production.js', 'react-dom/cjs/react-dom-client.production.js', 'react-dom/cjs/react-dom.production.js', 'scheduler/cjs/scheduler.production.js'];
  let react = 0;
  for (const f of reactFiles) {
    // React 19 ships its production builds unminified (bundlers minify): minify like a bundler would.
    const source = await readFile(join(dirname(require.resolve(f.split('/')[0] + '/package.json')), f.split('/').slice(1).join('/')), 'utf8');
    react += gz((await transform(source, { minify: true, format: 'cjs' })).code);
  }

  const rows = [];
  for (const tag of tags) {
    const { total, files } = await downloaded(browser, url, [tag]);
    rows.push({ what: tag, files, 'gzip -9': kb(total), budget: kb(BUDGET_ONE), 'within budget': total <= BUDGET_ONE ? 'yes' : 'NO', 'vs react+react-dom': (total / react).toFixed(2) + '×' });
  }
  const kit = await downloaded(browser, url, tags);
  rows.push({ what: `whole kit (${tags.length} elements)`, files: kit.files, 'gzip -9': kb(kit.total), budget: kb(BUDGET_KIT), 'within budget': kit.total <= BUDGET_KIT ? 'yes' : 'NO', 'vs react+react-dom': (kit.total / react).toFixed(2) + '×' });
  rows.push({ what: 'baseline: react + react-dom client (production, minified, no app code)', files: reactFiles.length, 'gzip -9': kb(react), budget: '', 'within budget': '', 'vs react+react-dom': '1.00×' });
  table('Bytes a page downloads (gzip -9)', rows);
}
