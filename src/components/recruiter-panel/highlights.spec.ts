import { splitHighlights } from './highlights';

describe('splitHighlights', () => {
  it('marks each phrase, case-insensitively, keeping the original text', () => {
    expect(splitHighlights('I keep Systems correct under load.', ['systems correct'])).toEqual([
      { text: 'I keep ', mark: false },
      { text: 'Systems correct', mark: true },
      { text: ' under load.', mark: false },
    ]);
  });

  it('prefers the earliest, then the longest match, without overlaps', () => {
    expect(splitHighlights('low latency APIs', ['latency', 'low latency', 'APIs'])).toEqual([
      { text: 'low latency', mark: true },
      { text: ' ', mark: false },
      { text: 'APIs', mark: true },
    ]);
  });

  it('leaves text without phrases whole, ignores blank phrases', () => {
    expect(splitHighlights('plain', ['', '  ', 'absent'])).toEqual([{ text: 'plain', mark: false }]);
    expect(splitHighlights('plain')).toEqual([{ text: 'plain', mark: false }]);
    expect(splitHighlights('', ['x'])).toEqual([]);
  });
});
