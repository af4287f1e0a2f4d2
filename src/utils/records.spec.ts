import { nextIndex } from './records';

describe('nextIndex (tabs keyboard)', () => {
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
});
