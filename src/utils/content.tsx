/**
 * How an element gets its content: its own `content` property when given,
 * else the page's store (filled by <lbr-runtime> or setContent), else the demo
 * (loaded on demand: a page with its own content downloads none of it).
 * Invalid own content is refused with its field paths, shown in the element
 * (<ContentErrors>) and sent as `lbrContentError`; the element keeps showing
 * what it had.
 */
import { Build, EventEmitter, forceUpdate, FunctionalComponent, h } from '@stencil/core';
import { DemoSection, demoSection, EMPTY, loadDemo } from '../data/demo/load';
import type { ContentDocument, ContentIssue } from '../data/types';
import { state, store, validateContent } from '../store';

/** `lbrContentError` detail. */
export interface ContentErrorDetail {
  /** Where the content came from: a URL, `content` (a property) or `setContent`. */
  source: string;
  errors: ContentIssue[];
}

/** What every element with its own `content` has. */
export interface ContentHost {
  el: HTMLElement;
  content?: ContentDocument | string;
  lbrContentError: EventEmitter<ContentErrorDetail>;
}

/** An element's own content, validated, and the demo for what nothing else gives. */
export class OwnContent {
  doc: ContentDocument | undefined;
  errors: ContentIssue[] = [];
  private host?: ContentHost;

  /**
   * @param sections the sections the element shows (their demo loads before its first render when needed).
   * @param needsChrome for an element that shows section chrome, `demoChrome(key)` (section-intro.tsx): whether it
   *   shows demo words, which then load before its first render.
   */
  constructor(
    private sections: DemoSection[] = [],
    private needsChrome?: (host: ContentHost, own?: ContentDocument) => boolean,
  ) {}

  /**
   * Validates a new `content` value (object or JSON string). Returns the
   * error detail to emit when it is refused; the previous document is kept.
   */
  async update(value: ContentDocument | string | undefined | null): Promise<ContentErrorDetail | undefined> {
    if (value === undefined || value === null || value === '') {
      this.doc = undefined;
      this.errors = [];
      return undefined;
    }
    // The validator loads only when a page gives content: demo pages never download it.
    const result = await validateContent(value);
    if (result.ok) {
      this.doc = result.content;
      this.errors = [];
      return undefined;
    }
    this.errors = result.errors;
    return { source: 'content', errors: result.errors };
  }

  /**
   * Takes the host's current `content`: validates it, sends `lbrContentError`
   * when it is refused, and re-renders the host (validation is async and this
   * object is not reactive). Returns false when the content was refused.
   */
  async apply(host: ContentHost): Promise<boolean> {
    this.host = host;
    await pageContentSettled();
    const refused = await this.update(host.content);
    if (refused) host.lbrContentError.emit(refused);
    const demo = this.sections.filter(key => !this.given(key));
    if (this.needsChrome?.(host, this.doc)) demo.push('sections');
    await Promise.all(demo.map(key => loadDemo(key)));
    forceUpdate(host.el);
    return !refused;
  }

  /** The section to show: own content, else the store's, else the demo. */
  section<K extends DemoSection>(key: K): NonNullable<ContentDocument[K]> {
    const value = this.given(key) ?? demoSection(key);
    if (value) return value as NonNullable<ContentDocument[K]>;
    // The page dropped this section after the first render: show it empty until its demo is here.
    void loadDemo(key).then(() => this.host && forceUpdate(this.host.el));
    return EMPTY[key] as NonNullable<ContentDocument[K]>;
  }

  private given<K extends DemoSection>(key: K): ContentDocument[K] | undefined {
    return this.doc?.[key] ?? state.content[key];
  }
}

/**
 * Set on an `<lbr-runtime>` element once it has applied (or refused) its documents in this
 * page: not its reflected `status`, which server-rendered HTML carries from the server's load.
 * A global symbol, so every build of the kit on the page reads the same mark.
 */
export const CONTENT_SETTLED = Symbol.for('live-backend-runtime.content-settled');

/**
 * While an `<lbr-runtime>` on the page is still loading its `src` or inline document, or a
 * `setContent` call is still reading or validating its document, waits for it (at most `ms`),
 * so an element's first render shows the page's own content instead of flashing the demo and
 * then swapping it (on the server too: its HTML never holds the demo in place of the page's
 * content; there the wait ends with the runtime's event only).
 */
export function pageContentSettled(ms = 3000): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve();
  const loading = Array.from(document.querySelectorAll('lbr-runtime')).filter(
    el => (el.hasAttribute('src') || Array.from(el.children).some(c => c.matches('script[type="application/json"]'))) && !(el as any)[CONTENT_SETTLED],
  );
  let runtimes = loading.length > 0;
  if (!runtimes && state.contentPending <= 0) return Promise.resolve();
  return new Promise(done => {
    // Listened for on the runtimes themselves: a server's document (hydrateDocument) may not bubble them up.
    const listen = (on: boolean) =>
      loading.forEach(el => ['lbrContentLoad', 'lbrContentError'].forEach(type => (on ? el.addEventListener(type, settled) : el.removeEventListener(type, settled))));
    const unwatch = store.onChange('contentPending', () => check());
    const finish = () => {
      clearTimeout(timer);
      listen(false);
      unwatch();
      done();
    };
    const check = () => !runtimes && state.contentPending <= 0 && finish();
    const settled = () => {
      runtimes = false;
      check();
    };
    // No timer on the server: the runtime's load always ends in one of these events, and the
    // hydrate app's constrained timers (hydrateDocument) would fire this one before it.
    const timer = Build.isServer ? undefined : setTimeout(finish, ms);
    listen(true);
  });
}

/** The visible form of refused content; `note` says what shows instead (default: the previous content). */
export const ContentErrors: FunctionalComponent<{ errors: ContentIssue[]; source?: string; note?: string }> = ({ errors, source, note = 'showing the previous content' }) =>
  errors.length ? (
    <div class="content-error" role="alert" part="error">
      <strong>Content refused{source ? ` (${source})` : ''}:</strong> {errors.length} problem{errors.length === 1 ? '' : 's'}; {note}.
      <ul>
        {errors.slice(0, 20).map(e => (
          <li>
            <code>{e.path}</code>: {e.message}
          </li>
        ))}
        {errors.length > 20 ? <li>…and {errors.length - 20} more</li> : null}
      </ul>
    </div>
  ) : null;
