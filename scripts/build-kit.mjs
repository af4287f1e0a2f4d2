// The whole-kit script, dist/kit/lbr-kit.js (`live-backend-runtime/kit`), built after the npm
// build by `npm run build`: one ES module that defines every tag and exports the package root's
// API, for pages that show all or most elements (the CDN loader, dist/lbr, fetches one file per
// element and pays gzip's per-file overhead each time). Made from the per-tag build
// (dist/components: server-rendered markup taken over, one shared base.css, short vdom keys, the
// page store hub), so it behaves as those elements do. What they load on first use stays lazy:
// the demo content, the JSON Resume reader, the validator, rough-notation, live health and live
// logs, the ADR Markdown reader; those chunks sit next to the script and load relative to it.
//
// Rolldown (Vite's bundler), not esbuild: those lazy chunks import back from the elements'
// modules, and esbuild's splitting then moves every module they reach (the runtime, two
// elements) into shared chunks that the script imports, two round trips and six files instead
// of one. Rolldown keeps them in the entry (`allow-extension` lets it add the exports they need).
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { rolldown } from 'rolldown';

const FROM = 'dist/components';
const OUT = 'dist/kit';
const ENTRY = '\0lbr-kit';

// Every tag in the manifest (written by the docs build before the npm build), each from its own module.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap(m => m.declarations ?? []).map(d => d.tagName).filter(Boolean).sort();
const built = new Set(readdirSync(FROM));
const missing = tags.filter(tag => !built.has(`${tag}.js`));
if (tags.length === 0 || missing.length) throw new Error(`build-kit: ${FROM} lacks ${missing.join(', ') || 'every tag'}; run the npm build first`);

// Importing an element's module defines its tag (auto-define), unless the page already has it.
const entry = [`export * from ${JSON.stringify(resolve(FROM, 'index.js'))};`, ...tags.map(tag => `import ${JSON.stringify(resolve(FROM, `${tag}.js`))};`)].join('\n');

rmSync(OUT, { recursive: true, force: true });
const bundle = await rolldown({
  input: { 'lbr-kit': ENTRY },
  preserveEntrySignatures: 'allow-extension',
  plugins: [{ name: 'lbr-kit-entry', resolveId: id => (id === ENTRY ? id : null), load: id => (id === ENTRY ? entry : null) }],
  onLog(level, log, handler) {
    // The clipboard helper: lazy in the recruiter panel, static in the log stream (its copy
    // button), so on a whole-kit page it is part of the script. Anything else is news.
    if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && /p-[\w-]+\.js is dynamically imported by .*lbr-recruiter-panel\.js but also statically imported by .*lbr-log-stream\.js/.test(log.message)) return;
    handler(level, log);
  },
});
const { output } = await bundle.write({ dir: OUT, format: 'esm', minify: true, entryFileNames: '[name].js', chunkFileNames: 'p-[hash].js' });
await bundle.close();

// The types are the package root's: the same API.
writeFileSync(join(OUT, 'lbr-kit.d.ts'), `// The whole-kit script exports the package root's API; importing it defines every tag.\nexport * from '../components/index.js';\n`);

const gz = name => gzipSync(readFileSync(join(OUT, name)), { level: 9 }).length;
const chunks = output.filter(o => o.type === 'chunk');
const lazy = chunks.filter(c => !c.isEntry).reduce((n, c) => n + gz(c.fileName), 0);
console.log(`kit: ${OUT}/lbr-kit.js ${tags.length} tags, gzip -9 ${(gz('lbr-kit.js') / 1000).toFixed(1)} kB; ${chunks.length - 1} chunks loaded on first use, ${(lazy / 1000).toFixed(1)} kB together`);
