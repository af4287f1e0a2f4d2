import { Component, Element, Event, EventEmitter, Host, Mixin, Prop, State, Watch, h } from '@stencil/core';
import type { Principle } from '../../data/types';
import { state } from '../../store';
import { connectMarks, disconnectMarks, syncMarks } from '../../utils/annotate';
import { ContentErrorDetail, ContentErrors, OwnContent } from '../../utils/content';
import { sectionProps } from '../../utils/section-props';
import { markedIndexes } from './principle-marks';
import { headingTag } from '../../utils/heading';
import { demoChrome, innerLevel, SectionIntro, sectionChrome } from '../../utils/section-intro';

/**
 * Engineering principles as cards: name, expansion, an optional tag, motto,
 * body and the "in practice" line. One column on a phone, a grid on wide screens (or one
 * column always with `layout="list"`). The motto of the card under the pointer
 * or keyboard focus is underlined with rough-notation (drawn without the
 * stroke animation under reduced motion).
 *
 * Each card is a focus stop (`tabindex="0"`, named by its heading): the mark
 * is the card's only hover affordance, and keyboard users get the same one.
 * One stop per card and no roving keys: a handful of cards, read in order.
 *
 * Section key `principles` (its own `content`: `principles` and `sections.principles`). The demo's
 * chrome: eyebrow "philosophy", heading "Engineering Principles", tagline and lead the seed's
 * ("I don't just write code…"); card names use the next heading level.
 *
 * @part intro - Eyebrow, heading, tagline and lead above the cards (see the chrome props).
 * @part eyebrow - The small line above the heading.
 * @part heading - The section heading.
 * @part tagline - The strong line under the heading.
 * @part lead - The short text under the heading.
 * @part list - The list of cards.
 * @part card - One principle card.
 * @part name - The principle's short name (KISS).
 * @part expansion - What the name stands for.
 * @part tag - The principle's short tag, when it has one (the demo's SOLID: "structured modules").
 * @part motto - The one-line motto (the marked text).
 * @part body - The explanation.
 * @part practice - The "in practice" block.
 * @part error - The panel that lists refused content.
 */
@Component({ tag: 'lbr-principle-cards', styleUrl: 'principle-cards.css', shadow: true })
export class LbrPrincipleCards extends Mixin(sectionProps) {
  @Element() el!: HTMLElement;

  // --- Properties ---

  /** `grid` (default): one column on narrow widths, a grid on wide ones. `list`: one column always. */
  @Prop({ reflect: true }) layout: 'grid' | 'list' = 'grid';

  /** Card under the pointer (its index). */
  @State() hovered?: number;

  /** Card holding keyboard focus (its index). */
  @State() focused?: number;

  /** Bumped when own content is accepted or refused, to render it. */
  @State() revision = 0;

  // --- Events ---

  /** The element's own `content` was refused. */
  @Event({ bubbles: true, composed: true }) lbrContentError!: EventEmitter<ContentErrorDetail>;

  private own = new OwnContent(['principles'], demoChrome('principles'));

  // --- Lifecycle ---

  connectedCallback() {
    connectMarks(this);
  }

  async componentWillLoad() {
    await this.contentChanged();
  }

  componentDidRender() {
    const mottos = this.el.shadowRoot?.querySelectorAll<HTMLElement>('.mark') ?? [];
    syncMarks(
      this,
      markedIndexes(mottos.length, this.hovered, this.focused).map(i => ({
        el: mottos[i],
        // currentColor: the stroke follows the theme's accent through CSS, no redraw on theme change.
        config: { type: 'underline', color: 'currentColor', strokeWidth: 2, padding: 2, multiline: true, iterations: 1 },
      })),
    );
  }

  disconnectedCallback() {
    disconnectMarks(this);
  }

  @Watch('content')
  protected async contentChanged() {
    await this.own.apply(this);
    this.revision++;
    this.hovered = this.focused = undefined;
  }

  // --- Private ---

  private get principles(): Principle[] {
    return this.own.section('principles');
  }

  render() {
    void state.contentVersion; // re-render when the page's content changes
    const chrome = sectionChrome('principles', this, this.own.doc);
    const Heading = headingTag(innerLevel(this.headingLevel, chrome)) as any;
    return (
      <Host>
        <div class="wrap">
          <SectionIntro chrome={chrome} level={this.headingLevel} />
          <ContentErrors errors={this.own.errors} />
          <ul class="cards" part="list" role="list">
            {this.principles.map((p, i) => {
              const nameId = `name-${i}`; // ids are scoped to this shadow root
              return (
                <li key={`${i}:${p.id}`}>
                  <article
                    class="card"
                    part="card"
                    tabindex="0"
                    aria-labelledby={nameId}
                    data-id={p.id}
                    onPointerEnter={() => (this.hovered = i)}
                    onPointerLeave={() => this.hovered === i && (this.hovered = undefined)}
                    onFocus={() => (this.focused = i)}
                    onBlur={() => this.focused === i && (this.focused = undefined)}
                  >
                    <Heading class="name" part="name" id={nameId}>
                      {p.name}
                    </Heading>
                    <p class="expansion" part="expansion">
                      {p.expansion}
                    </p>
                    {p.tag ? (
                      <p class="tag" part="tag">
                        {p.tag}
                      </p>
                    ) : null}
                    <p class="motto" part="motto">
                      <span class="mark">
                        {p.motto}
                      </span>
                    </p>
                    <p class="body" part="body">
                      {p.body}
                    </p>
                    {p.practice ? (
                      <div class="practice" part="practice">
                        <p class="eyebrow">in practice</p>
                        <p class="practice-text">{p.practice}</p>
                      </div>
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
