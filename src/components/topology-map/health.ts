/**
 * Reading status documents (Statuspage v2, Uptime Kuma heartbeats, a plain
 * map) and matching them to services, for the live health of `health-src`.
 * Loaded with the poller (health-poll.ts) only when a map has a `health-src`;
 * how live health combines with the store's is health-rule.ts.
 */
import { NodeHealth, worst } from './health-rule';

/** A status document, read: health per lower-cased component id or name. */
export interface HealthReport {
  format: 'statuspage' | 'uptime-kuma' | 'map';
  entries: Map<string, NodeHealth>;
}

export type ParseResult = { ok: true; report: HealthReport } | { ok: false; error: string };

/** Statuspage v2 component status → health. */
const STATUSPAGE: Record<string, NodeHealth> = {
  operational: 'ok',
  degraded_performance: 'degraded',
  under_maintenance: 'degraded',
  partial_outage: 'down',
  major_outage: 'down',
};

/** Uptime Kuma heartbeat status (0 down, 1 up, 2 pending, 3 maintenance) → health. */
const KUMA: Record<number, NodeHealth> = { 0: 'down', 1: 'ok', 2: 'degraded', 3: 'degraded' };

const PLAIN: Record<string, NodeHealth> = { ok: 'ok', degraded: 'degraded', down: 'down' };

/** What a reader is told when a document is none of the formats. */
export const FORMATS_HINT = 'expected Statuspage v2 components, Uptime Kuma heartbeats or a { "service": "ok|degraded|down" } map';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const key = (v: unknown) => String(v).trim().toLowerCase();

/** Adds an entry, keeping the worse health when two components share a key. */
function put(entries: Map<string, NodeHealth>, k: string, h: NodeHealth) {
  if (!k) return;
  entries.set(k, worst(entries.get(k), h));
}

/**
 * Uptime Kuma's monitor names from its status page document
 * (`/api/status-page/<slug>`: `publicGroupList[].monitorList[] { id, name }`),
 * keyed by monitor id. Empty when the document has none.
 */
export function kumaMonitorNames(doc: unknown): Record<string, string> {
  const names: Record<string, string> = {};
  const groups = isObject(doc) ? doc.publicGroupList : undefined;
  if (!Array.isArray(groups)) return names;
  for (const g of groups) {
    const list = isObject(g) ? g.monitorList : undefined;
    if (!Array.isArray(list)) continue;
    for (const m of list) if (isObject(m) && m.id !== undefined && typeof m.name === 'string') names[String(m.id)] = m.name;
  }
  return names;
}

/**
 * The Uptime Kuma status page URL (monitor names) for a heartbeat URL
 * (`…/api/status-page/heartbeat/<slug>` → `…/api/status-page/<slug>`), or
 * null when `url` is not one.
 */
export function kumaNamesUrl(url: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    return null;
  }
  const m = /^(.*\/api\/status-page\/)heartbeat\/([^/]+)\/?$/.exec(u.pathname);
  if (!m) return null;
  u.pathname = m[1] + m[2];
  u.search = '';
  return u.href;
}

/**
 * Reads a status document. Recognised, in this order:
 * - Statuspage v2 `components.json` / `summary.json`: `components[] { id, name, status }`;
 * - Uptime Kuma `/api/status-page/heartbeat/<slug>`: `heartbeatList { <monitor id>: beats[] }`,
 *   the newest beat of each monitor counts; `monitorNames` (from `kumaMonitorNames`,
 *   or a `publicGroupList` in the same document) lets services match by monitor name;
 * - a plain map `{ "<service id or name>": "ok" | "degraded" | "down" }`.
 * Anything else is refused with a message saying what was expected.
 */
export function parseHealth(doc: unknown, monitorNames: Readonly<Record<string, string>> = {}): ParseResult {
  if (!isObject(doc)) return { ok: false, error: `not a status document (${FORMATS_HINT})` };
  const entries = new Map<string, NodeHealth>();

  if (Array.isArray(doc.components)) {
    for (const c of doc.components) {
      if (!isObject(c)) continue;
      const h = STATUSPAGE[key(c.status)];
      if (!h) continue; // an unknown status says nothing about the service
      if (c.id !== undefined) put(entries, key(c.id), h);
      if (c.name !== undefined) put(entries, key(c.name), h);
    }
    return { ok: true, report: { format: 'statuspage', entries } };
  }

  if (isObject(doc.heartbeatList)) {
    const names = { ...kumaMonitorNames(doc), ...monitorNames };
    for (const [id, beats] of Object.entries(doc.heartbeatList)) {
      if (!Array.isArray(beats)) continue;
      // The list runs oldest to newest; empty buckets are 0.
      let h: NodeHealth | undefined;
      for (let i = beats.length - 1; i >= 0 && !h; i--) {
        const b = beats[i];
        if (isObject(b) && typeof b.status === 'number') h = KUMA[b.status];
      }
      if (!h) continue;
      put(entries, key(id), h);
      if (names[id]) put(entries, key(names[id]), h);
    }
    return { ok: true, report: { format: 'uptime-kuma', entries } };
  }

  const values = Object.entries(doc);
  if (values.length && values.every(([, v]) => typeof v === 'string')) {
    for (const [k, v] of values) {
      const h = PLAIN[key(v)];
      if (h) put(entries, key(k), h);
    }
    if (entries.size) return { ok: true, report: { format: 'map', entries } };
  }
  return { ok: false, error: `not a status document (${FORMATS_HINT})` };
}

/** Services as the matcher sees them. */
export interface Named {
  ids: readonly string[];
  names: readonly string[];
}

/**
 * Health per service id from a report: a service matches a component by its
 * id or its name, case-insensitively (worse wins when both match). Services
 * the document does not mention are left out (no word is not "ok").
 */
export function matchHealth(report: HealthReport, services: Named): { health: Record<string, NodeHealth>; matched: number } {
  const health: Record<string, NodeHealth> = {};
  let matched = 0;
  services.ids.forEach((id, i) => {
    const byId = report.entries.get(key(id));
    const byName = report.entries.get(key(services.names[i]));
    if (!byId && !byName) return;
    matched++;
    health[id] = worst(byId, byName);
  });
  return { health, matched };
}
