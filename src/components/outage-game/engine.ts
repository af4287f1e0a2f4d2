/**
 * The outage game's rules as pure functions over a plain state object: no DOM,
 * no timers, no store. Every move returns a new state plus what happened, so
 * the element only renders the state and forwards the result (events, store,
 * live region). A game is a pure function of (deck, seed, moves): replayable.
 *
 * Rules:
 * - clean option: metrics move by its effect, the runbook advances;
 * - ok option: the same, but the scenario can no longer earn the clean-fix bonus;
 * - crash option: the crash penalty, one more crash, metrics get worse, the
 *   step stays so the player tries again (and the bonus is lost);
 * - hint: the hint penalty, once per step (showing it again is free);
 * - last step done: the scenario is resolved and counted solved; every step
 *   clean with no hint and no crash adds the clean-fix bonus and extends the
 *   streak, anything else resets the streak to 0;
 * - next scenario before resolving skips it (not solved, streak reset);
 * - best is the highest score seen (across games, when the element persists it).
 */
import type { Metrics, Outage, OutageOption, Outcome, Scenario, Scoring } from '../../data/types';

export const DEFAULT_SCORING: Scoring = { cleanFix: 75, hint: -25, crash: -50 };

/** Healthy when both hold (the seed's "healthy" state). */
export const HEALTHY_LATENCY_MS = 250;
export const HEALTHY_ERROR_RATE = 0.02;
/** From this error rate the affected services count as down, not degraded. */
export const DOWN_ERROR_RATE = 0.25;

/** Applied when a crash option's own effect would not make anything worse. */
export const DEFAULT_CRASH_EFFECT: Required<Metrics> = { latencyMs: 120, errorRate: 0.08, throughputRps: -60 };

export const STATE_VERSION = 1;

export interface AppliedAction {
  /** Step index (0-based) the option was chosen on. */
  step: number;
  /** Option index (0-based) within the step. */
  option: number;
  label: string;
  outcome: Outcome;
}

export interface GameState {
  version: typeof STATE_VERSION;
  seed: number;
  /** Scenario indices (into the deck) in play order. */
  order: number[];
  /** Index into `order` of the scenario being played. */
  position: number;
  /** Current runbook step of that scenario (== steps.length once resolved). */
  step: number;
  metrics: Metrics;
  /** Actions applied in the current scenario, crashes included, oldest first. */
  applied: AppliedAction[];
  /** The current step's hint has been shown (and paid for). */
  hintShown: boolean;
  /** No ok option, crash or hint in the current scenario so far. */
  clean: boolean;
  resolved: boolean;
  /** The deck is finished (end-of-deck summary). */
  over: boolean;
  score: number;
  solved: number;
  cleanFixes: number;
  crashes: number;
  hintsUsed: number;
  streak: number;
  best: number;
}

export type MoveResult =
  | { kind: 'none' }
  | { kind: 'action'; option: OutageOption; optionIndex: number; step: number; resolved: boolean; bonus: number }
  | { kind: 'hint'; hint: string; charged: boolean };

// --- Deck order ---

/** mulberry32: a tiny, well-distributed 32-bit PRNG; same seed, same sequence. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from an attribute value: a whole number is used as is, any other text is hashed (FNV-1a). */
export function parseSeed(value: string | number | undefined | null): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = String(value).trim();
  if (/^\d+$/.test(text)) return Number(text) >>> 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function randomSeed(): number {
  return Math.floor(Math.random() * 4294967296) >>> 0;
}

/**
 * The deal of a game the server renders without a `seed`: the deck's first scenario, then an
 * order fixed by the deck's ids, so the browser taking that HTML over deals the same game
 * (a random deal would swap the scenario under the reader's eyes).
 */
export function serverDeal(deck: readonly Pick<Scenario, 'id'>[]): { seed: number; first: number } {
  return { seed: parseSeed(deck.map(s => s.id).join('\n')) ?? 0, first: 0 };
}

/** Fisher–Yates over 0..n-1 with the seeded PRNG. */
export function shuffledOrder(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const rand = mulberry32(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/**
 * The deck index `wanted` names: a scenario id, else its number in the deck
 * ("32" or "#32", 1-based, as the card shows it). -1 when nothing matches.
 */
export function findScenario(deck: readonly Scenario[], wanted: string | undefined | null): number {
  if (!wanted) return -1;
  const byId = deck.findIndex(s => s.id === wanted);
  if (byId >= 0) return byId;
  const m = /^#?(\d+)$/.exec(wanted.trim());
  const n = m ? Number(m[1]) : 0;
  return n >= 1 && n <= deck.length ? n - 1 : -1;
}

// --- Scoring and metrics ---

/** Scoring from content; penalties are always subtracted, whichever sign the content gives them. */
export function scoringOf(outage: Pick<Outage, 'scoring'>): Scoring {
  const s = { ...DEFAULT_SCORING, ...outage.scoring };
  return { cleanFix: Math.abs(s.cleanFix), hint: -Math.abs(s.hint), crash: -Math.abs(s.crash) };
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Effects are added to the metrics, then clamped to what a metric can be. */
export function applyEffect(m: Metrics, effect: Partial<Metrics>): Metrics {
  return {
    latencyMs: Math.max(0, round(m.latencyMs + (effect.latencyMs ?? 0), 3)),
    errorRate: Math.min(1, Math.max(0, round(m.errorRate + (effect.errorRate ?? 0), 6))),
    throughputRps: Math.max(0, round(m.throughputRps + (effect.throughputRps ?? 0), 3)),
  };
}

/** A crash always makes things worse: only the worsening parts of its effect count. */
export function crashEffect(effect: Partial<Metrics>): Partial<Metrics> {
  const worse = {
    latencyMs: Math.max(0, effect.latencyMs ?? 0),
    errorRate: Math.max(0, effect.errorRate ?? 0),
    throughputRps: Math.min(0, effect.throughputRps ?? 0),
  };
  return worse.latencyMs || worse.errorRate || worse.throughputRps ? worse : DEFAULT_CRASH_EFFECT;
}

/** Both metrics within the healthy line (the services' health itself is health.ts's rule). */
export function isHealthy(m: Metrics): boolean {
  return m.latencyMs <= HEALTHY_LATENCY_MS && m.errorRate <= HEALTHY_ERROR_RATE;
}

// --- Game ---

export interface NewGameOptions {
  seed: number;
  /** Deck index to play first (the rest keep their shuffled order). */
  first?: number;
  /** Best score carried over (from storage). */
  best?: number;
}

export function newGame(deck: readonly Scenario[], opts: NewGameOptions): GameState {
  let order = shuffledOrder(deck.length, opts.seed);
  if (opts.first !== undefined && opts.first >= 0 && opts.first < deck.length) {
    order = [opts.first, ...order.filter(i => i !== opts.first)];
  }
  const base: GameState = {
    version: STATE_VERSION,
    seed: opts.seed,
    order,
    position: 0,
    step: 0,
    metrics: { latencyMs: 0, errorRate: 0, throughputRps: 0 },
    applied: [],
    hintShown: false,
    clean: true,
    resolved: false,
    over: deck.length === 0,
    score: 0,
    solved: 0,
    cleanFixes: 0,
    crashes: 0,
    hintsUsed: 0,
    streak: 0,
    best: opts.best ?? 0,
  };
  return deck.length ? startScenario(base, deck, 0) : base;
}

function startScenario(state: GameState, deck: readonly Scenario[], position: number): GameState {
  const scenario = deck[state.order[position]];
  return { ...state, position, step: 0, metrics: { ...scenario.metrics }, applied: [], hintShown: false, clean: true, resolved: false };
}

/** The scenario being played (undefined for an empty deck). */
export function currentScenario(state: GameState, deck: readonly Scenario[]): Scenario | undefined {
  return deck[state.order[state.position]];
}

/** Number of the scenario in the deck as the card shows it ("scenario #32"). */
export function scenarioNumber(state: GameState): number {
  return (state.order[state.position] ?? 0) + 1;
}

function withScore(state: GameState, delta: number): GameState {
  const score = state.score + delta;
  return { ...state, score, best: Math.max(state.best, score) };
}

/** Applies option `index` of the current step. A finished scenario or game ignores it. */
export function applyOption(state: GameState, outage: Outage, index: number): { state: GameState; result: MoveResult } {
  const deck = outage.scenarios;
  const scenario = currentScenario(state, deck);
  if (!scenario || state.over || state.resolved) return { state, result: { kind: 'none' } };
  const step = scenario.steps[state.step];
  const option = step?.options[index];
  if (!option) return { state, result: { kind: 'none' } };
  const scoring = scoringOf(outage);
  const applied = [...state.applied, { step: state.step, option: index, label: option.label, outcome: option.outcome }];

  if (option.outcome === 'crash') {
    const next = withScore({ ...state, applied, crashes: state.crashes + 1, clean: false, metrics: applyEffect(state.metrics, crashEffect(option.effect)) }, scoring.crash);
    return { state: next, result: { kind: 'action', option, optionIndex: index, step: state.step, resolved: false, bonus: 0 } };
  }

  let next: GameState = {
    ...state,
    applied,
    metrics: applyEffect(state.metrics, option.effect),
    step: state.step + 1,
    hintShown: false,
    clean: state.clean && option.outcome === 'clean',
  };
  let bonus = 0;
  if (next.step >= scenario.steps.length) {
    bonus = next.clean ? scoring.cleanFix : 0;
    next = withScore(
      {
        ...next,
        resolved: true,
        solved: next.solved + 1,
        cleanFixes: next.cleanFixes + (next.clean ? 1 : 0),
        streak: next.clean ? next.streak + 1 : 0,
      },
      bonus,
    );
  }
  return { state: next, result: { kind: 'action', option, optionIndex: index, step: state.step, resolved: next.resolved, bonus } };
}

/** Shows the current step's hint: the hint penalty the first time, free after that. */
export function useHint(state: GameState, outage: Outage): { state: GameState; result: MoveResult } {
  const scenario = currentScenario(state, outage.scenarios);
  const step = scenario?.steps[state.step];
  if (!step || state.over || state.resolved) return { state, result: { kind: 'none' } };
  if (state.hintShown) return { state, result: { kind: 'hint', hint: step.hint, charged: false } };
  const next = withScore({ ...state, hintShown: true, hintsUsed: state.hintsUsed + 1, clean: false }, scoringOf(outage).hint);
  return { state: next, result: { kind: 'hint', hint: step.hint, charged: true } };
}

/** On to the next scenario (skipping an unresolved one breaks the streak); past the last, the game is over. */
export function nextScenario(state: GameState, deck: readonly Scenario[]): GameState {
  if (state.over) return state;
  const streak = state.resolved ? state.streak : 0;
  if (state.position + 1 >= state.order.length) return { ...state, streak, over: true };
  return startScenario({ ...state, streak }, deck, state.position + 1);
}

/** A new game: a fresh shuffle from `seed`, the best score kept. */
export function restart(state: GameState, deck: readonly Scenario[], opts: Omit<NewGameOptions, 'best'>): GameState {
  return newGame(deck, { ...opts, best: state.best });
}

/** Steps of the current scenario, for "runbook step N/M". */
export function stepCount(state: GameState, deck: readonly Scenario[]): number {
  return currentScenario(state, deck)?.steps.length ?? 0;
}

// --- Serialisation ---

export function serialize(state: GameState): string {
  return JSON.stringify(state);
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * A saved game, checked against the deck it is played with. Anything that does
 * not fit (another version, another deck size, a broken field) gives undefined,
 * so a caller falls back to a new game instead of rendering nonsense.
 */
export function deserialize(text: string, deck: readonly Scenario[]): GameState | undefined {
  let s: any;
  try {
    s = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!s || typeof s !== 'object' || s.version !== STATE_VERSION) return undefined;
  const nums = ['seed', 'position', 'step', 'score', 'solved', 'cleanFixes', 'crashes', 'hintsUsed', 'streak', 'best'];
  if (!nums.every(k => isNum(s[k]))) return undefined;
  if (!Array.isArray(s.order) || s.order.length !== deck.length) return undefined;
  const sorted = [...s.order].sort((a, b) => a - b);
  if (!sorted.every((v, i) => v === i)) return undefined;
  if (s.position < 0 || s.position >= Math.max(1, deck.length)) return undefined;
  const scenario = deck[s.order[s.position]];
  if (deck.length && (s.step < 0 || s.step > scenario.steps.length)) return undefined;
  const m = s.metrics;
  if (!m || !isNum(m.latencyMs) || !isNum(m.errorRate) || !isNum(m.throughputRps)) return undefined;
  if (!Array.isArray(s.applied) || !s.applied.every((a: any) => a && isNum(a.step) && isNum(a.option) && typeof a.label === 'string' && ['clean', 'ok', 'crash'].includes(a.outcome))) {
    return undefined;
  }
  const bools = ['hintShown', 'clean', 'resolved', 'over'];
  if (!bools.every(k => typeof s[k] === 'boolean')) return undefined;
  return {
    version: STATE_VERSION,
    seed: s.seed,
    order: s.order,
    position: s.position,
    step: s.step,
    metrics: applyEffect(m, {}),
    applied: s.applied.map((a: AppliedAction) => ({ step: a.step, option: a.option, label: a.label, outcome: a.outcome })),
    hintShown: s.hintShown,
    clean: s.clean,
    resolved: s.resolved,
    over: s.over,
    score: s.score,
    solved: s.solved,
    cleanFixes: s.cleanFixes,
    crashes: s.crashes,
    hintsUsed: s.hintsUsed,
    streak: s.streak,
    best: s.best,
  };
}

// --- Content checks (used by the specs and available to authors) ---

/**
 * Problems that make a scenario unplayable or dishonest, beyond the schema:
 * 3–4 steps, 2–4 options each with at least one clean, a hint per step, a log
 * line per option, crash options that really hurt, and an all-clean path
 * that ends healthy. Empty when the scenario is fine.
 */
export function checkScenario(s: Scenario): string[] {
  const problems: string[] = [];
  if (s.steps.length < 3 || s.steps.length > 4) problems.push(`${s.steps.length} steps; expected 3–4`);
  s.steps.forEach((step, i) => {
    if (step.options.length < 2 || step.options.length > 4) problems.push(`steps[${i}]: ${step.options.length} options; expected 2–4`);
    if (!step.options.some(o => o.outcome === 'clean')) problems.push(`steps[${i}]: no clean option`);
    if (!step.hint.trim()) problems.push(`steps[${i}]: no hint`);
    step.options.forEach((o, j) => {
      if (!o.log.trim()) problems.push(`steps[${i}].options[${j}]: no log line`);
      if (o.outcome === 'crash' && crashEffect(o.effect) === DEFAULT_CRASH_EFFECT) problems.push(`steps[${i}].options[${j}]: crash does not worsen any metric`);
    });
  });
  const end = cleanPathMetrics(s);
  if (!isHealthy(end)) problems.push(`all-clean path ends unhealthy: ${end.latencyMs}ms, ${end.errorRate * 100}%`);
  return problems;
}

/** The metrics after taking the first clean option of every step. */
export function cleanPathMetrics(s: Scenario): Metrics {
  return s.steps.reduce((m, step) => {
    const clean = step.options.find(o => o.outcome === 'clean');
    return clean ? applyEffect(m, clean.effect) : m;
  }, { ...s.metrics });
}
