import type { LogEntry } from '../../data/types';
import { LogFilter } from './filter';
import { rowText } from './parse';
import { LogView, ViewInput } from './view';

const ENTRIES: LogEntry[] = [
  { year: 2025, title: 'Booking Engine', lines: ['Redis locks', '1000+ users'], tags: ['redis'] },
  { year: 2024, title: 'Migration', lines: ['CI/CD'], tags: ['ci-cd'] },
];
const ONE: LogEntry[] = [{ year: 2020, title: 'Only entry', lines: ['one line'] }];

/** The texts of every row that shows. */
const shown = (v: LogView) => Array.from({ length: v.count }, (_, i) => rowText(v.row(i)).replace(/^\d\d:\d\d:\d\d /, ''));
const input = (over: Partial<ViewInput> = {}): ViewInput => ({ entries: ENTRIES, order: 'desc', filter: {}, follow: true, ...over });
const event = (text: string, id?: string) => ({ text, level: 'info' as const, time: 0, id });

describe('LogView', () => {
  it('shows the content, then live rows newest first (desc) or after the content (asc)', () => {
    const v = new LogView(10, 22);
    v.add(event('first'));
    v.add(event('second'));
    v.update(input());
    expect(shown(v)).toEqual(['INFO second', 'INFO first', '[2025] Booking Engine', '-> Redis locks', '-> 1000+ users', '[2024] Migration', '-> CI/CD']);
    v.update(input({ order: 'asc' }));
    expect(shown(v)).toEqual(['[2024] Migration', '-> CI/CD', '[2025] Booking Engine', '-> Redis locks', '-> 1000+ users', 'INFO first', 'INFO second']);
    expect([v.count, v.total, v.size]).toEqual([7, 7, 7]);
  });

  it('refuses a repeated id, and keeps at most its capacity of live rows', () => {
    const v = new LogView(2, 22);
    expect(v.add(event('a', '1'))).toBeDefined();
    expect(v.add(event('a again', '1'))).toBeUndefined();
    v.add(event('b'));
    v.add(event('c'));
    v.update(input({ entries: [] }));
    expect(shown(v)).toEqual(['INFO c', 'INFO b']);
    expect(v.live.dropped).toBe(1);
    v.setCapacity(1);
    v.update(input({ entries: [] }));
    expect(shown(v)).toEqual(['INFO c']);
  });

  it('works the rows out again only when an input changed', () => {
    const v = new LogView(10, 22);
    expect(v.update(input())).toBe(true);
    expect(v.update(input())).toBe(false);
    expect(v.update(input({ filter: { tag: 'redis' } }))).toBe(true);
    v.add(event('redis down'));
    expect(v.update(input({ filter: { tag: 'redis' } }))).toBe(true);
  });

  it('filters, and filters again when the content changes to as many rows as before', () => {
    const v = new LogView(10, 22);
    const filter: LogFilter = { query: 'redis' };
    v.update(input({ entries: [{ year: 2019, title: 'A', lines: ['b', 'c'] }], filter }));
    expect(v.count).toBe(0);
    // Same row count, other rows: the cached filter result must not be reused.
    v.update(input({ entries: [{ year: 2020, title: 'Cache layer', lines: ['redis cluster', 'nothing else'] }], filter }));
    expect(shown(v)).toEqual(['[2020] Cache layer', '-> redis cluster']);
    expect([v.count, v.size]).toEqual([2, 3]);
  });

  describe('typing cut', () => {
    it('shows the rows typed so far, the last one cut at the cursor', () => {
      const v = new LogView(10, 22);
      v.update(input());
      v.planTyping();
      v.update(input({ typing: { rows: 2, chars: 4, done: false } }));
      expect(shown(v)).toEqual(['[2025] Booking Engine', '-> Redis locks']);
      expect(v.typed(v.row(0))).toBe(-1);
      expect(v.typed(v.row(1))).toBe(4);
      expect(v.size).toBe(5);
    });

    it('ignores a frame planned for other content: the new rows show whole, never an undefined row', () => {
      const v = new LogView(10, 22);
      v.update(input());
      v.planTyping();
      // The intro is 4 rows in when the content changes to 2 rows: the old code showed rows 2 and 3 as undefined.
      const frame = { rows: 4, chars: 3, done: false };
      v.update(input({ typing: frame }));
      expect(v.count).toBe(4);
      v.update(input({ entries: ONE, typing: frame }));
      expect(v.typingStale).toBe(true);
      expect(shown(v)).toEqual(['[2020] Only entry', '-> one line']);
      expect(v.typed(v.row(1))).toBe(-1);
    });

    it('never shows more content rows than there are, whatever the frame says', () => {
      const v = new LogView(10, 22);
      v.update(input({ entries: ONE }));
      v.planTyping();
      v.update(input({ entries: ONE, typing: { rows: 9, chars: -1, done: false } }));
      expect(v.count).toBe(2);
      expect(v.slice({ start: 0, end: v.count }).every(Boolean)).toBe(true);
    });
  });

  describe('window and scroll', () => {
    it('following, shows the newest edge: the top for desc, the bottom for asc', () => {
      const v = new LogView(1000, 20);
      for (let i = 0; i < 100; i++) v.add(event(`line ${i}`));
      v.update(input({ entries: [] }));
      expect(v.window(100)).toEqual({ start: 0, end: 14 });
      v.update(input({ entries: [], order: 'asc' }));
      const win = v.window(100);
      expect(rowText(v.row(win.end - 1))).toMatch(/line 99$/);
      expect(win.end).toBe(100);
    });

    it('not following, keeps the row being read in place when new rows arrive above it', () => {
      const v = new LogView(1000, 20);
      for (let i = 0; i < 50; i++) v.add(event(`old ${i}`));
      v.update(input({ entries: [], follow: false }));
      expect(v.scrolled(10 * 20 + 7)).toBe(true);
      v.window(100);
      const reading = v.row(10);
      expect(v.restore()).toBeUndefined();
      for (let i = 0; i < 5; i++) v.add(event(`new ${i}`));
      v.update(input({ entries: [], follow: false }));
      // Five rows came on top: the row read is now row 15, and the scroll goes there (with its 7 px).
      expect(v.row(15)).toBe(reading);
      expect(v.restore()).toBe(15 * 20 + 7);
      expect(v.restore()).toBeUndefined();
    });

    it('wraps rows to the columns: tall rows take several lines, scrolling and restoring count lines', () => {
      const v = new LogView(1000, 20);
      for (let i = 0; i < 10; i++) v.add(event(`${i} ${'word '.repeat(10)}`)); // 15 + 52 columns: 3 lines at 40
      v.setColumns(40);
      v.update(input({ entries: [], follow: false }));
      expect([v.count, v.lineTotal, v.top(1), v.top(2)]).toEqual([10, 30, 60, 120]);
      // Line 7 is in row 2 (lines 6 to 8): 25 px into it.
      expect(v.scrolled(7 * 20 + 5)).toBe(true);
      expect(v.window(100)).toEqual({ start: 0, end: 10 });
      v.add(event('new'));
      v.update(input({ entries: [], follow: false }));
      // One short row on top: the row read is row 3 now, after 1 + 2 × 3 lines, and keeps its 25 px.
      expect(v.restore()).toBe((1 + 2 * 3) * 20 + 25);
      // Wider: every row fits one line again.
      v.setColumns(200);
      v.update(input({ entries: [], follow: false }));
      expect([v.lineTotal, v.top(5)]).toEqual([11, 5 * 20]);
      // Cleared: the rows left fit one line at 40 columns, so row i is line i again.
      v.clear();
      v.add(event('short'));
      v.setColumns(40);
      v.update(input({ entries: [], follow: false }));
      expect([v.lineTotal, v.top(1)]).toEqual([1, 20]);
    });

    it('clamps the first row when rows went away', () => {
      const v = new LogView(1000, 20);
      for (let i = 0; i < 50; i++) v.add(event(`x ${i}`));
      v.update(input({ entries: [], follow: false }));
      v.scrolled(40 * 20);
      v.clear();
      v.add(event('only'));
      v.update(input({ entries: [], follow: false }));
      expect(v.window(100)).toEqual({ start: 0, end: 1 });
    });
  });

  it('offers the years and tags of the content, the live rows and the chosen filter', () => {
    const v = new LogView(10, 22);
    v.add({ text: 'x', level: 'info', time: new Date(2026, 1, 1).getTime(), source: 'game' });
    v.update(input());
    expect(v.options({ year: 1999, tag: 'zzz' })).toEqual({ years: [2026, 2025, 2024, 1999], tags: ['ci-cd', 'game', 'redis', 'zzz'] });
  });

  it('gives the shown rows as text lines for copying', () => {
    const v = new LogView(10, 22);
    v.update(input({ filter: { query: 'redis' } }));
    expect(v.lines()).toEqual(['[2025] Booking Engine', '-> Redis locks']);
  });
});

describe('LogView.addAll', () => {
  it('counts the new rows and gives the newest, skipping repeats', () => {
    const v = new LogView(10, 22);
    const { added, latest } = v.addAll([event('a', '1'), event('b', '2'), event('a', '1')]);
    expect(added).toBe(2);
    expect(latest?.text).toBe('b');
    expect(v.addAll([event('b', '2')])).toEqual({ added: 0, latest: undefined });
  });
});
