/**
 * Field paths in JSON text, through the Lezer JSON syntax tree: which path the
 * cursor is at (for completion and the cursor readout), and where a validator
 * path such as `decisions[0].status` sits in the text (for diagnostics).
 * Pure: works on a tree and a text reader, no editor needed.
 */
import type { SyntaxNode, Tree } from '@lezer/common';

export type PathKey = string | number;

/** Reads the text between two offsets (a string's slice, or the editor's sliceDoc). */
export type Slice = (from: number, to: number) => string;

const VALUES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

/** `['decisions', 0, 'status']` → `decisions[0].status`, the validator's format; `[]` → `(document)`. */
export function formatKeys(keys: readonly PathKey[]): string {
  if (!keys.length) return '(document)';
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
}

/** `decisions[0].status` → `['decisions', 0, 'status']`; `(document)` → `[]`. */
export function parsePath(path: string): PathKey[] {
  if (path === '(document)' || !path) return [];
  const keys: PathKey[] = [];
  for (const [, name, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(index !== undefined ? Number(index) : name);
  return keys;
}

/** A property name node's key (its JSON string decoded; raw text if the string is unfinished). */
export function keyOf(name: SyntaxNode, slice: Slice): string {
  const raw = slice(name.from, name.to);
  try {
    return JSON.parse(raw);
  } catch {
    return raw.replace(/^"|"$/g, '');
  }
}

/** The value node of a Property, if it has one. */
export function valueOf(property: SyntaxNode): SyntaxNode | null {
  for (let c = property.lastChild; c; c = c.prevSibling) if (VALUES.has(c.name)) return c;
  return null;
}

/** The value nodes of an Array, in order. */
function items(array: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = array.firstChild; c; c = c.nextSibling) if (VALUES.has(c.name)) out.push(c);
  return out;
}

/** The Property nodes of an Object, in order. */
export function properties(object: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = object.firstChild; c; c = c.nextSibling) if (c.name === 'Property') out.push(c);
  return out;
}

/**
 * The path from the document root down to `node`: one key per enclosing
 * Property (its name) and one index per enclosing Array item.
 */
export function pathTo(node: SyntaxNode, slice: Slice): PathKey[] {
  const keys: PathKey[] = [];
  for (let child: SyntaxNode = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.name === 'Property' && child.name !== 'PropertyName') {
      const name = parent.getChild('PropertyName');
      if (name) keys.unshift(keyOf(name, slice));
    } else if (parent.name === 'Array') {
      const index = items(parent).findIndex(item => item.from === child.from);
      if (index >= 0) keys.unshift(index);
    }
  }
  return keys;
}

/** Where a path is in the text: the value (when present) and the Property that names it. */
export interface Located {
  /** The path was found whole; otherwise `node` is its deepest ancestor present. */
  found: boolean;
  /** The value node (or the deepest ancestor's value node). */
  node: SyntaxNode;
  /** The Property whose value `node` is, when it is an object member. */
  property: SyntaxNode | null;
}

/** Finds a validator path in the tree (a duplicated key counts where JSON.parse takes it: the last). */
export function locate(tree: Tree, keys: readonly PathKey[], slice: Slice): Located | null {
  let node = tree.topNode.firstChild;
  while (node && !VALUES.has(node.name)) node = node.nextSibling;
  if (!node) return null;
  let property: SyntaxNode | null = null;
  for (const key of keys) {
    let next: SyntaxNode | null = null;
    let nextProperty: SyntaxNode | null = null;
    if (typeof key === 'string' && node.name === 'Object') {
      for (const p of properties(node)) {
        const name = p.getChild('PropertyName');
        if (name && keyOf(name, slice) === key) [nextProperty, next] = [p, valueOf(p)];
      }
      // A key present without a value yet: point at the key.
      if (nextProperty && !next) return { found: false, node: nextProperty, property: nextProperty };
    } else if (typeof key === 'number' && node.name === 'Array') {
      next = items(node)[key] ?? null;
    }
    if (!next) return { found: false, node, property };
    [node, property] = [next, nextProperty];
  }
  return { found: true, node, property };
}

/**
 * The range to underline for a problem at `keys`: an object member with a
 * scalar value whole (`"status": "bogus"`), a scalar array item itself; an
 * object or array (or a path only partly present) by the name that holds it,
 * or by its first line when it has none (an array item, the document).
 */
export function problemRange(tree: Tree, keys: readonly PathKey[], slice: Slice): { from: number; to: number } | null {
  const at = locate(tree, keys, slice);
  if (!at) return null;
  const name = at.property?.getChild('PropertyName');
  if (at.found && !/^(Object|Array)$/.test(at.node.name)) return { from: name ? name.from : at.node.from, to: at.node.to };
  if (name) return { from: name.from, to: name.to };
  const text = slice(at.node.from, Math.min(at.node.to, at.node.from + 200));
  const eol = text.indexOf('\n');
  return { from: at.node.from, to: at.node.from + (eol > 0 ? eol : text.length) };
}

/**
 * The path at a position: inside a value, that value's path; on a property
 * name (or its colon), the path of the property it names.
 */
export function pathAt(tree: Tree, pos: number, slice: Slice, side: -1 | 0 | 1 = 0): PathKey[] {
  let node: SyntaxNode | null = tree.resolveInner(pos, side);
  if (node.name === 'PropertyName') node = node.parent;
  if (node?.name === 'Property') {
    const name = node.getChild('PropertyName');
    return name ? [...pathTo(node, slice), keyOf(name, slice)] : pathTo(node, slice);
  }
  return node ? pathTo(node, slice) : [];
}

/** Where a JSON.parse error is: the position V8 names, else the first error node the parser found. */
export function syntaxErrorAt(tree: Tree, error: Error, length: number): number {
  const m = /at position (\d+)/.exec(error.message);
  if (m) return Math.min(Number(m[1]), length);
  let at = -1;
  tree.iterate({
    enter: n => {
      if (at >= 0) return false;
      if (n.type.isError) at = n.from;
      return undefined;
    },
  });
  return at >= 0 ? at : 0;
}
