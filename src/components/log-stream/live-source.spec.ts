import { backoffDelay, resumeUrl } from './live-source';

describe('backoffDelay', () => {
  it('doubles from 500 ms and caps at 15 s', () => {
    const mid = () => 0.5; // no jitter
    expect([0, 1, 2, 3, 4, 5, 10].map(a => backoffDelay(a, mid))).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000]);
  });

  it('jitters by ±20%', () => {
    expect(backoffDelay(2, () => 0)).toBe(1600);
    expect(backoffDelay(2, () => 1)).toBe(2400);
  });
});

describe('resumeUrl', () => {
  it('adds lastEventId, keeping the other parameters', () => {
    expect(resumeUrl('http://h/s?x=1', '42')).toBe('http://h/s?x=1&lastEventId=42');
    expect(resumeUrl('/s', 'a b', 'http://h/page')).toBe('http://h/s?lastEventId=a+b');
  });

  it('leaves the URL alone before any id was seen', () => {
    expect(resumeUrl('/s', undefined)).toBe('/s');
  });
});
