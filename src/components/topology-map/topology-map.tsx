import { Component, Element, Event, EventEmitter, Host, Method, Prop, State, Watch, h } from '@stencil/core';
import type { ContentDocument, LayerKind, Topology } from '../../data/types';
import { selectService, state } from '../../store';
import { ContentErrorDetail, ContentErrors, OwnContent } from '../../utils/content';
import { Motion } from '../../utils/motion';
import { HOP_MS, HopState, NodeHealth, TopologyPlan, healthOf, hitTest, hopAt, planTopology, positionsAt } from './orbit';
import { nextIndex } from '../../utils/keys';

/** `lbrServiceSelect` detail. */
export interface ServiceSelectDetail {
  service: { id: string; name: string; layer: string; role: string };
}

/** `lbrRequestHop` detail. */
export interface RequestHopDetail {
  index: number;
  total: number;
  service: { id: string; name: string };
}

/** `lbrRequestComplete` detail. */
export interface RequestCompleteDetail {
  path: string[];
}

const KINDS: { kind: LayerKind; label: string }[] = [
  { kind: 'core', label: 'Core services' },
  { kind: 'async', label: 'Async runtime' },
  { kind: 'infra', label: 'Infrastructure' },
  { kind: 'edge', label: 'Edge layer' },
];
const HEALTH_RANK: Record<NodeHealth, number> = { ok: 0, degraded: 1, down: 2 };
const TAU = Math.PI * 2;
/** Pointer distance (CSS px) that still counts as "on" a node. */
const HIT_RADIUS = 16;
/** Space kept around the outer orbit for labels. */
const MARGIN = 30;
const DASH: number[] = [3, 3];
const SOLID: number[] = [];

interface Palette {
  fg: string;
  muted: string;
  border: string;
  accent: string;
  warn: string;
  error: string;
  bg: string;
  font: string;
}

/**
 * The live system topology: a canvas with one orbit per layer (core nearest
 * the centre), every service a labelled node moving at its layer's speed.
 * Hover, focus or arrow keys inspect a service; a click, Space, R or the
 * replay button sends a packet along the request path. Health from the shared
 * store (set by the outage game or the host) colours nodes warn/error.
 * A visually hidden list mirrors the canvas for screen readers, and each hop
 * is announced once.
 *
 * @part map - The focusable canvas wrapper (role="application").
 * @part canvas - The canvas.
 * @part inspector - The panel naming the inspected service, its layer and role.
 * @part replay - The "Replay request" button.
 * @part hop - The caption naming the current hop (a polite live region).
 * @part legend - The legend of layer kinds and health colours.
 * @part error - The panel that lists refused content.
 */
@Component({ tag: 'lbr-topology-map', styleUrl: 'topology-map.css', shadow: true })
export class LbrTopologyMap {
  @Element() el!: HTMLElement;

  // --- Properties ---

  /** Colour theme: `dark` (default), `light`, or `auto` (follows the OS). */
  @Prop({ reflect: true }) theme: 'dark' | 'light' | 'auto' = 'dark';

  /** Own content document (object or JSON string); its `topology` wins over the page's store and the demo. */
  @Prop() content?: ContentDocument | string;

  /** Accessible name of the map. */
  @Prop() label = 'Live system topology';

  /** Index (keyboard order) of the service under the pointer, or -1. */
  @State() hovered = -1;
  /** Index of the service the arrow keys are on, or -1. */
  @State() focused = -1;
  @State() hasFocus = false;
  /** The visible, polite caption: the request path, the current hop, or completion. */
  @State() hopText = '';
  /** Keyboard announcements (polite, visually hidden). */
  @State() announce = '';

  // --- Events ---

  /** A service was inspected (hover, focus, arrow keys or Enter): `{ service: { id, name, layer, role } }`. */
  @Event({ bubbles: true, composed: true }) lbrServiceSelect!: EventEmitter<ServiceSelectDetail>;

  /** The replayed request reached a hop: `{ index, total, service: { id, name } }`. */
  @Event({ bubbles: true, composed: true }) lbrRequestHop!: EventEmitter<RequestHopDetail>;

  /** The replayed request reached its last hop: `{ path }` (service ids). */
  @Event({ bubbles: true, composed: true }) lbrRequestComplete!: EventEmitter<RequestCompleteDetail>;

  /** The element's own `content` was refused. */
  @Event({ bubbles: true, composed: true }) lbrContentError!: EventEmitter<ContentErrorDetail>;

  private motion!: Motion;
  private own = new OwnContent(['topology']);
  private plan!: TopologyPlan;
  private plannedFor?: Topology;
  /** x, y per service (CSS px in the canvas), as last drawn. */
  private pos = new Float64Array(0);
  /** Health rank per service (0 ok, 1 degraded, 2 down), refreshed on render. */
  private health = new Uint8Array(0);
  private selectedIndex = -1;
  private labelHalf = new Float64Array(0);
  private measuredFor?: TopologyPlan;
  private measuredFont = '';

  private wrap?: HTMLElement;
  private canvas?: HTMLCanvasElement;
  private ctx?: CanvasRenderingContext2D | null;
  private resizer?: ResizeObserver;
  private width = 0;
  private height = 0;
  private dpr = 1;
  private colors?: Palette;
  private colorsFor = '';
  private schemeQuery?: MediaQueryList;

  /** Orbit clock (ms of active time). */
  private t = 0;
  /** Reduced motion, cached off the frame path (Motion.reduced walks the DOM). */
  private still = false;
  private stopLoop?: () => void;
  private replaying = false;
  private replayT = 0;
  private lastHop = -1;
  private hop: HopState = { index: -1, progress: 0, done: true };
  private stopStep?: () => void;
  private lastEmitted: string | null = null;

  // --- Lifecycle ---

  connectedCallback() {
    this.motion = new Motion(this.el, () => this.motionChanged());
    this.motion.connect();
    this.stopLoop = undefined;
    this.schemeQuery = window.matchMedia?.('(prefers-color-scheme: light)');
    this.schemeQuery?.addEventListener?.('change', this.schemeChanged);
    if (this.wrap) this.observe(this.wrap);
    this.syncLoop();
  }

  async componentWillLoad() {
    await this.contentChanged();
  }

  componentWillRender() {
    const topology = this.topology;
    if (topology !== this.plannedFor) this.replan(topology);
  }

  componentDidRender() {
    if (this.colorsFor !== this.theme) this.readColors();
    this.syncLoop();
    this.requestDraw();
  }

  disconnectedCallback() {
    this.motion.disconnect();
    this.stopLoop = undefined;
    this.stopStep = undefined;
    this.replaying = false;
    this.resizer?.disconnect();
    this.resizer = undefined;
    this.schemeQuery?.removeEventListener?.('change', this.schemeChanged);
  }

  @Watch('content')
  protected async contentChanged() {
    await this.own.apply(this);
  }

  // --- Methods ---

  /** Sends a packet along the request path again from the first hop (stepping hop by hop under reduced motion). */
  @Method()
  async replay(): Promise<void> {
    this.stopStep?.();
    this.stopStep = undefined;
    const total = this.plan.path.length;
    if (!total) return;
    this.replaying = true;
    this.replayT = 0;
    this.lastHop = -1;
    this.advance();
    if (this.motion.reduced) {
      const step = () => {
        this.replayT += HOP_MS;
        this.advance();
        this.requestDraw();
        this.stopStep = this.replaying ? this.motion.after(HOP_MS, step) : undefined;
      };
      this.stopStep = this.motion.after(HOP_MS, step);
    }
    this.requestDraw();
  }

  /**
   * Where a service is drawn now, in client (viewport) coordinates, or null
   * when it is not on the map. For tests and hosts that point at a node.
   */
  @Method()
  async servicePosition(id: string): Promise<{ x: number; y: number } | null> {
    const i = this.plan.ids.indexOf(id);
    if (i < 0 || !this.canvas || !this.width) return null;
    const rect = this.canvas.getBoundingClientRect();
    return { x: rect.left + this.pos[2 * i], y: rect.top + this.pos[2 * i + 1] };
  }

  // --- Private ---

  private get topology(): Topology {
    return this.own.section('topology');
  }

  private replan(topology: Topology) {
    this.plannedFor = topology;
    this.plan = planTopology(topology);
    const n = this.plan.ids.length;
    this.pos = new Float64Array(n * 2);
    this.health = new Uint8Array(n);
    this.hovered = -1;
    this.focused = -1;
    this.stopStep?.();
    this.stopStep = undefined;
    this.replaying = false;
    this.hopText = this.pathCaption();
  }

  private pathCaption(prefix = 'Request path') {
    const { path, names } = this.plan;
    if (!path.length) return 'No request path';
    return `${prefix}: ${Array.from(path, i => names[i]).join(' → ')}`;
  }

  /** Emits every hop reached since the last call (in order, even when a frame was skipped), then completion. */
  private advance() {
    const { path, ids, names } = this.plan;
    const total = path.length;
    hopAt(this.replayT, total, HOP_MS, this.hop);
    while (this.lastHop < this.hop.index) {
      const index = ++this.lastHop;
      const i = path[index];
      this.hopText = `Hop ${index + 1} of ${total}: ${names[i]}`;
      this.lbrRequestHop.emit({ index, total, service: { id: ids[i], name: names[i] } });
    }
    if (this.hop.done && this.replaying) {
      this.replaying = false;
      this.hopText = `Request complete in ${total} hop${total === 1 ? '' : 's'}. ${this.pathCaption('Path')}`;
      this.lbrRequestComplete.emit({ path: Array.from(path, i => ids[i]) });
    }
  }

  /** One animation frame (normal motion only): orbits advance, a replay travels. */
  private frame = (dt: number) => {
    this.t += dt;
    if (this.replaying) {
      this.replayT += dt;
      this.advance();
    }
    this.draw();
  };

  /** Runs the orbit loop unless motion is reduced (then the map is drawn on change only). */
  private syncLoop() {
    if (!this.motion || !this.plan) return;
    this.still = this.motion.reduced;
    const animate = !this.still;
    if (animate && !this.stopLoop) this.stopLoop = this.motion.loop(this.frame);
    if (!animate && this.stopLoop) {
      this.stopLoop();
      this.stopLoop = undefined;
    }
  }

  private motionChanged() {
    this.syncLoop();
    this.requestDraw();
  }

  private schemeChanged = () => {
    this.colorsFor = '';
    this.readColors();
    this.requestDraw();
  };

  /** Draws now unless the loop will draw on its next frame anyway. */
  private requestDraw() {
    if (!this.stopLoop || !this.motion.active) this.draw();
  }

  /** Colours come from the theme tokens, so the canvas follows `theme` and `--lbr-*` like the rest. */
  private readColors() {
    if (typeof getComputedStyle === 'undefined') return;
    const s = getComputedStyle(this.el);
    const v = (name: string, fallback: string) => s.getPropertyValue(name).trim() || fallback;
    this.colors = {
      fg: v('--_fg', '#e6edf3'),
      muted: v('--_muted', '#9aa7b4'),
      border: v('--_border', '#30363d'),
      accent: v('--_accent', '#39d0a0'),
      warn: v('--_warn', '#d29922'),
      error: v('--_error', '#ff6b61'),
      bg: v('--_bg', '#0d1117'),
      font: `11px ${v('--_mono', 'monospace')}`,
    };
    this.colorsFor = this.theme;
  }

  private attachWrap = (el?: HTMLElement) => {
    if (!el || el === this.wrap) return;
    this.wrap = el;
    this.canvas = el.querySelector('canvas') ?? undefined;
    this.ctx = this.canvas?.getContext('2d');
    this.observe(el);
  };

  private observe(el: HTMLElement) {
    if (typeof ResizeObserver === 'undefined') return;
    this.resizer?.disconnect();
    this.resizer = new ResizeObserver(entries => {
      const box = entries[entries.length - 1].contentRect;
      this.resize(box.width, box.height);
    });
    this.resizer.observe(el);
  }

  /** Sizes the backing store to device pixels, so lines stay crisp on HiDPI screens. */
  private resize(width: number, height: number) {
    if (!this.canvas) return;
    this.dpr = window.devicePixelRatio || 1;
    this.width = width;
    this.height = height;
    this.canvas.width = Math.max(1, Math.round(width * this.dpr));
    this.canvas.height = Math.max(1, Math.round(height * this.dpr));
    this.requestDraw();
  }

  private draw() {
    const ctx = this.ctx;
    const c = this.colors;
    const plan = this.plan;
    if (!ctx || !c || !plan || !this.width) return;
    const w = this.width;
    const h = this.height;
    const n = plan.ids.length;
    const cx = w / 2;
    const cy = h / 2;
    const maxR = Math.max(10, Math.min(w, h) / 2 - MARGIN);
    const node = n > 24 ? 5 : 7;
    const pos = positionsAt(plan, this.still ? 0 : this.t, cx, cy, maxR, this.pos);

    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.lineWidth = 1;

    // Orbits, async ones dashed.
    ctx.strokeStyle = c.border;
    for (let r = 0; r < plan.rings.length; r++) {
      const ring = plan.rings[r];
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
    const hop = this.replaying ? this.hop.index : -1;
    if (path.length > 1) {
      ctx.strokeStyle = c.muted;
      ctx.globalAlpha = 0.3;
      ctx.beginPath();
      ctx.moveTo(pos[2 * path[0]], pos[2 * path[0] + 1]);
      for (let k = 1; k < path.length; k++) ctx.lineTo(pos[2 * path[k]], pos[2 * path[k] + 1]);
      ctx.stroke();
      ctx.globalAlpha = 1;
      if (hop > 0) {
        ctx.strokeStyle = c.accent;
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.moveTo(pos[2 * path[0]], pos[2 * path[0] + 1]);
        for (let k = 1; k <= hop; k++) ctx.lineTo(pos[2 * path[k]], pos[2 * path[k] + 1]);
        ctx.stroke();
        ctx.lineWidth = 1;
      }
    }

    // Nodes: shape by layer kind, colour by health.
    for (let i = 0; i < n; i++) {
      const x = pos[2 * i];
      const y = pos[2 * i + 1];
      const health = this.health[i];
      ctx.fillStyle = health === 2 ? c.error : health === 1 ? c.warn : c.accent;
      ctx.beginPath();
      this.shape(ctx, plan.kinds[i], x, y, node);
      ctx.fill();
      if (health) {
        // Not colour alone: degraded gets a dashed ring, down a solid one.
        ctx.strokeStyle = ctx.fillStyle;
        ctx.setLineDash(health === 1 ? DASH : SOLID);
        ctx.lineWidth = health === 2 ? 2 : 1;
        ctx.beginPath();
        ctx.arc(x, y, node + 4, 0, TAU);
        ctx.stroke();
        ctx.setLineDash(SOLID);
        ctx.lineWidth = 1;
      }
    }

    // Rings for the selected service, the current hop and the keyboard focus.
    if (this.selectedIndex >= 0) this.ring(ctx, this.selectedIndex, node + 7, c.fg, 1);
    if (hop >= 0) this.ring(ctx, path[hop], node + 6, c.accent, 2);
    if (this.hasFocus && this.focused >= 0) this.ring(ctx, this.focused, node + 9, c.accent, 2);

    // Labels.
    ctx.font = c.font;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.fillStyle = c.fg;
    if (this.measuredFor !== plan || this.measuredFont !== c.font) this.measureLabels(ctx, c.font);
    // Crowded small maps label only what the user is looking at (the hidden list and inspector name the rest).
    const crowded = (n > 16 && maxR < 200) || (n > 10 && maxR < 110);
    const hopNode = hop >= 0 ? path[hop] : -1;
    const half = this.labelHalf;
    for (let i = 0; i < n; i++) {
      if (crowded && i !== this.hovered && i !== this.focused && i !== this.selectedIndex && i !== hopNode) continue;
      // Keep labels inside the canvas near its edges.
      const x = Math.min(w - half[i] - 2, Math.max(half[i] + 2, pos[2 * i]));
      ctx.fillText(plan.names[i], x, pos[2 * i + 1] + node + 5);
    }

    // The packet, between hop and hop + 1.
    if (hop >= 0) {
      const a = path[hop];
      const b = path[Math.min(hop + 1, path.length - 1)];
      const p = this.still ? 0 : this.hop.progress;
      const x = pos[2 * a] + (pos[2 * b] - pos[2 * a]) * p;
      const y = pos[2 * a + 1] + (pos[2 * b + 1] - pos[2 * a + 1]) * p;
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

  /** Half the width of each label, measured once per topology and font (not per frame). */
  private measureLabels(ctx: CanvasRenderingContext2D, font: string) {
    ctx.font = font;
    this.labelHalf = Float64Array.from(this.plan.names, name => ctx.measureText(name).width / 2);
    this.measuredFor = this.plan;
    this.measuredFont = font;
  }

  private shape(ctx: CanvasRenderingContext2D, kind: LayerKind, x: number, y: number, r: number) {
    switch (kind) {
      case 'async': // diamond
        ctx.moveTo(x, y - r - 1);
        ctx.lineTo(x + r + 1, y);
        ctx.lineTo(x, y + r + 1);
        ctx.lineTo(x - r - 1, y);
        ctx.closePath();
        break;
      case 'infra': // square
        ctx.rect(x - r + 1, y - r + 1, 2 * r - 2, 2 * r - 2);
        break;
      case 'edge': // triangle
        ctx.moveTo(x, y - r - 1);
        ctx.lineTo(x + r + 1, y + r - 1);
        ctx.lineTo(x - r - 1, y + r - 1);
        ctx.closePath();
        break;
      default: // core: circle
        ctx.arc(x, y, r, 0, TAU);
    }
  }

  private ring(ctx: CanvasRenderingContext2D, i: number, r: number, color: string, width: number) {
    ctx.strokeStyle = color;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.arc(this.pos[2 * i], this.pos[2 * i + 1], r, 0, TAU);
    ctx.stroke();
    ctx.lineWidth = 1;
  }

  /** Shows a service in the inspector, selects it in the store and tells the page (once per change unless forced). */
  private inspect(i: number, force = false) {
    if (i < 0) return;
    const id = this.plan.ids[i];
    if (!force && id === this.lastEmitted && id === state.selectedServiceId) return;
    this.lastEmitted = id;
    selectService(id);
    this.lbrServiceSelect.emit({ service: { id, name: this.plan.names[i], layer: this.plan.layers[i], role: this.plan.roles[i] } });
  }

  private pointAt(e: MouseEvent): number {
    if (!this.canvas) return -1;
    const rect = this.canvas.getBoundingClientRect();
    return hitTest(this.pos, this.plan.ids.length, e.clientX - rect.left, e.clientY - rect.top, HIT_RADIUS);
  }

  private onPointerMove = (e: PointerEvent) => {
    const i = this.pointAt(e);
    if (i !== this.hovered) this.hovered = i;
    this.inspect(i);
  };

  private onPointerLeave = () => {
    this.hovered = -1;
  };

  private onClick = (e: MouseEvent) => {
    // On touch there is no hover: a tap on a node inspects it as well.
    const i = this.pointAt(e);
    if (i >= 0) {
      this.focused = i;
      this.inspect(i);
    }
    void this.replay();
  };

  private onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return; // leave browser shortcuts (Ctrl+R) alone
    const n = this.plan.ids.length;
    const next = nextIndex(e.key, this.focused, n);
    if (next !== undefined) {
      e.preventDefault();
      this.moveFocus(next);
      return;
    }
    switch (e.key) {
      case 'Enter': {
        const i = this.focused >= 0 ? this.focused : n ? 0 : -1;
        this.focused = i;
        this.inspect(i, true);
        if (i >= 0) this.announce = `${this.plan.names[i]}, ${this.plan.layerNames[i]}: ${this.plan.roles[i]}${this.healthNote(i)}`;
        break;
      }
      case ' ':
      case 'r':
      case 'R':
        void this.replay();
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  private moveFocus(i: number) {
    this.focused = i;
    if (i < 0) return;
    this.inspect(i);
    this.announce = `${this.plan.names[i]}, ${this.plan.layerNames[i]}${this.healthNote(i)}. ${i + 1} of ${this.plan.ids.length}.`;
  }

  private healthNote(i: number) {
    const rank = this.health[i];
    return rank === 2 ? ' (down)' : rank === 1 ? ' (degraded)' : '';
  }

  render() {
    const plan = this.plan;
    const n = plan.ids.length;
    // Reading the store here re-renders (and redraws) when health or selection changes.
    const storeHealth = state.health;
    const healths: NodeHealth[] = plan.ids.map((id, i) => healthOf(storeHealth, id, plan.kinds[i]));
    healths.forEach((hl, i) => (this.health[i] = HEALTH_RANK[hl]));
    this.selectedIndex = state.selectedServiceId ? plan.ids.indexOf(state.selectedServiceId) : -1;
    const shown = this.hovered >= 0 ? this.hovered : this.focused >= 0 ? this.focused : this.selectedIndex;
    const down = plan.names.filter((_, i) => healths[i] === 'down');
    const degraded = plan.names.filter((_, i) => healths[i] === 'degraded');
    const names = (list: string[]) => (list.length ? (list.length <= 3 ? list.join(', ') : `${list.length} services`) : 'none');

    return (
      <Host>
        <ContentErrors errors={this.own.errors} />
        <section class="topology" aria-label={this.label}>
          <div class="stage">
            <div
              class={{ map: true, pointing: this.hovered >= 0 }}
              part="map"
              role="application"
              tabindex="0"
              aria-label={`${this.label}: ${n} services on ${plan.rings.length} orbits. Arrow keys move between services, Enter inspects, R replays the request.`}
              ref={this.attachWrap}
              onKeyDown={this.onKeyDown}
              onPointerMove={this.onPointerMove}
              onPointerLeave={this.onPointerLeave}
              onClick={this.onClick}
              onFocus={() => (this.hasFocus = true)}
              onBlur={() => (this.hasFocus = false)}
            >
              <canvas part="canvas" aria-hidden="true"></canvas>
            </div>
            <aside class="inspector" part="inspector" aria-label="Inspector">
              {shown >= 0 ? (
                <div>
                  <p class="eyebrow">{plan.layerNames[shown]}</p>
                  <p class="name">
                    {plan.names[shown]}
                    {healths[shown] !== 'ok' ? <span class={`badge ${healths[shown]}`}>{healths[shown]}</span> : null}
                  </p>
                  <p class="role">{plan.roles[shown]}</p>
                </div>
              ) : (
                <p class="hint">Hover or focus a service to inspect it. Click the map, press R or use the button to replay a request.</p>
              )}
            </aside>
          </div>
          <div class="controls">
            <button type="button" class="replay" part="replay" onClick={() => this.replay()}>
              Replay request
            </button>
            <p class="hop" part="hop" role="status">
              {this.hopText}
            </p>
          </div>
          <ul class="legend" part="legend" aria-label="Legend">
            {KINDS.map(k => (
              <li>
                <span class={`swatch shape ${k.kind}`} aria-hidden="true"></span>
                {k.label}
              </li>
            ))}
            <li>
              <span class="swatch health ok" aria-hidden="true"></span>Healthy
            </li>
            <li>
              <span class="swatch health degraded" aria-hidden="true"></span>Degraded (dashed ring): {names(degraded)}
            </li>
            <li>
              <span class="swatch health down" aria-hidden="true"></span>Down (solid ring): {names(down)}
            </li>
          </ul>
          <ul class="visually-hidden services" aria-label="Services">
            {plan.ids.map((id, i) => (
              <li key={id} data-service={id} data-health={healths[i]}>
                {plan.names[i]}, {plan.layerNames[i]}
                {healths[i] !== 'ok' ? ` (${healths[i]})` : ''}: {plan.roles[i]}
              </li>
            ))}
          </ul>
          <p class="visually-hidden" role="status">
            {this.announce}
          </p>
        </section>
      </Host>
    );
  }
}
