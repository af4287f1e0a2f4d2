import { nextIndex } from './keys';

describe('nextIndex (arrow keys, Home, End)', () => {
  it.each([
    ['ArrowDown', 0, 3, 1],
    ['ArrowRight', 1, 3, 2],
    ['ArrowDown', 2, 3, 0], // wraps to the first
    ['ArrowUp', 0, 3, 2], // wraps to the last
    ['ArrowLeft', 2, 3, 1],
    ['Home', 2, 3, 0],
    ['End', 0, 3, 2],
    ['ArrowDown', 0, 1, 0],
  ])('%s from %i of %i -> %i', (key, index, count, expected) => expect(nextIndex(key as string, index as number, count as number)).toBe(expected));

  it('ignores other keys and empty lists', () => {
    expect(nextIndex('Enter', 0, 3)).toBeUndefined();
    expect(nextIndex('a', 0, 3)).toBeUndefined();
    expect(nextIndex('ArrowDown', 0, 0)).toBeUndefined();
  });

  it('from no selection, forward goes to the first and backward to the last', () => {
    expect(nextIndex('ArrowRight', -1, 5)).toBe(0);
    expect(nextIndex('ArrowLeft', -1, 5)).toBe(4);
  });

  it('stops at the ends without wrap', () => {
    expect(nextIndex('ArrowRight', 4, 5, { wrap: false })).toBe(4);
    expect(nextIndex('ArrowLeft', 0, 5, { wrap: false })).toBe(0);
    expect(nextIndex('ArrowRight', 2, 5, { wrap: false })).toBe(3);
  });
});
