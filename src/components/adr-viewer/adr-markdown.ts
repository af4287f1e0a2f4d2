/**
 * Architecture decision records from markdown, as engineers keep them in their
 * repositories: Nygard / adr-tools (`# 1. Title`, `Date:`, `## Status`,
 * `## Context`, `## Decision`, `## Consequences`) and MADR 2–4 (front matter
 * or `* Status:` lines, "Context and Problem Statement", "Decision Outcome",
 * consequences). Pure: text in, a `Decision` or field-path errors out.
 *
 * No markdown parser: both formats are a title, a few `##` sections and
 * paragraphs or lists, so a line-based section splitter is enough, and the
 * output is plain text (links become their text, emphasis and code ticks go),
 * never HTML. See readme.md for the field mapping.
 */
import type { ContentIssue, Decision, DecisionStatus } from '../../data/types';

/** Files larger than this are refused rather than parsed (an ADR is a page, not a book). */
export const MAX_BYTES = 512 * 1024;

export interface Block {
  /** `p` paragraph, `li` list item, `row` table row, `code` fenced code (kept verbatim). */
  kind: 'p' | 'li' | 'row' | 'code';
  text: string;
  /** List nesting (0 = top level). */
  depth?: number;
  /** The list marker for ordered lists ("1."), else undefined. */
  marker?: string;
}

export interface Section {
  /** 0 for the text before the first heading. */
  level: number;
  /** Plain-text heading. */
  heading: string;
  blocks: Block[];
  /** Raw lines (HTML comments removed), for `Key: value` metadata. */
  lines: string[];
}

export interface Outline {
  /** Front matter `key: value` pairs (keys lower-cased), when the file has it. */
  meta: Record<string, string>;
  sections: Section[];
  /** Problems found while splitting (e.g. front matter never closed). */
  errors: ContentIssue[];
}

export type ParseResult =
  | { ok: true; decision: Decision; format: 'nygard' | 'madr' }
  | { ok: false; errors: ContentIssue[] };

// --- Splitting ---

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const LIST_ITEM = /^(\s*)([*+-]|\d{1,9}[.)])[ \t]+(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const RULE = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;

/** Splits markdown into front matter and sections of plain-text blocks. */
export function splitMarkdown(markdown: string): Outline {
  const errors: ContentIssue[] = [];
  let text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // HTML comments carry template hints (`<!-- optional -->`), never content.
  text = text.replace(/<!--[\s\S]*?(-->|$)/g, '');
  let lines = text.split('\n');

  const meta: Record<string, string> = {};
  if (/^---\s*$/.test(lines[0] ?? '')) {
    const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end < 0) {
      errors.push({ path: 'front matter', message: 'starts with "---" but is never closed' });
    } else {
      for (const line of lines.slice(1, end)) {
        const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
        if (m) meta[m[1].toLowerCase()] = unquote(m[2].replace(/\s+#.*$/, '').trim());
      }
      lines = lines.slice(end + 1);
    }
  }

  const sections: Section[] = [{ level: 0, heading: '', blocks: [], lines: [] }];
  let current = sections[0];
  let open: Block | undefined; // the paragraph or list item lines are being added to
  let fence: string | undefined;

  const close = () => {
    if (open && open.kind !== 'code') open.text = plainInline(open.text);
    if (open && (open.text || open.kind === 'code')) current.blocks.push(open);
    open = undefined;
  };

  for (const line of lines) {
    if (fence) {
      if (line.trim().startsWith(fence)) {
        fence = undefined;
        close();
      } else open!.text += (open!.text ? '\n' : '') + line;
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      close();
      fence = fenceMatch[1];
      open = { kind: 'code', text: '' };
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      close();
      current = { level: heading[1].length, heading: plainInline(heading[2] ?? ''), blocks: [], lines: [] };
      sections.push(current);
      continue;
    }
    current.lines.push(line);
    // Setext headings: a one-line paragraph underlined with === or ---.
    if (open?.kind === 'p' && !open.text.includes('\n') && /^ {0,3}(=+|-+)\s*$/.test(line)) {
      const level = line.trim()[0] === '=' ? 1 : 2;
      current = { level, heading: plainInline(open.text), blocks: [], lines: [] };
      open = undefined;
      sections.push(current);
      continue;
    }
    if (!line.trim() || RULE.test(line)) {
      close();
      continue;
    }
    if (TABLE_ROW.test(line)) {
      close();
      if (!TABLE_RULE.test(line)) {
        const cells = line.trim().replace(/^\||\|$/g, '').split('|').map(c => plainInline(c));
        current.blocks.push({ kind: 'row', text: cells.join(' | ') });
      }
      continue;
    }
    const content = line.replace(/^\s*>\s?/, ''); // block quotes read as their text
    const item = LIST_ITEM.exec(content);
    if (item) {
      close();
      const marker = /\d/.test(item[2]) ? item[2] : undefined;
      open = { kind: 'li', text: item[3], depth: Math.floor(item[1].replace(/\t/g, '  ').length / 2), marker };
      continue;
    }
    if (open) open.text += '\n' + content.trim();
    else open = { kind: 'p', text: content.trim() };
  }
  close();
  return { meta, sections, errors };
}

/** Plain text from inline markdown: links -> their text, emphasis and code ticks removed, tags dropped. */
export function plainInline(input: string): string {
  const kept: string[] = [];
  const keep = (s: string) => `\u0000${kept.push(s) - 1}\u0000`;
  let s = input
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~"'])/g, (_m, c: string) => keep(c))
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _t, code: string) => keep(code.replace(/^ (.*) $/, '$1').replace(/\s+/g, ' ')))
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, (_m, url: string) => keep(url))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\*(?=[^\s*])([^*]*?[^\s*])\*/g, '$1')
    .replace(/\*(\S)\*/g, '$1')
    .replace(/(^|[^\w])_(?=[^\s_])([^_]*?[^\s_]|[^\s_])_(?!\w)/g, '$1$2');
  s = decodeEntities(s).replace(/\s+/g, ' ').trim();
  return s.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => kept[Number(i)]);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (m, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

function unquote(s: string): string {
  return /^(['"]).*\1$/.test(s) ? s.slice(1, -1) : s;
}

/** Blocks as display text: list items on their own lines ("• item"), paragraphs separated by a blank line. */
export function blocksToText(blocks: Block[]): string {
  let out = '';
  blocks.forEach((b, i) => {
    const line =
      b.kind === 'li' ? `${'  '.repeat(b.depth ?? 0)}${b.marker ?? '•'} ${b.text}` : b.text;
    const prev = blocks[i - 1];
    const tight = prev && (b.kind === 'li' || b.kind === 'row') && (prev.kind === b.kind || prev.text.endsWith(':'));
    out += i === 0 ? line : (tight ? '\n' : '\n\n') + line;
  });
  return out;
}

// --- Mapping ---

const norm = (heading: string) => heading.toLowerCase().replace(/[:.]\s*$/, '').replace(/\s+/g, ' ').trim();

/** Headings the mapping reads on their own; everything else under a mapped section stays with it. */
const MAPPED = new Set([
  'status', 'context', 'context and problem statement', 'decision drivers', 'considered options', 'decision',
  'decision outcome', 'consequences', 'positive consequences', 'negative consequences', 'pros and cons of the options',
  'confirmation', 'impact', 'links', 'more information',
]);

/** A section's blocks with its subsections (other than the separately mapped ones) folded in. */
function collect(sections: Section[], index: number): Block[] {
  const top = sections[index];
  const blocks = [...top.blocks];
  for (let i = index + 1; i < sections.length && sections[i].level > top.level; i++) {
    const sub = sections[i];
    if (MAPPED.has(norm(sub.heading))) {
      // Skip a mapped subsection and everything under it.
      while (i + 1 < sections.length && sections[i + 1].level > sub.level) i++;
      continue;
    }
    if (sub.heading) blocks.push({ kind: 'p', text: `${sub.heading}:` });
    blocks.push(...sub.blocks);
  }
  return blocks;
}

function find(sections: Section[], ...names: string[]): number {
  return sections.findIndex(s => s.level > 0 && names.includes(norm(s.heading)));
}

function sectionText(sections: Section[], ...names: string[]): string {
  const i = find(sections, ...names);
  return i < 0 ? '' : blocksToText(collect(sections, i));
}

/**
 * Status words to the viewer's four: accepted, proposed, superseded,
 * deprecated. "Rejected" is shown as deprecated (not in force); anything
 * unknown ("Draft", "In review", none at all) as proposed.
 */
export function normaliseStatus(text: string | undefined): DecisionStatus {
  const s = (text ?? '').toLowerCase();
  // A superseded record stays superseded even when an old "Accepted" line is left above the link.
  if (/(^|\n|\s)superseded\b/.test(s)) return 'superseded';
  const first = /[a-z]+/.exec(s)?.[0] ?? '';
  if (first.startsWith('accept') || first === 'approved' || first === 'done') return 'accepted';
  if (first.startsWith('deprecat') || first.startsWith('reject') || first === 'obsolete') return 'deprecated';
  if (first.startsWith('supersed')) return 'superseded';
  return 'proposed';
}

/** YYYY-MM-DD when the text starts with a valid ISO date; otherwise undefined (the date is then not shown). */
export function normaliseDate(text: string | undefined): string | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})\b/.exec(text ?? '');
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** "ADR-001" from a number; four digits and more are kept as they are. */
export const adrId = (n: number) => `ADR-${String(n).padStart(3, '0')}`;

/** The record number in a file name like `.../0007-use-idempotency-keys.md`. */
export function numberFromUrl(url: string): number | undefined {
  const m = /(?:^|\/)(\d{1,5})[-_][^/?#]*\.(?:md|markdown)(?:[?#].*)?$/i.exec(url);
  return m ? Number(m[1]) : undefined;
}

/** `Key: value` lines (optionally list items) in the text before the first `##`. */
function preambleValue(sections: Section[], key: string): string | undefined {
  const re = new RegExp(`^\\s*(?:[*+-]\\s+)?${key}\\s*:\\s*(.+)$`, 'i');
  for (const section of sections) {
    if (section.level > 1) break;
    for (const line of section.lines) {
      const m = re.exec(line);
      if (m) return plainInline(m[1]);
    }
  }
  return undefined;
}

/** The option name in MADR's `Chosen option: "X", because …` (straight or curly quotes). */
export function chosenOption(decision: string): string | undefined {
  return /^chosen option:?\s*["“]([^"”]+)["”]/i.exec(decision.trim())?.[1];
}

/**
 * One ADR file to a `Decision`, or the reasons it cannot be read.
 * @param source the file's URL (its name may carry the record number)
 * @param position 1-based position among the imported files: the id when neither title nor file name numbers the record
 */
export function parseAdr(markdown: string, source = '', position = 1): ParseResult {
  if (markdown.length > MAX_BYTES) {
    return { ok: false, errors: [{ path: '(document)', message: `larger than ${MAX_BYTES / 1024} KB; not an ADR` }] };
  }
  if (!markdown.trim()) return { ok: false, errors: [{ path: '(document)', message: 'the file is empty' }] };
  if (/^\s*<(!doctype|html|head|body)\b/i.test(markdown)) {
    return { ok: false, errors: [{ path: '(document)', message: 'expected markdown, got an HTML page' }] };
  }

  const { meta, sections, errors } = splitMarkdown(markdown);
  const titleSection = sections.find(s => s.level === 1 && s.heading);
  if (!titleSection) errors.push({ path: 'title', message: 'no "# Title" heading' });

  const format = find(sections, 'decision outcome', 'context and problem statement') >= 0 || meta.status !== undefined ? 'madr' : 'nygard';

  // MADR's outcome: its own paragraphs; its consequences/confirmation subsections are mapped below.
  const decision = sectionText(sections, 'decision', 'decision outcome');
  if (!decision) errors.push({ path: 'decision', message: 'no "## Decision" or "## Decision Outcome" section with text' });
  if (errors.length || !titleSection) return { ok: false, errors };

  // Title and number: "1. Title" (adr-tools), "ADR-0001: Title", else the file name, else the position.
  let title = titleSection.heading;
  let number: number | undefined;
  const numbered = /^(?:adr[-\s]?)?(\d{1,5})(?:\.|:|\s+[-–—:])\s*(.+)$/i.exec(title);
  if (numbered) {
    number = Number(numbered[1]);
    title = numbered[2];
  }
  number ??= numberFromUrl(source) ?? position;

  const statusSection = find(sections, 'status');
  const status = normaliseStatus(
    meta.status ?? (statusSection >= 0 ? blocksToText(collect(sections, statusSection)) : undefined) ?? preambleValue(sections, 'status'),
  );
  const date = normaliseDate(meta.date ?? preambleValue(sections, 'date'));

  let context = sectionText(sections, 'context', 'context and problem statement');
  const drivers = sectionText(sections, 'decision drivers');
  if (drivers) context = [context, `Decision drivers:\n${drivers}`].filter(Boolean).join('\n\n');

  let tradeoff = sectionText(sections, 'consequences');
  if (!tradeoff) {
    const good = sectionText(sections, 'positive consequences');
    const bad = sectionText(sections, 'negative consequences');
    tradeoff = [good && `Positive:\n${good}`, bad && `Negative:\n${bad}`].filter(Boolean).join('\n\n');
  }
  if (!tradeoff) tradeoff = prosAndConsOfChosen(sections, chosenOption(decision));

  const record: Decision = {
    id: adrId(number),
    title,
    status,
    context,
    decision,
    tradeoff,
    impact: sectionText(sections, 'impact'),
  };
  if (date) record.date = date;
  return { ok: true, decision: record, format };
}

/** MADR without consequences: the chosen option's own pros and cons stand in for the tradeoff. */
function prosAndConsOfChosen(sections: Section[], chosen: string | undefined): string {
  const start = find(sections, 'pros and cons of the options');
  if (start < 0 || !chosen) return '';
  const want = norm(plainInline(chosen));
  for (let i = start + 1; i < sections.length && sections[i].level > sections[start].level; i++) {
    if (norm(sections[i].heading) === want) return blocksToText(sections[i].blocks);
  }
  return '';
}

/** Makes ids unique in order: a second "ADR-002" becomes "ADR-002-2" (the tabs select by id). */
export function uniqueIds(records: Decision[]): Decision[] {
  const seen = new Map<string, number>();
  return records.map(r => {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    return n === 1 ? r : { ...r, id: `${r.id}-${n}` };
  });
}
