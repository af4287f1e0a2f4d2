import { entriesToRows, eventRow, inputEvent, parseEvent, rowText, rowYear, toLevel, toTime } from './parse';

const entries = [
  { year: 2022, title: 'Foundation', lines: ['a', 'b'], tags: ['perf'] },
  { year: 2025, title: 'Booking', lines: ['c'] },
  { year: 2024, title: 'Migration', lines: [] },
  { year: 2024, title: 'API pass', lines: ['d'] },
];

describe('entriesToRows', () => {
  it('puts a [year] title header before each entry\'s -> lines, newest year first', () => {
    const rows = entriesToRows(entries);
    expect(rows.map(rowText)).toEqual(['[2025] Booking', '-> c', '[2024] Migration', '[2024] API pass', '-> d', '[2022] Foundation', '-> a', '-> b']);
  });

  it('sorts oldest first for asc, keeping document order within a year', () => {
    expect(entriesToRows(entries, 'asc').filter(r => r.kind === 'header').map(r => r.text)).toEqual(['Foundation', 'Migration', 'API pass', 'Booking']);
  });

  it('gives lines their entry\'s year, tags and group, and unique keys', () => {
    const rows = entriesToRows(entries);
    const a = rows.find(r => r.text === 'a')!;
    expect(a).toMatchObject({ kind: 'line', year: 2022, tags: ['perf'], group: 0 });
    expect(new Set(rows.map(r => r.key)).size).toBe(rows.length);
  });
});

describe('parseEvent', () => {
  const now = Date.UTC(2026, 0, 2, 3, 4, 5);

  it('reads plain text as an info line at the arrival time', () => {
    expect(parseEvent('deploy started', now)).toEqual({ text: 'deploy started', level: 'info', time: now, id: undefined });
  });

  it('reads JSON { level, text, time, id }', () => {
    expect(parseEvent('{"level":"WARNING","text":"disk 91%","time":"2026-01-01T00:00:00Z","id":7}', now)).toEqual({
      text: 'disk 91%',
      level: 'warn',
      time: Date.UTC(2026, 0, 1),
      id: '7',
      source: undefined,
    });
  });

  it('prefers the SSE id over the object\'s id', () => {
    expect(parseEvent('{"text":"x","id":"a"}', now, '42').id).toBe('42');
  });

  it('shows JSON without a text field, and broken JSON, as the raw text', () => {
    expect(parseEvent('{"foo":1}', now).text).toBe('{"foo":1}');
    expect(parseEvent('{"text": "unterminated', now)).toMatchObject({ text: '{"text": "unterminated', level: 'info' });
  });

  it('keeps markup as text (rendering decides, never innerHTML)', () => {
    expect(parseEvent('<img src=x onerror=alert(1)>', now).text).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('toLevel / toTime', () => {
  it('maps level spellings to info | warn | error', () => {
    expect(['err', 'FATAL', 'warn', 'debug', 'nonsense', 3].map(toLevel)).toEqual(['error', 'error', 'warn', 'info', 'info', 'info']);
  });

  it('reads epoch seconds, epoch ms and ISO strings; falls back to now', () => {
    expect(toTime(1_700_000_000, 1)).toBe(1_700_000_000_000);
    expect(toTime(1_700_000_000_123, 1)).toBe(1_700_000_000_123);
    expect(toTime('not a date', 5)).toBe(5);
    expect(toTime(undefined, 5)).toBe(5);
  });
});

describe('inputEvent', () => {
  it('reads appendLines input: plain text like a live line, objects field by field (a numeric id stays a number)', () => {
    expect(inputEvent('plain', 5)).toEqual({ text: 'plain', level: 'info', time: 5, id: undefined });
    expect(inputEvent({ text: 'x', level: 'WARNING', time: 1_700_000_000, id: 7, source: 'worker' }, 5)).toEqual({ text: 'x', level: 'warn', time: 1_700_000_000_000, id: 7, source: 'worker' });
    expect(inputEvent({ text: 3 as any, id: {} as any }, 5)).toEqual({ text: '3', level: 'info', time: 5, id: undefined, source: undefined });
  });
});

describe('eventRow / rowText', () => {
  it('formats an event with time and upper-case level, and files it under its year', () => {
    const time = new Date(2026, 4, 6, 7, 8, 9).getTime();
    const row = eventRow({ text: 'payment timeout', level: 'error', time, source: 'outage-game' }, 'k');
    expect(rowText(row)).toBe('07:08:09 ERROR payment timeout');
    expect(row).toMatchObject({ tags: ['outage-game'], kind: 'event' });
    expect(rowYear(row)).toBe(2026);
  });
});
