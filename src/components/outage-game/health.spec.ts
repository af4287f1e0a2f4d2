import { outage as demoDeck } from '../../data/demo/outage';
import type { Outage } from '../../data/types';
import { applyOption, GameState, mulberry32, newGame, nextScenario, useHint } from './engine';
import { makeScenario } from './sample-deck';
import { actionLine, GameLine, HEALTH_LABEL, healthLines, healthOf, Incident, incidentOf, markChanges, Marks, marksOf, tell } from './health';

/** Option 0 clean, 1 ok, 2 crash; the all-clean path ends healthy, a crash leaves it degraded. */
const deck: Outage = { scenarios: [makeScenario('a', 3, ['api', 'kafka']), makeScenario('b', 3, [])] };
const S = deck.scenarios;
const start = () => newGame(S, { seed: 7, first: 0 });
const play = (s: GameState, moves: number[]) => moves.reduce((g, i) => applyOption(g, deck, i).state, s);
const incident = (g: GameState) => incidentOf(g, S)!;

describe('outage health: the rule', () => {
  it('down after a crash or from a 25% error rate, degraded above 250 ms or 2%, healthy otherwise', () => {
    const m = (latencyMs: number, errorRate: number) => ({ latencyMs, errorRate, throughputRps: 900 });
    expect(healthOf(m(250, 0.02))).toBe('ok');
    expect(healthOf(m(251, 0.01))).toBe('degraded');
    expect(healthOf(m(100, 0.021))).toBe('degraded');
    expect(healthOf(m(100, 0.25))).toBe('down');
    expect(healthOf(m(100, 0.01), true)).toBe('down');
  });

  it('an incident carries the scenario, its services and the health of its metrics', () => {
    expect(incident(start())).toEqual({
      scenarioId: 'a',
      number: 1,
      title: 'Scenario a',
      services: ['api', 'kafka'],
      health: 'degraded',
      metrics: { latencyMs: 520, errorRate: 0.22, throughputRps: 365 },
      resolved: false,
    });
    expect(incident(play(start(), [2])).health).toBe('down');
    // After the retry the metrics decide again: 25% errors is still down, 18% degraded.
    expect(incident(play(start(), [2, 0])).health).toBe('down');
    expect(incident(play(start(), [2, 0, 0])).health).toBe('degraded');
  });

  it('reads the metrics whether resolved or not: clean runbook healthy, crash then fix still degraded', () => {
    const clean = incident(play(start(), [0, 0, 0]));
    expect(clean).toMatchObject({ resolved: true, health: 'ok' });
    const crashed = incident(play(start(), [2, 0, 0, 0]));
    expect(crashed.resolved).toBe(true);
    expect(crashed.health).toBe('degraded');
    expect(marksOf(crashed)).toEqual({ api: 'degraded', kafka: 'degraded' });
  });

  it('no incident without a game, with an empty deck or once the deck is finished', () => {
    expect(incidentOf(undefined, S)).toBeNull();
    expect(incidentOf(newGame([], { seed: 1 }), [])).toBeNull();
    const over = nextScenario(nextScenario(start(), S), S);
    expect(over.over).toBe(true);
    expect(incidentOf(over, S)).toBeNull();
  });
});

describe('outage health: marks', () => {
  it('every affected service at the incident health; none when healthy or not running', () => {
    expect(marksOf(incident(play(start(), [2])))).toEqual({ api: 'down', kafka: 'down' });
    expect(marksOf(incident(play(start(), [0, 0, 0])))).toEqual({});
    expect(marksOf(null)).toEqual({});
  });

  it('writes only what changed: stale marks cleared first, then one call per health', () => {
    expect(markChanges({}, { api: 'degraded', kafka: 'degraded' })).toEqual([[['api', 'kafka'], 'degraded']]);
    expect(markChanges({ api: 'degraded', kafka: 'degraded' }, { api: 'degraded', kafka: 'degraded' })).toEqual([]);
    expect(markChanges({ api: 'degraded', kafka: 'degraded' }, { api: 'down', kafka: 'down' })).toEqual([[['api', 'kafka'], 'down']]);
    expect(markChanges({ api: 'down', kafka: 'down' }, { gateway: 'degraded', api: 'degraded' })).toEqual([
      [['kafka'], 'ok'],
      [['gateway', 'api'], 'degraded'],
    ]);
    expect(markChanges({ api: 'down' }, {})).toEqual([[['api'], 'ok']]);
  });
});

describe('outage health: log lines', () => {
  const opened = incident(start());

  it('opening an incident states its services, health and metrics', () => {
    expect(healthLines(null, opened)).toEqual([{ text: 'incident #1 Scenario a: api, kafka degraded (520ms, 22% errors)', level: 'warn' }]);
    const quiet = incident(nextScenario(start(), S));
    expect(healthLines(null, quiet)).toEqual([{ text: 'incident #2 Scenario b: degraded (520ms, 22% errors)', level: 'warn' }]);
  });

  it('a line per change of health, none when it stays', () => {
    const crashed = incident(play(start(), [2]));
    expect(healthLines(opened, crashed)).toEqual([{ text: 'incident #1: api, kafka down (720ms, 32% errors)', level: 'error' }]);
    expect(healthLines(crashed, incident(play(start(), [2, 2])))).toEqual([]);
    expect(healthLines(opened, incident(play(start(), [1])))).toEqual([]);
    expect(healthLines(opened, incident(useHint(start(), deck).state))).toEqual([]);
  });

  it('resolving always says where health ended', () => {
    const before = incident(play(start(), [0, 0]));
    expect(healthLines(before, incident(play(start(), [0, 0, 0])))).toEqual([{ text: 'incident #1 resolved: api, kafka healthy (220ms, 1% errors)', level: 'info' }]);
    const afterCrash = play(start(), [2, 0, 0]);
    expect(healthLines(incident(afterCrash), incident(play(afterCrash, [0])))).toEqual([
      { text: 'incident #1 resolved: api, kafka degraded (420ms, 11% errors)', level: 'warn' },
    ]);
  });

  it('closing says what leaves the map: unresolved, or resolved with marks; nothing after a healthy fix', () => {
    const next = incident(nextScenario(start(), S));
    expect(healthLines(opened, next)[0]).toEqual({ text: 'incident #1 closed unresolved: api, kafka marks cleared', level: 'warn' });
    const degraded = incident(play(start(), [2, 0, 0, 0]));
    expect(healthLines(degraded, null)).toEqual([{ text: 'incident #1 closed: api, kafka marks cleared', level: 'info' }]);
    expect(healthLines(incident(play(start(), [0, 0, 0])), null)).toEqual([]);
    // A fresh deal closes and reopens even the same scenario.
    expect(healthLines(opened, opened, true).map(l => l.text)).toEqual(['incident #1 closed unresolved: api, kafka marks cleared', 'incident #1 Scenario a: api, kafka degraded (520ms, 22% errors)']);
  });

  it('tell() pairs the marks with the lines, and writes no lines when told not to', () => {
    const crashed = incident(play(start(), [2]));
    const t = tell({ incident: opened, marks: marksOf(opened) }, crashed);
    expect(t).toEqual({ marks: { api: 'down', kafka: 'down' }, changes: [[['api', 'kafka'], 'down']], lines: healthLines(opened, crashed) });
    expect(tell({ incident: crashed, marks: t.marks }, null, { log: false })).toEqual({ marks: {}, changes: [[['api', 'kafka'], 'ok']], lines: [] });
  });

  it('an applied option writes its own line at the level of its outcome', () => {
    expect(S[0].steps[0].options.map(actionLine)).toEqual([
      { text: 'clean 0', level: 'info' },
      { text: 'ok 0', level: 'warn' },
      { text: 'crash 0', level: 'error' },
    ]);
  });
});

/**
 * The promise of the module: whatever is played, after every move the marks on
 * the page and the newest incident line say what the incident's health is.
 */
describe('outage health: one truth over random play of the demo deck', () => {
  it('badge, marks and log agree after every action, hint, skip, game over and replay', () => {
    const rand = mulberry32(2026);
    const scenarios = demoDeck.scenarios;
    let game = newGame(scenarios, { seed: 11, first: 31 });
    let told: { incident: Incident | null; marks: Marks } = { incident: null, marks: {} };
    const log: GameLine[] = [];
    let store: Record<string, string> = {};
    const apply = (next: GameState, opts: { fresh?: boolean; lines?: GameLine[] } = {}) => {
      game = next;
      const now = incidentOf(game, scenarios);
      const t = tell(told, now, opts);
      for (const [ids, h] of t.changes) for (const id of ids) h === 'ok' ? delete store[id] : (store[id] = h);
      log.push(...(opts.lines ?? []), ...t.lines);
      told = { incident: now, marks: t.marks };
    };
    apply(game, { fresh: true });
    let checks = 0;
    let decks = 0;
    for (let move = 0; move < 1500; move++) {
      const r = rand();
      if (game.over) {
        decks++;
        apply(newGame(scenarios, { seed: move, best: game.best }), { fresh: true });
      }
      else if (game.resolved || r < 0.05) apply(nextScenario(game, scenarios));
      else if (r < 0.12) apply(useHint(game, demoDeck).state);
      else {
        const step = scenarios[game.order[game.position]].steps[game.step];
        const index = Math.floor(rand() * step.options.length);
        apply(applyOption(game, demoDeck, index).state, { lines: [actionLine(step.options[index])] });
      }
      const now = incidentOf(game, scenarios);
      if (!now) {
        expect(store).toEqual({});
        continue;
      }
      const expected = now.health === 'ok' ? {} : Object.fromEntries(now.services.map(id => [id, now.health]));
      expect(store).toEqual(expected);
      const newest = [...log].reverse().find(l => l.text.startsWith('incident #'))!;
      expect(newest.text).toMatch(new RegExp(`^incident #${now.number}\\b`));
      expect(newest.text).toContain(` ${HEALTH_LABEL[now.health]} (`);
      checks++;
    }
    expect(checks).toBeGreaterThan(1000);
    expect(decks).toBeGreaterThan(1);
    // The walk met every health and several finished decks.
    const said = log.map(l => l.text).join('\n');
    for (const word of ['healthy (', 'degraded (', 'down (', 'closed unresolved', 'resolved:']) expect(said).toContain(word);
  });
});
