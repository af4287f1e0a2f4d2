import { batcher } from './batch';

/** A scheduler the test drives by hand, standing in for one animation frame. */
function frames() {
  const queue: Array<() => void> = [];
  return {
    schedule: (run: () => void) => {
      queue.push(run);
      return () => {
        const i = queue.indexOf(run);
        if (i >= 0) queue.splice(i, 1);
      };
    },
    next: () => queue.splice(0).forEach(run => run()),
    get scheduled() {
      return queue.length;
    },
  };
}

describe('batcher', () => {
  it('collects a burst and hands it over once on the next frame', () => {
    const f = frames();
    const flushed: number[][] = [];
    const b = batcher<number>(f.schedule, items => flushed.push(items));
    for (let i = 0; i < 100; i++) b.push(i);
    expect(f.scheduled).toBe(1);
    expect(flushed).toEqual([]);
    f.next();
    expect(flushed.length).toBe(1);
    expect(flushed[0].length).toBe(100);
    expect(b.pending).toBe(0);
  });

  it('schedules nothing when idle', () => {
    const f = frames();
    const b = batcher<number>(f.schedule, () => undefined);
    f.next();
    expect(f.scheduled).toBe(0);
    b.pushAll([]);
    expect(f.scheduled).toBe(0);
  });

  it('flushes at once when `limit` items wait (frames may be paused off screen)', () => {
    const f = frames();
    const flushed: number[][] = [];
    const b = batcher<number>(f.schedule, items => flushed.push(items), 3);
    b.pushAll([1, 2]);
    expect(flushed).toEqual([]);
    b.push(3);
    expect(flushed).toEqual([[1, 2, 3]]);
    expect(f.scheduled).toBe(0);
  });

  it('cancel() drops what waits and the scheduled frame', () => {
    const f = frames();
    const flushed: number[][] = [];
    const b = batcher<number>(f.schedule, items => flushed.push(items));
    b.push(1);
    b.cancel();
    f.next();
    expect(flushed).toEqual([]);
    expect(f.scheduled).toBe(0);
  });
});
