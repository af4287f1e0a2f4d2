/**
 * The map's canvas and what was last drawn on it: the canvas sized to device
 * pixels with its container, its colours from the host's theme tokens, node
 * positions, drawn extents and label boxes.
 * The element says what a frame shows (`FrameInput`); the scene places the
 * labels, paints, and answers `layout()`, hit tests and positions from what
 * it drew. The frame path reuses its buffers: no allocation per frame.
 */
import { LabelPlacer, LabelRank, PlaceOptions } from './labels';
import { TopologyPlan, hitTest, positionsAt } from './orbit';
import { Frame, LABEL_BOX_H, LABEL_PAD_X, Palette, geometry, nodeExtents, paint, readPalette } from './paint';
import type { TopologyLayout } from './interfaces';

const HEALTHS = ['ok', 'degraded', 'down'] as const;

/** What the element wants drawn this frame (indices into the plan; -1 for none). */
export interface FrameInput {
  /** Orbit clock (ms). */
  t: number;
  selected: number;
  focused: number;
  /** Path index of the replay's current hop, or -1. */
  hop: number;
  progress: number;
  /** Ranks each label for placement (see LabelRank). */
  rank: (i: number, wasShown: boolean) => LabelRank;
}

export class MapScene {
  /** Health rank per service (0 ok, 1 degraded, 2 down); the element keeps it current. */
  health = new Uint8Array(0);
  private plan?: TopologyPlan;
  private pos = new Float64Array(0);
  private extent = new Float64Array(0);
  private placer?: LabelPlacer;
  private placerFont = '';
  private frame?: Frame;
  private options: PlaceOptions & { hub: [number, number, number] } = { width: 0, height: 0, pos: this.pos, radius: this.extent, hub: [0, 0, 3] };
  private canvas?: HTMLCanvasElement;
  private ctx?: CanvasRenderingContext2D | null;
  private resizer?: ResizeObserver;
  private width = 0;
  private height = 0;
  private dpr = 1;
  private host?: HTMLElement;
  private colors?: Palette;
  private colorsFor?: string;
  private scheme?: MediaQueryList;

  /** @param onChange called when the canvas changed size or the OS colour scheme changed (redraw then) */
  constructor(private onChange: () => void) {}

  /** From the host's connectedCallback: follows the container's size and the OS colour scheme. */
  connect(host: HTMLElement): void {
    this.host = host;
    this.scheme = window.matchMedia?.('(prefers-color-scheme: light)');
    this.scheme?.addEventListener?.('change', this.schemeChanged);
    this.observe();
  }

  disconnect(): void {
    this.resizer?.disconnect();
    this.resizer = undefined;
    this.scheme?.removeEventListener?.('change', this.schemeChanged);
  }

  /** Reads the colours again when the host's `theme` changed: the canvas follows `theme` and `--lbr-*` like the rest. */
  theme(theme: string): void {
    if (theme === this.colorsFor || !this.host || typeof getComputedStyle === 'undefined') return;
    this.colors = readPalette(this.host);
    this.colorsFor = theme;
  }

  private schemeChanged = () => {
    if (this.colorsFor === undefined) return;
    const theme = this.colorsFor;
    this.colorsFor = undefined;
    this.theme(theme);
    this.onChange();
  };

  /** A new topology: fresh buffers, labels measured again, nothing drawn yet. */
  setPlan(plan: TopologyPlan): void {
    const n = plan.ids.length;
    this.plan = plan;
    this.pos = new Float64Array(2 * n);
    this.extent = new Float64Array(n);
    this.health = new Uint8Array(n);
    this.placer = undefined;
    this.frame = undefined;
  }

  /** Takes the canvas (from a ref) and follows its container's size. */
  attach(canvas: HTMLCanvasElement): void {
    if (canvas === this.canvas) return;
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    this.observe();
  }

  private observe(): void {
    if (typeof ResizeObserver === 'undefined' || !this.canvas?.parentElement) return;
    this.resizer?.disconnect();
    this.resizer = new ResizeObserver(entries => {
      const box = entries[entries.length - 1].contentRect;
      this.resize(box.width, box.height);
    });
    this.resizer.observe(this.canvas.parentElement);
  }

  /** Sizes the backing store to device pixels, so lines stay crisp on HiDPI screens. */
  private resize(width: number, height: number) {
    if (!this.canvas) return;
    this.dpr = window.devicePixelRatio || 1;
    this.width = width;
    this.height = height;
    this.canvas.width = Math.max(1, Math.round(width * this.dpr));
    this.canvas.height = Math.max(1, Math.round(height * this.dpr));
    this.onChange();
  }

  /** Draws one frame: positions, extents, label placement, paint. */
  draw(input: FrameInput): void {
    const { ctx, plan, colors } = this;
    if (!ctx || !plan || !colors || !this.width) return;
    const placer = this.labelsFor(ctx, colors.font);
    const f = (this.frame ??= { ...geometry(0, 0, 0), width: 0, height: 0, dpr: 1, pos: this.pos, health: this.health, selected: -1, focused: -1, hop: -1, progress: 0, labels: placer });
    geometry(this.width, this.height, plan.ids.length, f);
    f.width = this.width;
    f.height = this.height;
    f.dpr = this.dpr;
    f.pos = positionsAt(plan, input.t, f.cx, f.cy, f.maxR, this.pos);
    f.health = this.health;
    f.selected = input.selected;
    f.focused = input.focused;
    f.hop = input.hop;
    f.progress = input.progress;
    f.labels = placer;
    nodeExtents(plan, f, this.extent);
    placer.rankAll(input.rank);
    const o = this.options;
    o.width = f.width;
    o.height = f.height;
    o.pos = f.pos;
    o.radius = this.extent;
    o.hub[0] = f.cx;
    o.hub[1] = f.cy;
    placer.place(o);
    paint(ctx, plan, f, colors);
  }

  /** Label widths are measured once per topology and font, not per frame. */
  private labelsFor(ctx: CanvasRenderingContext2D, font: string): LabelPlacer {
    if (this.placer && this.placerFont === font) return this.placer;
    ctx.font = font;
    const widths = Float64Array.from(this.plan!.names, name => Math.ceil(ctx.measureText(name).width) + 2 * LABEL_PAD_X);
    this.placerFont = font;
    return (this.placer = new LabelPlacer(widths, LABEL_BOX_H));
  }

  /** The map as last drawn (see the element's `layout()`). */
  layout(): TopologyLayout {
    const plan = this.plan!;
    const drawn = !!this.frame;
    const placer = this.placer;
    return {
      width: drawn ? this.width : 0,
      height: drawn ? this.height : 0,
      nodes: plan.ids.map((id, i) => {
        const b = placer?.boxes;
        const k = 4 * i;
        return {
          id,
          name: plan.names[i],
          layer: plan.layers[i],
          x: this.pos[2 * i],
          y: this.pos[2 * i + 1],
          radius: this.extent[i],
          health: HEALTHS[this.health[i]] ?? 'ok',
          label: drawn && b && placer!.anchor[i] >= 0 ? { x: b[k], y: b[k + 1], width: b[k + 2], height: b[k + 3] } : null,
        };
      }),
    };
  }

  /** Where service i is drawn, in client coordinates, or null before the first draw. */
  clientPosition(i: number): { x: number; y: number } | null {
    if (i < 0 || !this.canvas || !this.width) return null;
    const rect = this.canvas.getBoundingClientRect();
    return { x: rect.left + this.pos[2 * i], y: rect.top + this.pos[2 * i + 1] };
  }

  /** The service drawn nearest to a client point within `radius`, or -1. */
  hit(clientX: number, clientY: number, radius: number): number {
    if (!this.canvas || !this.plan) return -1;
    const rect = this.canvas.getBoundingClientRect();
    return hitTest(this.pos, this.plan.ids.length, clientX - rect.left, clientY - rect.top, radius);
  }
}
