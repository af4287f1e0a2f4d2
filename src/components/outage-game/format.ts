/** How the game's numbers read on screen, and the in-between frames of a metrics change. */
import type { Metrics, Outcome, Scoring } from '../../data/types';

export const METRICS_MS = 600;

export const formatLatency = (ms: number) => `${Math.round(ms)}ms`;

/** A fraction as a percentage: 0.22 -> "22%", 0.025 -> "2.5%". */
export const formatRate = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

export const formatThroughput = (rps: number) => `${Math.round(rps)}rps`;

/** +75, -25, 0. */
export const formatPoints = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/** "clean fix bonus: +75 | hint: -25 | crash: -50" */
export const scoringLine = (s: Scoring) => `clean fix bonus: ${formatPoints(s.cleanFix)} | hint: ${formatPoints(s.hint)} | crash: ${formatPoints(s.crash)}`;

export const OUTCOME_LABEL: Record<Outcome, string> = { clean: 'clean', ok: 'works, not clean', crash: 'crash' };

const easeOutCubic = (t: number) => 1 - Math.pow(1 - t, 3);

/** Metrics `elapsed` ms into an animation of `duration` ms from `from` to `to`. */
export function tweenMetrics(from: Metrics, to: Metrics, elapsed: number, duration = METRICS_MS): Metrics {
  const t = duration <= 0 ? 1 : easeOutCubic(Math.min(1, Math.max(0, elapsed / duration)));
  const mix = (a: number, b: number) => a + (b - a) * t;
  return {
    latencyMs: mix(from.latencyMs, to.latencyMs),
    errorRate: mix(from.errorRate, to.errorRate),
    throughputRps: mix(from.throughputRps, to.throughputRps),
  };
}
