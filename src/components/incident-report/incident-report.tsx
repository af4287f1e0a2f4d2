import { Component, Element, Event, EventEmitter, Host, Mixin, Prop, Watch, h } from '@stencil/core';
import type { Incident, IncidentStatus } from '../../data/types';
import { connectMarks, disconnectMarks, MarkConfig, syncMarks } from '../../utils/annotate';
import { ContentErrorDetail, ContentErrors, OwnContent } from '../../utils/content';
import { RecordPanel, RecordTabs, RecordView, Tone } from '../../utils/records';
import { demoChrome, innerLevel, SectionIntro, sectionChrome } from '../../utils/section-intro';
import { sectionProps } from '../../utils/section-props';
import type { IncidentSelectDetail } from './interfaces';

const TONES: Record<IncidentStatus, Tone> = { resolved: 'ok', mitigated: 'warn', investigating: 'error' };
const STATUS_MARK: MarkConfig = { type: 'box', padding: [3, 5], strokeWidth: 1.5, iterations: 1, animationDuration: 600 };

/**
 * Production incident reports: problem, root cause, solution and impact with a
 * status badge that rough-notation marks. Several incidents get a selector
 * (the same tabs pattern as lbr-adr-viewer).
 *
 * Section key `incidents` (its own `content`: `incidents` and `sections.incidents`). The demo's
 * chrome: eyebrow "incident report", no heading (the incident's title is the heading, at
 * `heading-level`) and no lead (each incident's `summary` is its own).
 *
 * @part intro - Eyebrow, heading, tagline and lead above the report (see the chrome props).
 * @part eyebrow - The small line above the report.
 * @part heading - The section heading (none in the demo).
 * @part tagline - The strong line under the heading.
 * @part lead - The short text above the report.
 * @part tablist - The list of incidents (only when there are several).
 * @part tab - One incident's tab.
 * @part tab-selected - The selected incident's tab.
 * @part panel - The shown incident.
 * @part record - The incident inside the panel.
 * @part title - The incident's title.
 * @part status - The status badge.
 * @part fields - The list of labelled fields.
 * @part field - One field (label and text).
 * @part error - The panel that lists refused content.
 */
@Component({ tag: 'lbr-incident-report', styleUrl: 'incident-report.css', shadow: true })
export class LbrIncidentReport extends Mixin(sectionProps) {
  @Element() el!: HTMLElement;

  // --- Properties ---

  /** Id of the shown incident; follows the user's choice. Unknown ids show the first incident. */
  @Prop({ reflect: true, mutable: true }) selected?: string;

  /** Text before each title ("Production Incident: Pricing Inconsistency"); empty shows the title alone. */
  @Prop() titlePrefix = 'Production Incident: ';

  // --- Events ---

  /** The user chose another incident: `{ id }`. Not sent when `selected` is set by the host. */
  @Event({ bubbles: true, composed: true }) lbrIncidentSelect!: EventEmitter<IncidentSelectDetail>;

  /** The element's own `content` was refused. */
  @Event({ bubbles: true, composed: true }) lbrContentError!: EventEmitter<ContentErrorDetail>;

  private own = new OwnContent(['incidents'], demoChrome('incidents'));
  private badgeEl?: HTMLElement;

  // --- Lifecycle ---

  connectedCallback() {
    connectMarks(this);
  }

  async componentWillLoad() {
    await this.contentChanged();
  }

  componentDidRender() {
    syncMarks(this, [{ el: this.badgeEl, config: STATUS_MARK }]);
  }

  disconnectedCallback() {
    disconnectMarks(this);
  }

  @Watch('content')
  protected async contentChanged() {
    await this.own.apply(this);
  }

  // --- Private ---

  private get incidents(): Incident[] {
    return this.own.section('incidents');
  }

  private activeIndex(incidents: Incident[]): number {
    return Math.max(0, incidents.findIndex(i => i.id === this.selected));
  }

  private select(index: number) {
    const incidents = this.incidents;
    const incident = incidents[index];
    if (!incident || index === this.activeIndex(incidents)) return;
    this.selected = incident.id;
    this.lbrIncidentSelect.emit({ id: incident.id });
  }

  render() {
    const incidents = this.incidents;
    const active = this.activeIndex(incidents);
    const incident = incidents[active];
    const tabs = incidents.length > 1;
    const chrome = sectionChrome('incidents', this, this.own.doc);
    this.badgeEl = undefined;
    return (
      <Host>
        <ContentErrors errors={this.own.errors} />
        <section class="incident" aria-labelledby={chrome.heading ? 'incident-heading' : undefined} aria-label={chrome.heading ? undefined : 'Incident report'}>
          <SectionIntro chrome={chrome} level={this.headingLevel} headingId="incident-heading" />
          {!incident ? (
            <p class="empty">No incidents to show.</p>
          ) : (
            <div class={{ layout: true, 'has-tabs': tabs }}>
              {tabs ? (
                <RecordTabs
                  label="Incidents"
                  prefix="incident"
                  active={active}
                  items={incidents.map(i => [
                    <span class="tab-id">status: {i.status}</span>,
                    ' ',
                    <span class="tab-title">{i.title}</span>,
                  ])}
                  onSelect={i => this.select(i)}
                />
              ) : null}
              <RecordPanel prefix="incident" active={active} tabs={tabs}>
                {/* Keyed by incident: a new selection gets new nodes, so its mark is drawn afresh. */}
                <div class="record-host" key={incident.id}>
                  <RecordView
                    heading={`${this.titlePrefix}${incident.title}`}
                    level={innerLevel(this.headingLevel, chrome)}
                    status={incident.status}
                    statusPrefix
                    tone={TONES[incident.status] ?? 'muted'}
                    lead={incident.summary}
                    badgeRef={el => (this.badgeEl = el)}
                    fields={[
                      { label: 'Problem', value: incident.problem },
                      { label: 'Root Cause', value: incident.rootCause },
                      { label: 'Solution', value: incident.solution },
                      { label: 'Impact', value: incident.impact },
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
