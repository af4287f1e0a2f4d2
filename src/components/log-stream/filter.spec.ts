import { filterRows, isActive, matchRanges, segments, toFilter } from './filter';
import { entriesToRows, eventRow, LogRow } from './parse';

const rows: LogRow[] = [
  ...entriesToRows([
    { year: 2025, title: 'Booking Engine', lines: ['Redis locks', '1000+ users'], tags: ['redis'] },
    { year: 2024, title: 'Migration', lines: ['DB performance up 35%', 'CI/CD'], tags: ['ci-cd'] },
  ]),
  eventRow({ text: 'redis timeout', level: 'error', time: new Date(2026, 0, 1).getTime(), source: 'outage-game' }, 'e1'),
];
const texts = (idx: number[] | null) => (idx ?? rows.map((_, i) => i)).map(i => rows[i].text);
const run = (f: Parameters<typeof filterRows>[2]) => texts(filterRows(rows.length, i => rows[i], f));

describe('filterRows', () => {
  it('returns null (everything) when no filter is active', () => {
    expect(filterRows(rows.length, i => rows[i], {})).toBeNull();
    expect(filterRows(rows.length, i => rows[i], { query: '   ' })).toBeNull();
    expect(isActive({ year: 2024 })).toBe(true);
  });

  it('filters by year, keeping whole entries', () => {
    expect(run({ year: 2024 })).toEqual(['Migration', 'DB performance up 35%', 'CI/CD']);
    expect(run({ year: 2026 })).toEqual(['redis timeout']);
  });

  it('filters by tag (a live line\'s source is its tag)', () => {
    expect(run({ tag: 'ci-cd' })).toEqual(['Migration', 'DB performance up 35%', 'CI/CD']);
    expect(run({ tag: 'outage-game' })).toEqual(['redis timeout']);
  });

  it('search keeps matching lines with their entry header, case-insensitively', () => {
    expect(run({ query: 'REDIS' })).toEqual(['Booking Engine', 'Redis locks', 'redis timeout']);
    expect(run({ query: '35%' })).toEqual(['Migration', 'DB performance up 35%']);
  });

  it('a search that matches a title shows the whole entry; the year matches its header', () => {
    expect(run({ query: 'migration' })).toEqual(['Migration', 'DB performance up 35%', 'CI/CD']);
    expect(run({ query: '2025' })).toEqual(['Booking Engine', 'Redis locks', '1000+ users']);
  });

  it('combines year, tag and search', () => {
    expect(run({ year: 2025, tag: 'redis', query: 'users' })).toEqual(['Booking Engine', '1000+ users']);
    expect(run({ year: 2025, query: 'CI/CD' })).toEqual([]);
  });
});

describe('matchRanges / segments', () => {
  it('finds every non-overlapping match, case-insensitively', () => {
    expect(matchRanges('Redis and redis', 'REDIS')).toEqual([
      [0, 5],
      [10, 15],
    ]);
    expect(matchRanges('aaaa', 'aa')).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(matchRanges('abc', '')).toEqual([]);
  });

  it('cuts text into plain and marked pieces that join back to the text', () => {
    const parts = segments('DB up 35% (35% total)', '35%');
    expect(parts.filter(p => p.mark).map(p => p.text)).toEqual(['35%', '35%']);
    expect(parts.map(p => p.text).join('')).toBe('DB up 35% (35% total)');
    expect(segments('', 'x')).toEqual([{ text: '', mark: false }]);
  });
});

describe('toFilter', () => {
  it('reads the props as attributes give them', () => {
    expect(toFilter('2024', 'redis', 'lock')).toEqual({ year: 2024, tag: 'redis', query: 'lock' });
    expect(toFilter('', '', '')).toEqual({});
    expect(toFilter('soon')).toEqual({});
    expect(toFilter(null)).toEqual({});
  });
});
