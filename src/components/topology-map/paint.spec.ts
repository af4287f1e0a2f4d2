import { topology as demo } from '../../data/demo/topology';
import { LabelPlacer, LabelRank } from './labels';
import { planTopology, positionsAt } from './orbit';
import { Frame, LABEL_BOX_H, MARGIN, Palette, geometry, nodeExtents, paint } from './paint';

/** A 2D context that records what is drawn (the e2e tests read real canvas pixels). */
function recorder() {
  const calls: { op: string; args: unknown[]; fill?: string }[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get: (_t, op: string) =>
      op in state
        ? state[op]
        : (...args: unknown[]) => {
            calls.push({ op, args, fill: state.fillStyle as string });
          },
    set: (_t, op: string, v) => {
      state[op] = v;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, calls };
}

const palette: Palette = { fg: 'FG', muted: 'MUTED', border: 'BORDER', accent: 'ACCENT', warn: 'WARN', error: 'ERROR', surface: 'SURFACE', font: '11px monospace' };

function frame(overrides: Partial<Frame> = {}) {
  const plan = planTopology(demo);
  const n = plan.ids.length;
  const g = geometry(800, 480, n);
  const labels = new LabelPlacer(new Float64Array(n).fill(60), LABEL_BOX_H);
  const f: Frame = { ...g, width: 800, height: 480, dpr: 2, pos: positionsAt(plan, 0, g.cx, g.cy, g.maxR, new Float64Array(2 * n)), health: new Uint8Array(n), selected: -1, focused: -1, hop: -1, progress: 0, labels, ...overrides };
  const radius = nodeExtents(plan, f, new Float64Array(n));
  labels.rankAll(() => LabelRank.Other);
  labels.place({ width: 800, height: 480, pos: f.pos, radius });
  return { plan, f, radius };
}

describe('geometry', () => {
  it('centres the map and leaves room for a label around the outer orbit', () => {
    expect(geometry(800, 480, 14)).toEqual({ cx: 400, cy: 240, maxR: 240 - MARGIN, node: 7 });
    expect(geometry(260, 260, 14).node).toBe(5); // a small map gets smaller nodes
    expect(geometry(1000, 800, 30).node).toBe(5); // and so does a crowded one
    expect(geometry(10, 10, 4).maxR).toBe(10);
  });
});

describe('nodeExtents', () => {
  it('grows a node by the ring drawn around it: health, hop, selection, focus', () => {
    const { plan, f } = frame();
    f.health[0] = 2;
    const r = nodeExtents(plan, { ...f, selected: 1, focused: 2, hop: 0 }, new Float64Array(plan.ids.length));
    const hopNode = plan.path[0];
    expect(r[3]).toBe(f.node + 2);
    expect(r[0]).toBe(f.node + 6);
    expect(r[1]).toBe(f.node + 8);
    expect(r[2]).toBe(f.node + 10);
    expect(r[hopNode]).toBe(f.node + 7);
  });
});

describe('paint', () => {
  it('draws each placed label at the centre of its box, and no text for a label not placed', () => {
    const { plan, f } = frame();
    f.labels.anchor[3] = -1; // as if it had found no place
    const { ctx, calls } = recorder();
    paint(ctx, plan, f, palette);
    const texts = calls.filter(c => c.op === 'fillText');
    expect(texts.map(c => c.args[0])).toEqual(plan.names.filter((_, i) => i !== 3));
    const i = 5;
    const b = f.labels.boxes;
    const drawn = texts.find(c => c.args[0] === plan.names[i])!;
    expect(drawn.args[1]).toBeCloseTo(b[4 * i] + b[4 * i + 2] / 2);
    expect(drawn.args[2]).toBeCloseTo(b[4 * i + 1] + b[4 * i + 3] / 2 + 0.5);
  });

  it('fills nodes in one pass per health colour and scales to device pixels', () => {
    const { plan, f } = frame();
    f.health[1] = 1;
    f.health[2] = 2;
    const { ctx, calls } = recorder();
    paint(ctx, plan, f, palette);
    expect(calls[0]).toMatchObject({ op: 'setTransform', args: [2, 0, 0, 2, 0, 0] });
    const fills = calls.filter(c => c.op === 'fill').map(c => c.fill);
    expect(fills).toEqual(['MUTED', 'ACCENT', 'WARN', 'ERROR', 'SURFACE']); // hub, three health colours, label chips
  });

  it('draws the packet and the travelled path during a replay', () => {
    const { plan, f } = frame({ hop: 2, progress: 0.5 });
    const { ctx, calls } = recorder();
    paint(ctx, plan, f, palette);
    const arcs = calls.filter(c => c.op === 'arc' && c.args[2] === 4);
    const [a, b] = [plan.path[2], plan.path[3]];
    expect(arcs).toHaveLength(1);
    expect(arcs[0].args[0]).toBeCloseTo((f.pos[2 * a] + f.pos[2 * b]) / 2);
  });
});
