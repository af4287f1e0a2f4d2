/**
 * Storybook's args table and controls, read from the custom elements manifest (the one the package
 * ships): properties with a control that fits their type, events as actions, methods, CSS custom
 * properties (live: a control sets the token on the element), parts and slots. Storybook's own
 * reading of a manifest lists each multi-word property twice (`headingLevel` and `heading-level`)
 * and gives every union type (`"asc" | "desc"`) an object control, hence this.
 */
import type { ArgTypes, InputType } from '@storybook/web-components-vite';

type Typed = { text?: string };
type Member = { kind: string; name: string; description?: string; type?: Typed; default?: string; attribute?: string; parameters?: { name: string; type?: Typed }[]; return?: { type?: Typed } };
type Declaration = {
  tagName?: string;
  members?: Member[];
  events?: { name: string; description?: string; type?: Typed }[];
  cssProperties?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  slots?: { name: string; description?: string }[];
};
type Manifest = { modules?: { declarations?: Declaration[] }[] };

/** The control (and Storybook type) for a TypeScript type as the manifest writes it. */
export function controlFor(text = ''): Partial<InputType> {
  const members = text
    .split('|')
    .map(t => t.trim())
    .filter(t => t && t !== 'undefined' && t !== 'null');
  const literal = (t: string) => /^(["']).*\1$/.test(t) || /^-?\d+(\.\d+)?$/.test(t);
  if (members.length === 1 && ['boolean', 'number', 'string'].includes(members[0])) {
    const name = members[0] as 'boolean' | 'number' | 'string';
    return { type: { name }, control: { type: name === 'string' ? 'text' : name } };
  }
  if (members.length > 0 && members.every(literal)) {
    const options = members.map(t => (/^["']/.test(t) ? t.slice(1, -1) : Number(t)));
    return { type: { name: 'enum', value: options as string[] }, options, control: { type: options.length <= 5 ? 'inline-radio' : 'select' } };
  }
  return { type: { name: 'object', value: {} }, control: { type: 'object' } };
}

const row = (category: string, summary?: string, defaultValue?: string) => ({
  category,
  ...(summary && { type: { summary } }),
  ...(defaultValue !== undefined && { defaultValue: { summary: defaultValue } }),
});

/** The event an `on…` arg listens to: `onLbrLogFilter` → `lbrLogFilter`. */
export const eventOfArg = (key: string) => (/^on[A-Z]/.test(key) ? key[2].toLowerCase() + key.slice(3) : undefined);

export function argTypesFor(manifest: Manifest | undefined, tag: string): ArgTypes | undefined {
  const d = manifest?.modules?.flatMap(m => m.declarations ?? []).find(x => x.tagName === tag);
  if (!d) return undefined;
  const out: ArgTypes = {};
  for (const m of d.members ?? []) {
    if (m.kind === 'field') {
      const attribute = m.attribute ? `Attribute: \`${m.attribute}\`.` : 'Property only (no attribute).';
      out[m.name] = { name: m.name, description: `${m.description ?? ''}\n\n${attribute}`, ...controlFor(m.type?.text), table: row('properties', m.type?.text, m.default) };
    } else if (m.kind === 'method') {
      const params = (m.parameters ?? []).map(p => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ');
      out[`${m.name}()`] = { name: `${m.name}()`, description: m.description, control: false, table: row('methods', `(${params}) => ${m.return?.type?.text ?? 'void'}`) };
    }
  }
  for (const e of d.events ?? []) {
    const key = `on${e.name[0].toUpperCase()}${e.name.slice(1)}`;
    out[key] = { name: e.name, description: e.description, action: e.name, control: false, table: row('events', e.type?.text) };
  }
  for (const p of d.cssProperties ?? []) {
    const colour = /colou?r|background/i.test(p.description ?? '');
    out[p.name] = { name: p.name, description: p.description, type: { name: 'string' }, control: { type: colour ? 'color' : 'text' }, table: row('css custom properties') };
  }
  for (const p of d.cssParts ?? []) out[`::part(${p.name})`] = { name: p.name, description: p.description, control: false, table: row('css shadow parts') };
  for (const s of d.slots ?? []) out[`slot:${s.name}`] = { name: s.name || '(default)', description: s.description, control: false, table: row('slots') };
  return out;
}
