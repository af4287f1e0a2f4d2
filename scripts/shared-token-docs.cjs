// The public `--lbr-*` tokens are documented once, in src/styles/base.css (the global style that
// every element adopts). Stencil documents a CSS custom property on an element only when the
// element's own stylesheet has a `/** @prop --name: … */` comment, so the shared tokens would
// reach no readme, no docs JSON and no custom elements manifest. This Stencil plugin adds that
// comment to each element's stylesheet while docs are built, naming the shared tokens the element
// honours: those base.css itself uses (it styles every element's host, buttons, focus ring, error
// panel and intro) plus those the element's own files read (its CSS with its imports, and its
// scripts: the topology canvas reads its colours from the tokens). Builds without docs are left
// as they are; minified CSS drops comments anyway.
// CommonJS so that stencil.config.ts can load it (like chromium-args.cjs).
const { readFileSync, readdirSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..');
const BASE = join(ROOT, 'src', 'styles', 'base.css');
const COMPONENTS = join(ROOT, 'src', 'components');

/** Every `var(--_alias` / `'--_alias'` read in `text`, comments left out. */
function aliasesRead(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '');
  return new Set([...code.matchAll(/--_([a-z][a-z0-9-]*)/g)].map(m => m[1]));
}

/**
 * Reads base.css: the documented public tokens (`@prop --lbr-x: description`, one a line), the
 * private alias each feeds (`--_x: var(--lbr-x, …)`), and the aliases base.css itself reads.
 * Resolves to { tokens: [{ name, description, alias }], shared: Set<alias> }.
 */
function readBase(css = readFileSync(BASE, 'utf8')) {
  const docs = [...css.matchAll(/^\s*\*\s*@prop\s+(--lbr-[a-z0-9-]+)\s*:\s*(.+?)\s*$/gm)].map(m => ({ name: m[1], description: m[2] }));
  const aliasOf = new Map([...css.matchAll(/--_([a-z][a-z0-9-]*)\s*:\s*var\(\s*(--lbr-[a-z0-9-]+)/g)].map(m => [m[2], m[1]]));
  const tokens = docs.map(d => {
    const alias = aliasOf.get(d.name);
    if (!alias) throw new Error(`${BASE}: ${d.name} is documented but no --_ alias reads it (expected \`--_x: var(${d.name}, …)\`)`);
    return { ...d, alias };
  });
  if (tokens.length === 0) throw new Error(`${BASE}: no \`@prop --lbr-…\` lines found`);
  // The alias definitions themselves are not uses.
  const shared = aliasesRead(css.replace(/--_[a-z][a-z0-9-]*\s*:\s*var\(\s*--lbr-[a-z0-9-]+/g, ''));
  return { tokens, shared };
}

/** The scripts in an element's folder (tests and stories left out). */
function folderScripts(dir) {
  return readdirSync(dir)
    .filter(f => /\.tsx?$/.test(f) && !/\.(spec|e2e|stories)\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map(f => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

/** The shared tokens an element honours, given its (import-flattened) stylesheet and its folder. */
function honouredTokens(css, dir, base = readBase()) {
  const read = new Set([...base.shared, ...aliasesRead(css), ...aliasesRead(folderScripts(dir))]);
  return base.tokens.filter(t => read.has(t.alias));
}

/** The `/** @prop … *\/` block Stencil reads, for `tokens`. */
function docComment(tokens) {
  return `/**\n * Shared tokens (src/styles/base.css):\n${tokens.map(t => ` * @prop ${t.name}: ${t.description}\n`).join('')} */\n`;
}

/** The Stencil plugin (stencil.config.ts `plugins`). */
function sharedTokenDocs() {
  return {
    name: 'lbr-shared-token-docs',
    pluginType: 'css',
    transform(code, id, context) {
      const file = id.split('?')[0];
      if (!context.config.buildDocs || !file.endsWith('.css') || !file.startsWith(COMPONENTS)) return null;
      const tokens = honouredTokens(code, dirname(file));
      // After the element's own `@prop`s: Stencil keeps the first doc of a name, so an element may
      // document a shared token its own way.
      return { id, code: `${code}\n${docComment(tokens)}`, dependencies: [BASE] };
    },
  };
}

module.exports = { sharedTokenDocs, readBase, honouredTokens };
