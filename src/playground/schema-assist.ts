/**
 * Help from the kit's JSON Schema (schema/content.schema.json) in the editor:
 * key and value completion, a hover card, and the one-line description the
 * page shows for the cursor's path. The schema is walked by field path; the
 * lookups are pure, the CodeMirror glue is the two small sources at the end.
 */
import { Completion, CompletionContext, CompletionResult, CompletionSource, insertCompletionText, snippet } from '@codemirror/autocomplete';
import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';
import { EditorView, hoverTooltip, Tooltip } from '@codemirror/view';
import type { SyntaxNode } from '@lezer/common';
import { formatKeys, keyOf, pathAt, pathTo, PathKey, properties, Slice } from './json-paths';

/**
 * The syntax tree through `pos` and a little past it. The editor parses in
 * slices of a few milliseconds, so on a busy machine or a long document the
 * tree it has may stop short of the cursor.
 */
export function treeAt(state: EditorState, pos: number, ms = 200) {
  return ensureSyntaxTree(state, Math.min(state.doc.length, pos + 1000), ms) ?? syntaxTree(state);
}

/** The parts of JSON Schema (draft-07 and later) this help reads. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  format?: string;
}

/** What the schema says about one path: the schemas it may match (several under anyOf), and whether it is required. */
export interface SchemaInfo {
  schemas: JsonSchema[];
  required: boolean;
}

/** Follows a local `$ref` (`#/definitions/x`, `#/$defs/x`). */
function deref(root: JsonSchema, s: JsonSchema): JsonSchema {
  for (let hops = 0; s.$ref?.startsWith('#') && hops < 32; hops++) {
    let target: any = root;
    for (const part of s.$ref.slice(1).split('/').filter(Boolean)) target = target?.[decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~'))];
    if (!target) break;
    s = target;
  }
  return s;
}

/** A schema and its anyOf / oneOf / allOf branches, flattened. */
function variants(root: JsonSchema, s: JsonSchema): JsonSchema[] {
  const d = deref(root, s);
  const branches = [...(d.anyOf ?? []), ...(d.oneOf ?? []), ...(d.allOf ?? [])];
  return [d, ...branches.flatMap(b => variants(root, b))];
}

/** The schemas at `keys`, walking properties and items. */
export function schemaAt(root: JsonSchema, keys: readonly PathKey[]): SchemaInfo {
  let current = variants(root, root);
  let required = true;
  for (const key of keys) {
    const next: JsonSchema[] = [];
    required = false;
    for (const s of current) {
      if (typeof key === 'string') {
        const child = s.properties?.[key] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
        if (child) next.push(child);
        if (s.required?.includes(key)) required = true;
      } else {
        const child = Array.isArray(s.items) ? s.items[key] : (s.prefixItems?.[key] ?? s.items);
        if (child) next.push(child);
        required = true;
      }
    }
    current = next.flatMap(s => variants(root, s));
    if (!current.length) return { schemas: [], required: false };
  }
  return { schemas: current, required };
}

const TYPES = (s: JsonSchema) => (Array.isArray(s.type) ? s.type : s.type ? [s.type] : []);
const unique = <T>(xs: T[]) => [...new Set(xs)];

/** The allowed values of an enum or const, if the schemas fix them. */
export function allowedValues(info: SchemaInfo): unknown[] {
  return unique(info.schemas.flatMap(s => [...(s.enum ?? []), ...('const' in s ? [s.const] : [])]));
}

/** Property names the schemas allow on an object, with their schemas and whether each is required. */
export function keysOf(info: SchemaInfo): { key: string; schema: JsonSchema; required: boolean }[] {
  const seen = new Map<string, { key: string; schema: JsonSchema; required: boolean }>();
  for (const s of info.schemas) {
    for (const [key, schema] of Object.entries(s.properties ?? {})) {
      const required = !!s.required?.includes(key) || !!seen.get(key)?.required;
      if (!seen.has(key) || required) seen.set(key, { key, schema, required });
    }
  }
  return [...seen.values()];
}

/** A short type label: `string`, `number 0..1`, `array of object`, `one of a, b`. */
export function typeLabel(root: JsonSchema, schemas: JsonSchema[]): string {
  const values = allowedValues({ schemas, required: false });
  if (values.length) return `one of ${values.map(v => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}`;
  const labels = unique(
    schemas.flatMap(s =>
      TYPES(s).map(t => {
        if (t === 'array' && s.items && !Array.isArray(s.items)) {
          const inner = unique(variants(root, s.items).flatMap(TYPES));
          return inner.length ? `array of ${inner.join(' | ')}` : 'array';
        }
        return t;
      }),
    ),
  );
  return labels.join(' | ') || 'any value';
}

/** Constraints worth telling a writer: ranges, minimum sizes, formats. */
function constraints(schemas: JsonSchema[]): string[] {
  const out: string[] = [];
  for (const s of schemas) {
    if (s.minimum !== undefined && s.maximum !== undefined) out.push(`from ${s.minimum} to ${s.maximum}`);
    else if (s.minimum !== undefined) out.push(`at least ${s.minimum}`);
    else if (s.maximum !== undefined) out.push(`at most ${s.maximum}`);
    if (s.minLength) out.push('not empty');
    if (s.minItems) out.push(`at least ${s.minItems} item${s.minItems === 1 ? '' : 's'}`);
    if (s.format) out.push(`format: ${s.format}`);
  }
  return unique(out);
}

/** What the schema says about a path, as plain text lines (hover card, cursor readout). */
export function describe(root: JsonSchema, keys: readonly PathKey[]): { path: string; summary: string; description?: string } | null {
  const info = schemaAt(root, keys);
  if (!info.schemas.length) return null;
  const parts = [typeLabel(root, info.schemas), ...constraints(info.schemas)];
  if (keys.length) parts.push(info.required ? 'required' : 'optional');
  const description = info.schemas.map(s => s.description).find(Boolean);
  return { path: formatKeys(keys), summary: parts.join(' · '), description };
}

/** The text a key completion inserts: the quoted key, a colon and an empty value of its type (a snippet). */
function keyTemplate(root: JsonSchema, key: string, schema: JsonSchema): string {
  const all = variants(root, schema);
  const values = allowedValues({ schemas: all, required: false });
  // A literal `${` or `#{` in a snippet is written `$\{`.
  const name = JSON.stringify(key).replace(/([$#])\{/g, '$1\\{');
  if (typeof values[0] === 'string') return `${name}: "\${${values[0]}}"`;
  const type = all.flatMap(TYPES)[0];
  if (type === 'object') return `${name}: {\${}}`;
  if (type === 'array') return `${name}: [\${}]`;
  if (type === 'number' || type === 'integer') return `${name}: \${0}`;
  if (type === 'boolean') return `${name}: \${false}`;
  return `${name}: "\${}"`;
}

/**
 * The range a completion filters on: inside a finished string, its content
 * without the quotes (so `ac` matches `accepted` and the quotes stay put);
 * otherwise the token itself. `open` / `close` tell whether quotes surround it.
 */
function stringRange(node: SyntaxNode, slice: Slice) {
  const text = slice(node.from, node.to);
  const open = text.startsWith('"');
  const close = open && text.length > 1 && text.endsWith('"');
  return { from: node.from + (open ? 1 : 0), to: node.to - (close ? 1 : 0), open, close };
}

/** Completion of property names (inside an object) and of enum values (in a value), from the schema. */
export function schemaCompletion(root: JsonSchema): CompletionSource {
  return (ctx: CompletionContext): CompletionResult | null => {
    const slice: Slice = (a, b) => ctx.state.sliceDoc(a, b);
    const tree = treeAt(ctx.state, ctx.pos);
    const node = tree.resolveInner(ctx.pos, -1);
    const parent = node.parent;

    // A property name being typed (closeBrackets has already added its closing quote).
    if (node.name === 'PropertyName' && parent?.parent?.name === 'Object') {
      return keyCompletions(root, parent.parent, parent, { ...stringRange(node, slice), colon: !!parent.getChild(':') }, slice);
    }
    // Inside an object where a property may start: only on request (Ctrl+Space).
    if (ctx.explicit && (node.name === 'Object' || ((node.name === '{' || node.name === ',') && parent?.name === 'Object'))) {
      const object = node.name === 'Object' ? node : parent!;
      return keyCompletions(root, object, null, { from: ctx.pos, to: ctx.pos, open: false, close: false, colon: false }, slice);
    }
    // A value: a scalar (or an unfinished one) of a property or array item, or right after a colon.
    let keys: PathKey[] | null = null;
    let range = { from: ctx.pos, to: ctx.pos, open: false, close: false };
    if (/^(String|Number|True|False|Null|⚠)$/.test(node.name) && (parent?.name === 'Property' || parent?.name === 'Array')) {
      if (node.name === '⚠' && parent.name === 'Array') return null;
      keys = pathTo(node, slice);
      range = stringRange(node, slice);
    } else if ((node.name === ':' && parent?.name === 'Property') || (node.name === 'Property' && node.getChild(':'))) {
      const property = node.name === 'Property' ? node : parent!;
      const colon = property.getChild(':')!;
      if (ctx.pos < colon.to) return null;
      keys = pathAt(tree, colon.from, slice, 1);
    }
    if (!keys) return null;
    let values = allowedValues(schemaAt(root, keys));
    // Inside quotes only strings fit, written without their quotes.
    if (range.open) values = values.filter(v => typeof v === 'string');
    if (!values.length) return null;
    return {
      from: range.from,
      to: range.to,
      options: values.map(v => ({
        label: range.open ? String(v) : JSON.stringify(v),
        apply: range.open ? JSON.stringify(v).slice(1, -1) : JSON.stringify(v),
        type: 'enum',
        detail: formatKeys(keys!),
      })),
      validFor: range.open ? /^[\w-]*$/ : /^"?[\w-]*"?$/,
    };
  };
}

function keyCompletions(
  root: JsonSchema,
  object: SyntaxNode,
  editing: SyntaxNode | null,
  at: { from: number; to: number; open: boolean; close: boolean; colon: boolean },
  slice: Slice,
): CompletionResult | null {
  const keys = pathTo(object, slice);
  const present = new Set(
    properties(object)
      .filter(p => p.from !== editing?.from)
      .map(p => p.getChild('PropertyName'))
      .filter(Boolean)
      .map(name => keyOf(name!, slice)),
  );
  // The whole name, quotes included, is replaced: by the quoted key, or by key, colon and value.
  const whole = (from: number, to: number) => ({ from: from - (at.open ? 1 : 0), to: to + (at.close ? 1 : 0) });
  const options: Completion[] = keysOf(schemaAt(root, keys))
    .filter(k => !present.has(k.key))
    .map(k => {
      const insert = at.colon ? null : snippet(keyTemplate(root, k.key, k.schema));
      return {
        label: k.key,
        type: 'property',
        detail: `${typeLabel(root, variants(root, k.schema))}${k.required ? ' · required' : ''}`,
        info: k.schema.description,
        boost: k.required ? 1 : 0,
        apply: (view: EditorView, completion: Completion, from: number, to: number) => {
          const r = whole(from, to);
          if (insert) insert(view, completion, r.from, r.to);
          else view.dispatch(insertCompletionText(view.state, JSON.stringify(k.key), r.from, r.to));
        },
      };
    });
  if (!options.length) return null;
  return { from: at.from, to: at.to, options, validFor: /^[\w$-]*$/ };
}

/** The hover card: the path under the pointer and what the schema says about it. */
export function schemaHover(root: JsonSchema) {
  return hoverTooltip((view, pos, side): Tooltip | null => {
    const info = describeAtPos(root, view.state, pos, side);
    if (!info) return null;
    return {
      pos,
      above: true,
      create() {
        const dom = document.createElement('div');
        dom.className = 'lbr-pg-hover';
        const path = dom.appendChild(document.createElement('code'));
        path.textContent = info.path;
        dom.appendChild(document.createElement('div')).textContent = info.summary;
        if (info.description) dom.appendChild(document.createElement('p')).textContent = info.description;
        return { dom };
      },
    };
  });
}

/** What the schema says about the path at a position in the editor (null outside any known field). */
export function describeAtPos(root: JsonSchema, state: EditorState, pos: number, side: -1 | 0 | 1 = 0) {
  const keys = pathAt(treeAt(state, pos), pos, (a, b) => state.sliceDoc(a, b), side);
  return describe(root, keys);
}
