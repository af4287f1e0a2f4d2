/**
 * The counts the scorecard and the end-of-deck summary show, as label/value
 * rows: one `Tallies` list (panels.tsx) renders both.
 */
import type { GameState } from './engine';
import type { Progress } from './storage';

export type Tally = [label: string, value: string];

type Counts = Pick<GameState, 'solved' | 'crashes' | 'streak' | 'best' | 'hintsUsed' | 'cleanFixes'>;

/** The best score: this game's, or the stored one when that is higher. */
export const bestOf = (game: Pick<GameState, 'best'>, progress?: Pick<Progress, 'best'>) => Math.max(game.best, progress?.best ?? 0);

/** The running scorecard: solved, crashes, streak, best, hints used. */
export function scorecardTallies(game: Counts, progress?: Pick<Progress, 'best'>): Tally[] {
  return [
    ['solved', String(game.solved)],
    ['crashes', String(game.crashes)],
    ['streak', String(game.streak)],
    ['best', String(bestOf(game, progress))],
    ['hints used', String(game.hintsUsed)],
  ];
}

/** The end of the deck: solved out of the deck, clean fixes, crashes, hints used, best. */
export function summaryTallies(game: Counts, total: number, progress?: Pick<Progress, 'best'>): Tally[] {
  return [
    ['solved', `${game.solved} of ${total}`],
    ['clean fixes', String(game.cleanFixes)],
    ['crashes', String(game.crashes)],
    ['hints used', String(game.hintsUsed)],
    ['best', String(bestOf(game, progress))],
  ];
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "lifetime: 2 decks finished, 5 solved, 1 clean fix, 3 crashes" */
export const lifetimeLine = (p: Progress) =>
  `lifetime: ${count(p.games, 'deck', 'decks')} finished, ${p.solved} solved, ${count(p.cleanFixes, 'clean fix', 'clean fixes')}, ${count(p.crashes, 'crash', 'crashes')}`;
