// Builds the content playground after Stencil's www build: www/playground.html and its own
// bundle in www/playground/ (CodeMirror and the schema help), which no other page loads.
// `node scripts/build-playground.mjs [outdir]` (default www); tests call buildPlayground().
import { build } from 'esbuild';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { inlineShell } from './demo-shell.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src/playground');

/** Type-checks the playground (esbuild only strips types), with the TypeScript Stencil ships. */
async function typecheck() {
  const { ts } = await import('@stencil/core/compiler');
  const base = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile).config;
  const { options } = ts.convertCompilerOptionsFromJson({ ...base.compilerOptions, noEmit: true }, root);
  const files = [join(src, 'main.ts')];
  const program = ts.createProgram(files, options);
  const errors = ts.getPreEmitDiagnostics(program);
  if (errors.length) {
    const host = { getCanonicalFileName: f => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
    throw new Error('playground type errors:\n' + ts.formatDiagnostics(errors, host));
  }
}

/** Builds into `outdir` (default www). Returns the bundle's files with their gzip -9 sizes. */
export async function buildPlayground(outdir = join(root, 'www'), { check = true } = {}) {
  if (check) await typecheck();
  const result = await build({
    entryPoints: [join(src, 'main.ts')],
    bundle: true,
    splitting: true, // the built-in demo document is a chunk of its own, loaded only to seed or reset
    format: 'esm',
    target: 'es2022',
    minify: true,
    outdir: join(outdir, 'playground'),
    chunkNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  await mkdir(outdir, { recursive: true });
  await copyFile(join(src, 'playground.html'), join(outdir, 'playground.html'));
  await inlineShell(join(outdir, 'playground.html'));
  const files = [];
  for (const file of Object.keys(result.metafile.outputs)) {
    const bytes = await readFile(resolve(root, file));
    files.push({ file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await buildPlayground(process.argv[2] ? resolve(process.argv[2]) : undefined).catch(e => {
    console.error(e.message);
    process.exit(1);
  });
  const kb = n => (n / 1024).toFixed(1) + ' kB';
  for (const f of files) console.log(`playground: ${f.file}  ${kb(f.bytes)}, gzip -9 ${kb(f.gzip)}`);
}
