/**
 * One truth about health. What the game says about the services its incident
 * hurts is worked out here, once, and shown three ways: the badge on the live
 * metrics, the marks in the page's store (`setHealth`: the topology map reads
 * them) and the lines it writes to the log stream (`appendLog`). Pure: the
 * element applies what these functions return and decides nothing itself.
 *
 * The rule, first match wins:
 * - down: the last action crashed, or the error rate is 25 % or more;
 * - degraded: latency over 250 ms or error rate over 2 %;
 * - ok ("healthy"): otherwise.
 * It reads the metrics as they stand, resolved or not: a runbook finished after
 * a crash (or with "works, not clean" steps) usually leaves the metrics above
 * the healthy line, and then the badge, the map and the log all say degraded
 * until the next scenario. Nothing runs (deck over, element removed): no marks.
 */
import type { LogLevel, Metrics, OutageOption, Scenario } from '../../data/types';
import type { Health } from '../../store';
import { currentScenario, DOWN_ERROR_RATE, GameState, isHealthy, scenarioNumber } from './engine';
import { formatLatency, formatRate } from './format';

/** The badge's words (and class names) for a health. */
export const HEALTH_LABEL: Record<Health, 'healthy' | 'degraded' | 'down'> = { ok: 'healthy', degraded: 'degraded', down: 'down' };

/** Log level of a line that states a health. */
export const HEALTH_LEVEL: Record<Health, LogLevel> = { ok: 'info', degraded: 'warn', down: 'error' };

/** Log level of an applied option's own line. */
export const OUTCOME_LEVEL = { clean: 'info', ok: 'warn', crash: 'error' } as const;

/** `source` of every line the game writes (the log stream's tag filter shows it). */
export const LOG_SOURCE = 'outage-game';

/** The rule above, for metrics and whether the last action crashed. */
export function healthOf(metrics: Metrics, crashed = false): Health {
  if (crashed || metrics.errorRate >= DOWN_ERROR_RATE) return 'down';
  return isHealthy(metrics) ? 'ok' : 'degraded';
}

/** The incident a game is running, as the rest of the page sees it. */
export interface Incident {
  scenarioId: string;
  /** Its number in the deck, as the card shows it ("#32"). */
  number: number;
  title: string;
  /** Service ids or layer kinds it marks (`scenario.affects`). */
  services: readonly string[];
  health: Health;
  metrics: Metrics;
  resolved: boolean;
}

/** The running incident; null when nothing runs (no game, an empty deck, the deck finished). */
export function incidentOf(game: GameState | undefined, deck: readonly Scenario[]): Incident | null {
  const scenario = game && !game.over ? currentScenario(game, deck) : undefined;
  if (!game || !scenario) return null;
  const last = game.applied[game.applied.length - 1];
  return {
    scenarioId: scenario.id,
    number: scenarioNumber(game),
    title: scenario.title,
    services: scenario.affects ?? [],
    health: healthOf(game.metrics, last?.outcome === 'crash'),
    metrics: game.metrics,
    resolved: game.resolved,
  };
}

/** Health marks per service id: every affected service at the incident's health; none when healthy. */
export type Marks = Readonly<Record<string, Health>>;

export function marksOf(incident: Incident | null): Marks {
  if (!incident || incident.health === 'ok') return {};
  return Object.fromEntries(incident.services.map(id => [id, incident.health]));
}

/**
 * The `setHealth(ids, health)` calls that turn the marks `from` into `to`:
 * clearing first (with `ok`), then one call per health. Marks that stay the same
 * are not written again, so a map repaints only what changed.
 */
export function markChanges(from: Marks, to: Marks): [string[], Health][] {
  const byHealth = new Map<Health, string[]>();
  const add = (id: string, h: Health) => byHealth.set(h, [...(byHealth.get(h) ?? []), id]);
  for (const id of Object.keys(from)) if (!(id in to)) add(id, 'ok');
  for (const [id, h] of Object.entries(to)) if (from[id] !== h) add(id, h);
  const order: Health[] = ['ok', 'degraded', 'down'];
  return order.filter(h => byHealth.has(h)).map(h => [byHealth.get(h)!, h]);
}

export interface GameLine {
  text: string;
  level: LogLevel;
}

/** An applied option's own line (the content's `log`), at the level of its outcome. */
export const actionLine = (option: OutageOption): GameLine => ({ text: option.log, level: OUTCOME_LEVEL[option.outcome] });

/** "monitor, api degraded (520ms, 22% errors)"; without services, the metrics alone. */
function stated(i: Incident): string {
  const who = i.services.length ? `${i.services.join(', ')} ` : '';
  return `${who}${HEALTH_LABEL[i.health]} (${formatLatency(i.metrics.latencyMs)}, ${formatRate(i.metrics.errorRate)} errors)`;
}

const sameIncident = (a: Incident, b: Incident) => a.scenarioId === b.scenarioId && a.number === b.number;

/**
 * The lines that tell the log stream how the incident changed from `prev` to
 * `next` (null: none running). Every change of health gets a line that states
 * it, so the newest "incident #N" line always says what the badge and the map
 * say. `fresh`: `next` belongs to a new deal (restart, new deck, restored game),
 * even when it is the same scenario.
 *
 * - opened: "incident #32 Log Volume Spike: monitor, api degraded (520ms, 22% errors)"
 * - health changed: "incident #32: monitor, api down (890ms, 37% errors)"
 * - resolved: "incident #32 resolved: monitor, api healthy (190ms, 1% errors)"
 * - closed (next scenario, game over, new deal), only when that changes something:
 *   "incident #32 closed unresolved: monitor, api marks cleared"
 */
export function healthLines(prev: Incident | null, next: Incident | null, fresh = false): GameLine[] {
  if (prev && next && !fresh && sameIncident(prev, next)) {
    if (next.resolved && !prev.resolved) return [{ text: `incident #${next.number} resolved: ${stated(next)}`, level: HEALTH_LEVEL[next.health] }];
    if (next.health !== prev.health) return [{ text: `incident #${next.number}: ${stated(next)}`, level: HEALTH_LEVEL[next.health] }];
    return [];
  }
  const lines: GameLine[] = [];
  if (prev) {
    const marked = prev.health !== 'ok' && prev.services.length > 0;
    if (marked || !prev.resolved) {
      lines.push({
        text: `incident #${prev.number} closed${prev.resolved ? '' : ' unresolved'}${marked ? `: ${prev.services.join(', ')} marks cleared` : ''}`,
        level: prev.resolved ? 'info' : 'warn',
      });
    }
  }
  if (next) lines.push({ text: `incident #${next.number} ${next.title}: ${stated(next)}`, level: HEALTH_LEVEL[next.health] });
  return lines;
}

/** Everything the page is told after a change: the marks to write and the lines to append. */
export interface Telling {
  marks: Marks;
  changes: [string[], Health][];
  lines: GameLine[];
}

/**
 * One step of keeping the page in line with the game: from what it was last
 * told (`prev`, with the marks written then) to the incident now running.
 * `log: false` re-marks without writing lines (the element was moved in the
 * DOM or removed: not a game event).
 */
export function tell(prev: { incident: Incident | null; marks: Marks }, next: Incident | null, opts: { fresh?: boolean; log?: boolean } = {}): Telling {
  const marks = marksOf(next);
  return {
    marks,
    changes: markChanges(prev.marks, marks),
    lines: opts.log === false ? [] : healthLines(prev.incident, next, opts.fresh),
  };
}

/** The store's game metrics for an incident (`setGameMetrics`), or null. */
export const gameMetricsOf = (i: Incident | null) => (i ? { scenarioId: i.scenarioId, title: i.title, ...i.metrics } : null);
