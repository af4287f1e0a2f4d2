import type { Scenario } from '../../data/types';
import { applyOption, GameState, newGame, scoringOf } from './engine';
import { incidentOf } from './health';
import { actionMessage, dealtMessage, deckCompleteMessage, healthNote, hintMessage } from './messages';

const scenario = (id: string, affects?: string[]): Scenario => ({
  id,
  title: `Scenario ${id}`,
  symptom: 's',
  objective: 'o',
  metrics: { latencyMs: 520, errorRate: 0.22, throughputRps: 365 },
  affects,
  steps: [0, 1].map(i => ({
    prompt: `Step ${i + 1}?`,
    hint: `Hint ${i + 1}`,
    options: [
      { label: `clean ${i}`, outcome: 'clean' as const, effect: { latencyMs: -150, errorRate: -0.105 }, log: `clean ${i}` },
      { label: `ok ${i}`, outcome: 'ok' as const, effect: { latencyMs: -50 }, log: `ok ${i}` },
      { label: `crash ${i}`, outcome: 'crash' as const, effect: { latencyMs: 200, errorRate: 0.1 }, log: `crash ${i}` },
    ],
  })),
});

const deck = { scenarios: [scenario('a', ['monitor', 'api']), scenario('b')] };
const scoring = scoringOf(deck);
const S = deck.scenarios;

/** The announcement for option `index` played on `game`. */
function say(game: GameState, index: number): [string, GameState] {
  const { state, result } = applyOption(game, deck, index);
  if (result.kind !== 'action') throw new Error('not an action');
  const text = actionMessage({ option: result.option, game: state, steps: 2, scoring, bonus: result.bonus, before: incidentOf(game, S), after: incidentOf(state, S) });
  return [text, state];
}

describe('outage messages', () => {
  const start = newGame(S, { seed: 3, first: 0 });

  it('names the services and their health, or the metrics when the incident names none', () => {
    expect(healthNote(incidentOf(start, S)!)).toBe('Services degraded: monitor, api.');
    expect(healthNote({ ...incidentOf(start, S)!, services: [], health: 'ok' })).toBe('Metrics healthy.');
  });

  it('a crash: what, the price, the new health when it changed, and the retry', () => {
    const [crash, crashed] = say(start, 2);
    expect(crash).toBe('Crash: crash 0. -50 points. Services down: monitor, api. Try step 1 again.');
    // Down already: a second crash says no health again.
    expect(say(crashed, 2)[0]).toBe('Crash: crash 0. -50 points. Try step 1 again.');
  });

  it('a step: the outcome and where the runbook stands; health only when it changed', () => {
    expect(say(start, 1)[0]).toBe('Works, not clean: ok 0. Runbook step 2 of 2.');
    const [, crashed] = say(start, 2);
    expect(say(crashed, 0)[0]).toBe('Clean: clean 0. Services degraded: monitor, api. Runbook step 2 of 2.');
  });

  it('resolved: the bonus, the health it ended with, the score', () => {
    const [, half] = say(start, 0);
    expect(say(half, 0)[0]).toBe('Clean: clean 1. Scenario resolved, clean fix bonus +75. Services healthy: monitor, api. Score 75.');
    const [, okHalf] = say(start, 1);
    expect(say(okHalf, 0)[0]).toBe('Clean: clean 1. Scenario resolved. Services degraded: monitor, api. Score 0.');
  });

  it('dealt scenarios, hints and the end of the deck', () => {
    expect(dealtMessage(incidentOf(start, S)!)).toBe('Scenario #1: Scenario a. Services degraded: monitor, api.');
    expect(dealtMessage(incidentOf(start, S)!, true)).toBe('New game. Scenario #1: Scenario a. Services degraded: monitor, api.');
    expect(hintMessage('Look at the logs.', true, -25)).toBe('Hint (-25): Look at the logs.');
    expect(hintMessage('Look at the logs.', false, -25)).toBe('Hint: Look at the logs.');
    expect(deckCompleteMessage({ score: 75, solved: 1, crashes: 1 })).toBe('Deck complete. Score 75, 1 solved, 1 crash.');
    expect(deckCompleteMessage({ score: -50, solved: 0, crashes: 2 })).toBe('Deck complete. Score -50, 0 solved, 2 crashes.');
  });
});
