import { Component, Element, Event, EventEmitter, Host, Mixin, Prop, State, Watch, h } from '@stencil/core';
import type { Decision, DecisionStatus } from '../../data/types';
import { connectMarks, disconnectMarks, MarkConfig, syncMarks } from '../../utils/annotate';
import { ContentErrorDetail, ContentErrors, OwnContent } from '../../utils/content';
import { RecordPanel, RecordTabs, RecordView, SourceError, SourceErrors, Tone } from '../../utils/records';
import { fetchText } from '../../utils/http';
import { sectionProps } from '../../utils/section-props';
import type { AdrSelectDetail } from './interfaces';
import { keyPhrase } from './key-phrase';
import { demoChrome, innerLevel, SectionIntro, sectionChrome } from '../../utils/section-intro';

const TONES: Record<DecisionStatus, Tone> = { accepted: 'ok', proposed: 'warn', superseded: 'muted', deprecated: 'error' };
const BADGE_MARK: MarkConfig = { type: 'box', padding: [3, 5], strokeWidth: 1.5, iterations: 1, animationDuration: 600 };
const PHRASE_MARK: MarkConfig = { type: 'underline', multiline: true, padding: 1, strokeWidth: 1.5, iterations: 1, animationDuration: 800 };

/**
 * Architecture decision records: a list of ADRs (a tabs pattern) and the
 * active decision with its context, decision, tradeoff and impact.
 * rough-notation marks the status and the decision's key phrase. Records come
 * from `src` (markdown files, Nygard/adr-tools or MADR), else the element's own
 * `content`, else the page's store, else the demo.
 *
 * Section key `decisions` (its own `content`: `decisions` and `sections.decisions`). The demo's
 * chrome: eyebrow "architecture decisions", heading "Decision Records", lead the seed's
 * ("Senior backend work is judgment under pressure…"); record titles use the next heading level.
 *
 * @part intro - Eyebrow, heading, tagline and lead above the records (see the chrome props).
 * @part eyebrow - The small line above the heading.
 * @part heading - The section heading.
 * @part tagline - The strong line under the heading.
 * @part lead - The short text under the heading.
 * @part tabs-caption - "select record", above the list of records.
 * @part tablist - The list of records.
 * @part tab - One record's tab.
 * @part tab-selected - The selected record's tab.
 * @part panel - The active decision.
 * @part record - The record inside the panel.
 * @part title - The record's title.
 * @part status - The status badge.
 * @part fields - The list of labelled fields.
 * @part field - One field (label and text).
 * @part error - Refused content or files that could not be imported.
 */
@Component({ tag: 'lbr-adr-viewer', styleUrl: 'adr-viewer.css', shadow: true })
export class LbrAdrViewer extends Mixin(sectionProps) {
  @Element() el!: HTMLElement;

  // --- Properties ---

  /**
   * One or more URLs of ADR markdown files (Nygard/adr-tools or MADR), separated by whitespace.
   * When set, the imported records are shown instead of `content`, the store or the demo.
   */
  @Prop() src?: string;

  /** Id of the shown record (e.g. `ADR-002`); follows the user's choice. Unknown ids show the first record. */
  @Prop({ reflect: true, mutable: true }) selected?: string;

  /** Records imported from `src`, files that failed, and whether a fetch is under way. */
  @State() imported?: { records: Decision[]; failed: SourceError[]; loading: boolean };

  // --- Events ---

  /** The user chose another record: `{ id }`. Not sent when `selected` is set by the host. */
  @Event({ bubbles: true, composed: true }) lbrAdrSelect!: EventEmitter<AdrSelectDetail>;

  /** Own `content` was refused, or a `src` file could not be loaded or read: `{ source, errors }` (one event per file). */
  @Event({ bubbles: true, composed: true }) lbrContentError!: EventEmitter<ContentErrorDetail>;

  private own = new OwnContent(['decisions'], demoChrome('decisions'));
  private request?: AbortController;
  private badgeEl?: HTMLElement;
  private phraseEl?: HTMLElement;

  // --- Lifecycle ---

  connectedCallback() {
    connectMarks(this);
    // Moved in the DOM: fetch again what the disconnect aborted.
    if (this.imported?.loading) void this.load();
  }

  async componentWillLoad() {
    await this.contentChanged();
    void this.load(); // not awaited: the element renders "loading" while the files arrive
  }

  componentDidRender() {
    syncMarks(this, [
      { el: this.badgeEl, config: BADGE_MARK },
      { el: this.phraseEl, config: PHRASE_MARK },
    ]);
  }

  disconnectedCallback() {
    this.request?.abort();
    disconnectMarks(this);
  }

  @Watch('content')
  protected async contentChanged() {
    await this.own.apply(this);
  }

  @Watch('src')
  protected srcChanged() {
    void this.load();
  }

  // --- Private ---

  private get records(): Decision[] {
    if (this.imported) return this.imported.records;
    return this.own.section('decisions');
  }

  /** Fetches and parses every `src` file; a file that fails is reported and the others are kept. */
  private async load(): Promise<void> {
    this.request?.abort();
    const sources = (this.src ?? '').split(/\s+/).filter(Boolean);
    if (!sources.length) {
      this.imported = undefined;
      return;
    }
    const request = (this.request = new AbortController());
    this.imported = { records: [], failed: [], loading: true };
    // The markdown reader loads only when a page imports files: demo pages never download it.
    const { parseAdr, uniqueIds } = await import('./adr-markdown');
    const results = await Promise.all(
      sources.map(async (url, i) => {
        const text = await this.fetchText(url, request.signal);
        return typeof text === 'string' ? parseAdr(text, url, i + 1) : text;
      }),
    );
    if (request.signal.aborted) return;
    const records: Decision[] = [];
    const failed: SourceError[] = [];
    results.forEach((result, i) => {
      if (result.ok) records.push(result.decision);
      else failed.push({ source: sources[i], errors: result.errors });
    });
    this.imported = { records: uniqueIds(records), failed, loading: false };
    for (const f of failed) this.lbrContentError.emit({ source: f.source, errors: f.errors });
  }

  /** The file's text, or the reason it could not be loaded. */
  private async fetchText(url: string, signal: AbortSignal) {
    try {
      return await fetchText(url, { signal, headers: { accept: 'text/markdown, text/plain;q=0.9, */*;q=0.1' } });
    } catch (e) {
      return { ok: false as const, errors: [{ path: '(document)', message: `could not load: ${(e as Error).message}` }] };
    }
  }

  private select(index: number) {
    const record = this.records[index];
    if (!record || record.id === this.activeId()) return;
    this.selected = record.id;
    this.lbrAdrSelect.emit({ id: record.id });
  }

  private activeId(): string | undefined {
    const records = this.records;
    return (records.find(r => r.id === this.selected) ?? records[0])?.id;
  }

  private decisionText(decision: string) {
    if (!decision.trim()) return '';
    const { before, phrase, after } = keyPhrase(decision);
    return [
      before,
      <span class="key-phrase" ref={el => (this.phraseEl = el)}>
        {phrase}
      </span>,
      after,
    ];
  }

  render() {
    const records = this.records;
    const activeIndex = Math.max(0, records.findIndex(r => r.id === this.activeId()));
    const record = records[activeIndex];
    const chrome = sectionChrome('decisions', this, this.own.doc);
    const tabs = records.length > 0;
    this.badgeEl = this.phraseEl = undefined;
    return (
      <Host>
        <ContentErrors errors={this.own.errors} />
        <SourceErrors failed={this.imported?.failed ?? []} what="ADR file" />
        <section class="adr" aria-labelledby={chrome.heading ? 'adr-heading' : undefined} aria-label={chrome.heading ? undefined : 'Decision records'}>
          <SectionIntro chrome={chrome} level={this.headingLevel} headingId="adr-heading" />
          {this.imported?.loading ? (
            <p class="empty" role="status">
              Loading decision records…
            </p>
          ) : !record ? (
            <p class="empty">No decision records to show.</p>
          ) : (
            <div class={{ layout: true, 'has-tabs': tabs }}>
              <RecordTabs label="Decision records" caption="select record" prefix="adr" active={activeIndex}
                items={records.map(r => [
                  <span class="tab-id">
                    {r.id}: {r.status}
                  </span>,
                  ' ',
                  <span class="tab-title">{r.title}</span>,
                ])}
                onSelect={i => this.select(i)}
              />
              <RecordPanel prefix="adr" active={activeIndex} tabs={tabs}>
                {/* Keyed by record: a new selection gets new nodes, so its marks are drawn afresh. */}
                <div class="record-host" key={record.id}>
                  <RecordView
                    eyebrow="active decision"
                    heading={record.title}
                    level={innerLevel(this.headingLevel, chrome)}
                    meta={record.id}
                    status={record.status}
                    tone={TONES[record.status] ?? 'muted'}
                    date={record.date}
                    badgeRef={el => (this.badgeEl = el)}
                    fields={[
                      { label: 'Context', value: record.context },
                      { label: 'Decision', value: this.decisionText(record.decision) },
                      { label: 'Tradeoff', value: record.tradeoff },
                      { label: 'Impact', value: record.impact },
                    ]}
                  />
                </div>
              </RecordPanel>
            </div>
          )}
        </section>
      </Host>
    );
  }
}
