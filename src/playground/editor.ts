/**
 * The playground's CodeMirror 6 editor: JSON with the kit's schema help, the
 * page's colours (CSS custom properties, so dark/light follow the page without
 * reconfiguring), and only the extensions a document editor needs.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, foldGutter, foldKeymap, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers, ViewUpdate } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';
import { JsonSchema, schemaCompletion, schemaHover } from './schema-assist';

export interface EditorOptions {
  parent: HTMLElement;
  doc: string;
  schema: JsonSchema;
  /** The editor's accessible name and the id of the text that explains its keys. */
  label: string;
  describedBy: string;
  /** The text changed. */
  onChange(view: EditorView): void;
  /** The cursor moved (or the text changed). */
  onCursor(view: EditorView): void;
  /** Files were dropped on the editor: open them instead of inserting their text. */
  onDropFiles(files: FileList): void;
}

/** Token colours from the page's --code-* properties (set for dark and light, AA on --surface). */
const highlight = HighlightStyle.define([
  { tag: t.propertyName, color: 'var(--code-key)' },
  { tag: t.string, color: 'var(--code-string)' },
  { tag: t.number, color: 'var(--code-number)' },
  { tag: [t.bool, t.null], color: 'var(--code-literal)' },
  { tag: [t.separator, t.brace, t.squareBracket], color: 'var(--fg)' },
]);

const theme = EditorView.theme({
  '&': { height: '100%', color: 'var(--fg)', backgroundColor: 'var(--surface)', fontSize: '0.875rem' },
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '-2px' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.55' },
  '.cm-content': { caretColor: 'var(--accent)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--accent)', borderLeftWidth: '2px' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--selection)',
  },
  '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
  '.cm-gutters': { backgroundColor: 'var(--surface)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)', color: 'var(--fg)' },
  '.cm-matchingBracket, &.cm-focused .cm-matchingBracket': { backgroundColor: 'var(--selection)', outline: '1px solid var(--muted)' },
  '.cm-searchMatch': { backgroundColor: 'var(--selection)', outline: '1px solid var(--accent)' },
  '.cm-tooltip': { backgroundColor: 'var(--bg)', color: 'var(--fg)', border: '1px solid var(--border)', borderRadius: '6px' },
  '.cm-tooltip-autocomplete > ul > li': { padding: '2px 8px' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: 'var(--accent)', color: 'var(--bg)' },
  '.cm-completionDetail': { color: 'inherit', opacity: '1', fontStyle: 'normal', marginLeft: '1em' },
  '.cm-tooltip-lint, .lbr-pg-hover': { padding: '6px 8px', maxWidth: '28rem', fontFamily: 'var(--sans)', fontSize: '0.8125rem' },
  '.lbr-pg-hover code': { color: 'var(--accent)', fontFamily: 'var(--mono)' },
  '.lbr-pg-hover p': { margin: '4px 0 0', color: 'var(--muted)' },
  '.cm-panels': { backgroundColor: 'var(--bg)', color: 'var(--fg)', borderColor: 'var(--border)' },
  '.cm-panel input, .cm-panel button, .cm-textfield, .cm-button': { color: 'var(--fg)', backgroundColor: 'var(--surface)', backgroundImage: 'none', borderColor: 'var(--border)' },
  '.cm-foldPlaceholder': { backgroundColor: 'var(--bg)', color: 'var(--fg)', borderColor: 'var(--border)' },
});

export function createEditor(o: EditorOptions): EditorView {
  return new EditorView({
    parent: o.parent,
    state: EditorState.create({
      doc: o.doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        foldGutter(),
        lintGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        EditorView.lineWrapping, // content is prose: long strings wrap instead of scrolling sideways
        highlightSelectionMatches(),
        json(),
        syntaxHighlighting(highlight),
        autocompletion({ override: [schemaCompletion(o.schema)] }),
        schemaHover(o.schema),
        EditorState.tabSize.of(2),
        // Tab indents; Escape then Tab (or Ctrl-M / Alt-Shift-M) moves focus on, as the page says.
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
        // tabindex: focusable as it is (contenteditable), but axe only counts a scroller's content as focusable with it.
        EditorView.contentAttributes.of({ 'aria-label': o.label, 'aria-describedby': o.describedBy, tabindex: '0' }),
        EditorView.updateListener.of((u: ViewUpdate) => {
          if (u.docChanged) o.onChange(u.view);
          if (u.docChanged || u.selectionSet) o.onCursor(u.view);
        }),
        EditorView.domEventHandlers({
          drop(event) {
            if (!event.dataTransfer?.files.length) return false;
            event.preventDefault();
            o.onDropFiles(event.dataTransfer.files);
            return true;
          },
        }),
        theme,
      ],
    }),
  });
}
