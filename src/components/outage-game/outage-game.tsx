import { Component, Element, Event, EventEmitter, Host, Listen, Method, Mixin, Prop, State, Watch, h } from '@stencil/core';
import type { Metrics, Outage, Scenario } from '../../data/types';
import { appendLog, setGameMetrics, setHealth, state } from '../../store';
import { loadDemo } from '../../data/demo/load';
import { LiveStatus, Speaker } from '../../utils/live-status';
import { ContentErrorDetail, ContentErrors, OwnContent } from '../../utils/content';
import { headingTag } from '../../utils/heading';
import { Motion } from '../../utils/motion';
import { demoChrome, innerLevel, SectionIntro, sectionChrome } from '../../utils/section-intro';
import { sectionProps } from '../../utils/section-props';
import * as engine from './engine';
import type { GameState, MoveResult } from './engine';
import { METRICS_MS, scoringLine, tweenMetrics } from './format';
import { actionLine, gameMetricsOf, GameLine, Incident, incidentOf, LOG_SOURCE, Marks, tell } from './health';
import type { GameActionDetail, GameOverDetail, ScenarioResolvedDetail } from './interfaces';
import { actionMessage, dealtMessage, deckCompleteMessage, hintMessage } from './messages';
import { AppliedRunbook, MetricsPanel, Runbook, ScenarioCard, Scorecard, Summary } from './panels';
import { Progress, ProgressStore } from './storage';
import { CSS } from './resources';
import { scorecardTallies, summaryTallies } from './tallies';

/** Some of the host shows in the window (focus moves scroll to the game only then). */
const inView = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight;
};

/** Shown while the demo deck loads (the render then says so instead of "no scenarios"). */
const NO_DECK: Outage = { scenarios: [] };

/**
 * "Fix the Production Outage": an incident deck played one runbook step at a
 * time. Each choice moves the live metrics, scores on the scorecard and, on a
 * page with the rest of the kit, turns the affected services on the topology
 * map degraded/down and writes the action to the log stream. The badge, the
 * map and the log always state the same health (one rule: see the readme).
 * Keys 1–4 pick an option while the game has focus; outcomes are announced politely.
 *
 * Section key `outage` (its own `content`: `outage` and `sections.outage`). The demo's chrome:
 * eyebrow "mini game", heading (the game's title) "Fix the Production Outage"; panels use the next
 * heading level.
 *
 * @part intro - Eyebrow, title, tagline and lead above the game (see the chrome props).
 * @part eyebrow - The small line above the title.
 * @part heading - The game's title.
 * @part tagline - The strong line under the title.
 * @part lead - The short text under the title.
 * @part scenario - The scenario card (number, title, symptom, objective).
 * @part metrics - The live metrics panel.
 * @part metric - One metric (latency, error rate, throughput).
 * @part health - The health badge: healthy, degraded or down (`data-health`: ok, degraded, down), as the map and the log state it.
 * @part runbook - The current runbook step, its prompt and options.
 * @part option - One option button.
 * @part hint - The hint button.
 * @part applied - The applied-runbook list.
 * @part scorecard - The incident scorecard.
 * @part controls - The next-scenario and restart buttons.
 * @part summary - The end-of-deck summary.
 * @part error - The panel that lists refused content.
 */
@Component({ tag: 'lbr-outage-game', styleUrl: 'outage-game.css', shadow: true })
export class LbrOutageGame extends Mixin(sectionProps) {
  @Element() el!: HTMLElement;

  // --- Properties ---

  /** Deck order seed (a whole number or any text): the same seed deals the same order. Random when unset (server-rendered: fixed by the deck, so the browser deals the game the server drew). */
  @Prop({ reflect: true }) seed?: string;

  /** The scenario every new game starts with: a scenario id, or its number in the deck (`32`). The rest stay shuffled. */
  @Prop({ reflect: true }) scenario?: string;

  @State() game?: GameState;
  /** Metrics as drawn right now (animating towards `game.metrics`). */
  @State() shown?: Metrics;
  @State() announcement = '';
  private announcer = new Speaker(t => (this.announcement = t));
  @State() progress?: Progress;
  /** The built-in 40-scenario deck, loaded only when no content gives a deck of its own. */
  @State() demoDeck?: Outage;

  // --- Events ---

  /** An option was applied. `step`/`option` are 0-based; `score` is the score after it. */
  @Event({ bubbles: true, composed: true }) lbrGameAction!: EventEmitter<GameActionDetail>;

  /** The last runbook step of a scenario was applied. */
  @Event({ bubbles: true, composed: true }) lbrScenarioResolved!: EventEmitter<ScenarioResolvedDetail>;

  /** The deck is finished (the end-of-deck summary shows). */
  @Event({ bubbles: true, composed: true }) lbrGameOver!: EventEmitter<GameOverDetail>;

  /** The element's own `content` was refused. */
  @Event({ bubbles: true, composed: true }) lbrContentError!: EventEmitter<ContentErrorDetail>;

  private motion!: Motion;
  private own = new OwnContent([], demoChrome('outage'));
  private store?: ProgressStore;
  private deck?: Outage;
  private stopTween?: () => void;
  /** What the page was last told (health.ts): the running incident and the marks written for it. */
  private told: { incident: Incident | null; marks: Marks } = { incident: null, marks: {} };
  private focusAfterRender?: 'option' | 'next' | 'restart';
  private demoLoad?: Promise<void>;

  // --- Lifecycle ---

  connectedCallback() {
    this.motion = new Motion(this.el, () => this.showFinalMetrics());
    this.motion.connect();
    // Re-attached after a move in the DOM: put the running incident back on the map (not a game event: no log lines).
    if (this.game) this.tellPage({ log: false });
  }

  async componentWillLoad() {
    this.store = new ProgressStore();
    this.progress = this.store.get();
    await this.contentChanged();
    // Awaited so the first render already shows a scenario (no layout shift).
    if (!this.userDeck) await this.loadDemoDeck();
  }

  componentWillRender() {
    if (!this.userDeck && !this.demoDeck) void this.loadDemoDeck();
    // The deck can change at any time (own content, <lbr-runtime>, setContent): deal it afresh.
    const deck = this.outage;
    if (deck !== this.deck) {
      this.deck = deck;
      this.startGame();
    }
  }

  componentDidRender() {
    const target = this.focusAfterRender;
    this.focusAfterRender = undefined;
    const root = this.el.shadowRoot;
    if (!target || !root) return;
    // A reader still at the game sees the focused button; one who scrolled away meanwhile is not pulled back.
    (root.querySelector(`button.${CSS[target]}`) as HTMLElement | null)?.focus({ preventScroll: !inView(this.el) });
  }

  disconnectedCallback() {
    this.motion.disconnect();
    this.stopTween = undefined;
    // A removed game no longer runs an incident: its marks and metrics leave the page with it.
    this.tellPage({ log: false });
  }

  @Watch('content')
  protected async contentChanged() {
    await this.own.apply(this);
  }

  @Watch('seed')
  @Watch('scenario')
  protected dealAgain() {
    if (this.deck) this.startGame();
  }

  @Listen('keydown')
  protected onKey(ev: KeyboardEvent) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || ev.defaultPrevented) return;
    const n = Number(ev.key);
    if (!Number.isInteger(n) || n < 1 || n > 4) return;
    const step = this.current?.steps[this.game?.step ?? 0];
    if (!step || !this.game || this.game.resolved || this.game.over || n > step.options.length) return;
    ev.preventDefault();
    void this.choose(n - 1);
  }

  // --- Methods ---

  /**
   * Applies an option of the current runbook step, as clicking it would.
   * @param index The option's position (0-based). */
  @Method()
  async choose(index: number): Promise<void> {
    if (this.game) this.move(engine.applyOption(this.game, this.outage, index));
  }

  /** Shows the current step's hint (the hint penalty the first time). */
  @Method()
  async hint(): Promise<void> {
    if (this.game) this.move(engine.useHint(this.game, this.outage));
  }

  /** Next scenario (skips an unresolved one); after the last one, the end-of-deck summary. */
  @Method()
  async next(): Promise<void> {
    if (!this.game || this.game.over) return;
    this.update(engine.nextScenario(this.game, this.outage.scenarios));
    const incident = this.incident;
    if (this.game.over) {
      const { score, solved, crashes, best } = this.game;
      this.progress = this.store!.record({ games: 1, best });
      this.announcer.say(deckCompleteMessage(this.game));
      this.focusAfterRender = 'restart';
      this.lbrGameOver.emit({ score, solved, crashes, best: this.progress.best });
    } else if (incident) {
      this.announcer.say(dealtMessage(incident));
    }
  }

  /** A new game: a fresh deal (the same order when `seed` is set), best score kept. */
  @Method()
  async restart(): Promise<void> {
    this.startGame();
    const incident = this.incident;
    if (incident) this.announcer.say(dealtMessage(incident, true));
  }

  /** The game as a JSON string (to save, share or replay). */
  @Method()
  async serialize(): Promise<string> {
    return engine.serialize(this.game!);
  }

  /**
   * Continues a saved game. Returns false (and changes nothing) when it does not fit the deck.
   * @param saved What `serialize()` returned. */
  @Method()
  async restore(saved: string): Promise<boolean> {
    const game = engine.deserialize(saved, this.outage.scenarios);
    if (!game) return false;
    this.update({ ...game, best: Math.max(game.best, this.progress?.best ?? 0) }, { fresh: true });
    this.showFinalMetrics();
    return true;
  }

  // --- Private ---

  /** The deck from own content or the page's store, if any. */
  private get userDeck(): Outage | undefined {
    return this.own.doc?.outage ?? state.content.outage;
  }

  private get outage(): Outage {
    return this.userDeck ?? this.demoDeck ?? NO_DECK;
  }

  /**
   * The demo deck is ~115 kB of text (28 kB gzip): its own chunk, so a page
   * with its own deck never downloads it.
   */
  private loadDemoDeck(): Promise<void> {
    return (this.demoLoad ??= loadDemo('outage').then(deck => {
      this.demoDeck = deck;
    }));
  }

  private get current(): Scenario | undefined {
    return this.game ? engine.currentScenario(this.game, this.outage.scenarios) : undefined;
  }

  /** The running incident and its health (health.ts): what the badge, the map and the log say. */
  private get incident(): Incident | null {
    return incidentOf(this.game, this.outage.scenarios);
  }

  private startGame() {
    const deck = this.outage.scenarios;
    // The browser takes a server-drawn game over as dealt there (engine.serverDeal); later deals shuffle.
    const dealt = this.game ? undefined : this.motion.drawnByServer ? engine.serverDeal(deck) : undefined;
    const seed = engine.parseSeed(this.seed) ?? dealt?.seed ?? engine.randomSeed();
    const wanted = engine.findScenario(deck, this.scenario);
    const first = wanted >= 0 ? wanted : dealt?.first;
    this.update(engine.newGame(deck, { seed, first, best: this.progress?.best ?? 0 }), { fresh: true });
    this.showFinalMetrics();
  }

  /** Renders a move's outcome: page, events, storage, announcement, focus. */
  private move({ state: next, result }: { state: GameState; result: MoveResult }) {
    if (result.kind === 'none') return;
    const scenario = this.current!;
    const scoring = engine.scoringOf(this.outage);
    if (result.kind === 'hint') {
      this.update(next);
      if (result.charged) this.progress = this.store!.record({ hintsUsed: 1, best: next.best });
      this.announcer.say(hintMessage(result.hint, result.charged, scoring.hint));
      return;
    }
    const { option } = result;
    const before = this.incident;
    this.update(next, { lines: [actionLine(option)] });
    this.lbrGameAction.emit({ scenarioId: scenario.id, step: result.step, option: result.optionIndex, outcome: option.outcome, score: next.score });
    this.announcer.say(actionMessage({ option, game: next, steps: scenario.steps.length, scoring, bonus: result.bonus, before, after: this.incident }));
    if (option.outcome === 'crash') {
      this.progress = this.store!.record({ crashes: 1, best: next.best });
    } else if (result.resolved) {
      this.progress = this.store!.record({ solved: 1, cleanFixes: next.clean ? 1 : 0, best: next.best });
      this.focusAfterRender = this.hasFocus() ? 'next' : undefined;
      this.lbrScenarioResolved.emit({ scenarioId: scenario.id, clean: next.clean, score: next.score });
    } else {
      this.focusAfterRender = this.hasFocus() ? 'option' : undefined;
    }
  }

  /** New state in; the page is told, metrics animate to it. */
  private update(next: GameState, opts: { fresh?: boolean; lines?: GameLine[] } = {}) {
    const from = this.shown ?? next.metrics;
    this.game = next;
    this.tellPage(opts);
    this.stopTween?.();
    const to = next.metrics;
    this.stopTween = this.motion?.play(METRICS_MS, elapsed => (this.shown = tweenMetrics(from, to, elapsed)));
  }

  /**
   * The one place the game writes to the page: health marks, game metrics and
   * log lines, all as health.ts derives them from the running incident (none
   * while the element is detached). `lines` go first (an action's own line).
   */
  private tellPage(opts: { fresh?: boolean; log?: boolean; lines?: GameLine[] } = {}) {
    const prev = this.told.incident;
    const incident = this.el.isConnected ? this.incident : null;
    const told = tell(this.told, incident, opts);
    for (const [ids, health] of told.changes) setHealth(ids, health);
    for (const line of [...(opts.lines ?? []), ...told.lines]) appendLog(line.text, line.level, LOG_SOURCE);
    // Another game on the page may own the metrics by now: clear only ours.
    if (incident) setGameMetrics(gameMetricsOf(incident));
    else if (prev && state.game?.scenarioId === prev.scenarioId) setGameMetrics(null);
    this.told = { incident, marks: told.marks };
  }

  private showFinalMetrics() {
    this.stopTween?.();
    this.stopTween = undefined;
    if (this.game) this.shown = this.game.metrics;
  }

  private hasFocus(): boolean {
    return !!this.el.shadowRoot?.activeElement;
  }

  render() {
    const outage = this.outage;
    const { game, progress } = this;
    const scenario = this.current;
    const scoring = engine.scoringOf(outage);
    const total = outage.scenarios.length;
    const chrome = sectionChrome('outage', this, this.own.doc);
    const Sub = headingTag(innerLevel(this.headingLevel, chrome)) as any;
    const health = this.incident?.health ?? 'ok';
    return (
      <Host>
        <div class="game">
          <ContentErrors errors={this.own.errors} />
          <header class="head">
            <SectionIntro chrome={chrome} level={this.headingLevel} />
            <p class="deck">
              incident deck: {total} scenario{total === 1 ? '' : 's'}
            </p>
          </header>
          {!game || !scenario ? (
            <p class="empty">{outage === NO_DECK ? 'Loading the incident deck…' : 'No scenarios in this deck.'}</p>
          ) : game.over ? (
            <Summary score={game.score} rows={summaryTallies(game, total, progress)} progress={progress} onRestart={() => this.restart()} Sub={Sub} />
          ) : (
            <div class="board">
              <div class="main">
                <ScenarioCard game={game} scenario={scenario} total={total} Sub={Sub} />
                <MetricsPanel shown={this.shown ?? game.metrics} final={game.metrics} health={health} />
                <Runbook game={game} scenario={scenario} hintCost={scoring.hint} onChoose={i => this.choose(i)} onHint={() => this.hint()} />
              </div>
              <div class="side">
                <Scorecard score={game.score} rules={scoringLine(scoring)} rows={scorecardTallies(game, progress)} Sub={Sub} />
                <AppliedRunbook game={game} scenario={scenario} Sub={Sub} />
              </div>
            </div>
          )}
          {game && !game.over && scenario ? (
            <div class="controls" part="controls">
              <button type="button" class={CSS.next} onClick={() => this.next()}>
                {game.resolved ? (game.position + 1 >= game.order.length ? 'finish deck' : 'next scenario') : 'skip scenario'}
              </button>
              <button type="button" class={CSS.restart} onClick={() => this.restart()}>
                restart
              </button>
              <span class="seed">deck seed {game.seed}</span>
            </div>
          ) : null}
          <LiveStatus text={this.announcement} />
        </div>
      </Host>
    );
  }
}
