/**
 * The content playground (www/playground.html): a CodeMirror editor for the
 * content document, previewed live by the kit's own elements through the
 * page's <lbr-runtime> (its `content` property: one store, one validator, the
 * same refusals a user's page would get). Problems are listed with their field
 * paths and underlined in the editor; the preview keeps the last valid document.
 */
import { isolateHistory } from '@codemirror/commands';
import { foldEffect } from '@codemirror/language';
import { Diagnostic, setDiagnostics } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import schemaJson from '../../schema/content.schema.json';
import type { ContentIssue } from '../data/types';
import { createEditor } from './editor';
import { locate, parsePath, problemRange, syntaxErrorAt } from './json-paths';
import { fromJsonResume, isJsonResume } from '../data/json-resume';
import { describeAtPos, JsonSchema, treeAt } from './schema-assist';
import { embedSnippet, tagsFor } from './snippet';
import { fetchDocument, LoadError, readDocumentFile } from './sources';

const schema = schemaJson as JsonSchema;
const SCHEMA_URL = (schemaJson as { $id: string }).$id;
const DRAFT_KEY = 'lbr-playground-draft';
/** Typing pauses this long before the preview updates. */
const DEBOUNCE_MS = 300;

interface Problem extends ContentIssue {
  /** Where it is in the text, when the path could be found there. */
  from?: number;
  to?: number;
}

type Verdict = { ok: true } | { ok: false; errors: ContentIssue[] };
type Runtime = HTMLElement & { content?: unknown; componentOnReady?(): Promise<unknown> };

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const runtime = document.querySelector('lbr-runtime') as Runtime;
const statusEl = byId('status');
const problemList = byId<HTMLUListElement>('problems');
const noticeEl = byId('notice');
const cursorEl = byId('cursor');
const previewState = byId('preview-state');
const snippetBox = byId<HTMLDetailsElement>('snippet-box');
const snippetArea = byId<HTMLTextAreaElement>('snippet');
const convertButton = byId<HTMLButtonElement>('convert');

let view: EditorView;
let timer: ReturnType<typeof setTimeout> | undefined;
let checks = 0;
let shownProblems = '';

const pretty = (doc: unknown) => JSON.stringify(doc, null, 2) + '\n';

// --- The preview: the page's <lbr-runtime> validates and stores each document ---

/** One verdict per document given, in order: lbr-runtime answers each with lbrContentLoad or lbrContentError. */
const waiting: ((v: Verdict) => void)[] = [];
runtime.addEventListener('lbrContentLoad', e => {
  if (e.target === runtime) waiting.shift()?.({ ok: true });
});
runtime.addEventListener('lbrContentError', e => {
  if (e.target === runtime) waiting.shift()?.({ ok: false, errors: (e as CustomEvent<{ errors: ContentIssue[] }>).detail.errors });
});

function preview(doc: object): Promise<Verdict> {
  return new Promise(resolve => {
    waiting.push(resolve);
    runtime.content = doc;
  });
}

function scheduleCheck(ms = DEBOUNCE_MS) {
  clearTimeout(timer);
  timer = setTimeout(() => void check(), ms);
}

/** Parses the text, previews it when it is JSON, then lists and underlines what is wrong. */
async function check(): Promise<void> {
  const seq = ++checks;
  const state = view.state;
  const text = state.doc.toString();
  const tree = treeAt(state, state.doc.length, 2000);
  const slice = (a: number, b: number) => text.slice(a, b);
  let problems: Problem[];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    convertButton.hidden = true;
    const at = syntaxErrorAt(tree, e as Error, text.length);
    const line = state.doc.lineAt(at);
    problems = [{ path: `line ${line.number}, column ${at - line.from + 1}`, message: `JSON syntax: ${(e as Error).message}`, from: at, to: at }];
    return show(problems, 'syntax', text);
  }
  convertButton.hidden = !isJsonResume(doc);
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return show([{ path: '(document)', message: 'expected an object', from: 0, to: Math.min(text.length, 1) }], 'invalid', text);
  }
  const verdict = await preview(doc);
  // Typed on meanwhile: positions are stale, and a newer check is on its way.
  if (seq !== checks || view.state.doc !== state.doc) return;
  problems = verdict.ok ? [] : verdict.errors.map(e => ({ ...e, ...problemRange(tree, parsePath(e.path), slice) }));
  show(problems, verdict.ok ? 'valid' : 'invalid', text);
}

function show(problems: Problem[], kind: 'valid' | 'invalid' | 'syntax', text: string) {
  const diagnostics: Diagnostic[] = problems
    .filter(p => p.from !== undefined)
    .map(p => ({ from: p.from!, to: p.to!, severity: 'error', source: 'live-backend-runtime', message: `${p.path}: ${p.message}` }));
  view.dispatch(setDiagnostics(view.state, diagnostics));
  document.body.dataset.check = kind;
  previewState.textContent = kind === 'valid' ? 'live' : 'last valid document';
  const summary =
    kind === 'valid'
      ? 'No problems: every element shows this document.'
      : `${kind === 'syntax' ? 'JSON syntax error' : problems.length === 1 ? '1 problem' : `${problems.length} problems`}: the preview keeps the last valid document.`;
  // The list is a live region: rewrite it only when the problems change, so nothing is announced twice.
  const key = summary + JSON.stringify(problems.map(p => [p.path, p.message]));
  if (key !== shownProblems) {
    shownProblems = key;
    statusEl.textContent = summary;
    problemList.replaceChildren(...problems.map(problemItem));
  }
  saveDraft(text);
}

function problemItem(p: Problem): HTMLLIElement {
  const li = document.createElement('li');
  const target: HTMLElement = p.from === undefined ? li : li.appendChild(document.createElement('button'));
  const code = target.appendChild(document.createElement('code'));
  code.textContent = p.path;
  target.append(` ${p.message}`);
  if (target !== li) {
    (target as HTMLButtonElement).type = 'button';
    target.addEventListener('click', () => {
      view.dispatch({ selection: { anchor: p.from!, head: p.to! }, scrollIntoView: true });
      view.focus();
    });
  }
  return li;
}

// --- Loading and saving ---

function notify(message: string, error = false) {
  noticeEl.textContent = message;
  noticeEl.classList.toggle('error', error);
}

/** Replaces the whole document as one undo step. */
function replaceDocument(text: string) {
  view.dispatch({
    changes: { from: 0, to: view.state.doc.length, insert: text },
    selection: { anchor: 0 },
    scrollIntoView: true,
    annotations: isolateHistory.of('full'), // its own undo step, even right after typing or another open
  });
  scheduleCheck(0);
}

function openText(text: string, from: string) {
  replaceDocument(text);
  notify(`Opened ${from}. Ctrl+Z brings back the previous text.`);
}

/**
 * A JSON Resume is previewed as it is (the kit reads resumes, and reports a
 * resume's own fields by their paths); this turns it into the kit's document
 * to edit further.
 */
function convertToKit() {
  const doc = JSON.parse(view.state.doc.toString());
  const problems = document.body.dataset.check !== 'valid';
  replaceDocument(pretty({ $schema: SCHEMA_URL, ...fromJsonResume(doc) }));
  notify(`Converted the JSON Resume to the kit’s document (fields the kit does not show are left out${problems ? '; see the problems below' : ''}). Ctrl+Z brings the resume back.`);
}

async function openFiles(files: FileList | null | undefined) {
  const file = files?.[0];
  if (!file) return;
  try {
    openText(await readDocumentFile(file), file.name);
  } catch (e) {
    notify(`Not opened: ${(e as Error).message}.`, true);
  }
}

async function openUrl(input: string, button: HTMLButtonElement) {
  button.disabled = true;
  notify(`Loading ${input}…`);
  try {
    const { url, text } = await fetchDocument(input, location.href);
    openText(text, url);
  } catch (e) {
    notify(e instanceof LoadError ? `Not loaded: ${e.message}.` : `Not loaded: ${(e as Error).message}.`, true);
  } finally {
    button.disabled = false;
  }
}

function download() {
  const url = URL.createObjectURL(new Blob([view.state.doc.toString()], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'content.json';
  a.click();
  // The download has started from the URL; free it later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  notify(`Downloaded content.json${document.body.dataset.check === 'valid' ? '' : ' (it still has problems: see the list)'}.`);
}

async function copySnippet() {
  let doc: unknown;
  try {
    doc = JSON.parse(view.state.doc.toString());
  } catch {
    notify('The document is not valid JSON yet: fix the syntax error first.', true);
    return;
  }
  const html = embedSnippet(doc as Record<string, unknown>);
  snippetArea.value = html;
  const count = tagsFor(doc as Record<string, unknown>).length;
  const caveat = document.body.dataset.check === 'valid' ? '' : ' The document still has problems: lbr-runtime will refuse it until they are fixed.';
  try {
    await navigator.clipboard.writeText(html);
    notify(`Copied the embed snippet: the script, lbr-runtime with your document inline, and ${count} element${count === 1 ? '' : 's'}.${caveat}`);
  } catch {
    snippetBox.open = true;
    snippetArea.focus();
    snippetArea.select();
    notify(`This browser did not allow copying: the snippet is selected below, press Ctrl+C.${caveat}`, true);
  }
}

// --- Draft and demo ---

function readDraft(): string | null {
  try {
    return localStorage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
}

function saveDraft(text: string) {
  try {
    localStorage.setItem(DRAFT_KEY, text);
  } catch {
    // Storage full or disabled: the text stays in the editor and can be downloaded.
  }
}

/** The built-in demo (the seed's story) as a document, loaded only when needed. */
async function demoText(): Promise<string> {
  const { demoContent } = await import('../data/demo');
  return pretty({ $schema: SCHEMA_URL, ...demoContent });
}

/** Folds the 40-scenario outage deck so the demo document reads from top to bottom. */
function foldDeck() {
  const state = view.state;
  const at = locate(treeAt(state, state.doc.length, 2000), ['outage', 'scenarios'], (a, b) => state.sliceDoc(a, b));
  if (at?.found && at.node.to - at.node.from > 2) view.dispatch({ effects: foldEffect.of({ from: at.node.from + 1, to: at.node.to - 1 }) });
}

function showCursor() {
  const head = view.state.selection.main.head;
  const info = describeAtPos(schema, view.state, head, -1);
  cursorEl.textContent = info ? `${info.path}: ${info.summary}` : '';
}

// --- Start ---

async function start() {
  const draft = readDraft();
  view = createEditor({
    parent: byId('editor'),
    doc: draft ?? (await demoText()),
    schema,
    label: 'Content document (JSON)',
    describedBy: 'editor-help',
    onChange: () => scheduleCheck(),
    onCursor: showCursor,
    onDropFiles: files => void openFiles(files),
  });
  if (!draft) foldDeck();
  showCursor();

  const file = byId<HTMLInputElement>('file');
  file.addEventListener('change', async () => {
    await openFiles(file.files);
    file.value = '';
  });
  byId<HTMLFormElement>('url-form').addEventListener('submit', e => {
    e.preventDefault();
    const input = byId<HTMLInputElement>('url');
    if (input.value.trim()) void openUrl(input.value, byId<HTMLButtonElement>('url-load'));
  });
  const animate = byId<HTMLInputElement>('animate');
  animate.addEventListener('change', () => byId('preview').toggleAttribute('data-lbr-reduced-motion', !animate.checked));
  convertButton.addEventListener('click', convertToKit);
  byId('download').addEventListener('click', download);
  byId('copy').addEventListener('click', () => void copySnippet());
  byId('reset').addEventListener('click', async () => {
    replaceDocument(await demoText());
    notify('Back to the built-in demo. Ctrl+Z brings back the previous text.');
    foldDeck();
  });

  // A file dropped anywhere on the page opens (the editor handles drops on itself).
  document.addEventListener('dragover', e => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    document.body.classList.add('dropping');
  });
  document.addEventListener('dragleave', e => {
    if (!e.relatedTarget) document.body.classList.remove('dropping');
  });
  document.addEventListener('drop', e => {
    document.body.classList.remove('dropping');
    if (e.defaultPrevented || !e.dataTransfer?.files.length) return;
    e.preventDefault();
    void openFiles(e.dataTransfer.files);
  });

  await customElements.whenDefined('lbr-runtime');
  await runtime.componentOnReady?.();
  await check();
  document.body.dataset.ready = '';
}

void start();
