import { applyOption, GameState, newGame, scoringOf } from './engine';
import { incidentOf } from './health';
import { actionMessage, dealtMessage, deckCompleteMessage, healthNote, hintMessage } from './messages';
import { makeScenario } from './sample-deck';

const deck = { scenarios: [makeScenario('a', 3, ['monitor', 'api'])] };
const scoring = scoringOf(deck);
const S = deck.scenarios;

/** The announcement for options `moves` played on `game` (the last one's). */
function say(game: GameState, ...moves: number[]): [string, GameState] {
  let text = '';
  for (const index of moves) {
    const { state, result } = applyOption(game, deck, index);
    if (result.kind !== 'action') throw new Error('not an action');
    text = actionMessage({ option: result.option, game: state, steps: 3, scoring, bonus: result.bonus, before: incidentOf(game, S), after: incidentOf(state, S) });
    game = state;
  }
  return [text, game];
}

describe('outage messages', () => {
  const start = newGame(S, { seed: 3 });

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
    expect(say(start, 1)[0]).toBe('Works, not clean: ok 0. Runbook step 2 of 3.');
    // 720 ms / 32 % after the crash, 620 / 25 % (still down), then 520 / 18 %: degraded again.
    expect(say(start, 2, 0)[0]).toBe('Clean: clean 0. Runbook step 2 of 3.');
    expect(say(start, 2, 0, 0)[0]).toBe('Clean: clean 1. Services degraded: monitor, api. Runbook step 3 of 3.');
  });

  it('resolved: the bonus, the health it ended with, the score', () => {
    expect(say(start, 0, 0, 0)[0]).toBe('Clean: clean 2. Scenario resolved, clean fix bonus +75. Services healthy: monitor, api. Score 75.');
    expect(say(start, 1, 0, 0)[0]).toBe('Clean: clean 2. Scenario resolved. Services degraded: monitor, api. Score 0.');
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
