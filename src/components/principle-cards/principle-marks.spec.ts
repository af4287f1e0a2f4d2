import { markedIndexes } from './principle-marks';

describe('markedIndexes', () => {
  it('marks nothing when no card is hovered or focused', () => {
    expect(markedIndexes(4)).toEqual([]);
  });

  it('marks the hovered and the focused card once each, in order', () => {
    expect(markedIndexes(4, 2)).toEqual([2]);
    expect(markedIndexes(4, undefined, 1)).toEqual([1]);
    expect(markedIndexes(4, 3, 0)).toEqual([0, 3]);
    expect(markedIndexes(4, 1, 1)).toEqual([1]);
  });

  it('ignores indexes of cards that are gone (content changed under the pointer)', () => {
    expect(markedIndexes(2, 3, -1)).toEqual([]);
    expect(markedIndexes(0, 0, 0)).toEqual([]);
  });
});
