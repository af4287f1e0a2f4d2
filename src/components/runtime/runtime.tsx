import { Component, Element, Event, EventEmitter, Host, Prop, State, Watch, h } from '@stencil/core';
import type { ContentDocument, ContentIssue } from '../../data/types';
import { setContent } from '../../store';
import { ContentErrorDetail, ContentErrors } from '../../utils/content';

/**
 * Loads a content document into the page's shared store, so every lbr-*
 * element on the page shows it. Optional: without it every element shows the
 * built-in demo. Invalid or unreachable content is refused with its field
 * paths, shown here and sent as `lbrContentError`; the previous content stays.
 *
 * @slot - Elements may be placed inside; they read the same store either way.
 * @part error - The panel that lists refused content.
 */
@Component({ tag: 'lbr-runtime', styleUrl: 'runtime.css', shadow: true })
export class LbrRuntime {
  @Element() el!: HTMLElement;

  // --- Properties ---

  /** URL of a JSON content document (absolute or relative to the page). */
  @Prop() src?: string;

  /** A content document (object or JSON string). Wins over `src` when both are set. */
  @Prop() content?: ContentDocument | string;

  /** Colour theme of the error panel. */
  @Prop({ reflect: true }) theme: 'dark' | 'light' | 'auto' = 'dark';

  /** `idle` until content is given, then `loading`, `loaded` or `error` (reflected for host styling). */
  @Prop({ reflect: true, mutable: true }) status: 'idle' | 'loading' | 'loaded' | 'error' = 'idle';

  @State() errors: ContentIssue[] = [];
  @State() errorSource = '';

  // --- Events ---

  /** Content was refused: `{ source, errors: [{ path, message }] }`. */
  @Event({ bubbles: true, composed: true }) lbrContentError!: EventEmitter<ContentErrorDetail>;

  /** Content was accepted into the store: `{ source }`. */
  @Event({ bubbles: true, composed: true }) lbrContentLoad!: EventEmitter<{ source: string }>;

  private request?: AbortController;

  // --- Lifecycle ---

  componentWillLoad() {
    // Not awaited: the slot renders at once while the document loads.
    void this.load();
  }

  connectedCallback() {
    // Moved in the DOM while loading: the disconnect aborted the fetch; load again.
    if (this.status === 'loading') void this.load();
  }

  disconnectedCallback() {
    this.request?.abort();
  }

  @Watch('src')
  @Watch('content')
  protected sourceChanged() {
    void this.load();
  }

  // --- Private ---

  private async load(): Promise<void> {
    this.request?.abort();
    if (this.content !== undefined && this.content !== null && this.content !== '') {
      return this.apply('content', this.content);
    }
    if (!this.src) return;
    const source = this.src;
    const request = (this.request = new AbortController());
    this.status = 'loading';
    let doc: unknown;
    try {
      const res = await fetch(source, { signal: request.signal, headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
      doc = await res.text();
    } catch (e) {
      if (request.signal.aborted) return;
      return this.fail(source, [{ path: '(document)', message: `could not load: ${(e as Error).message}` }]);
    }
    if (!request.signal.aborted) await this.apply(source, doc);
  }

  private async apply(source: string, doc: unknown): Promise<void> {
    const result = await setContent(doc);
    if (!result.ok) return this.fail(source, result.errors);
    this.errors = [];
    this.status = 'loaded';
    this.lbrContentLoad.emit({ source });
  }

  private fail(source: string, errors: ContentIssue[]) {
    this.errors = errors;
    this.errorSource = source;
    this.status = 'error';
    this.lbrContentError.emit({ source, errors });
  }

  render() {
    return (
      <Host>
        <ContentErrors errors={this.errors} source={this.errorSource} />
        <slot />
      </Host>
    );
  }
}
