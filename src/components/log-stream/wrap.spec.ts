import { entriesToRows, eventRow } from './parse';
import { charColumns, columnsIn, lineCount, rowIndent, rowLines, rowSpan, wrapText } from './wrap';

/** The lines themselves. */
const lines = (text: string, cols: number) => {
  const starts = wrapText(text, cols);
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
};

describe('wrapText', () => {
  it('leaves a line that fits alone, and never wraps before the log is measured', () => {
    expect(wrapText('Redis distributed locking implemented', 40)).toEqual([0]);
    expect(wrapText('Redis distributed locking implemented', Infinity)).toEqual([0]);
    expect(wrapText('', 10)).toEqual([0]);
  });

  it('breaks after spaces: words move to the next line whole, and the lines join back to the text', () => {
    const text = 'Spring Boot service layers refactored for cleaner request paths';
    expect(lines(text, 20)).toEqual(['Spring Boot service ', 'layers refactored ', 'for cleaner request ', 'paths']);
    expect(lines(text, 20).join('')).toBe(text);
    expect(lines(text, 20).every(l => l.trimEnd().length <= 20)).toBe(true);
  });

  it('a line ending exactly at the width keeps its space hanging, not moved to the next line', () => {
    expect(lines('abcde fghij', 5)).toEqual(['abcde ', 'fghij']);
  });

  it('cuts a word longer than a line where the line ends, and goes on at words after it', () => {
    expect(lines('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    expect(lines(`go ${'y'.repeat(12)} end`, 10)).toEqual(['go ', 'y'.repeat(10), 'yy end']);
  });

  it('counts wide characters as two columns and combining marks as none', () => {
    expect(charColumns('日'.codePointAt(0)!)).toBe(2);
    expect(charColumns('🙂'.codePointAt(0)!)).toBe(2);
    expect(charColumns(0x301)).toBe(0);
    expect(charColumns('é'.codePointAt(0)!)).toBe(1);
    expect(rowSpan(eventRow({ text: '日本', level: 'info', time: 0 }, 0))).toBe(15 + 4);
    expect(lines('日本語のログ行です', 6)).toEqual(['日本語', 'のログ', '行です']);
    // An astral character is one code point of two UTF-16 units: never cut in half.
    expect(lines('🙂🙂🙂', 4)).toEqual(['🙂🙂', '🙂']);
  });
});

describe('rows', () => {
  const [header, line] = entriesToRows([{ year: 2025, title: 'Booking Engine Deployed', lines: ['Race conditions eliminated from allocation path'] }]);
  const event = eventRow({ text: 'payment timeout after three retries on the primary provider', level: 'error', time: 0 }, 1);

  it('indents continuation lines past the prefix: [2025] , -> after two columns, the time and level', () => {
    expect([rowIndent(header), rowIndent(line), rowIndent(event)]).toEqual([7, 5, 15]);
  });

  it('wraps the text in the columns the prefix leaves, and caches the count per width', () => {
    // 35 columns for the text at 40: "Race conditions eliminated from " / "allocation path".
    expect(rowLines(line, 40)).toEqual([0, 32]);
    expect(lineCount(line, 40)).toBe(2);
    expect(lineCount(line, 30)).toBe(3);
    // One line when the whole row fits: its span (prefix and text) is worked out once.
    expect(rowSpan(line)).toBe(5 + 47);
    expect(lineCount(line, 52)).toBe(1);
    expect(lineCount(line, 51)).toBe(2);
    expect(line.wrapCols).toBe(51);
    expect(lineCount(event, 40)).toBe(3);
  });
});

describe('columnsIn', () => {
  it('whole columns of a width, Infinity while unmeasured', () => {
    expect(columnsIn(300, 7.8)).toBe(38);
    expect(columnsIn(77.9, 7.8)).toBe(9);
    expect(columnsIn(0, 7.8)).toBe(Infinity);
    expect(columnsIn(300, 0)).toBe(Infinity);
  });
});
