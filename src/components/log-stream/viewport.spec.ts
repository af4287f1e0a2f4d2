import { atNewestEdge, LineIndex, MAX_RENDERED, rowAtLine, rowWindow } from './viewport';

/** Line offsets for rows of these many lines each: tops[i] is row i's first line, the last entry the total. */
const topsOf = (lines: number[]) => lines.reduce((tops, n) => [...tops, tops[tops.length - 1] + n], [0]);
const ones = (n: number) => topsOf(Array.from({ length: n }, () => 1));
/** A line index over `tops` (as the view keeps it). */
const indexOf = (tops: number[]): LineIndex => ({ top: i => tops[i], rowAt: line => rowAtLine(tops, tops.length - 1, line) });

describe('rowAtLine', () => {
  it('finds the row that holds a screen line', () => {
    const tops = topsOf([1, 3, 1, 2]); // rows start at lines 0, 1, 4, 5; 7 lines in all
    expect([0, 1, 2, 3, 4, 5, 6].map(line => rowAtLine(tops, 4, line))).toEqual([0, 1, 1, 1, 2, 3, 3]);
    expect(rowAtLine(tops, 4, 99)).toBe(3);
    expect(rowAtLine([0], 0, 5)).toBe(0);
  });
});

describe('rowWindow', () => {
  it('renders the rows in view plus overscan', () => {
    expect(rowWindow(indexOf(ones(1000)), 1000, 0, 10, 5)).toEqual({ start: 0, end: 16 });
    expect(rowWindow(indexOf(ones(1000)), 1000, 500, 10, 5)).toEqual({ start: 495, end: 516 });
  });

  it('counts the lines of tall rows: fewer rows fill the viewport', () => {
    const tops = topsOf(Array.from({ length: 100 }, () => 4));
    // 10 lines from row 20 reach into row 22.
    expect(rowWindow(indexOf(tops), 100, 20, 10, 2)).toEqual({ start: 18, end: 25 });
  });

  it('clamps to the row count', () => {
    expect(rowWindow(indexOf(ones(1000)), 1000, 995, 10, 5)).toEqual({ start: 990, end: 1000 });
    expect(rowWindow(indexOf(ones(3)), 3, 0, 10)).toEqual({ start: 0, end: 3 });
    expect(rowWindow(indexOf([0]), 0, 0, 10)).toEqual({ start: 0, end: 0 });
  });

  it('never renders more than MAX_RENDERED rows, even for a huge viewport', () => {
    const w = rowWindow(indexOf(ones(100_000)), 100_000, 0, 5000);
    expect(w.end - w.start).toBe(MAX_RENDERED);
  });
});

describe('atNewestEdge', () => {
  it('asc: at the bottom, within one line', () => {
    expect(atNewestEdge('asc', 780, 220, 1000, 22)).toBe(true);
    expect(atNewestEdge('asc', 760, 220, 1000, 22)).toBe(true);
    expect(atNewestEdge('asc', 700, 220, 1000, 22)).toBe(false);
  });

  it('desc: at the top, within one line', () => {
    expect(atNewestEdge('desc', 0, 220, 1000, 22)).toBe(true);
    expect(atNewestEdge('desc', 100, 220, 1000, 22)).toBe(false);
  });
});
