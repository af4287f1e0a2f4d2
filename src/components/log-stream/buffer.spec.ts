import { RingBuffer } from './buffer';

const row = (key: string) => ({ key });
const keys = (b: RingBuffer<{ key: string }>) => b.toArray().map(r => r.key);

describe('RingBuffer', () => {
  it('keeps rows in order up to its capacity', () => {
    const b = new RingBuffer<{ key: string }>(3);
    ['a', 'b'].forEach(k => b.push(row(k)));
    expect(keys(b)).toEqual(['a', 'b']);
    expect(b.dropped).toBe(0);
  });

  it('drops the oldest rows past max-lines and counts them', () => {
    const b = new RingBuffer<{ key: string }>(3);
    ['a', 'b', 'c', 'd', 'e'].forEach(k => b.push(row(k)));
    expect(keys(b)).toEqual(['c', 'd', 'e']);
    expect(b.length).toBe(3);
    expect(b.get(0).key).toBe('c');
    expect(b.dropped).toBe(2);
  });

  it('stays bounded with 100,000 pushes', () => {
    const b = new RingBuffer<{ key: string }>(1000);
    for (let i = 0; i < 100_000; i++) b.push(row(String(i)), String(i));
    expect(b.length).toBe(1000);
    expect(b.dropped).toBe(99_000);
    expect(b.get(999).key).toBe('99999');
  });

  it('refuses a row whose event id it has seen (a replay after reconnect)', () => {
    const b = new RingBuffer<{ key: string }>(10);
    expect(b.push(row('1'), 'e:1')).toBe(true);
    expect(b.push(row('2'), 'e:2')).toBe(true);
    expect(b.push(row('1 again'), 'e:1')).toBe(false);
    expect(b.push(row('no id'))).toBe(true);
    expect(b.push(row('no id'))).toBe(true);
    expect(keys(b)).toEqual(['1', '2', 'no id', 'no id']);
  });

  it('still refuses seen ids after clear()', () => {
    const b = new RingBuffer<{ key: string }>(10);
    b.push(row('1'), 'e:1');
    b.clear();
    expect(b.length).toBe(0);
    expect(b.push(row('1'), 'e:1')).toBe(false);
  });

  it('resizes keeping the newest rows', () => {
    const b = new RingBuffer<{ key: string }>(5);
    ['a', 'b', 'c', 'd', 'e', 'f'].forEach(k => b.push(row(k)));
    b.resize(2);
    expect(keys(b)).toEqual(['e', 'f']);
    expect(b.dropped).toBe(4);
    b.push(row('g'));
    expect(keys(b)).toEqual(['f', 'g']);
  });
});
