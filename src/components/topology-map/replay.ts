/**
 * The request replay as a small state machine over the timeline in orbit.ts
 * (`hopAt`), plus the captions it shows. The element feeds it time (frames,
 * or whole hops under reduced motion) and turns its callbacks into events.
 */
import { HOP_MS, HopState, TopologyPlan, hopAt } from './orbit';

export interface ReplayListener {
  /** A hop was reached: `index` into the path, `service` index into the plan. */
  hop(index: number, total: number, service: number): void;
  /** The packet rested on the last hop: the replay is over. */
  complete(): void;
}

export class Replay {
  /** True from `start()` until the last hop has been reached and rested on. */
  running = false;
  /** Where the packet is (index -1 when no replay has run). */
  readonly at: HopState = { index: -1, progress: 0, done: true };
  private t = 0;
  private reached = -1;

  /** @param path service indices in hop order */
  constructor(private path: ArrayLike<number>, private listener: ReplayListener) {}

  private get hops(): number {
    return this.path.length;
  }

  /** (Re)starts from the first hop; reports it at once. Does nothing for an empty path. */
  start(): void {
    if (!this.hops) return;
    this.running = true;
    this.t = 0;
    this.reached = -1;
    this.advance(0);
  }

  /** Stops without completing (new content, removal). */
  stop(): void {
    this.running = false;
  }

  /**
   * Moves the packet `dt` ms on; reports every hop reached since the last
   * call, in order (even when a slow frame skipped one), then completion.
   */
  advance(dt: number): void {
    if (!this.running) return;
    this.t += dt;
    hopAt(this.t, this.hops, HOP_MS, this.at);
    while (this.reached < this.at.index) {
      const index = ++this.reached;
      this.listener.hop(index, this.hops, this.path[index]);
    }
    if (this.at.done) {
      this.running = false;
      this.listener.complete();
    }
  }

  /**
   * Under reduced motion the packet jumps: one whole hop every `HOP_MS` of
   * `after` (a Motion timer), `onStep` after each, until done. Returns a cancel.
   */
  stepEvery(after: (ms: number, fn: () => void) => () => void, onStep: () => void): () => void {
    let cancel = () => {};
    const step = () => {
      this.advance(HOP_MS);
      onStep();
      if (this.running) cancel = after(HOP_MS, step);
    };
    if (this.running) cancel = after(HOP_MS, step);
    return () => cancel();
  }

  /** The hop the packet last reached during a replay, or -1. */
  get current(): number {
    return this.running ? this.at.index : -1;
  }
}

/** "Request path: A → B → C" (or "No request path"). */
export function pathCaption(plan: Pick<TopologyPlan, 'path' | 'names'>, prefix = 'Request path'): string {
  const { path, names } = plan;
  if (!path.length) return 'No request path';
  return `${prefix}: ${Array.from(path, i => names[i]).join(' → ')}`;
}

/** "Hop 3 of 8: API Service". */
export const hopCaption = (index: number, total: number, name: string) => `Hop ${index + 1} of ${total}: ${name}`;

/** "Request complete in 8 hops. Path: A → …". */
export function completeCaption(plan: Pick<TopologyPlan, 'path' | 'names'>): string {
  const total = plan.path.length;
  return `Request complete in ${total} hop${total === 1 ? '' : 's'}. ${pathCaption(plan, 'Path')}`;
}
