import { HOP_MS, LAST_HOP_MS, planTopology } from './orbit';
import { Replay, completeCaption, hopCaption, pathCaption } from './replay';
import { topology as demo } from '../../data/demo/topology';

function recorder(path: number[]) {
  const log: string[] = [];
  const replay = new Replay(Int32Array.from(path), { hop: (index, total, service) => log.push(`hop ${index}/${total} s${service}`), complete: () => log.push('complete') });
  return { replay, log };
}

describe('Replay', () => {
  it('reports the first hop at once, each hop as time passes, then completes once', () => {
    const { replay, log } = recorder([5, 2, 7]);
    replay.start();
    expect(log).toEqual(['hop 0/3 s5']);
    expect(replay.current).toBe(0);
    replay.advance(HOP_MS / 2);
    expect(replay.at.progress).toBeCloseTo(0.5);
    replay.advance(HOP_MS / 2);
    expect(log).toEqual(['hop 0/3 s5', 'hop 1/3 s2']);
    replay.advance(HOP_MS + LAST_HOP_MS);
    expect(log).toEqual(['hop 0/3 s5', 'hop 1/3 s2', 'hop 2/3 s7', 'complete']);
    expect(replay.running).toBe(false);
    expect(replay.current).toBe(-1);
    replay.advance(10_000);
    expect(log).toHaveLength(4);
  });

  it('a slow frame that skips hops still reports each one, in order', () => {
    const { replay, log } = recorder([1, 2, 3, 4]);
    replay.start();
    replay.advance(HOP_MS * 2.5);
    expect(log).toEqual(['hop 0/4 s1', 'hop 1/4 s2', 'hop 2/4 s3']);
  });

  it('restarts from the first hop; stop() ends it without completing; an empty path does nothing', () => {
    const { replay, log } = recorder([1, 2]);
    replay.start();
    replay.advance(HOP_MS);
    replay.start();
    expect(log).toEqual(['hop 0/2 s1', 'hop 1/2 s2', 'hop 0/2 s1']);
    replay.stop();
    replay.advance(HOP_MS * 5);
    expect(log).toHaveLength(3);
    const empty = recorder([]);
    empty.replay.start();
    expect(empty.replay.running).toBe(false);
    expect(empty.log).toEqual([]);
  });
});

describe('Replay.stepEvery (reduced motion)', () => {
  it('jumps one whole hop per timer tick until done, then stops asking for timers', () => {
    const { replay, log } = recorder([1, 2, 3]);
    const timers: (() => void)[] = [];
    const after = (ms: number, fn: () => void) => {
      expect(ms).toBe(HOP_MS);
      timers.push(fn);
      return () => undefined;
    };
    let steps = 0;
    replay.start();
    replay.stepEvery(after, () => steps++);
    while (timers.length) timers.shift()!();
    expect(log).toEqual(['hop 0/3 s1', 'hop 1/3 s2', 'hop 2/3 s3', 'complete']);
    expect(steps).toBe(3); // two hops, then the rest on the last one
  });

  it('cancel stops the steps', () => {
    const { replay, log } = recorder([1, 2, 3]);
    let pending: (() => void) | undefined;
    let cancelled = false;
    replay.start();
    const cancel = replay.stepEvery(
      (_ms, fn) => {
        pending = fn;
        return () => (cancelled = true);
      },
      () => undefined,
    );
    cancel();
    expect(cancelled).toBe(true);
    expect(pending).toBeDefined();
    expect(log).toEqual(['hop 0/3 s1']);
  });
});

describe('captions', () => {
  const plan = planTopology(demo);
  it('names the path, a hop and completion', () => {
    expect(pathCaption(plan)).toBe('Request path: API Gateway → Auth → API Service → Booking Engine → Redis → PostgreSQL → Kafka → Workers');
    expect(hopCaption(2, 8, 'API Service')).toBe('Hop 3 of 8: API Service');
    expect(completeCaption(plan)).toBe('Request complete in 8 hops. Path: API Gateway → Auth → API Service → Booking Engine → Redis → PostgreSQL → Kafka → Workers');
    expect(completeCaption({ path: Int32Array.from([0]), names: ['Solo'] })).toBe('Request complete in 1 hop. Path: Solo');
    expect(pathCaption({ path: new Int32Array(0), names: [] })).toBe('No request path');
  });
});
