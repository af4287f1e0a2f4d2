/**
 * Orbit geometry, hit testing and the request replay timeline as pure
 * functions. The element plans a topology once per content change, then each
 * frame only fills a preallocated position buffer (no allocation per frame).
 */
import type { LayerKind, Topology } from '../../data/types';

/** Milliseconds a packet takes from one hop to the next. */
export const HOP_MS = 600;
/** Extra time the packet rests on the last hop before the replay completes. */
export const LAST_HOP_MS = 400;

const TAU = Math.PI * 2;

export interface TopologyPlan {
  /** Services in keyboard order: by layer (content order), then content order. */
  ids: string[];
  names: string[];
  roles: string[];
  /** Layer id of each service. */
  layers: string[];
  layerNames: string[];
  kinds: LayerKind[];
  /** Orbit radius as a fraction of the largest orbit. */
  orbit: Float64Array;
  /** Angle at t = 0 (radians). */
  angle0: Float64Array;
  /** Angular speed (radians per millisecond). */
  omega: Float64Array;
  /** One entry per layer that has services: its orbit fraction and kind, for drawing the rings. */
  rings: { id: string; orbit: number; kind: LayerKind; name: string }[];
  /** Request path as indices into the arrays above (unknown ids are dropped; the validator refuses them anyway). */
  path: Int32Array;
}

/** Radians per millisecond for a speed in revolutions per minute. */
export const omegaOf = (rpm: number) => (rpm * TAU) / 60000;

/**
 * Lays the services out: each layer's services spread evenly around its
 * orbit; layers start at different phases so nodes on neighbouring orbits
 * don't line up.
 */
export function planTopology(topology: Topology): TopologyPlan {
  const ids: string[] = [];
  const names: string[] = [];
  const roles: string[] = [];
  const layers: string[] = [];
  const layerNames: string[] = [];
  const kinds: LayerKind[] = [];
  const orbit: number[] = [];
  const angle0: number[] = [];
  const omega: number[] = [];
  const rings: TopologyPlan['rings'] = [];
  topology.layers.forEach((layer, li) => {
    const members = topology.services.filter(s => s.layer === layer.id);
    if (!members.length) return;
    rings.push({ id: layer.id, orbit: layer.orbit, kind: layer.kind, name: layer.name });
    const phase = li * 0.61; // an irrational-ish offset per layer
    members.forEach((s, i) => {
      ids.push(s.id);
      names.push(s.name);
      roles.push(s.role);
      layers.push(layer.id);
      layerNames.push(layer.name);
      kinds.push(layer.kind);
      orbit.push(layer.orbit);
      angle0.push(phase + (TAU * i) / members.length);
      omega.push(omegaOf(layer.speed));
    });
  });
  const index = new Map(ids.map((id, i) => [id, i]));
  const path = topology.requestPath.map(id => index.get(id)).filter((i): i is number => i !== undefined);
  return {
    ids,
    names,
    roles,
    layers,
    layerNames,
    kinds,
    orbit: Float64Array.from(orbit),
    angle0: Float64Array.from(angle0),
    omega: Float64Array.from(omega),
    rings,
    path: Int32Array.from(path),
  };
}

/**
 * Fills `out` (length 2 × services: x0, y0, x1, y1, …) with every service's
 * position at time `t` (ms): radius = orbit × maxRadius around (cx, cy), the
 * angle advancing at the layer's speed. Allocation-free.
 */
export function positionsAt(plan: TopologyPlan, t: number, cx: number, cy: number, maxRadius: number, out: Float64Array): Float64Array {
  const n = plan.ids.length;
  for (let i = 0; i < n; i++) {
    const r = plan.orbit[i] * maxRadius;
    const a = plan.angle0[i] + plan.omega[i] * t;
    out[2 * i] = cx + r * Math.cos(a);
    out[2 * i + 1] = cy + r * Math.sin(a);
  }
  return out;
}

/** The service nearest to (x, y) within `radius`, or -1. Allocation-free. */
export function hitTest(positions: Float64Array, count: number, x: number, y: number, radius: number): number {
  let best = -1;
  let bestD = radius * radius;
  for (let i = 0; i < count; i++) {
    const dx = positions[2 * i] - x;
    const dy = positions[2 * i + 1] - y;
    const d = dx * dx + dy * dy;
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/** Where a replay is at time t. */
export interface HopState {
  /** Index (into the path) of the hop the packet last reached. */
  index: number;
  /** 0..1 of the way from hop `index` to hop `index + 1` (0 on the last hop). */
  progress: number;
  done: boolean;
}

/** Total duration of a replay over `hops` hops. */
export const replayDuration = (hops: number, hopMs = HOP_MS) => (hops <= 0 ? 0 : (hops - 1) * hopMs + LAST_HOP_MS);

/**
 * The replay timeline: the packet reaches hop i at i × hopMs, travels to the
 * next hop over hopMs, rests on the last one, then is done. Writes into `out`
 * so the frame loop allocates nothing.
 */
export function hopAt(t: number, hops: number, hopMs = HOP_MS, out: HopState = { index: 0, progress: 0, done: false }): HopState {
  if (hops <= 0) {
    out.index = -1;
    out.progress = 0;
    out.done = true;
    return out;
  }
  const time = Math.max(0, t);
  const index = Math.min(hops - 1, Math.floor(time / hopMs));
  out.index = index;
  out.progress = index === hops - 1 ? 0 : (time - index * hopMs) / hopMs;
  out.done = time >= replayDuration(hops, hopMs);
  return out;
}
