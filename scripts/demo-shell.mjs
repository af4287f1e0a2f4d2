// The demo pages link src/demo-shell.css (the dev site serves it as a file); the production site
// has it inline instead, minified, where the <link> stood: the pages' first paint then waits for
// no second request, as when each page carried its own copy.
// `node scripts/demo-shell.mjs [dir]` (default www) inlines it into every page of dir that links
// it; build-playground.mjs calls inlineShell() for the playground page it writes.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The link as written in src/ and as the prerenderer rewrites it (quotes dropped). */
const LINK = /<link\b[^>]*\bhref=["']?demo-shell\.css["']?[^>]*>/;

let minified;
async function shellCss() {
  if (!minified) {
    const { optimizeCss } = await import('@stencil/core/compiler');
    const input = await readFile(join(root, 'src/demo-shell.css'), 'utf8');
    const { output, diagnostics } = await optimizeCss({ input, minify: true, autoprefixer: false });
    if (diagnostics.length) throw new Error('demo-shell.css: ' + diagnostics.map(d => d.messageText).join('; '));
    minified = output;
  }
  return minified;
}

/** Replaces the page's link to demo-shell.css with the sheet. Returns false for a page without one. */
export async function inlineShell(file) {
  const html = await readFile(file, 'utf8');
  if (!LINK.test(html)) return false;
  const css = await shellCss();
  await writeFile(file, html.replace(LINK, () => `<style>${css}</style>`));
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(root, 'www'));
  const pages = (await readdir(dir)).filter(f => f.endsWith('.html'));
  const done = [];
  for (const page of pages) if (await inlineShell(join(dir, page))) done.push(page);
  console.log(`demo-shell.css (${(await shellCss()).length} B minified) inline in ${done.join(', ') || 'no page'}`);
}
