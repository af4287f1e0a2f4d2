import { Component, Element, Event, EventEmitter, Host, Method, Mixin, State, Watch, h } from '@stencil/core';
import { setBoot, state } from '../../store';
import { ContentErrorDetail, ContentErrors, OwnContent } from '../../utils/content';
import { Motion } from '../../utils/motion';
import { LiveStatus } from '../../utils/live-status';
import { sectionProps } from '../../utils/section-props';
import { BootFrame, formatStat, planBoot } from './boot-timeline';
import { CSS } from './resources';
import { headingTag } from '../../utils/heading';
import { demoChrome, SectionIntro, sectionChrome } from '../../utils/section-intro';

/**
 * The boot sequence: types the profile's boot lines like a terminal, flips the
 * status to ONLINE and counts each stat up to its value. Screen readers get
 * the final text once, never the typing.
 *
 * Section key `profile` (its own `content`: `profile` and `sections.profile`). Here `heading` is the
 * terminal's title bar (demo: "system.boot"); the name is the section's heading, at `heading-level`,
 * with the eyebrow above it and the tagline and lead under the summary.
 *
 * @part terminal - The terminal panel.
 * @part bar-title - The terminal's title bar text (the `heading` chrome).
 * @part eyebrow - The small line above the name.
 * @part intro - Tagline and lead under the summary (see the chrome props).
 * @part tagline - The strong line under the summary.
 * @part lead - The short text under the summary.
 * @part status - The BOOTING / ONLINE badge.
 * @part line - One typed boot line.
 * @part identity - Name, title and summary.
 * @part stats - The list of stats.
 * @part stat - One stat (label and value).
 * @part replay - The replay button.
 * @part error - The panel that lists refused content.
 */
@Component({ tag: 'lbr-system-boot', styleUrl: 'system-boot.css', shadow: true })
export class LbrSystemBoot extends Mixin(sectionProps) {
  @Element() el!: HTMLElement;

  @State() frame?: BootFrame;

  // --- Events ---

  /** The boot sequence finished (also under reduced motion). */
  @Event({ bubbles: true, composed: true }) lbrBootComplete!: EventEmitter<Record<string, never>>;

  /** The element's own `content` was refused. */
  @Event({ bubbles: true, composed: true }) lbrContentError!: EventEmitter<ContentErrorDetail>;

  private motion!: Motion;
  private own = new OwnContent(['profile'], demoChrome('profile'));
  private stop?: () => void;
  private seenVersion = state.contentVersion;
  private loaded = false;

  // --- Lifecycle ---

  connectedCallback() {
    // Reduced motion switched on mid-boot: jump to the final state (no second boot).
    this.motion = new Motion(this.el, () => this.frame?.done || this.replay());
    this.motion.connect();
    // Moved in the DOM mid-boot: the disconnect stopped the typing; boot again.
    if (this.loaded && !this.frame?.done) void this.replay();
  }

  async componentWillLoad() {
    await this.contentChanged();
    this.loaded = true;
    // The content this boot shows is the page's as of now: no second boot at the first render.
    this.seenVersion = state.contentVersion;
    this.boot(true);
  }

  componentWillRender() {
    // The page's content can change at any time (lbr-runtime, setContent): boot the new profile.
    if (state.contentVersion !== this.seenVersion) {
      this.seenVersion = state.contentVersion;
      if (this.loaded) void this.replay();
    }
  }

  disconnectedCallback() {
    this.motion.disconnect();
  }

  @Watch('content')
  protected async contentChanged() {
    if ((await this.own.apply(this)) && this.loaded) void this.replay();
  }

  // --- Methods ---

  /** Plays the boot sequence again from the start (final state at once under reduced motion). */
  @Method()
  async replay(): Promise<void> {
    this.boot(false);
  }

  // --- Private ---

  /** Boots from the start; the first boot is the intro (over already in markup the server drew). */
  private boot(intro: boolean) {
    this.stop?.();
    const plan = planBoot(this.profile);
    setBoot('booting');
    this.stop = this.motion[intro ? 'intro' : 'play'](
      plan.duration,
      elapsed => (this.frame = plan.frame(elapsed)),
      () => {
        setBoot('online');
        this.lbrBootComplete.emit({});
      },
    );
  }

  private get profile() {
    return this.own.section('profile');
  }

  render() {
    const profile = this.profile;
    const frame = this.frame ?? planBoot(profile).frame(0);
    const Heading = headingTag(this.headingLevel) as any;
    // The profile's chrome has no section heading: the name is the heading.
    const chrome = sectionChrome('profile', this, this.own.doc);
    return (
      <Host>
        <ContentErrors errors={this.own.errors} />
        <section class="boot" aria-label="System boot">
          <div class="terminal" part="terminal">
            <div class="bar">
              <span class="title" part="bar-title">
                {chrome.heading}
              </span>
              <span class={{ [CSS.status]: true, [CSS.online]: frame.online }} part="status">
                {frame.online ? 'ONLINE' : 'BOOTING'}
              </span>
            </div>
            <ol class={CSS.lines} aria-hidden="true">
              {profile.bootLines.map((full, i) => {
                const typed = frame.lines[i];
                // The full line sits hidden under the typed text in the same grid cell:
                // every line's final size is taken from the start, so typing never moves the page.
                return (
                  <li part="line" class={{ started: typed !== undefined, typing: i === frame.typing }}>
                    <span class="prompt">&gt;</span>
                    <span class="cell">
                      <span class="ghost">{full}</span>
                      <span class={CSS.typed}>
                        <span class="text">{typed ?? ''}</span>
                      </span>
                    </span>
                  </li>
                );
              })}
            </ol>
            <ol class={`visually-hidden ${CSS.fullLines}`}>
              {profile.bootLines.map(line => (
                <li>{line}</li>
              ))}
            </ol>
            <LiveStatus text={frame.done ? 'System online' : ''} />
          </div>
          <div class="identity" part="identity">
            {chrome.eyebrow ? (
              <p class="eyebrow" part="eyebrow">
                {chrome.eyebrow}
              </p>
            ) : null}
            <Heading class="name">{profile.name}</Heading>
            {profile.title ? <p class="role">{profile.title}</p> : null}
            {profile.summary ? <p class="summary">{profile.summary}</p> : null}
            <SectionIntro chrome={chrome} level={this.headingLevel} omit={['eyebrow', 'heading']} />
          </div>
          {profile.stats.length ? (
            <dl class="stats" part="stats">
              {profile.stats.map((stat, i) => (
                <div class={CSS.stat} part="stat">
                  <dt>{stat.label}</dt>
                  <dd>
                    <span aria-hidden="true">{formatStat(frame.stats[i] ?? 0, stat)}</span>
                    <span class="visually-hidden">{formatStat(stat.value, stat)}</span>
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
          <button type="button" class="replay" part="replay" onClick={() => this.replay()}>
            Replay boot
          </button>
        </section>
      </Host>
    );
  }
}
