import type { Outage, Scenario } from '../../data/types';
import { makeScenario, sampleDeck } from './sample-deck';
import {
  applyEffect,
  applyOption,
  checkScenario,
  cleanPathMetrics,
  currentScenario,
  DEFAULT_CRASH_EFFECT,
  deserialize,
  findScenario,
  GameState,
  isHealthy,
  mulberry32,
  newGame,
  nextScenario,
  parseSeed,
  restart,
  scenarioNumber,
  scoringOf,
  serialize,
  serverDeal,
  shuffledOrder,
  useHint,
} from './engine';

/** A small deck: option 0 is always clean, 1 ok, 2 crash. */
const scenario = (id: string, steps?: number) => makeScenario(id, steps);

const deck: Outage = { scenarios: [scenario('a'), scenario('b', 4), scenario('c')] };
const S = deck.scenarios;

/** Plays option indices in order, returning the final state. */
function play(state: GameState, moves: number[], outage: Outage = deck): GameState {
  return moves.reduce((s, i) => applyOption(s, outage, i).state, state);
}

const start = (first?: number) => newGame(S, { seed: 7, first });

describe('outage engine: rules', () => {
  it('starts on the first shuffled scenario with its metrics and nothing applied', () => {
    const s = start();
    const sc = currentScenario(s, S)!;
    expect(s.metrics).toEqual(sc.metrics);
    expect(s).toMatchObject({ step: 0, applied: [], score: 0, solved: 0, crashes: 0, streak: 0, hintsUsed: 0, resolved: false, over: false });
  });

  it('a clean option advances the runbook, applies its effect and scores nothing yet', () => {
    const { state, result } = applyOption(start(0), deck, 0);
    expect(state.step).toBe(1);
    expect(state.score).toBe(0);
    expect(state.metrics).toEqual({ latencyMs: 420, errorRate: 0.15, throughputRps: 385 });
    expect(state.applied).toEqual([{ step: 0, option: 0, label: 'clean 0', outcome: 'clean' }]);
    expect(result).toMatchObject({ kind: 'action', step: 0, optionIndex: 0, resolved: false, bonus: 0 });
  });

  it('an all-clean scenario is solved with the clean-fix bonus and extends the streak', () => {
    const s = play(start(0), [0, 0, 0]);
    expect(s).toMatchObject({ resolved: true, solved: 1, cleanFixes: 1, score: 75, streak: 1, best: 75 });
    const last = applyOption(play(start(0), [0, 0]), deck, 0).result;
    expect(last).toMatchObject({ kind: 'action', resolved: true, bonus: 75 });
  });

  it('an ok option advances without the bonus and resets the streak on resolve', () => {
    let s = play(start(0), [0, 0, 0]);
    s = nextScenario(s, S);
    s = play(s, S[s.order[s.position]].steps.map((_, i) => (i === 0 ? 1 : 0)));
    expect(s).toMatchObject({ resolved: true, solved: 2, cleanFixes: 1, score: 75, streak: 0 });
  });

  it('a crash costs the penalty, counts, worsens the metrics and keeps the step for a retry', () => {
    const before = start(0);
    const { state: s, result } = applyOption(before, deck, 2);
    expect(s.score).toBe(-50);
    expect(s.crashes).toBe(1);
    expect(s.step).toBe(0);
    expect(s.metrics.latencyMs).toBeGreaterThan(before.metrics.latencyMs);
    expect(s.metrics.errorRate).toBeGreaterThan(before.metrics.errorRate);
    expect(s.metrics.throughputRps).toBeLessThan(before.metrics.throughputRps);
    expect(result).toMatchObject({ kind: 'action', resolved: false });
    // Retry the same step: the clean option now advances, but the scenario earns no bonus.
    const done = play(s, [0, 0, 0]);
    expect(done).toMatchObject({ resolved: true, solved: 1, crashes: 1, score: -50, streak: 0, cleanFixes: 0 });
  });

  it('a crash whose effect would help still makes things worse', () => {
    const outage: Outage = { scenarios: [{ ...scenario('x'), steps: [{ prompt: 'p', hint: 'h', options: [{ label: 'bad', outcome: 'crash', effect: { latencyMs: -300 }, log: 'l' }] }] }] };
    const s0 = newGame(outage.scenarios, { seed: 1 });
    const s1 = applyOption(s0, outage, 0).state;
    expect(s1.metrics).toEqual(applyEffect(s0.metrics, DEFAULT_CRASH_EFFECT));
  });

  it('a hint costs the hint penalty once per step and loses the bonus', () => {
    const h1 = useHint(start(0), deck);
    expect(h1.result).toEqual({ kind: 'hint', hint: 'Hint 1', charged: true });
    expect(h1.state).toMatchObject({ score: -25, hintsUsed: 1, hintShown: true });
    const h2 = useHint(h1.state, deck);
    expect(h2.result).toEqual({ kind: 'hint', hint: 'Hint 1', charged: false });
    expect(h2.state.score).toBe(-25);
    const s = play(h2.state, [0]);
    expect(s.hintShown).toBe(false);
    const h3 = useHint(s, deck);
    expect(h3.state).toMatchObject({ score: -50, hintsUsed: 2 });
    expect(play(h3.state, [0, 0])).toMatchObject({ resolved: true, score: -50, cleanFixes: 0, streak: 0 });
  });

  it('the streak counts consecutive clean fixes and a non-clean fix resets it', () => {
    let s = start();
    const cleanRun = (st: GameState) => play(st, currentScenario(st, S)!.steps.map(() => 0));
    s = cleanRun(s);
    s = cleanRun(nextScenario(s, S));
    expect(s).toMatchObject({ streak: 2, score: 150, cleanFixes: 2 });
    s = nextScenario(s, S);
    s = useHint(s, deck).state;
    s = cleanRun(s);
    expect(s).toMatchObject({ streak: 0, score: 125, solved: 3 });
  });

  it('skipping an unresolved scenario breaks the streak and does not count it solved', () => {
    let s = play(start(0), [0, 0, 0]);
    s = nextScenario(nextScenario(s, S), S);
    expect(s).toMatchObject({ streak: 0, solved: 1, position: 2 });
  });

  it('best keeps the highest score: a later crash does not lower it, restart keeps it', () => {
    let s = play(start(0), [0, 0, 0]);
    s = applyOption(nextScenario(s, S), deck, 2).state;
    expect(s).toMatchObject({ score: 25, best: 75 });
    const r = restart(s, S, { seed: 9 });
    expect(r).toMatchObject({ score: 0, best: 75, solved: 0, crashes: 0, position: 0 });
    expect(newGame(S, { seed: 1, best: 300 }).best).toBe(300);
  });

  it('past the last scenario the game is over and moves are ignored', () => {
    let s = start();
    for (let i = 0; i < S.length; i++) s = nextScenario(s, S);
    expect(s.over).toBe(true);
    expect(applyOption(s, deck, 0)).toEqual({ state: s, result: { kind: 'none' } });
    expect(useHint(s, deck).result.kind).toBe('none');
    expect(nextScenario(s, S)).toBe(s);
  });

  it('a resolved scenario ignores further options and hints; unknown options are ignored', () => {
    const s = play(start(0), [0, 0, 0]);
    expect(applyOption(s, deck, 0).state).toBe(s);
    expect(useHint(s, deck).state).toBe(s);
    expect(applyOption(start(0), deck, 9).result.kind).toBe('none');
  });

  it('scoring comes from outage.scoring; penalties subtract whatever their sign', () => {
    expect(scoringOf({})).toEqual({ cleanFix: 75, hint: -25, crash: -50 });
    expect(scoringOf({ scoring: { cleanFix: 100, hint: 10, crash: -30 } })).toEqual({ cleanFix: 100, hint: -10, crash: -30 });
    const custom: Outage = { ...deck, scoring: { cleanFix: 100, hint: -10, crash: -30 } };
    let s = newGame(S, { seed: 7, first: 0 });
    s = applyOption(s, custom, 2).state;
    s = useHint(s, custom).state;
    s = play(s, [0, 0, 0], custom);
    expect(s.score).toBe(-40);
    expect(play(newGame(S, { seed: 7, first: 0 }), [0, 0, 0], custom).score).toBe(100);
  });
});

describe('outage engine: metrics', () => {
  it('adds effects and clamps: error rate 0..1, latency and throughput >= 0', () => {
    const m = { latencyMs: 100, errorRate: 0.05, throughputRps: 50 };
    expect(applyEffect(m, { latencyMs: -500, errorRate: -1, throughputRps: -80 })).toEqual({ latencyMs: 0, errorRate: 0, throughputRps: 0 });
    expect(applyEffect(m, { errorRate: 2 }).errorRate).toBe(1);
    expect(applyEffect({ latencyMs: 1, errorRate: 0.22, throughputRps: 1 }, { errorRate: -0.1 }).errorRate).toBe(0.12);
  });

  it('healthy at latency <= 250 ms and error rate <= 2%', () => {
    expect(isHealthy({ latencyMs: 250, errorRate: 0.02, throughputRps: 0 })).toBe(true);
    expect(isHealthy({ latencyMs: 251, errorRate: 0.01, throughputRps: 900 })).toBe(false);
    expect(isHealthy({ latencyMs: 100, errorRate: 0.021, throughputRps: 900 })).toBe(false);
  });
});

describe('outage engine: deck order', () => {
  it('mulberry32 is deterministic per seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect(seqA.every(x => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(seqA[0]);
  });

  it('the same seed gives the same order (a permutation); another seed another order', () => {
    const o1 = shuffledOrder(40, 1234);
    expect(shuffledOrder(40, 1234)).toEqual(o1);
    expect([...o1].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(shuffledOrder(40, 1235)).not.toEqual(o1);
  });

  it('a game replays move for move from its seed', () => {
    const moves = [2, 0, 1, 0, -1, 0, 0, 0, 0, -1, 2, 0, 0, 0];
    const run = () =>
      moves.reduce((s, m) => (m < 0 ? nextScenario(s, S) : applyOption(s, deck, m).state), newGame(S, { seed: 99 }));
    expect(run()).toEqual(run());
  });

  it('parses seeds: digits as numbers, other text hashed, empty as none', () => {
    expect(parseSeed('42')).toBe(42);
    expect(parseSeed(42)).toBe(42);
    expect(parseSeed('demo')).toBe(parseSeed('demo'));
    expect(parseSeed('demo')).not.toBe(parseSeed('demo2'));
    expect(parseSeed('')).toBeUndefined();
    expect(parseSeed(undefined)).toBeUndefined();
  });

  it('a chosen first scenario is played first (by id or deck number), the rest stay shuffled', () => {
    expect(findScenario(S, 'b')).toBe(1);
    expect(findScenario(S, '#3')).toBe(2);
    expect(findScenario(S, '3')).toBe(2);
    expect(findScenario(S, 'nope')).toBe(-1);
    expect(findScenario(S, '4')).toBe(-1);
    const s = newGame(S, { seed: 5, first: 1 });
    expect(s.order[0]).toBe(1);
    expect(scenarioNumber(s)).toBe(2);
    expect([...s.order].sort()).toEqual([0, 1, 2]);
  });

  it('a server deal is fixed by the deck: its first scenario first, the same order for the same ids, another for others', () => {
    const dealt = serverDeal(S);
    expect(dealt.first).toBe(0);
    expect(serverDeal([...S])).toEqual(dealt);
    expect(serverDeal([scenario('x'), scenario('y')]).seed).not.toBe(dealt.seed);
    const game = newGame(S, dealt);
    expect(currentScenario(game, S)?.id).toBe('a');
    expect(newGame(S, dealt)).toEqual(game);
    expect(serverDeal([])).toEqual({ seed: 0, first: 0 });
  });
});

describe('outage engine: serialisation', () => {
  it('round-trips a game mid-scenario and play continues identically', () => {
    let s = newGame(S, { seed: 3 });
    s = applyOption(s, deck, 2).state;
    s = useHint(s, deck).state;
    s = applyOption(s, deck, 0).state;
    const copy = deserialize(serialize(s), S)!;
    expect(copy).toEqual(s);
    expect(applyOption(copy, deck, 0).state).toEqual(applyOption(s, deck, 0).state);
  });

  it('refuses saved games that do not fit the deck or are corrupted', () => {
    const s = newGame(S, { seed: 3 });
    expect(deserialize('{nope', S)).toBeUndefined();
    expect(deserialize('null', S)).toBeUndefined();
    expect(deserialize(JSON.stringify({ ...s, version: 2 }), S)).toBeUndefined();
    expect(deserialize(JSON.stringify({ ...s, order: [0, 0, 1] }), S)).toBeUndefined();
    expect(deserialize(serialize(s), [...S, scenario('d')])).toBeUndefined();
    expect(deserialize(JSON.stringify({ ...s, step: 9 }), S)).toBeUndefined();
    expect(deserialize(JSON.stringify({ ...s, score: 'lots' }), S)).toBeUndefined();
    expect(deserialize(JSON.stringify({ ...s, applied: [{ step: 0 }] }), S)).toBeUndefined();
  });
});

describe('outage engine: content checks', () => {
  it('accepts a well-formed scenario', () => {
    expect(checkScenario(scenario('ok'))).toEqual([]);
    expect(isHealthy(cleanPathMetrics(scenario('ok')))).toBe(true);
  });

  it('the sample deck used by tests and stories is valid', () => {
    expect(sampleDeck.scenarios.map(s => [s.id, checkScenario(s)])).toEqual(sampleDeck.scenarios.map(s => [s.id, []]));
  });

  it('reports scenarios that cannot be played cleanly to health', () => {
    const bad: Scenario = { ...scenario('bad'), steps: scenario('bad').steps.map(st => ({ ...st, options: st.options.filter(o => o.outcome !== 'clean') })) };
    expect(checkScenario(bad)).toEqual(expect.arrayContaining(['steps[0]: no clean option', expect.stringMatching(/ends unhealthy/)]));
    expect(checkScenario({ ...scenario('short'), steps: scenario('x').steps.slice(0, 2) })).toContain('2 steps; expected 3–4');
  });
});
