/**
 * Collects a burst of items and hands them over once per frame. The caller
 * passes the scheduler (the element uses its Motion, so nothing is scheduled
 * while it is off screen); `limit` flushes at once when too much waits, so a
 * chatty source cannot grow memory while frames are paused.
 */
export type Schedule = (run: () => void) => () => void;

export interface Batcher<T> {
  push(item: T): void;
  pushAll(items: readonly T[]): void;
  /** Hands over whatever waits, now. */
  flush(): void;
  /** Drops what waits and the scheduled frame. */
  cancel(): void;
  readonly pending: number;
}

export function batcher<T>(schedule: Schedule, onFlush: (items: T[]) => void, limit = Infinity): Batcher<T> {
  let queue: T[] = [];
  let unschedule: (() => void) | undefined;

  const flush = () => {
    unschedule?.();
    unschedule = undefined;
    if (!queue.length) return;
    const items = queue;
    queue = [];
    onFlush(items);
  };
  const wake = () => {
    if (queue.length >= limit) flush();
    else if (!unschedule && queue.length) unschedule = schedule(flush);
  };

  return {
    push(item) {
      queue.push(item);
      wake();
    },
    pushAll(items) {
      for (const item of items) queue.push(item);
      wake();
    },
    flush,
    cancel() {
      unschedule?.();
      unschedule = undefined;
      queue = [];
    },
    get pending() {
      return queue.length;
    },
  };
}
