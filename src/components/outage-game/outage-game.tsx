import { Component, Element, Event, EventEmitter, Host, Listen, Method, Prop, State, Watch, h } from '@stencil/core';
import type { ContentDocument, Metrics, Outage, Outcome, Scenario } from '../../data/types';
import { appendLog, setGameMetrics, setHealth, state } from '../../store';
import { loadDemo } from '../../data/demo/load';
import { ContentErrorDetail, ContentErrors, OwnContent } from '../../utils/content';
import { Motion } from '../../utils/motion';
import * as engine from './engine';
import type { GameState, MoveResult } from './engine';
import { formatLatency, formatPoints, formatRate, formatThroughput, METRICS_MS, OUTCOME_LABEL, scoringLine, tweenMetrics } from './format';
import { Progress, ProgressStore } from './storage';
import { headingTag } from '../../utils/heading';
import { innerLevel, SectionIntro, sectionChrome } from '../../utils/section-intro';

/** `lbrGameAction` detail: `step` and `option` are 0-based indices. */
export interface GameActionDetail {
  scenarioId: string;
  step: number;
  option: number;
  outcome: Outcome;
  score: number;
}

export interface ScenarioResolvedDetail {
  scenarioId: string;
  /** Every step clean, no hint, no crash: the clean-fix bonus was scored. */
  clean: boolean;
  score: number;
}

export interface GameOverDetail {
  score: number;
  solved: number;
  crashes: number;
  best: number;
}

const LOG_LEVEL = { clean: 'info', ok: 'warn', crash: 'error' } as const;
/** Shown while the demo deck loads (the render then says so instead of "no scenarios"). */
const NO_DECK: Outage = { scenarios: [] };

/**
 * "Fix the Production Outage": an incident deck played one runbook step at a
 * time. Each choice moves the live metrics, scores on the scorecard and, on a
 * page with the rest of the kit, turns the affected services on the topology
 * map degraded/down and writes the action to the log stream. Keys 1–4 pick an
 * option while the game has focus; outcomes are announced politely.
 *
 * @part intro - Eyebrow, title, tagline and lead above the game (see the chrome props).
 * @part eyebrow - The small line above the title.
 * @part heading - The game's title.
 * @part tagline - The strong line under the title.
 * @part lead - The short text under the title.
 * @part scenario - The scenario card (number, title, symptom, objective).
 * @part metrics - The live metrics panel.
 * @part metric - One metric (latency, error rate, throughput).
 * @part health - The healthy / degraded badge.
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
export class LbrOutageGame {
  @Element() el!: HTMLElement;

  // --- Properties ---

  /** Colour theme: `dark` (default), `light`, or `auto` (follows the OS). */
  @Prop({ reflect: true }) theme: 'dark' | 'light' | 'auto' = 'dark';

  /** Own content document (object or JSON string); its `outage` wins over the page's store and the demo. */
  @Prop() content?: ContentDocument | string;

  /** Heading level of the game's title (1–6), to fit the host page's outline; panels use the next level. */
  @Prop() headingLevel: 1 | 2 | 3 | 4 | 5 | 6 = 2;

  /** Small line above the title; `""` hides it. Unset: the document's `sections.outage.eyebrow`, else "mini game". */
  @Prop() eyebrow?: string;

  /** The game's title; `""` hides it. Unset: the document's `sections.outage.heading`, else "Fix the Production Outage". */
  @Prop() heading?: string;

  /** A strong line under the title; `""` hides it. Unset: the document's `sections.outage.tagline`, else none. */
  @Prop() tagline?: string;

  /** Short text under the title; `""` hides it. Unset: the document's `sections.outage.lead`, else none. */
  @Prop() lead?: string;

  /** Deck order seed (a whole number or any text): the same seed deals the same order. Random when unset. */
  @Prop({ reflect: true }) seed?: string;

  /** The scenario every new game starts with: a scenario id, or its number in the deck (`32`). The rest stay shuffled. */
  @Prop({ reflect: true }) scenario?: string;

  @State() game?: GameState;
  /** Metrics as drawn right now (animating towards `game.metrics`). */
  @State() shown?: Metrics;
  @State() announcement = '';
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
  private own = new OwnContent();
  private store?: ProgressStore;
  private deck?: Outage;
  private stopTween?: () => void;
  /** Services this element marked unhealthy, so it can clear exactly those. */
  private marked: string[] = [];
  private focusAfterRender?: 'option' | 'next' | 'restart';
  private demoLoad?: Promise<void>;

  // --- Lifecycle ---

  connectedCallback() {
    this.motion = new Motion(this.el, () => this.showFinalMetrics());
    this.motion.connect();
    // Re-attached after a move in the DOM: put the running scenario back on the map.
    if (this.game) this.syncStore();
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
    const selector = target === 'option' ? 'button.option' : target === 'next' ? 'button.next' : 'button.restart';
    (root.querySelector(selector) as HTMLElement | null)?.focus();
  }

  disconnectedCallback() {
    this.motion.disconnect();
    this.stopTween = undefined;
    // A removed game no longer runs an incident: leave the map and metrics clean.
    this.clearMarks();
    if (state.game && this.game && state.game.scenarioId === this.current?.id) setGameMetrics(null);
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

  /** Applies option `index` (0-based) of the current runbook step, as clicking it would. */
  @Method()
  async choose(index: number): Promise<void> {
    if (this.game) this.move(engine.applyOption(this.game!, this.outage, index));
  }

  /** Shows the current step's hint (the hint penalty the first time). */
  @Method()
  async hint(): Promise<void> {
    if (this.game) this.move(engine.useHint(this.game!, this.outage));
  }

  /** Next scenario (skips an unresolved one); after the last one, the end-of-deck summary. */
  @Method()
  async next(): Promise<void> {
    if (!this.game || this.game.over) return;
    this.update(engine.nextScenario(this.game, this.outage.scenarios));
    if (this.game.over) {
      const { score, solved, crashes, best } = this.game;
      this.progress = this.store!.record({ games: 1, best });
      this.announce(`Deck complete. Score ${score}, ${solved} solved, ${crashes} crashes.`);
      this.focusAfterRender = 'restart';
      this.lbrGameOver.emit({ score, solved, crashes, best: this.progress.best });
    } else {
      this.announce(`Scenario #${engine.scenarioNumber(this.game)}: ${this.current!.title}.`);
    }
  }

  /** A new game: a fresh deal (the same order when `seed` is set), best score kept. */
  @Method()
  async restart(): Promise<void> {
    this.startGame();
    this.announce(`New game. Scenario #${engine.scenarioNumber(this.game!)}: ${this.current?.title ?? ''}.`);
  }

  /** The game as a JSON string (to save, share or replay). */
  @Method()
  async serialize(): Promise<string> {
    return engine.serialize(this.game!);
  }

  /** Continues a game from `serialize()`. Returns false (and changes nothing) when it does not fit the deck. */
  @Method()
  async restore(saved: string): Promise<boolean> {
    const game = engine.deserialize(saved, this.outage.scenarios);
    if (!game) return false;
    this.clearMarks();
    this.update({ ...game, best: Math.max(game.best, this.progress?.best ?? 0) });
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

  private startGame() {
    const deck = this.outage.scenarios;
    const seed = engine.parseSeed(this.seed) ?? engine.randomSeed();
    const first = engine.findScenario(deck, this.scenario);
    this.clearMarks();
    this.update(engine.newGame(deck, { seed, first: first >= 0 ? first : undefined, best: this.progress?.best ?? 0 }));
    this.showFinalMetrics();
  }

  /** Renders a move's outcome: events, store, storage, announcement, focus. */
  private move({ state: next, result }: { state: GameState; result: MoveResult }) {
    if (result.kind === 'none') return;
    const scenario = this.current!;
    const scoring = engine.scoringOf(this.outage);
    this.update(next);
    if (result.kind === 'hint') {
      if (result.charged) this.progress = this.store!.record({ hintsUsed: 1, best: next.best });
      this.announce(`Hint${result.charged ? ` (${formatPoints(scoring.hint)})` : ''}: ${result.hint}`);
      return;
    }
    const { option } = result;
    appendLog(option.log, LOG_LEVEL[option.outcome], 'outage-game');
    this.lbrGameAction.emit({ scenarioId: scenario.id, step: result.step, option: result.optionIndex, outcome: option.outcome, score: next.score });
    const steps = scenario.steps.length;
    if (option.outcome === 'crash') {
      this.progress = this.store!.record({ crashes: 1, best: next.best });
      this.announce(`Crash: ${option.label}. ${formatPoints(scoring.crash)} points. Try step ${next.step + 1} again.`);
    } else if (result.resolved) {
      this.progress = this.store!.record({ solved: 1, cleanFixes: next.clean ? 1 : 0, best: next.best });
      this.announce(
        `${option.outcome === 'clean' ? 'Clean' : 'Works, not clean'}: ${option.label}. Scenario resolved` +
          (next.clean ? `, clean fix bonus ${formatPoints(result.bonus)}.` : '.') +
          ` Score ${next.score}.`,
      );
      this.focusAfterRender = this.hasFocus() ? 'next' : undefined;
      this.lbrScenarioResolved.emit({ scenarioId: scenario.id, clean: next.clean, score: next.score });
    } else {
      this.announce(`${option.outcome === 'clean' ? 'Clean' : 'Works, not clean'}: ${option.label}. Runbook step ${next.step + 1} of ${steps}.`);
      this.focusAfterRender = this.hasFocus() ? 'option' : undefined;
    }
  }

  /** New state in; metrics animate to it and the store follows. */
  private update(next: GameState) {
    const from = this.shown ?? next.metrics;
    this.game = next;
    this.syncStore();
    this.stopTween?.();
    const to = next.metrics;
    this.stopTween = this.motion?.play(METRICS_MS, elapsed => (this.shown = tweenMetrics(from, to, elapsed)));
  }

  private showFinalMetrics() {
    this.stopTween?.();
    this.stopTween = undefined;
    if (this.game) this.shown = this.game.metrics;
  }

  /** While a scenario runs, the page's store shows its metrics and the health of what it affects. */
  private syncStore() {
    const game = this.game;
    const scenario = this.current;
    if (!game || !scenario || game.over) {
      this.clearMarks();
      if (game?.over) setGameMetrics(null);
      return;
    }
    setGameMetrics({ scenarioId: scenario.id, title: scenario.title, ...game.metrics });
    const affects = scenario.affects ?? [];
    const health = engine.serviceHealth(game);
    if (health === 'ok') {
      this.clearMarks();
    } else {
      const stale = this.marked.filter(id => !affects.includes(id));
      if (stale.length) setHealth(stale, 'ok');
      setHealth(affects, health);
      this.marked = [...affects];
    }
  }

  private clearMarks() {
    if (this.marked.length) setHealth(this.marked, 'ok');
    this.marked = [];
  }

  private announce(text: string) {
    // Same text twice (two crashes in a row) must still be read: vary it invisibly.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private hasFocus(): boolean {
    return !!this.el.shadowRoot?.activeElement;
  }

  render() {
    const outage = this.outage;
    const game = this.game;
    const scenario = this.current;
    const scoring = engine.scoringOf(outage);
    const total = outage.scenarios.length;
    const chrome = sectionChrome('outage', this, this.own.doc);
    const Sub = headingTag(innerLevel(this.headingLevel, chrome)) as any;
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
            <p class="empty">{outage === NO_DECK ? "Loading the incident deck…" : "No scenarios in this deck."}</p>
          ) : game.over ? (
            this.renderSummary(game, total, Sub)
          ) : (
            <div class="board">
              <div class="main">
                {this.renderScenario(game, scenario, total, Sub)}
                {this.renderMetrics(game)}
                {this.renderRunbook(game, scenario, scoring.hint)}
              </div>
              <div class="side">
                {this.renderScorecard(game, scoring, Sub)}
                {this.renderApplied(game, scenario, Sub)}
              </div>
            </div>
          )}
          {game && !game.over && scenario ? (
            <div class="controls" part="controls">
              <button type="button" class="next" onClick={() => this.next()}>
                {game.resolved ? (game.position + 1 >= game.order.length ? 'finish deck' : 'next scenario') : 'skip scenario'}
              </button>
              <button type="button" class="restart" onClick={() => this.restart()}>
                restart
              </button>
              <span class="seed">deck seed {game.seed}</span>
            </div>
          ) : null}
          <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {this.announcement}
          </p>
        </div>
      </Host>
    );
  }

  private renderScenario(game: GameState, scenario: Scenario, total: number, Sub: any) {
    return (
      <article class="scenario" part="scenario" aria-labelledby="scenario-title">
        <p class="eyebrow">
          scenario #{engine.scenarioNumber(game)} <span class="of">of {total}</span>
        </p>
        <Sub class="scenario-title" id="scenario-title">
          {scenario.title}
        </Sub>
        <p class="symptom">{scenario.symptom}</p>
        <p class="objective">
          <span class="label">Objective:</span> {scenario.objective}
        </p>
      </article>
    );
  }

  private renderMetrics(game: GameState) {
    const shown = this.shown ?? game.metrics;
    const health = engine.metricsHealth(game.metrics);
    const worse = (key: 'latencyMs' | 'errorRate') => (key === 'latencyMs' ? game.metrics.latencyMs > engine.HEALTHY_LATENCY_MS : game.metrics.errorRate > engine.HEALTHY_ERROR_RATE);
    const rows: [string, string, string, boolean][] = [
      ['latency', formatLatency(shown.latencyMs), formatLatency(game.metrics.latencyMs), worse('latencyMs')],
      ['error rate', formatRate(shown.errorRate), formatRate(game.metrics.errorRate), worse('errorRate')],
      ['throughput', formatThroughput(shown.throughputRps), formatThroughput(game.metrics.throughputRps), false],
    ];
    return (
      <section class="metrics" part="metrics" aria-label="live metrics">
        <div class="metrics-head">
          <span class="eyebrow">live metrics</span>
          <span class={{ health: true, [health]: true }} part="health">
            {health}
          </span>
        </div>
        <dl>
          {rows.map(([label, now, final, bad]) => (
            <div class={{ metric: true, bad }} part="metric">
              <dt>{label}</dt>
              <dd>
                <span class="value" aria-hidden="true">
                  {now}
                </span>
                <span class="visually-hidden">{final}</span>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    );
  }

  private renderRunbook(game: GameState, scenario: Scenario, hintCost: number) {
    const steps = scenario.steps.length;
    if (game.resolved) {
      return (
        <section class="runbook resolved" part="runbook" aria-label="runbook">
          <p class="step-line">
            runbook complete: {steps}/{steps} steps applied
          </p>
          <p class="verdict">{game.clean ? 'Clean fix: every step was the safest move.' : 'Resolved, but not a clean fix.'}</p>
        </section>
      );
    }
    const step = scenario.steps[game.step];
    const key = `${game.position}-${game.step}`;
    return (
      <section class="runbook" part="runbook" aria-labelledby="step-line step-prompt">
        <p class="step-line" id="step-line">
          runbook step {game.step + 1}/{steps}: choose the safest next action
        </p>
        <p class="prompt" id="step-prompt">
          {step.prompt}
        </p>
        <ol class="options" role="list">
          {step.options.map((option, i) => (
            <li key={`${key}-${i}`}>
              <button type="button" class="option" part="option" onClick={() => this.choose(i)} aria-keyshortcuts={i < 4 ? String(i + 1) : undefined}>
                <kbd aria-hidden="true">{i + 1}</kbd>
                <span>{option.label}</span>
              </button>
            </li>
          ))}
        </ol>
        <div class="hint-row">
          <button type="button" class="hint" part="hint" onClick={() => this.hint()} aria-expanded={game.hintShown ? 'true' : 'false'} aria-controls="hint-text">
            {game.hintShown ? 'hint' : `hint (${formatPoints(hintCost)})`}
          </button>
          <p class="hint-text" id="hint-text" hidden={!game.hintShown}>
            {game.hintShown ? step.hint : ''}
          </p>
        </div>
      </section>
    );
  }

  private renderApplied(game: GameState, scenario: Scenario, Sub: any) {
    return (
      <section class="applied" part="applied" aria-labelledby="applied-title">
        <Sub class="eyebrow" id="applied-title">
          applied runbook
        </Sub>
        {game.applied.length ? (
          <ol>
            {game.applied.map(a => (
              <li class={a.outcome}>
                <span class="tag">{OUTCOME_LABEL[a.outcome]}</span>
                <span class="what">
                  step {a.step + 1}: {a.label}
                </span>
                <span class="log">{scenario.steps[a.step]?.options[a.option]?.log}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p class="none">no actions applied yet</p>
        )}
      </section>
    );
  }

  private renderScorecard(game: GameState, scoring: ReturnType<typeof engine.scoringOf>, Sub: any) {
    const best = Math.max(game.best, this.progress?.best ?? 0);
    const rows: [string, number][] = [
      ['solved', game.solved],
      ['crashes', game.crashes],
      ['streak', game.streak],
      ['best', best],
      ['hints used', game.hintsUsed],
    ];
    return (
      <section class="scorecard" part="scorecard" aria-labelledby="scorecard-title">
        <Sub class="eyebrow" id="scorecard-title">
          incident scorecard
        </Sub>
        <p class="score">
          <span class="score-label">score</span> <span class="score-value">{game.score}</span>
        </p>
        <p class="rules">{scoringLine(scoring)}</p>
        <dl class="tallies">
          {rows.map(([label, value]) => (
            <div class="tally">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    );
  }

  private renderSummary(game: GameState, total: number, Sub: any) {
    const p = this.progress;
    return (
      <section class="summary" part="summary" aria-labelledby="summary-title">
        <Sub class="scenario-title" id="summary-title">
          Deck complete
        </Sub>
        <p class="score">
          <span class="score-label">final score</span> <span class="score-value">{game.score}</span>
        </p>
        <dl class="tallies">
          <div class="tally">
            <dt>solved</dt>
            <dd>
              {game.solved} of {total}
            </dd>
          </div>
          <div class="tally">
            <dt>clean fixes</dt>
            <dd>{game.cleanFixes}</dd>
          </div>
          <div class="tally">
            <dt>crashes</dt>
            <dd>{game.crashes}</dd>
          </div>
          <div class="tally">
            <dt>hints used</dt>
            <dd>{game.hintsUsed}</dd>
          </div>
          <div class="tally">
            <dt>best</dt>
            <dd>{Math.max(game.best, p?.best ?? 0)}</dd>
          </div>
        </dl>
        {p ? (
          <p class="lifetime">
            lifetime: {p.games} deck{p.games === 1 ? '' : 's'} finished, {p.solved} solved, {p.cleanFixes} clean fix{p.cleanFixes === 1 ? '' : 'es'}, {p.crashes} crash{p.crashes === 1 ? '' : 'es'}
          </p>
        ) : null}
        <button type="button" class="restart" onClick={() => this.restart()}>
          play again
        </button>
      </section>
    );
  }
}
