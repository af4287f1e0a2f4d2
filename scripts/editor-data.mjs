// After `npm run build`: the custom elements manifest as the package ships it, and the editor data
// made from it.
// - custom-elements.json (written by Stencil's docs build with source paths) names the files the
//   package ships: each module is its per-tag build (dist/components/lbr-x.js), each type reference
//   its declaration file (dist/types/…d.ts). A path that does not exist fails the build.
// - dist/vscode.html-custom-data.json and dist/vscode.css-custom-data.json (VS Code `html.customData`
//   / `css.customData`) and dist/web-types.json (JetBrains IDEs, found through package.json
//   "web-types"), made by the generators Shoelace and Web Awesome use
//   (custom-element-vs-code-integration, custom-element-jet-brains-integration), which read the manifest.
// Run after both Stencil builds (dist/components and dist/types come from the npm build).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = join(ROOT, 'custom-elements.json');
const OUT = 'dist';

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const missing = [];
const shipped = path => (existsSync(join(ROOT, path)) ? path : (missing.push(path), path));

/** `module` (relative to a source file) as the declaration file the package ships. */
function typesPath(sourceFile, module) {
  if (!module.startsWith('.')) return module;
  const source = posix.normalize(posix.join(posix.dirname(sourceFile), module)).replace(/^src\//, '');
  return shipped(`dist/types/${source}.d.ts`);
}

function retarget(node, sourceFile) {
  if (Array.isArray(node)) return node.forEach(n => retarget(n, sourceFile));
  if (!node || typeof node !== 'object') return;
  if (typeof node.module === 'string' && typeof node.name === 'string') node.module = typesPath(sourceFile, node.module);
  Object.values(node).forEach(v => retarget(v, sourceFile));
}

const elements = [];
for (const mod of manifest.modules) {
  const element = mod.declarations?.find(d => d.customElement);
  if (!element) continue;
  elements.push(element);
  // Idempotent: a second run finds the package paths already there.
  if (mod.path.startsWith('src/')) {
    retarget(mod.declarations, mod.path);
    mod.path = `dist/components/${element.tagName}.js`;
  }
  shipped(mod.path);
  for (const exp of mod.exports ?? []) if (exp.kind === 'custom-element-definition') exp.declaration.module = mod.path;
  if (!element.cssProperties?.length) missing.push(`${element.tagName}: no CSS custom properties (is the shared-token-docs plugin in stencil.config.ts?)`);
}
if (elements.length === 0) missing.push('custom-elements.json: no custom elements');
if (missing.length) throw new Error(`custom-elements.json names what the package does not have:\n  ${missing.join('\n  ')}`);
writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);

/**
 * The editors' view of the manifest: an attribute holds text, so its type keeps the values one can
 * write (`"dark" | "light"`, numbers, booleans) and drops object types (`content` takes a JSON string).
 * VS Code lists a boolean's values as `true`/`false` (Stencil reads `follow="false"` as false).
 */
function attributeView(vscode) {
  const view = structuredClone(manifest);
  for (const mod of view.modules)
    for (const d of mod.declarations ?? [])
      for (const attr of d.attributes ?? []) {
        const members = attr.type.text.split('|').map(t => t.trim());
        const writable = members.filter(t => /^(["'].*["']|-?\d+(\.\d+)?|string|number|boolean|true|false)$/.test(t));
        const text = (writable.length ? writable : ['string']).join(' | ');
        attr.type = { text: vscode ? text.replace(/\bboolean\b/, '"true" | "false"') : text };
      }
  return view;
}

/**
 * CSS custom properties or parts of every element, one entry a name (the generators repeat a shared
 * token once per element). Differing descriptions are given per tag; a name only some elements
 * have says which.
 */
function cssEntries(kind) {
  const byName = new Map();
  for (const el of elements) for (const { name, description = '' } of el[kind] ?? []) byName.set(name, [...(byName.get(name) ?? []), { tag: el.tagName, description }]);
  return [...byName].sort(([a], [b]) => a.localeCompare(b)).map(([name, uses]) => {
    const same = uses.every(u => u.description === uses[0].description);
    const tags = uses.map(u => `\`${u.tag}\``).join(', ');
    const description = same
      ? uses[0].description + (uses.length < elements.length ? ` (${tags})` : '')
      : uses.map(u => `\`${u.tag}\`: ${u.description}`).join('\n');
    return { name, description };
  });
}
const properties = cssEntries('cssProperties');
const parts = cssEntries('cssParts');

const webTypes = JSON.parse(getWebTypesData(attributeView(false), { hideLogs: true, modulePathTemplate: (_name, modulePath) => modulePath }));
// Where each tag is defined (modulePathTemplate above), for the IDE's navigation and imports.
webTypes.contributions.css = { properties, 'pseudo-elements': parts.map(p => ({ name: `part(${p.name})`, description: p.description })) };
const files = {
  'vscode.html-custom-data.json': JSON.parse(getVsCodeHtmlCustomData(attributeView(true), { hideLogs: true })),
  'vscode.css-custom-data.json': {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-css-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    properties,
    pseudoElements: parts.map(p => ({ name: `::part(${p.name})`, description: p.description })),
  },
  'web-types.json': webTypes,
};
for (const [name, data] of Object.entries(files)) {
  writeFileSync(join(ROOT, OUT, name), `${JSON.stringify(data)}\n`);
  console.log(`editor data: ${OUT}/${name}  ${(statSync(join(ROOT, OUT, name)).size / 1024).toFixed(1)} kB`);
}
console.log(`custom-elements.json: ${elements.length} elements, paths in the package`);
