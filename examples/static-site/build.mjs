// A static site from one content file: prerenders page.html with content.json into
// dist/index.html (every element drawn, in its final state) and writes the client that
// takes the elements over in the browser. Run `node build.mjs`, then serve dist/.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateContent } from 'live-backend-runtime';
import { renderToString } from 'live-backend-runtime/hydrate';

// 1. The content, refused with its field paths before anything is written.
const doc = JSON.parse(await readFile('content.json', 'utf8'));
const checked = await validateContent(doc);
if (!checked.ok) {
  for (const e of checked.errors) console.error(`content.json: ${e.path}: ${e.message}`);
  process.exit(1);
}

// 2. The page, with the document inline in <lbr-runtime>: the server renders it, the browser
//    reads the same one. `<` escaped, so no string in it can close the script.
const template = await readFile('page.html', 'utf8');
const json = JSON.stringify(doc).replace(/</g, '\\u003c');
const page = template.replace('<lbr-runtime>', `<lbr-runtime><script type="application/json">${json}</script>`);
const { html, diagnostics } = await renderToString(page, { fullDocument: true, serializeShadowRoot: 'declarative-shadow-dom', prettyHtml: false });
const errors = diagnostics.filter(d => d.level === 'error');
if (errors.length) throw new Error(errors.map(d => d.messageText).join('\n'));

// 3. The client: the package's per-tag build (it takes server-rendered elements over),
//    one import per tag the page uses.
const tags = [...new Set(template.match(/<lbr-[a-z-]+/g).map(t => t.slice(1)))];
const components = dirname(fileURLToPath(import.meta.resolve('live-backend-runtime/components/lbr-runtime')));
await mkdir('dist', { recursive: true });
await cp(components, 'dist/lbr', { recursive: true, filter: f => !f.endsWith('.d.ts') });
await writeFile('dist/client.js', tags.map(t => `import './lbr/${t}.js';\n`).join(''));
await writeFile('dist/index.html', html);
console.log(`dist/index.html: ${tags.length} tags prerendered; dist/client.js takes them over`);
