import { lineSplitter, LineTooLongError, ndjsonDecoder, sseDecoder } from './decode';
import type { StreamEvent } from './parse';

function collect(make: typeof sseDecoder, max?: number) {
  const events: StreamEvent[] = [];
  const ids: string[] = [];
  const retries: number[] = [];
  const decoder = make({ onEvent: e => events.push(e), onId: id => ids.push(id), onRetry: ms => retries.push(ms) }, max, () => 42);
  return { decoder, events, ids, retries, texts: () => events.map(e => e.text) };
}

describe('lineSplitter', () => {
  it('joins lines split across chunks and skips blank lines', () => {
    const lines: string[] = [];
    const split = lineSplitter(l => lines.push(l));
    split.push('{"text":"a"}\n{"te');
    expect(lines).toEqual(['{"text":"a"}']);
    split.push('xt":"b"}\r\n\n');
    split.push('ta');
    split.push('il');
    expect(lines).toEqual(['{"text":"a"}', '{"text":"b"}']);
    split.end();
    split.end();
    expect(lines).toEqual(['{"text":"a"}', '{"text":"b"}', 'tail']);
  });

  it('throws LineTooLongError once a line passes the bound, in one chunk or many, after the lines before it', () => {
    const lines: string[] = [];
    const split = lineSplitter(l => lines.push(l), 10);
    split.push('short\n0123456789');
    expect(() => split.push('X')).toThrow(LineTooLongError);
    expect(lines).toEqual(['short']);
    const again = lineSplitter(l => lines.push(l), 10);
    expect(() => again.push('ok\n01234567890123\nnext\n')).toThrow('a line longer than 10 characters arrived without a line end');
    expect(lines).toEqual(['short', 'ok']);
  });

  it('stays linear for a long line in many small chunks', () => {
    let got = '';
    const split = lineSplitter(l => (got = l), 1 << 20);
    for (let i = 0; i < 100_000; i++) split.push('0123456789');
    split.push('\n');
    expect(got.length).toBe(1_000_000);
  });
});

describe('ndjsonDecoder', () => {
  it('reads one event per line, JSON or text, and resumes from an object id', () => {
    const c = collect(ndjsonDecoder);
    c.decoder.push('{"id":7,"level":"warn","text":"disk"}\nplain');
    c.decoder.end();
    expect(c.events).toEqual([
      { text: 'disk', level: 'warn', time: 42, id: '7', source: undefined },
      { text: 'plain', level: 'info', time: 42, id: undefined },
    ]);
    expect(c.ids).toEqual(['7']);
  });
});

describe('sseDecoder', () => {
  it('reads messages with their ids; a later message without id has none of its own', () => {
    const c = collect(sseDecoder);
    c.decoder.push('id: 1\ndata: one\n\ndata: two\n\nid: 3\ndata: {"level":"error","text":"three"}\n\n');
    expect(c.events.map(e => [e.text, e.id, e.level])).toEqual([
      ['one', '1', 'info'],
      ['two', undefined, 'info'],
      ['three', '3', 'error'],
    ]);
    expect(c.ids).toEqual(['1', '3']);
  });

  it('follows the spec: multi-line data, CRLF, comments, BOM, events split anywhere', () => {
    const c = collect(sseDecoder);
    const stream = '\ufeff: hello\r\ndata: a\r\ndata: b\r\n\r\nid: x\ndata: c\n\n';
    for (const ch of stream) c.decoder.push(ch);
    expect(c.texts()).toEqual(['a\nb', 'c']);
  });

  it('takes only message events as lines, but every id: field moves the resume point', () => {
    const c = collect(sseDecoder);
    c.decoder.push('event: ping\nid: 9\ndata: {}\n\nevent: message\ndata: kept\n\n');
    expect(c.texts()).toEqual(['kept']);
    expect(c.ids).toEqual(['9']);
  });

  it('an empty id: resets the resume point (no header is sent)', () => {
    const c = collect(sseDecoder);
    c.decoder.push('id: 4\ndata: a\n\nid:\ndata: b\n\n');
    expect(c.ids).toEqual(['4', '']);
  });

  it('passes retry: to the caller and ignores a bad one', () => {
    const c = collect(sseDecoder);
    c.decoder.push('retry: 2500\n\nretry: soon\n\n');
    expect(c.retries).toEqual([2500]);
  });

  it('drops a half event when the response ends', () => {
    const c = collect(sseDecoder);
    c.decoder.push('data: whole\n\ndata: half');
    c.decoder.end();
    expect(c.texts()).toEqual(['whole']);
  });

  it('throws LineTooLongError past the bound (no newline, or one endless event)', () => {
    const c = collect(sseDecoder, 100);
    c.decoder.push('data: fine\n\n');
    expect(() => c.decoder.push('data: ' + 'x'.repeat(200))).toThrow(LineTooLongError);
    expect(c.texts()).toEqual(['fine']);
    const d = collect(sseDecoder, 100);
    expect(() => {
      for (let i = 0; i < 50; i++) d.decoder.push('data: 0123456789\n');
    }).toThrow(LineTooLongError);
  });
});
