import { topology as demo } from '../../data/demo/topology';
import type { Topology } from '../../data/types';
import { HOP_MS, LAST_HOP_MS, hitTest, hopAt, omegaOf, planTopology, positionsAt, replayDuration } from './orbit';

const small: Topology = {
  layers: [
    { id: 'c', name: 'Core', kind: 'core', orbit: 0.5, speed: 1 },
    { id: 'e', name: 'Edge', kind: 'edge', orbit: 1, speed: 0 },
    { id: 'x', name: 'Empty', kind: 'infra', orbit: 0.8, speed: 3 },
  ],
  services: [
    { id: 'e1', name: 'E1', layer: 'e', role: 'edge one' },
    { id: 'c1', name: 'C1', layer: 'c', role: 'core one' },
    { id: 'c2', name: 'C2', layer: 'c', role: 'core two' },
  ],
  requestPath: ['e1', 'c2', 'ghost', 'c1'],
};

describe('planTopology', () => {
  it('orders services by layer, drops empty layers from the rings and maps the path to indices', () => {
    const plan = planTopology(small);
    expect(plan.ids).toEqual(['c1', 'c2', 'e1']);
    expect(plan.kinds).toEqual(['core', 'core', 'edge']);
    expect(plan.layerNames).toEqual(['Core', 'Core', 'Edge']);
    expect(plan.rings.map(r => r.kind)).toEqual(['core', 'edge']);
    expect([...plan.path]).toEqual([2, 1, 0]);
  });

  it('spreads a layer evenly around its orbit', () => {
    const plan = planTopology(small);
    expect(plan.angle0[1] - plan.angle0[0]).toBeCloseTo(Math.PI);
  });

  it('plans the demo: 14 services, 4 rings, every hop known', () => {
    const plan = planTopology(demo);
    expect(plan.ids).toHaveLength(14);
    expect(plan.rings).toHaveLength(4);
    expect(plan.path).toHaveLength(demo.requestPath.length);
  });
});

describe('positionsAt', () => {
  const plan = planTopology(small);
  const out = new Float64Array(plan.ids.length * 2);

  it('puts each service at orbit × max radius from the centre', () => {
    positionsAt(plan, 1234, 100, 50, 80, out);
    const dist = (i: number) => Math.hypot(out[2 * i] - 100, out[2 * i + 1] - 50);
    expect(dist(0)).toBeCloseTo(40);
    expect(dist(1)).toBeCloseTo(40);
    expect(dist(2)).toBeCloseTo(80);
  });

  it('advances the angle at the layer speed (rpm): one revolution a minute at 1 rpm', () => {
    const angle = (t: number) => {
      positionsAt(plan, t, 0, 0, 1, out);
      return Math.atan2(out[1], out[0]);
    };
    expect(omegaOf(1) * 60000).toBeCloseTo(Math.PI * 2);
    const a0 = angle(0);
    expect(angle(15000) - a0).toBeCloseTo(Math.PI / 2); // a quarter turn in 15 s
    positionsAt(plan, 0, 0, 0, 1, out);
    const still = [out[4], out[5]];
    positionsAt(plan, 30000, 0, 0, 1, out);
    expect([out[4], out[5]]).toEqual(still); // speed 0 stands still
  });

  it('returns to the same place after a full revolution', () => {
    positionsAt(plan, 0, 0, 0, 10, out);
    const start = Array.from(out.slice(0, 2));
    positionsAt(plan, 60000, 0, 0, 10, out);
    expect(out[0]).toBeCloseTo(start[0]);
    expect(out[1]).toBeCloseTo(start[1]);
  });
});

describe('hitTest', () => {
  const pos = Float64Array.from([0, 0, 10, 0, 100, 100]);
  it('finds the nearest service within the radius', () => {
    expect(hitTest(pos, 3, 7, 1, 12)).toBe(1);
    expect(hitTest(pos, 3, 2, 0, 12)).toBe(0);
    expect(hitTest(pos, 3, 98, 103, 12)).toBe(2);
  });
  it('misses outside every radius and ignores entries past count', () => {
    expect(hitTest(pos, 3, 50, 50, 12)).toBe(-1);
    expect(hitTest(pos, 2, 100, 100, 12)).toBe(-1);
  });
});

describe('hopAt (request path timeline)', () => {
  it('reaches hop i at i × HOP_MS and travels between hops', () => {
    expect(hopAt(0, 4)).toEqual({ index: 0, progress: 0, done: false });
    expect(hopAt(HOP_MS / 2, 4)).toEqual({ index: 0, progress: 0.5, done: false });
    expect(hopAt(HOP_MS * 2.25, 4)).toEqual({ index: 2, progress: 0.25, done: false });
  });
  it('rests on the last hop, then is done', () => {
    expect(hopAt(HOP_MS * 3 + 1, 4)).toEqual({ index: 3, progress: 0, done: false });
    expect(replayDuration(4)).toBe(HOP_MS * 3 + LAST_HOP_MS);
    expect(hopAt(replayDuration(4), 4).done).toBe(true);
    expect(hopAt(1e9, 4).index).toBe(3);
  });
  it('writes into the given object (no allocation per frame) and handles an empty path', () => {
    const out = { index: 0, progress: 0, done: false };
    expect(hopAt(HOP_MS, 3, HOP_MS, out)).toBe(out);
    expect(out.index).toBe(1);
    expect(hopAt(0, 0)).toEqual({ index: -1, progress: 0, done: true });
  });
});
