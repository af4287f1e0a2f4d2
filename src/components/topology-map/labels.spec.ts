import { ANCHORS, FAR_RINGS, FREE, LabelPlacer, LabelRank, PlaceOptions, boxesOverlap, circleHitsBox } from './labels';

/** A small deterministic PRNG (mulberry32), so a failing case can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const box = (p: LabelPlacer, i: number) => Array.from(p.boxes.subarray(4 * i, 4 * i + 4));

/** Every invariant the map promises: inside the canvas, clear of every node and every other label. */
function violations(p: LabelPlacer, o: PlaceOptions): string[] {
  const bad: string[] = [];
  const shown = [...Array(p.count).keys()].filter(i => p.anchor[i] >= 0);
  for (const i of shown) {
    const [x, y, w, h] = box(p, i);
    if (x < 0 || y < 0 || x + w > o.width || y + h > o.height) bad.push(`label ${i} leaves the canvas`);
    for (let j = 0; j < p.count; j++) if (circleHitsBox(o.pos[2 * j], o.pos[2 * j + 1], o.radius[j], x, y, w, h)) bad.push(`label ${i} covers node ${j}`);
    for (const j of shown) if (j !== i && boxesOverlap(box(p, i), box(p, j))) bad.push(`labels ${i} and ${j} overlap`);
  }
  return bad;
}

function scene(points: number[][], width = 400, height = 300, r = 8): PlaceOptions {
  return { width, height, pos: Float64Array.from(points.flat()), radius: new Float64Array(points.length).fill(r) };
}

const everyOther = () => LabelRank.Other;

/** Two nodes on top of each other near the top of a small canvas: one label fits (below), and only once. */
const tight = () =>
  scene(
    [
      [30, 18],
      [31, 18],
    ],
    60,
    45,
    5,
  );

describe('LabelPlacer', () => {
  it('labels every node when there is room, below it by preference', () => {
    const o = scene([
      [100, 100],
      [300, 100],
      [200, 200],
    ]);
    const p = new LabelPlacer(Float64Array.from([60, 60, 60]), 15);
    p.rankAll(everyOther);
    expect(p.place(o)).toBe(3);
    expect(Array.from(p.anchor)).toEqual([0, 0, 0]);
    // Centred under the node, `radius + gap` below its centre.
    expect(box(p, 0)).toEqual([70, 111, 60, 15]);
    expect(violations(p, o)).toEqual([]);
  });

  it('moves a label to another side when below is taken or outside the canvas', () => {
    const o = scene([
      [100, 290], // at the bottom edge: below would leave the canvas
      [100, 100],
      [100, 130], // right under node 1: its label below would cover node 2
    ]);
    const p = new LabelPlacer(Float64Array.from([40, 40, 40]), 15);
    p.rankAll(everyOther);
    p.place(o);
    expect(p.anchor[0]).toBe(1); // above
    expect(p.anchor[1]).not.toBe(0);
    expect(p.anchor[1]).toBeGreaterThanOrEqual(0);
    expect(violations(p, o)).toEqual([]);
  });

  it('drops a label that fits nowhere, rather than overlap', () => {
    const o = tight();
    const p = new LabelPlacer(Float64Array.from([50, 50]), 12);
    p.rankAll(everyOther);
    expect(p.place(o)).toBeLessThan(2);
    expect(violations(p, o)).toEqual([]);
  });

  it('places priority labels first: the inspected node wins the only free spot', () => {
    const o = tight();
    const p = new LabelPlacer(Float64Array.from([50, 50]), 12);
    p.rankAll(i => (i === 1 ? LabelRank.Inspected : LabelRank.Other));
    p.place(o);
    expect(p.anchor[1]).toBeGreaterThanOrEqual(0);
    expect(p.anchor[0]).toBe(-1);
  });

  it('lets priority labels use the far anchors when every near one is taken', () => {
    // A node boxed in by neighbours on every side at near-label distance.
    const ring = Array.from({ length: 8 }, (_, k) => [200 + 17 * Math.cos((k * Math.PI) / 4), 150 + 17 * Math.sin((k * Math.PI) / 4)]);
    const o = scene([[200, 150], ...ring], 400, 300, 3);
    const widths = new Float64Array(9).fill(30);
    const plain = new LabelPlacer(widths, 12);
    plain.rankAll(i => (i === 0 ? LabelRank.Other : LabelRank.Kept));
    plain.place(o);
    expect(plain.anchor[0]).toBe(-1);
    const priority = new LabelPlacer(widths, 12);
    priority.rankAll(i => (i === 0 ? LabelRank.Down : LabelRank.Kept));
    priority.place(o);
    expect(priority.anchor[0]).toBeGreaterThanOrEqual(ANCHORS);
    expect(priority.anchor[0]).toBeLessThan(ANCHORS * (1 + FAR_RINGS));
    expect(violations(priority, o)).toEqual([]);
  });

  it('a priority label with no place around its node takes the nearest free spot in the canvas', () => {
    // The node sits inside a dense field of nodes; the only room is right of the field.
    const field: number[][] = [];
    for (let x = 4; x <= 200; x += 14) for (let y = 4; y <= 296; y += 14) field.push([x, y]);
    const target = field.findIndex(([x, y]) => x === 102 && y === 144);
    const o = scene(field, 400, 300, 3);
    const p = new LabelPlacer(new Float64Array(field.length).fill(30), 12);
    p.rankAll(i => (i === target ? LabelRank.Inspected : LabelRank.Other));
    p.place(o);
    expect(p.anchor[target]).toBe(FREE);
    const [x, y] = box(p, target);
    expect(x).toBeGreaterThan(200);
    expect(Math.abs(y + 6 - 144)).toBeLessThan(10); // level with its node
    expect(violations(p, o)).toEqual([]);
  });

  it('keeps a label on the side it had last frame while that side is still free', () => {
    const o = scene([
      [100, 100],
      [100, 125],
    ]);
    const p = new LabelPlacer(Float64Array.from([40, 40]), 15);
    p.rankAll(everyOther);
    p.place(o);
    const first = p.anchor[0];
    expect(first).toBe(1); // above: node 1 sits below node 0
    // Node 1 moves away: below is free again, but node 0's label stays where it was.
    o.pos[3] = 250;
    p.rankAll((i, shown) => (shown ? LabelRank.Kept : LabelRank.Other));
    p.place(o);
    expect(p.anchor[0]).toBe(first);
  });

  it('a label shown last frame keeps its place over one that was not', () => {
    const o = tight();
    const p = new LabelPlacer(Float64Array.from([50, 50]), 12);
    p.rankAll(i => (i === 1 ? LabelRank.Inspected : LabelRank.Other));
    p.place(o);
    expect(p.anchor[1]).toBeGreaterThanOrEqual(0);
    // Nothing is inspected any more: node 1's label stays (it was shown), node 0 still waits.
    p.rankAll((_, shown) => (shown ? LabelRank.Kept : LabelRank.Other));
    p.place(o);
    expect(p.anchor[1]).toBeGreaterThanOrEqual(0);
    expect(p.anchor[0]).toBe(-1);
  });

  it('keeps clear of the hub at the centre', () => {
    const o = { ...scene([[200, 130]]), hub: [200, 150, 3] as [number, number, number] };
    const p = new LabelPlacer(Float64Array.from([40]), 15);
    p.rankAll(everyOther);
    p.place(o);
    expect(p.anchor[0]).toBeGreaterThan(0); // not below: the hub is there
    const [x, y, w, h] = box(p, 0);
    expect(circleHitsBox(200, 150, 3, x, y, w, h)).toBe(false);
  });

  it('never breaks its promises over thousands of random crowded frames, 4 to 40 nodes, 240 to 1000 px', () => {
    const random = rng(42);
    for (let round = 0; round < 400; round++) {
      const n = 4 + Math.floor(random() * 37);
      const width = 240 + random() * 760;
      const height = 200 + random() * 400;
      const points = Array.from({ length: n }, () => [random() * width, random() * height]);
      const o = scene(points, width, height, 4 + random() * 8);
      o.hub = [width / 2, height / 2, 3];
      const p = new LabelPlacer(Float64Array.from({ length: n }, () => 20 + random() * 90), 15);
      for (let frame = 0; frame < 5; frame++) {
        // Nodes drift between frames, as they do on their orbits.
        for (let k = 0; k < o.pos.length; k++) o.pos[k] += (random() - 0.5) * 6;
        const inspected = Math.floor(random() * n);
        p.rankAll((i, shown) => (i === inspected ? LabelRank.Inspected : shown ? LabelRank.Kept : LabelRank.Other));
        p.place(o);
        const bad = violations(p, o);
        if (bad.length) throw new Error(`round ${round} frame ${frame}: ${bad[0]}`);
      }
    }
  });
});

describe('geometry helpers', () => {
  it('circleHitsBox: inside, touching an edge, beyond a corner', () => {
    expect(circleHitsBox(5, 5, 1, 0, 0, 10, 10)).toBe(true);
    expect(circleHitsBox(-2, 5, 3, 0, 0, 10, 10)).toBe(true);
    expect(circleHitsBox(-3, 5, 3, 0, 0, 10, 10)).toBe(false);
    expect(circleHitsBox(-2, -2, 2.5, 0, 0, 10, 10)).toBe(false); // corner distance 2.83
    expect(circleHitsBox(-2, -2, 3, 0, 0, 10, 10)).toBe(true);
  });
  it('boxesOverlap: sharing an edge is not overlapping', () => {
    expect(boxesOverlap([0, 0, 10, 10], [5, 5, 10, 10])).toBe(true);
    expect(boxesOverlap([0, 0, 10, 10], [10, 0, 10, 10])).toBe(false);
  });
});
