// `live-backend-runtime/react` and `live-backend-runtime/react-jsx`, built into dist/react after
// the npm build (`npm run build`). @stencil/react-output-target (stencil.npm.config.ts) writes one
// wrapper module per element as TypeScript to .stencil/react; src/react holds the hand-written
// types. This stages both in dist/react with their imports pointing inside the package, emits the
// declarations (tsc), transpiles each module on its own (esbuild), and bundles the wrappers'
// runtime (the output target's createComponent and @lit/react, 1.7 kB gzip) into runtime.js, so
// that the package needs neither at install time: only React, which a React app has.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, transform } from 'esbuild';

const GENERATED = '.stencil/react';
const OWN = 'src/react';
const OUT = 'dist/react';
const RUNTIME = '@stencil/react-output-target/runtime';
const BUNDLED = [
  { name: '@stencil/react-output-target', license: 'MIT', file: 'node_modules/@stencil/react-output-target/LICENSE.md' },
  { name: '@lit/react', license: 'BSD-3-Clause', file: 'node_modules/@lit/react/LICENSE' },
];

/** Where an import of a staged module points from dist/react; anything unexpected stops the build. */
function target(spec, typeOnly, file) {
  if (spec === RUNTIME) return typeOnly ? './types.js' : './runtime.js';
  const tag = /^live-backend-runtime\/components\/(lbr-[a-z-]+)\.js$/.exec(spec);
  if (tag) return `../components/${tag[1]}.js`;
  // The package root: the content types, the event details and each element's CustomEvent type.
  if (spec === 'live-backend-runtime' || spec === 'live-backend-runtime/components') return '../components/index.js';
  // src/react's view of src/components.d.ts, which the npm build writes to dist/types.
  if (spec === '../components') return '../types/components.js';
  if (spec === 'react' || /^\.\/[a-z-]+\.js$/.test(spec)) return spec;
  throw new Error(`${file}: unexpected import "${spec}"; map it in scripts/build-react.mjs`);
}

const IMPORT = /^(import\s+(type\s+)?[^'"]*?\bfrom\s*|export\s+[^'"]*?\bfrom\s*)(['"])([^'"]+)\3/gm;
const stage = (file, source, name = file) => {
  const out = source.replace(IMPORT, (_, lead, type, quote, spec) => `${lead}${quote}${target(spec, Boolean(type), file)}${quote}`);
  writeFileSync(join(OUT, name), out);
  return join(OUT, name);
};

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

// The generated barrel names the current elements (stale files in .stencil/react are ignored).
const barrel = readFileSync(join(GENERATED, 'components.ts'), 'utf8');
const wrappers = [...barrel.matchAll(/from\s*["']\.\/(lbr-[a-z-]+)\.js["']/g)].map(m => `${m[1]}.ts`);
if (wrappers.length === 0) throw new Error(`${GENERATED}/components.ts lists no wrapper`);
const staged = [
  // The index also carries the bare-tag typings, so importing the wrappers brings those too.
  stage('components.ts', `${barrel}export type * from './jsx.js';\nexport type * from './types.js';\n`, 'index.ts'),
  ...wrappers.map(name => stage(name, readFileSync(join(GENERATED, name), 'utf8'))),
  ...['types.ts', 'jsx.ts'].map(name => stage(name, readFileSync(join(OWN, name), 'utf8'))),
];

// The hand-written sources, checked as they are (Stencil's build leaves src/react out).
const TSC = ['node_modules/typescript/bin/tsc', '--ignoreConfig', '--strict', '--noUnusedLocals', '--skipLibCheck'];
const TARGET = ['--module', 'esnext', '--moduleResolution', 'bundler', '--target', 'es2022', '--lib', 'es2022,dom'];
execFileSync(process.execPath, [...TSC, '--noEmit', ...TARGET, ...['types.ts', 'jsx.ts', 'runtime.ts'].map(f => join(OWN, f))], { stdio: 'inherit' });

// Declarations. --noCheck: the generated modules assign the output target's own component type to
// ours (./types.ts), which differ on purpose; the example app type-checks the shipped ones.
execFileSync(process.execPath, [...TSC, '--declaration', '--emitDeclarationOnly', '--noCheck', ...TARGET, '--rootDir', OUT, '--outDir', OUT, ...staged], {
  stdio: 'inherit',
});

// JavaScript: each wrapper stays its own module, so a bundler keeps only the elements an app uses.
for (const file of staged.filter(f => !/[\\/](types|jsx)\.ts$/.test(f))) {
  const { code } = await transform(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022' });
  writeFileSync(file.replace(/\.ts$/, '.js'), code);
}
// `live-backend-runtime/react-jsx` is types only; this lets `import 'live-backend-runtime/react-jsx'` resolve too.
writeFileSync(join(OUT, 'jsx.js'), 'export {};\n');
await build({
  entryPoints: [join(OWN, 'runtime.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  banner: { js: `/*! ${BUNDLED.map(b => `${b.name} (${b.license})`).join(', ')}: see THIRD-PARTY-LICENSES.md */` },
  external: ['react'],
  outfile: join(OUT, 'runtime.js'),
  logLevel: 'warning',
});
writeFileSync(
  join(OUT, 'THIRD-PARTY-LICENSES.md'),
  BUNDLED.map(b => `# ${b.name} (bundled in runtime.js)\n\n${readFileSync(b.file, 'utf8').trim()}\n`).join('\n'),
);
for (const file of staged) rmSync(file);
console.log(`react: ${wrappers.length} wrappers in ${OUT}`);
