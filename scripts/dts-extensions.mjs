// Stencil writes its declaration files with extensionless relative imports (`from '../types'`).
// Under TypeScript's node16/nodenext resolution, which ESM packages are read with, such imports
// do not resolve and the types silently degrade to `any`. This rewrites every relative import in
// the shipped .d.ts files to the file it means (`../types/index.js`, `./store.js`), which every
// resolution mode accepts. Run by `npm run build` after both Stencil builds.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOTS = ['dist/types', 'dist/components'];
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.d.ts')) yield path;
  }
}

/** The import specifier with its extension, or the original when it already resolves or points nowhere. */
function withExtension(fromFile, specifier) {
  if (/\.(js|mjs|cjs|json)$/.test(specifier)) return specifier;
  const target = resolve(dirname(fromFile), specifier);
  if (existsSync(`${target}.d.ts`)) return `${specifier}.js`;
  if (existsSync(join(target, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  throw new Error(`${fromFile}: cannot resolve the declaration import "${specifier}"`);
}

let changed = 0;
for (const root of ROOTS) {
  for (const file of files(root)) {
    const source = readFileSync(file, 'utf8');
    const next = source.replace(SPECIFIER, (_, lead, quote, spec) => `${lead}${quote}${withExtension(file, spec)}${quote}`);
    if (next !== source) {
      writeFileSync(file, next);
      changed++;
    }
  }
}
console.log(`declaration imports with extensions: ${changed} files`);
