import { CHAR_MS, planTyping, ROW_PAUSE_MS } from './typing';

describe('planTyping', () => {
  it('types one row at a time, then shows everything', () => {
    const plan = planTyping([10, 5]);
    expect(plan.duration).toBe(15 * CHAR_MS + 2 * ROW_PAUSE_MS);
    expect(plan.frame(0)).toEqual({ rows: 1, chars: 0, done: false });
    expect(plan.frame(3 * CHAR_MS)).toEqual({ rows: 1, chars: 3, done: false });
    expect(plan.frame(10 * CHAR_MS + 1)).toEqual({ rows: 1, chars: -1, done: false });
    expect(plan.frame(10 * CHAR_MS + ROW_PAUSE_MS)).toEqual({ rows: 2, chars: 0, done: false });
    expect(plan.frame(plan.duration)).toEqual({ rows: 2, chars: -1, done: true });
  });

  it('is done at once with nothing to type', () => {
    expect(planTyping([]).frame(0)).toEqual({ rows: 0, chars: -1, done: true });
  });
});
