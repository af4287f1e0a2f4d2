import { Component, Element, Event, EventEmitter, Host, Mixin, State, Watch, h } from '@stencil/core';
import { sectionProps } from '../../utils/section-props';
import type { RuntimeModule } from '../../data/types';
import { state } from '../../store';
import { ContentErrorDetail, ContentErrors, OwnContent } from '../../utils/content';
import { Motion } from '../../utils/motion';
import { idleCaption, pulseAt, stageCaption, statusTone } from './pipeline';
import { headingTag } from '../../utils/heading';
import { demoChrome, innerLevel, SectionIntro, sectionChrome } from '../../utils/section-intro';
import { nextIndex } from '../../utils/keys';
import { CSS } from './resources';

/** A stage named by the pointer or keyboard focus: [module index, stage index]. */
type StageRef = [number, number];

/**
 * Projects as runtime modules: each card has a name, a status chip (its own
 * colour per known status, a neutral one otherwise), the pipeline drawn as
 * connected stages with a pulse travelling from stage to stage, Problem /
 * Solution / Impact and metric chips.
 *
 * Hovering or focusing a stage names it in the caption ("stage 2/5: Booking
 * Engine"). Each pipeline is one tab stop; the arrow keys, Home and End move
 * between its stages. The pulse runs only while the element is on screen and
 * the tab visible, and not at all under reduced motion.
 *
 * Its own `content` gives `modules` and `sections.modules`; the demo's chrome: eyebrow
 * "system modules", heading "Projects as Runtime Modules".
 *
 * @part intro - Eyebrow, heading, tagline and lead above the modules (see the chrome props).
 * @part eyebrow - The small line above the heading.
 * @part heading - The section heading.
 * @part tagline - The strong line under the heading.
 * @part lead - The short text under the heading.
 * @part list - The list of modules.
 * @part module - One module card.
 * @part name - The module's name.
 * @part status - The status chip.
 * @part pipeline - The ordered list of stages.
 * @part stage - One stage of a pipeline.
 * @part caption - The line naming the hovered or focused stage.
 * @part facts - Problem, Solution and Impact.
 * @part metrics - The list of metric chips.
 * @part metric - One metric chip.
 * @part error - The panel that lists refused content.
 */
@Component({ tag: 'lbr-runtime-modules', styleUrl: 'runtime-modules.css', shadow: true })
export class LbrRuntimeModules extends Mixin(sectionProps) {
  @Element() el!: HTMLElement;

  /** Stage under the pointer. */
  @State() hovered?: StageRef;

  /** Stage holding keyboard focus. */
  @State() focused?: StageRef;

  /** Per module, the stage that takes Tab focus (roving tabindex). */
  @State() roving: number[] = [];

  /** Bumped when own content is accepted or refused, to render it. */
  @State() revision = 0;

  // --- Events ---

  /** The element's own `content` was refused. */
  @Event({ bubbles: true, composed: true }) lbrContentError!: EventEmitter<ContentErrorDetail>;

  private motion!: Motion;
  private own = new OwnContent(['modules'], demoChrome('modules'));
  private stopPulse?: () => void;

  // --- Lifecycle ---

  connectedCallback() {
    this.motion = new Motion(this.el, () => this.startPulse());
    this.motion.connect();
    // Moved in the DOM: disconnect stopped the pulse; start it again.
    if (this.el.shadowRoot?.querySelector(`ol.${CSS.pipeline}`)) this.startPulse();
  }

  async componentWillLoad() {
    await this.contentChanged();
  }

  componentDidLoad() {
    this.startPulse();
  }

  disconnectedCallback() {
    this.stopPulse?.();
    this.motion.disconnect();
  }

  @Watch('content')
  protected async contentChanged() {
    await this.own.apply(this);
    this.revision++;
    this.hovered = this.focused = undefined;
    this.roving = [];
  }

  // --- Private ---

  private get modules(): RuntimeModule[] {
    return this.own.section('modules');
  }

  /**
   * The pulse writes straight to the stages' attributes (`data-pulse` on the
   * stage it rests on, `data-travel` and `--t` on the next one, whose arrow it
   * runs along): per-frame motion stays out of the render cycle. Motion only gives
   * frames while the element is on screen and the tab visible.
   */
  private startPulse() {
    this.stopPulse?.();
    this.stopPulse = undefined;
    const root = this.el.shadowRoot;
    if (!root) return;
    if (this.motion.reduced) {
      root.querySelectorAll('[data-pulse],[data-travel]').forEach(li => {
        li.removeAttribute('data-pulse');
        li.removeAttribute('data-travel');
      });
      return;
    }
    let clock = 0;
    this.stopPulse = this.motion.loop(dt => {
      clock += dt;
      root.querySelectorAll<HTMLOListElement>(`ol.${CSS.pipeline}`).forEach((ol, m) => {
        const stages = ol.children;
        // Each module starts a little later, so the cards don't pulse in lockstep.
        const at = pulseAt(clock - m * 700, stages.length);
        for (let i = 0; i < stages.length; i++) {
          const li = stages[i] as HTMLElement;
          li.toggleAttribute('data-pulse', !!at && at.arrow === null && at.stage === i);
          // Each arrow leads into its stage: the pulse from stage i to i + 1 runs along stage i + 1's arrow.
          const travelling = !!at && at.arrow !== null && at.stage === i - 1;
          li.toggleAttribute('data-travel', travelling);
          if (travelling) li.style.setProperty('--t', at!.arrow!.toFixed(3));
        }
      });
      return true;
    });
  }

  private caption(m: number, mod: RuntimeModule): string {
    const named = this.hovered?.[0] === m ? this.hovered : this.focused?.[0] === m ? this.focused : undefined;
    const total = mod.pipeline.length;
    return named && named[1] < total ? stageCaption(named[1], total, mod.pipeline[named[1]]) : idleCaption(total);
  }

  private onStageKey(e: KeyboardEvent, m: number, total: number) {
    const current = this.roving[m] ?? 0;
    const next = nextIndex(e.key, current, total, { wrap: false });
    if (next === undefined) return;
    e.preventDefault();
    this.focusStage(m, next);
  }

  private focusStage(m: number, stage: number) {
    const roving = this.roving.slice();
    roving[m] = stage;
    this.roving = roving;
    const ol = this.el.shadowRoot?.querySelectorAll(`ol.${CSS.pipeline}`)[m];
    (ol?.children[stage] as HTMLElement | undefined)?.focus();
  }

  render() {
    void state.contentVersion; // re-render when the page's content changes
    const chrome = sectionChrome('modules', this, this.own.doc);
    const Heading = headingTag(innerLevel(this.headingLevel, chrome)) as any;
    const modules = this.modules;
    return (
      <Host>
        <div class="wrap">
          <SectionIntro chrome={chrome} level={this.headingLevel} />
          <ContentErrors errors={this.own.errors} />
          <ul class="modules" part="list" role="list">
            {modules.map((mod, m) => {
              const tone = statusTone(mod.status);
              const total = mod.pipeline.length;
              const tabStop = Math.min(this.roving[m] ?? 0, total - 1);
              return (
                <li key={`${m}:${mod.id}`}>
                  <article class="module" part="module" aria-labelledby={`name-${m}`}>
                    <header class="head">
                      <Heading class="name" part="name" id={`name-${m}`}>
                        {mod.name}
                      </Heading>
                      <span class={`status tone-${tone}`} part="status" data-tone={tone}>
                        <span class="visually-hidden">status: </span>
                        {mod.status}
                      </span>
                    </header>
                    <div class={CSS.flow}>
                      <ol
                        class={CSS.pipeline}
                        part="pipeline"
                        aria-label={`${mod.name}: pipeline, ${total} stage${total === 1 ? '' : 's'}`}
                        onKeyDown={e => this.onStageKey(e, m, total)}
                      >
                        {mod.pipeline.map((stage, s) => (
                          <li
                            class={CSS.stage}
                            part="stage"
                            tabindex={s === tabStop ? '0' : '-1'}
                            onPointerEnter={() => (this.hovered = [m, s])}
                            onPointerLeave={() => this.hovered?.[0] === m && this.hovered[1] === s && (this.hovered = undefined)}
                            onFocus={() => {
                              this.focused = [m, s];
                              if (this.roving[m] !== s) this.focusStage(m, s);
                            }}
                            onBlur={() => this.focused?.[0] === m && this.focused[1] === s && (this.focused = undefined)}
                          >
                            {s > 0 ? (
                              <span class={CSS.arrow} aria-hidden="true">
                                <span class="dot" />
                              </span>
                            ) : null}
                            <span class="stage-name">{stage}</span>
                          </li>
                        ))}
                      </ol>
                      <p class={CSS.caption} part="caption">
                        {this.caption(m, mod)}
                      </p>
                    </div>
                    {mod.problem || mod.solution || mod.impact ? (
                      <dl class="facts" part="facts">
                        {/* An empty fact is left out (a project read from a resume has no "problem"). */}
                        {([['Problem', mod.problem], ['Solution', mod.solution], ['Impact', mod.impact]] as const).map(([label, value]) =>
                          value ? (
                            <div>
                              <dt>{label}</dt>
                              <dd>{value}</dd>
                            </div>
                          ) : null,
                        )}
                      </dl>
                    ) : null}
                    {mod.metrics.length ? (
                      <ul class="metrics" part="metrics" aria-label="Metrics">
                        {mod.metrics.map(metric => (
                          <li class="chip" part="metric">
                            {metric}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </article>
                </li>
              );
            })}
          </ul>
        </div>
      </Host>
    );
  }
}
