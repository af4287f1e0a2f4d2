/**
 * Drawing the map onto a 2D canvas: orbits, the request path and its packet,
 * nodes (shape by layer kind, colour and ring by health), focus rings and the
 * labels where `LabelPlacer` put them. Nothing here decides anything: the
 * frame says what to draw. Calls are batched (one fill per health colour, one
 * for every label chip) because this runs every animation frame.
 */
import type { LayerKind } from '../../data/types';
import { ANCHORS, LabelPlacer } from './labels';
import type { TopologyPlan } from './orbit';

const TAU = Math.PI * 2;
const DASH: number[] = [3, 3];
const SOLID: number[] = [];

/** Label text size (CSS px) and the box drawn around it. */
export const LABEL_FONT_PX = 11;
export const LABEL_PAD_X = 3;
export const LABEL_BOX_H = LABEL_FONT_PX + 4;
/** Space kept around the outer orbit (a label fits below or above a node there). */
export const MARGIN = LABEL_BOX_H + 14;

export interface Palette {
  fg: string;
  muted: string;
  border: string;
  accent: string;
  warn: string;
  error: string;
  surface: string;
  font: string;
}

/** Colours from the theme tokens, so the canvas follows `theme` and `--lbr-*` like the rest. */
export function readPalette(el: Element): Palette {
  const s = getComputedStyle(el);
  const v = (name: string, fallback: string) => s.getPropertyValue(name).trim() || fallback;
  return {
    fg: v('--_fg', '#e6edf3'),
    muted: v('--_muted', '#9aa7b4'),
    border: v('--_border', '#30363d'),
    accent: v('--_accent', '#39d0a0'),
    warn: v('--_warn', '#d29922'),
    error: v('--_error', '#ff6b61'),
    surface: v('--_surface', '#161b22'),
    font: `${LABEL_FONT_PX}px ${v('--_mono', 'monospace')}`,
  };
}

/** Where the map sits in a canvas of w × h for n services. */
export interface Geometry {
  cx: number;
  cy: number;
  /** Radius of the outermost orbit. */
  maxR: number;
  /** Node size (half its width). */
  node: number;
}

/** The map's centre, outer orbit and node size for a w × h canvas and n services (written into `out`). */
export function geometry(w: number, h: number, n: number, out: Geometry = { cx: 0, cy: 0, maxR: 0, node: 0 }): Geometry {
  out.cx = w / 2;
  out.cy = h / 2;
  out.maxR = Math.max(10, Math.min(w, h) / 2 - MARGIN);
  // Smaller nodes when many services share a small map.
  out.node = n > 24 || out.maxR < 120 ? 5 : 7;
  return out;
}

/** What one frame shows. Indices are into the plan; -1 means none. */
export interface Frame extends Geometry {
  width: number;
  height: number;
  dpr: number;
  pos: Float64Array;
  /** Health rank per service: 0 ok, 1 degraded, 2 down. */
  health: Uint8Array;
  selected: number;
  /** The keyboard focus ring (only while the map has focus). */
  focused: number;
  /** Path index of the hop the packet last reached during a replay, or -1. */
  hop: number;
  /** 0..1 of the way to the next hop. */
  progress: number;
  labels: LabelPlacer;
}

/**
 * Each node's drawn extent: its shape plus whatever ring is around it (health,
 * selection, current hop, focus). Labels keep clear of it. Writes into `out`.
 */
export function nodeExtents(plan: TopologyPlan, f: Omit<Frame, 'labels'>, out: Float64Array): Float64Array {
  const n = plan.ids.length;
  const hopNode = f.hop >= 0 ? plan.path[f.hop] : -1;
  for (let i = 0; i < n; i++) {
    let r = f.node + 2;
    if (f.health[i]) r = f.node + 6;
    if (i === hopNode) r = Math.max(r, f.node + 7);
    if (i === f.selected) r = Math.max(r, f.node + 8);
    if (i === f.focused) r = Math.max(r, f.node + 10);
    out[i] = r;
  }
  return out;
}

export function paint(ctx: CanvasRenderingContext2D, plan: TopologyPlan, f: Frame, c: Palette): void {
  const { width: w, height: h, cx, cy, maxR, node, pos, health } = f;
  const n = plan.ids.length;
  ctx.setTransform(f.dpr, 0, 0, f.dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.lineWidth = 1;

  // Orbits, async ones dashed.
  ctx.strokeStyle = c.border;
  for (const ring of plan.rings) {
    ctx.setLineDash(ring.kind === 'async' ? DASH : SOLID);
    ctx.beginPath();
    ctx.arc(cx, cy, ring.orbit * maxR, 0, TAU);
    ctx.stroke();
  }
  ctx.setLineDash(SOLID);

  // The runtime at the centre.
  ctx.fillStyle = c.muted;
  ctx.beginPath();
  ctx.arc(cx, cy, 3, 0, TAU);
  ctx.fill();

  // The request path: faint edges, the travelled part in accent during a replay.
  const path = plan.path;
  if (path.length > 1) {
    ctx.strokeStyle = c.muted;
    ctx.globalAlpha = 0.3;
    polyline(ctx, pos, path, path.length - 1);
    ctx.globalAlpha = 1;
    if (f.hop > 0) {
      ctx.strokeStyle = c.accent;
      ctx.lineWidth = 2;
      polyline(ctx, pos, path, f.hop);
      ctx.lineWidth = 1;
    }
  }

  // Nodes: shape by layer kind, colour by health; one fill per colour.
  const fills = [c.accent, c.warn, c.error];
  for (let rank = 0; rank < 3; rank++) {
    ctx.beginPath();
    let any = false;
    for (let i = 0; i < n; i++) {
      if (health[i] !== rank) continue;
      any = true;
      shape(ctx, plan.kinds[i], pos[2 * i], pos[2 * i + 1], node);
    }
    if (!any) continue;
    ctx.fillStyle = fills[rank];
    ctx.fill();
    if (!rank) continue;
    // Not colour alone: degraded gets a dashed ring, down a solid one.
    ctx.strokeStyle = fills[rank];
    ctx.setLineDash(rank === 1 ? DASH : SOLID);
    ctx.lineWidth = rank === 2 ? 2 : 1;
    ctx.beginPath();
    for (let i = 0; i < n; i++) {
      if (health[i] !== rank) continue;
      ctx.moveTo(pos[2 * i] + node + 4, pos[2 * i + 1]);
      ctx.arc(pos[2 * i], pos[2 * i + 1], node + 4, 0, TAU);
    }
    ctx.stroke();
    ctx.setLineDash(SOLID);
    ctx.lineWidth = 1;
  }

  // Rings for the selected service, the current hop and the keyboard focus.
  if (f.selected >= 0) ring(ctx, pos, f.selected, node + 7, c.fg, 1);
  if (f.hop >= 0) ring(ctx, pos, path[f.hop], node + 6, c.accent, 2);
  if (f.focused >= 0) ring(ctx, pos, f.focused, node + 9, c.accent, 2);

  // Labels: a chip in the map's own background under each, so orbit and path lines never cross the text.
  const { boxes, anchor } = f.labels;
  let leaders = false;
  ctx.fillStyle = c.surface;
  ctx.beginPath();
  for (let i = 0; i < n; i++) {
    if (anchor[i] < 0) continue;
    ctx.rect(boxes[4 * i], boxes[4 * i + 1], boxes[4 * i + 2], boxes[4 * i + 3]);
    if (anchor[i] >= ANCHORS) leaders = true;
  }
  ctx.fill();
  // A label pushed out past its nearest ring of places is tied to its node by a leader line.
  if (leaders) {
    ctx.strokeStyle = c.muted;
    ctx.beginPath();
    for (let i = 0; i < n; i++) {
      if (anchor[i] < ANCHORS) continue;
      const b = 4 * i;
      const x = pos[2 * i];
      const y = pos[2 * i + 1];
      const tx = Math.min(Math.max(x, boxes[b]), boxes[b] + boxes[b + 2]);
      const ty = Math.min(Math.max(y, boxes[b + 1]), boxes[b + 1] + boxes[b + 3]);
      const d = Math.hypot(tx - x, ty - y) || 1;
      ctx.moveTo(x + ((tx - x) / d) * (node + 2), y + ((ty - y) / d) * (node + 2));
      ctx.lineTo(tx, ty);
    }
    ctx.stroke();
  }
  ctx.font = c.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = c.fg;
  for (let i = 0; i < n; i++) {
    if (anchor[i] < 0) continue;
    const b = 4 * i;
    ctx.fillText(plan.names[i], boxes[b] + boxes[b + 2] / 2, boxes[b + 1] + boxes[b + 3] / 2 + 0.5);
  }

  // The packet, between hop and hop + 1.
  if (f.hop >= 0) {
    const a = path[f.hop];
    const b = path[Math.min(f.hop + 1, path.length - 1)];
    const x = pos[2 * a] + (pos[2 * b] - pos[2 * a]) * f.progress;
    const y = pos[2 * a + 1] + (pos[2 * b + 1] - pos[2 * a + 1]) * f.progress;
    ctx.fillStyle = c.fg;
    ctx.beginPath();
    ctx.arc(x, y, 4, 0, TAU);
    ctx.fill();
    ctx.strokeStyle = c.accent;
    ctx.lineWidth = 2;
    ctx.stroke();
    ctx.lineWidth = 1;
  }
}

function polyline(ctx: CanvasRenderingContext2D, pos: Float64Array, path: Int32Array, last: number) {
  ctx.beginPath();
  ctx.moveTo(pos[2 * path[0]], pos[2 * path[0] + 1]);
  for (let k = 1; k <= last; k++) ctx.lineTo(pos[2 * path[k]], pos[2 * path[k] + 1]);
  ctx.stroke();
}

/** Adds a node's outline to the current path: circle (core), diamond (async), square (infra), triangle (edge). */
export function shape(ctx: CanvasRenderingContext2D, kind: LayerKind, x: number, y: number, r: number): void {
  switch (kind) {
    case 'async':
      ctx.moveTo(x, y - r - 1);
      ctx.lineTo(x + r + 1, y);
      ctx.lineTo(x, y + r + 1);
      ctx.lineTo(x - r - 1, y);
      ctx.closePath();
      break;
    case 'infra':
      ctx.rect(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
      break;
    case 'edge':
      ctx.moveTo(x, y - r - 1);
      ctx.lineTo(x + r + 1, y + r - 1);
      ctx.lineTo(x - r - 1, y + r - 1);
      ctx.closePath();
      break;
    default:
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, TAU);
  }
}

function ring(ctx: CanvasRenderingContext2D, pos: Float64Array, i: number, r: number, color: string, width: number) {
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.beginPath();
  ctx.arc(pos[2 * i], pos[2 * i + 1], r, 0, TAU);
  ctx.stroke();
  ctx.lineWidth = 1;
}
