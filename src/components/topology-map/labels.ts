/**
 * Label placement for the moving map: every frame, each node gets its label
 * in the first of a few candidate positions around it that stays inside the
 * canvas and clear of every node and every label already placed, or none.
 *
 * It is the greedy, priority-ordered, fixed-candidate scheme of map renderers
 * (MapLibre's "variable anchors" + collision index, yFiles' greedy labeling):
 * priority labels go first, then labels that were shown last frame (so a
 * shown label stays shown while it still fits), then the rest. Each label
 * tries the anchor it had last frame first, so labels do not jump between
 * sides while the orbits turn. Priority labels may also try further rings of
 * anchors, each one label height further out, so that on a crowded map they
 * still find a free place (paint draws a leader line to those).
 *
 * Everything lives in preallocated typed arrays: no allocation per frame. With
 * at most a few dozen nodes a flat scan over the placed boxes is cheaper than
 * building a spatial index (an R-tree would have to be rebuilt every frame,
 * since everything moves).
 */

/** Candidate anchors, in order of preference: below, above, right, left, then the diagonals. */
export const ANCHORS = 8;
/** Priority labels may also try the anchors again this many times, each ring one label height further out (drawn with a leader line). */
export const FAR_RINGS = 4;
const DIAG = Math.SQRT1_2;
/** Unit offsets of each anchor: the direction from the node to the label box. */
const DX = [0, 0, 1, -1, DIAG, -DIAG, DIAG, -DIAG];
const DY = [1, -1, 0, 0, DIAG, DIAG, -DIAG, -DIAG];

/** Anchor code of a priority label that found no place around its node and sits at the nearest free spot in the canvas. */
export const FREE = 127;

/** How a frame's labels are ranked (lower first). */
export const LabelRank = {
  /** Hovered, focused or selected. */
  Inspected: 0,
  /** The request path's current hop. */
  Hop: 1,
  Down: 2,
  Degraded: 3,
  /** Shown last frame. */
  Kept: 4,
  Other: 5,
} as const;
export type LabelRank = (typeof LabelRank)[keyof typeof LabelRank];
/** Ranks at or below this are priority labels: always tried first, with the far anchors too. */
export const PRIORITY_RANK = LabelRank.Degraded;

export interface PlaceOptions {
  /** Canvas size (CSS px). */
  width: number;
  height: number;
  /** Node centres, x0, y0, x1, y1, … */
  pos: Float64Array;
  /** Drawn radius of every node (its shape plus any ring around it). */
  radius: Float64Array;
  /** An extra round obstacle (the runtime at the centre): x, y, r. */
  hub?: readonly [number, number, number];
  /** Gap between a node's edge and its label box, and the clearance kept around boxes. */
  gap?: number;
  /** Distance kept from the canvas edge. */
  inset?: number;
}

export class LabelPlacer {
  /** Label box per node: x, y, width, height (valid where `anchor[i] >= 0`). */
  readonly boxes: Float64Array;
  /** Anchor used per node this frame, or -1 when its label is not drawn. */
  readonly anchor: Int8Array;
  /** Rank per node for the current frame (see LabelRank). */
  readonly rank: Uint8Array;
  /** Node indices in placement order (counting sort by rank). */
  private order: Int32Array;
  /** Indices of the boxes placed so far this frame. */
  private placed: Int32Array;
  private placedCount = 0;

  /**
   * @param widths label box width per node (text width plus padding), measured once
   * @param boxHeight label box height
   */
  constructor(readonly widths: Float64Array, readonly boxHeight: number) {
    const n = widths.length;
    this.boxes = new Float64Array(n * 4);
    this.anchor = new Int8Array(n).fill(-1);
    this.rank = new Uint8Array(n);
    this.order = new Int32Array(n);
    this.placed = new Int32Array(n);
  }

  get count(): number {
    return this.widths.length;
  }

  /** Number of labels placed by the last `place()`. */
  get shown(): number {
    return this.placedCount;
  }

  /**
   * Sets each node's rank for this frame: call `rankOf` for every node (it
   * receives whether the node's label was shown last frame).
   */
  rankAll(rankOf: (i: number, wasShown: boolean) => LabelRank): void {
    for (let i = 0; i < this.count; i++) this.rank[i] = rankOf(i, this.anchor[i] >= 0);
  }

  /** Places every label for this frame (ranks set by `rankAll`); returns how many were placed. */
  place(o: PlaceOptions): number {
    const n = this.count;
    // Counting sort by rank, stable: content order within a rank.
    let k = 0;
    for (let r = 0; r <= LabelRank.Other; r++) for (let i = 0; i < n; i++) if (this.rank[i] === r) this.order[k++] = i;
    this.placedCount = 0;
    for (let j = 0; j < n; j++) {
      const i = this.order[j];
      const prev = this.anchor[i];
      const tries = this.rank[i] <= PRIORITY_RANK ? ANCHORS * (1 + FAR_RINGS) : ANCHORS;
      let chosen = -1;
      if (prev >= 0 && prev < tries && this.fits(i, prev, o)) chosen = prev;
      for (let a = 0; chosen < 0 && a < tries; a++) if (a !== prev && this.fits(i, a, o)) chosen = a;
      // Last resort for a label the reader needs: the nearest free spot anywhere (rare, so a slow scan is fine).
      if (chosen < 0 && tries > ANCHORS && this.nearestFree(i, o)) chosen = FREE;
      this.anchor[i] = chosen;
      if (chosen >= 0) this.placed[this.placedCount++] = i;
    }
    return this.placedCount;
  }

  /** Writes node i's box for anchor `a` into `boxes` and tells whether it is free. */
  private fits(i: number, a: number, o: PlaceOptions): boolean {
    const gap = o.gap ?? 3;
    const w = this.widths[i];
    const h = this.boxHeight;
    const d = a % ANCHORS;
    const reach = o.radius[i] + gap + Math.floor(a / ANCHORS) * (h + gap);
    // The box's side nearest the node sits `reach` away along the anchor's direction.
    const ax = o.pos[2 * i] + DX[d] * reach;
    const ay = o.pos[2 * i + 1] + DY[d] * reach;
    const x = DX[d] > 0 ? ax : DX[d] < 0 ? ax - w : ax - w / 2;
    const y = DY[d] > 0 ? ay : DY[d] < 0 ? ay - h : ay - h / 2;
    const b = 4 * i;
    this.boxes[b] = x;
    this.boxes[b + 1] = y;
    this.boxes[b + 2] = w;
    this.boxes[b + 3] = h;
    return this.free(x, y, w, h, o);
  }

  /** Scans the canvas for the free box nearest to node i; writes it into `boxes`. */
  private nearestFree(i: number, o: PlaceOptions): boolean {
    const inset = o.inset ?? 2;
    const w = this.widths[i];
    const h = this.boxHeight;
    const nx = o.pos[2 * i];
    const ny = o.pos[2 * i + 1];
    let best = Infinity;
    for (let y = inset; y + h <= o.height - inset; y += h / 3) {
      for (let x = inset; x + w <= o.width - inset; x += 4) {
        const dx = nx < x ? x - nx : nx > x + w ? nx - x - w : 0;
        const dy = ny < y ? y - ny : ny > y + h ? ny - y - h : 0;
        const d = dx * dx + dy * dy;
        if (d >= best || !this.free(x, y, w, h, o)) continue;
        best = d;
        const b = 4 * i;
        this.boxes[b] = x;
        this.boxes[b + 1] = y;
        this.boxes[b + 2] = w;
        this.boxes[b + 3] = h;
      }
    }
    return best < Infinity;
  }

  /** True when the box is inside the canvas and clear of every node, the hub and every label placed so far. */
  private free(x: number, y: number, w: number, h: number, o: PlaceOptions): boolean {
    const gap = o.gap ?? 3;
    const inset = o.inset ?? 2;
    if (x < inset || y < inset || x + w > o.width - inset || y + h > o.height - inset) return false;
    const n = this.count;
    for (let j = 0; j < n; j++) {
      if (circleHitsBox(o.pos[2 * j], o.pos[2 * j + 1], o.radius[j] + 1, x, y, w, h)) return false;
    }
    if (o.hub && circleHitsBox(o.hub[0], o.hub[1], o.hub[2] + 1, x, y, w, h)) return false;
    for (let p = 0; p < this.placedCount; p++) {
      const q = 4 * this.placed[p];
      const bx = this.boxes[q];
      const by = this.boxes[q + 1];
      if (x < bx + this.boxes[q + 2] + gap && bx < x + w + gap && y < by + this.boxes[q + 3] + gap && by < y + h + gap) return false;
    }
    return true;
  }
}

/** True when the circle (cx, cy, r) overlaps the box (x, y, w, h). */
export function circleHitsBox(cx: number, cy: number, r: number, x: number, y: number, w: number, h: number): boolean {
  const dx = cx < x ? x - cx : cx > x + w ? cx - x - w : 0;
  const dy = cy < y ? y - cy : cy > y + h ? cy - y - h : 0;
  return dx * dx + dy * dy < r * r;
}

/** True when two boxes (x, y, w, h) overlap. */
export function boxesOverlap(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
}
