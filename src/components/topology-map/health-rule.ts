/**
 * The one rule that combines the map's live health with the store's.
 *
 * A service shows the WORST of what it is told. The store (the outage game,
 * or the host through `setHealth`) marks a service by id or a whole layer by
 * kind; the live status document (`health-src`, read in health.ts) marks it by
 * id or name. Worst wins, so a crash in the game shows even while the status
 * page says "operational", and an outage on the status page shows even while
 * the game is calm. Each source clears only its own marks.
 */
export type NodeHealth = 'ok' | 'degraded' | 'down';

export const HEALTH_RANK: Record<NodeHealth, number> = { ok: 0, degraded: 1, down: 2 };
const BY_RANK: NodeHealth[] = ['ok', 'degraded', 'down'];

/** The worse of two healths (anything unknown counts as ok). */
export function worst(a: string | undefined, b: string | undefined): NodeHealth {
  const ra = HEALTH_RANK[a as NodeHealth] ?? 0;
  const rb = HEALTH_RANK[b as NodeHealth] ?? 0;
  return BY_RANK[Math.max(ra, rb)];
}

/**
 * A service's health from the store's map: keyed by service id or by layer
 * kind (a kind applies to every service of that layer); the worse wins.
 */
export function healthOf(health: Readonly<Record<string, string>>, id: string, kind: string): NodeHealth {
  return worst(health[id], health[kind]);
}

/**
 * What a service shows: the store's health (id or layer kind) combined with
 * the live status document's (`live`, by service id; absent = no word) by
 * the worst-wins rule above.
 */
export function combinedHealth(store: Readonly<Record<string, string>>, live: Readonly<Record<string, NodeHealth>> | null | undefined, id: string, kind: string): NodeHealth {
  return worst(healthOf(store, id, kind), live?.[id]);
}
