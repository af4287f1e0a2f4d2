import { atNewestEdge, MAX_RENDERED, rowWindow } from './viewport';

describe('rowWindow', () => {
  it('renders the visible rows plus overscan', () => {
    expect(rowWindow(0, 220, 22, 1000, 5)).toEqual({ start: 0, end: 16 });
    expect(rowWindow(22 * 500, 220, 22, 1000, 5)).toEqual({ start: 495, end: 516 });
  });

  it('clamps to the row count', () => {
    expect(rowWindow(22 * 995, 220, 22, 1000, 5)).toEqual({ start: 990, end: 1000 });
    expect(rowWindow(0, 220, 22, 3)).toEqual({ start: 0, end: 3 });
    expect(rowWindow(0, 220, 22, 0)).toEqual({ start: 0, end: 0 });
  });

  it('never renders more than MAX_RENDERED rows, even for a huge viewport', () => {
    const w = rowWindow(0, 100_000, 22, 100_000);
    expect(w.end - w.start).toBe(MAX_RENDERED);
  });

  it('scrolled past the end (rows removed) still renders the last rows', () => {
    expect(rowWindow(22 * 5000, 220, 22, 100, 5)).toEqual({ start: 84, end: 100 });
  });
});

describe('atNewestEdge', () => {
  it('asc: at the bottom, within one row', () => {
    expect(atNewestEdge('asc', 780, 220, 1000, 22)).toBe(true);
    expect(atNewestEdge('asc', 760, 220, 1000, 22)).toBe(true);
    expect(atNewestEdge('asc', 700, 220, 1000, 22)).toBe(false);
  });

  it('desc: at the top, within one row', () => {
    expect(atNewestEdge('desc', 0, 220, 1000, 22)).toBe(true);
    expect(atNewestEdge('desc', 100, 220, 1000, 22)).toBe(false);
  });
});
