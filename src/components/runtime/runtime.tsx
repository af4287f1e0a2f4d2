import { Component, Element, Event, EventEmitter, Host, Prop, State, Watch, h } from '@stencil/core';
import type { ContentDocument } from '../../data/types';
import { setContent } from '../../store';
import { CONTENT_SETTLED, ContentErrorDetail, ContentErrors } from '../../utils/content';
import { fetchText } from '../../utils/http';
import type { ContentLoadDetail } from './interfaces';
import { combine, inlineSource, Layer, Refusal, splitSources } from './layers';

const INLINE_TYPE = 'application/json';

/**
 * Loads content into the page's shared store, so every lbr-* element on the
 * page shows it. Optional: without it every element shows the built-in demo.
 *
 * Documents come from inline `<script type="application/json">` children (for
 * server rendering and strict-CSP pages), then each `src` URL, then the
 * `content` property; they merge by top-level key, the later winning. Each is
 * validated on its own (a JSON Resume is recognised and mapped): a refused or
 * unreachable one is dropped whole, shown here with its field paths and sent
 * as `lbrContentError` naming it in `source`; the others still apply. When
 * every document is refused, the previous content stays.
 *
 * @slot - Elements may be placed inside; they read the same store either way. Inline JSON scripts go here too.
 * @part error - The panel that lists a refused document (one per document).
 */
@Component({ tag: 'lbr-runtime', styleUrl: 'runtime.css', shadow: true })
export class LbrRuntime {
  @Element() el!: HTMLElement;

  // --- Properties ---

  /** One or more URLs of JSON content documents (absolute or relative to the page), separated by whitespace; later ones win per top-level key. */
  @Prop() src?: string;

  /** A content document (object or JSON string), merged last: its top-level keys win over `src` and inline documents. */
  @Prop() content?: ContentDocument | string;

  /** Colour theme of the error panel. */
  @Prop({ reflect: true }) theme: 'dark' | 'light' | 'auto' = 'dark';

  /**
   * `idle` until content is given, then `loading`; `loaded` when every document was accepted,
   * `error` when any was refused (the accepted ones still apply). Reflected for host styling.
   */
  @Prop({ reflect: true, mutable: true }) status: 'idle' | 'loading' | 'loaded' | 'error' = 'idle';

  /** Documents refused in the last load, each with its errors. */
  @State() refused: Refusal[] = [];

  /** Whether any document of the last load was accepted (the refusal note says what shows instead). */
  @State() appliedSome = false;

  // --- Events ---

  /** A document was refused: `{ source, errors: [{ path, message }] }`, one event per refused document. */
  @Event({ bubbles: true, composed: true }) lbrContentError!: EventEmitter<ContentErrorDetail>;

  /** Content was accepted into the store: `{ source, sources }` (`source`: the accepted sources joined by a space). */
  @Event({ bubbles: true, composed: true }) lbrContentLoad!: EventEmitter<ContentLoadDetail>;

  private request?: AbortController;
  private observer?: MutationObserver;

  // --- Lifecycle ---

  async componentWillLoad() {
    // Inline and property documents need no network: awaited, so the first
    // render (and server rendering) already has them. A fetch is not awaited:
    // the slot renders at once while it loads.
    const loading = this.load();
    if (!splitSources(this.src).length) await loading;
  }

  connectedCallback() {
    // Moved in the DOM while loading: the disconnect aborted the fetch; load again.
    if (this.status === 'loading') void this.load();
    // A framework may rewrite the inline document: load it again when it does.
    if (typeof MutationObserver !== 'undefined') {
      const touchesScript = (r: MutationRecord) => [r.target, r.target.parentNode, ...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].some(n => n?.nodeName === 'SCRIPT');
      this.observer = new MutationObserver(records => records.some(touchesScript) && void this.load());
      this.observer.observe(this.el, { childList: true, characterData: true, subtree: true });
    }
  }

  disconnectedCallback() {
    this.request?.abort();
    this.observer?.disconnect();
  }

  @Watch('src')
  @Watch('content')
  protected sourceChanged() {
    void this.load();
  }

  // --- Private ---

  private inlineLayers(): Layer[] {
    // Direct children only (a nested lbr-runtime reads its own); no :scope, which server rendering lacks.
    const scripts = Array.from(this.el.children).filter(c => c.tagName === 'SCRIPT' && c.getAttribute('type')?.trim().toLowerCase() === INLINE_TYPE);
    return scripts.map((script, i) => ({ source: inlineSource(script.id, i, scripts.length), doc: script.textContent ?? '' }));
  }

  private async fetchLayer(source: string, signal: AbortSignal): Promise<Layer> {
    try {
      return { source, doc: await fetchText(source, { signal, headers: { accept: 'application/json' } }) };
    } catch (e) {
      return { source, failure: (e as Error).message };
    }
  }

  private async load(): Promise<void> {
    this.request?.abort();
    const request = (this.request = new AbortController());
    const urls = splitSources(this.src);
    const hasContent = this.content !== undefined && this.content !== null && this.content !== '';
    const inline = this.inlineLayers();
    if (!urls.length && !hasContent && !inline.length) return;
    this.status = 'loading';
    // The validator loads only on pages that give content, while the documents download: demo pages never download it.
    const [fetched, { validateContent }] = await Promise.all([Promise.all(urls.map(url => this.fetchLayer(url, request.signal))), import('../../data/validate')]);
    if (request.signal.aborted) return;
    const layers = [...inline, ...fetched, ...(hasContent ? [{ source: 'content', doc: this.content }] : [])];
    // Async: a JSON Resume loads its reader first.
    const { content, accepted, refused } = await combine(layers, validateContent);
    if (request.signal.aborted) return;
    let applied = false;
    if (content) {
      // Valid documents merged by top-level key stay valid; setContent checks once more anyway.
      const result = await setContent(content);
      if (request.signal.aborted) return;
      if (result.ok) applied = true;
      else refused.push({ source: accepted.join(' '), errors: result.errors });
    }
    this.refused = refused;
    this.appliedSome = applied;
    this.status = refused.length ? 'error' : 'loaded';
    (this.el as any)[CONTENT_SETTLED] = true;
    refused.forEach(r => this.lbrContentError.emit({ source: r.source, errors: r.errors }));
    if (applied) this.lbrContentLoad.emit({ source: accepted.join(' '), sources: accepted });
  }

  render() {
    const note = this.appliedSome ? 'this document is left out, the others apply' : 'showing the previous content';
    return (
      <Host>
        {this.refused.map(r => (
          <ContentErrors errors={r.errors} source={r.source} note={note} />
        ))}
        <slot />
      </Host>
    );
  }
}
