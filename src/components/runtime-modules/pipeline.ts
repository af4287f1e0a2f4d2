/**
 * Pure logic behind the runtime-module cards: which colour a status gets, what
 * the stage caption says, and where the travelling pulse is at a given time.
 */

/** Colour families for the status chip. Unknown statuses are shown in the neutral one. */
export type StatusTone = 'stable' | 'optimized' | 'resilient' | 'neutral';

// A Map, not an object literal: a status like "constructor" must not find Object.prototype.
const TONES = new Map<string, StatusTone>([
  ['stable', 'stable'],
  ['optimized', 'optimized'],
  ['optimised', 'optimized'],
  ['resilient', 'resilient'],
]);

/** The chip colour for a status (case and surrounding spaces ignored). */
export function statusTone(status: string): StatusTone {
  return TONES.get(status.trim().toLowerCase()) ?? 'neutral';
}

/** "stage 2/5: Booking Engine" (index from 0). */
export function stageCaption(index: number, total: number, name: string): string {
  return `stage ${index + 1}/${total}: ${name}`;
}

/** The caption when no stage is hovered or focused. */
export function idleCaption(total: number): string {
  return `${total} stage${total === 1 ? '' : 's'}: hover or focus one to name it`;
}

export interface PulseTiming {
  /** How long the pulse rests on a stage, ms. */
  dwell: number;
  /** How long it takes along one arrow to the next stage, ms. */
  travel: number;
  /** Pause after the last stage before starting over, ms. */
  rest: number;
}

export const PULSE: PulseTiming = { dwell: 520, travel: 380, rest: 900 };

/** Where the pulse is: on a stage (`arrow` null) or on the arrow after `stage`, `arrow` of the way (0..1). */
export interface PulsePosition {
  stage: number;
  arrow: number | null;
}

/** One full pass over `count` stages, ms. */
export function pulseCycle(count: number, t: PulseTiming = PULSE): number {
  return count <= 0 ? 0 : count * t.dwell + (count - 1) * t.travel + t.rest;
}

/**
 * The pulse's position `elapsed` ms into the loop, or null while it rests
 * after the last stage (and for an empty pipeline).
 */
export function pulseAt(elapsed: number, count: number, t: PulseTiming = PULSE): PulsePosition | null {
  const cycle = pulseCycle(count, t);
  if (!cycle) return null;
  let at = ((elapsed % cycle) + cycle) % cycle;
  for (let stage = 0; stage < count; stage++) {
    if (at < t.dwell) return { stage, arrow: null };
    at -= t.dwell;
    if (stage === count - 1) break;
    if (at < t.travel) return { stage, arrow: at / t.travel };
    at -= t.travel;
  }
  return null;
}
