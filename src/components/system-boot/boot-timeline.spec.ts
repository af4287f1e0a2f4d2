import { CHAR_MS, countValue, formatStat, planBoot } from './boot-timeline';

const profile = {
  bootLines: ['Init...', 'Ready'],
  stats: [
    { label: 'users', value: 10, suffix: 'M+' },
    { label: 'latency', value: -40, suffix: '%' },
    { label: 'uptime', value: 99.9, suffix: '%' },
  ],
};

describe('planBoot', () => {
  const plan = planBoot(profile);

  it('starts empty and BOOTING', () => {
    expect(plan.frame(0)).toEqual({ lines: [''], typing: 0, online: false, stats: [0, 0, 0], done: false });
  });

  it('types the first line character by character', () => {
    expect(plan.frame(CHAR_MS * 4).lines).toEqual(['Init']);
  });

  it('ends ONLINE with every line typed and every stat at its value', () => {
    const end = plan.frame(plan.duration);
    expect(end).toEqual({ lines: ['Init...', 'Ready'], typing: -1, online: true, stats: [10, -40, 99.9], done: true });
    expect(plan.frame(plan.duration + 10_000)).toEqual(end);
  });

  it('counts stats up monotonically, keeping the precision of the final value', () => {
    const values = Array.from({ length: 20 }, (_, i) => plan.frame((plan.duration * i) / 19).stats[0]);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(countValue(99.9, 0.333)).toBe(33.3);
    expect(countValue(-40, 0.5)).toBe(-20);
  });

  it('has no typing phase without boot lines', () => {
    const p = planBoot({ bootLines: [], stats: [] });
    expect(p.frame(p.duration)).toEqual({ lines: [], typing: -1, online: true, stats: [], done: true });
  });
});

describe('formatStat', () => {
  it('appends the suffix', () => {
    expect(formatStat(10, { suffix: 'M+' })).toBe('10M+');
    expect(formatStat(-40, { suffix: '%' })).toBe('-40%');
    expect(formatStat(80, {})).toBe('80');
  });
});
