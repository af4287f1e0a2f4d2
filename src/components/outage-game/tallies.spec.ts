import { bestOf, lifetimeLine, scorecardTallies, summaryTallies } from './tallies';
import { EMPTY_PROGRESS } from './storage';

const game = { solved: 3, crashes: 2, streak: 1, best: 120, hintsUsed: 4, cleanFixes: 1 };

describe('outage tallies', () => {
  it('the scorecard: solved, crashes, streak, best, hints used', () => {
    expect(scorecardTallies(game)).toEqual([
      ['solved', '3'],
      ['crashes', '2'],
      ['streak', '1'],
      ['best', '120'],
      ['hints used', '4'],
    ]);
  });

  it('the summary: solved out of the deck, clean fixes, crashes, hints used, best', () => {
    expect(summaryTallies(game, 40)).toEqual([
      ['solved', '3 of 40'],
      ['clean fixes', '1'],
      ['crashes', '2'],
      ['hints used', '4'],
      ['best', '120'],
    ]);
  });

  it('best is the higher of the game and the stored best', () => {
    expect(bestOf(game, { best: 300 })).toBe(300);
    expect(bestOf(game, { best: 10 })).toBe(120);
    expect(scorecardTallies(game, { best: 300 })[3]).toEqual(['best', '300']);
  });

  it('lifetime totals read as a sentence, singular and plural', () => {
    expect(lifetimeLine({ ...EMPTY_PROGRESS, games: 1, solved: 1, cleanFixes: 1, crashes: 1 })).toBe('lifetime: 1 deck finished, 1 solved, 1 clean fix, 1 crash');
    expect(lifetimeLine({ ...EMPTY_PROGRESS, games: 2, solved: 5, cleanFixes: 0, crashes: 3 })).toBe('lifetime: 2 decks finished, 5 solved, 0 clean fixes, 3 crashes');
  });
});
