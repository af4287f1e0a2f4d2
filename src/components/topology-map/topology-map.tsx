import { Component, Element, Event, EventEmitter, Host, Method, Prop, State, Watch, h } from '@stencil/core';
import { topology as demoTopology } from '../../data/demo/topology';
import type { ContentDocument, Topology } from '../../data/types';
import { selectService, state } from '../../store';
import { ContentErrorDetail, ContentErrors, OwnContent } from '../../utils/content';
import { nextIndex } from '../../utils/keys';
import { Motion } from '../../utils/motion';
import { HEALTH_RANK, NodeHealth, combinedHealth, matchHealth } from './health';
import { HealthPoller, PollState, intervalMs, liveStatus, watchVisibility } from './health-poll';
import { LabelPlacer, LabelRank } from './labels';
import { HOP_MS, TopologyPlan, hitTest, planTopology, positionsAt } from './orbit';
import { Frame, LABEL_BOX_H, LABEL_PAD_X, Palette, geometry, nodeExtents, paint, readPalette } from './paint';
import { Replay, completeCaption, hopCaption, pathCaption } from './replay';
import type { RequestCompleteDetail, RequestHopDetail, ServiceSelectDetail, TopologyLayout } from './types';


const HEALTHS: NodeHealth[] = ['ok', 'degraded', 'down'];
/** Pointer distance (CSS px) that still counts as "on" a node; a finger gets more. */
const HIT_RADIUS = 16;
const TOUCH_RADIUS = 24;

/**
 * The live system topology: a canvas with one orbit per layer (core nearest
 * the centre), every service a node moving at its layer's speed, its shape
 * telling the layer kind. Labels are placed every frame so that none overlaps
 * another label or a node or leaves the canvas; the inspected service, the
 * request's current hop and unhealthy services always get theirs first.
 * Hover, focus, arrow keys or a tap inspect a service; a click, Space, R or
 * the replay button sends a packet along the request path. Health is the
 * worse of the shared store's (the outage game, the host) and the live
 * status document's (`health-src`). A visually hidden list mirrors the canvas
 * for screen readers, and each hop is announced once.
 *
 * @part map - The focusable canvas wrapper (role="application").
 * @part canvas - The canvas.
 * @part inspector - The panel naming the inspected service, its layer and role.
 * @part replay - The "Replay request" button.
 * @part hop - The caption naming the current hop (a polite live region).
 * @part live - The line saying where live health comes from, when it last arrived, and whether it is stale.
 * @part legend - The legend: the document's layers (shape = kind) and the health colours.
 * @part error - The panel that lists refused content.
 */
@Component({ tag: 'lbr-topology-map', styleUrl: 'topology-map.css', shadow: true })
export class LbrTopologyMap {
  @Element() el!: HTMLElement;

  /** Colour theme: `dark` (default), `light`, or `auto` (follows the OS). */
  @Prop({ reflect: true }) theme: 'dark' | 'light' | 'auto' = 'dark';

  /** Own content document (object or JSON string); its `topology` wins over the page's store and the demo. */
  @Prop() content?: ContentDocument | string;

  /** Accessible name of the map. */
  @Prop() label = 'Live system topology';

  /**
   * URL of a status document to colour the map from: Statuspage v2 `components.json` or
   * `summary.json`, Uptime Kuma `/api/status-page/heartbeat/<slug>`, or a plain
   * `{ "<service id or name>": "ok|degraded|down" }` map. Polled while the map is visible.
   */
  @Prop() healthSrc?: string;

  /** Seconds between polls of `health-src` (at least 1; backs off while it fails). */
  @Prop() healthInterval = 30;

  @State() hovered = -1;
  @State() focused = -1;
  @State() hasFocus = false;
  /** The visible, polite caption: the request path, the current hop, or completion. */
  @State() hopText = '';
  /** Keyboard announcements (polite, visually hidden). */
  @State() announce = '';
  /** Live health per service id from `health-src`, and the poll's state. */
  @State() live: { health: Record<string, NodeHealth>; matched: number; poll: PollState } | null = null;

  /** A service was inspected (hover, tap, focus, arrow keys or Enter): `{ service: { id, name, layer, role } }`. */
  @Event({ bubbles: true, composed: true }) lbrServiceSelect!: EventEmitter<ServiceSelectDetail>;

  /** The replayed request reached a hop: `{ index, total, service: { id, name } }`. */
  @Event({ bubbles: true, composed: true }) lbrRequestHop!: EventEmitter<RequestHopDetail>;

  /** The replayed request reached its last hop: `{ path }` (service ids). */
  @Event({ bubbles: true, composed: true }) lbrRequestComplete!: EventEmitter<RequestCompleteDetail>;

  /** The element's own `content` was refused. */
  @Event({ bubbles: true, composed: true }) lbrContentError!: EventEmitter<ContentErrorDetail>;

  private motion!: Motion;
  private own = new OwnContent();
  private plan!: TopologyPlan;
  private plannedFor?: Topology;
  private replayer!: Replay;
  /** x, y per service (CSS px in the canvas), as last drawn. */
  private pos = new Float64Array(0);
  /** Drawn extent (radius) per service, as last drawn. */
  private extent = new Float64Array(0);
  /** Health rank per service (0 ok, 1 degraded, 2 down), refreshed on render. */
  private health = new Uint8Array(0);
  private selectedIndex = -1;
  private placer?: LabelPlacer;
  private placerFont = '';
  private frame?: Frame;

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
  private stopStep?: () => void;
  private lastEmitted: string | null = null;
  private touch = false;
  private poller?: HealthPoller;
  private unwatch?: () => void;

  connectedCallback() {
    this.motion = new Motion(this.el, () => this.motionChanged());
    this.motion.connect();
    this.stopLoop = undefined;
    this.schemeQuery = window.matchMedia?.('(prefers-color-scheme: light)');
    this.schemeQuery?.addEventListener?.('change', this.schemeChanged);
    if (this.canvas) this.observe();
    this.syncLoop();
    this.startPolling();
  }

  async componentWillLoad() {
    await this.contentChanged();
  }

  componentWillRender() {
    const topology = this.own.section('topology', demoTopology);
    if (topology !== this.plannedFor) this.replan(topology);
  }

  componentDidRender() {
    if (this.colorsFor !== this.theme) this.readColors();
    this.syncLoop();
    // Draw now, not at the next frame: health, selection and labels in layout() then always agree.
    this.draw();
  }

  disconnectedCallback() {
    this.motion.disconnect();
    this.stopLoop = this.stopStep = undefined;
    this.replayer?.stop();
    this.resizer?.disconnect();
    this.resizer = undefined;
    this.schemeQuery?.removeEventListener?.('change', this.schemeChanged);
    this.stopPolling();
  }

  @Watch('content')
  protected async contentChanged() {
    await this.own.apply(this);
  }

  @Watch('healthSrc')
  @Watch('healthInterval')
  protected healthSrcChanged() {
    this.stopPolling();
    this.live = null; // another source: its word replaces the old one
    this.startPolling();
  }

  componentDidLoad() {
    this.startPolling();
  }

  /** Polls `health-src` (if any) while the map is connected; the poller pauses itself while the map cannot be seen. */
  private startPolling() {
    if (this.poller || !this.healthSrc || typeof window === 'undefined' || !this.el.isConnected) return;
    const poller = new HealthPoller(new URL(this.healthSrc, document.baseURI).href, intervalMs(this.healthInterval), poll => {
      const match = poll.report && this.plan ? matchHealth(poll.report, this.plan) : { health: {}, matched: 0 };
      this.live = { ...match, poll: { ...poll } };
    });
    this.poller = poller;
    this.live ??= { health: {}, matched: 0, poll: { ...poller.state } }; // "loading…" until the first answer
    this.unwatch = watchVisibility(this.el, visible => poller.setActive(visible));
  }

  /** Sends a packet along the request path again from the first hop (stepping hop by hop under reduced motion). */
  @Method()
  async replay(): Promise<void> {
    this.stopStep?.();
    this.stopStep = undefined;
    this.replayer.start();
    if (this.motion.reduced && this.replayer.running) {
      const step = () => {
        this.replayer.advance(HOP_MS);
        this.requestDraw();
        this.stopStep = this.replayer.running ? this.motion.after(HOP_MS, step) : undefined;
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

  /**
   * The map as last drawn, in CSS px relative to the canvas: every node's
   * centre, drawn radius (shape and rings), health, and its label box, or
   * `label: null` when its label is not drawn. For overlays and tests.
   */
  @Method()
  async layout(): Promise<TopologyLayout> {
    const { plan, placer } = this;
    const drawn = !!this.frame;
    return {
      width: drawn ? this.width : 0,
      height: drawn ? this.height : 0,
      nodes: plan.ids.map((id, i) => {
        const b = 4 * i;
        const box = placer?.boxes;
        return {
          id,
          name: plan.names[i],
          layer: plan.layers[i],
          x: this.pos[2 * i],
          y: this.pos[2 * i + 1],
          radius: this.extent[i],
          health: HEALTHS[this.health[i]],
          label: drawn && box && placer!.anchor[i] >= 0 ? { x: box[b], y: box[b + 1], width: box[b + 2], height: box[b + 3] } : null,
        };
      }),
    };
  }

  private replan(topology: Topology) {
    this.plannedFor = topology;
    this.replayer?.stop();
    this.plan = planTopology(topology);
    const { path, ids, names } = this.plan;
    this.replayer = new Replay(path, {
      hop: (index, total, i) => {
        this.hopText = hopCaption(index, total, names[i]);
        this.lbrRequestHop.emit({ index, total, service: { id: ids[i], name: names[i] } });
      },
      complete: () => {
        this.hopText = completeCaption(this.plan);
        this.lbrRequestComplete.emit({ path: Array.from(path, i => ids[i]) });
      },
    });
    const n = ids.length;
    this.pos = new Float64Array(n * 2);
    this.extent = new Float64Array(n);
    this.health = new Uint8Array(n);
    this.placer = undefined;
    this.frame = undefined;
    this.hovered = this.focused = -1;
    this.stopStep?.();
    this.stopStep = undefined;
    this.hopText = pathCaption(this.plan);
    if (this.live?.poll.report) this.live = { ...matchHealth(this.live.poll.report, this.plan), poll: this.live.poll };
  }

  /** One animation frame (normal motion only): orbits advance, a replay travels. */
  private tick = (dt: number) => {
    this.t += dt;
    this.replayer.advance(dt);
    this.draw();
  };

  /** Runs the orbit loop unless motion is reduced (then the map is drawn on change only). */
  private syncLoop() {
    if (!this.motion || !this.plan) return;
    this.still = this.motion.reduced;
    if (!this.still && !this.stopLoop) this.stopLoop = this.motion.loop(this.tick);
    if (this.still && this.stopLoop) {
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

  private readColors() {
    if (typeof getComputedStyle === 'undefined') return;
    this.colors = readPalette(this.el);
    this.colorsFor = this.theme;
  }

  private attachCanvas = (el?: HTMLCanvasElement) => {
    if (!el || el === this.canvas) return;
    this.canvas = el;
    this.ctx = el.getContext('2d');
    this.observe();
  };

  private observe() {
    if (typeof ResizeObserver === 'undefined' || !this.canvas) return;
    this.resizer?.disconnect();
    this.resizer = new ResizeObserver(entries => {
      const box = entries[entries.length - 1].contentRect;
      this.resize(box.width, box.height);
    });
    this.resizer.observe(this.canvas.parentElement!);
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

  /** Label widths are measured once per topology and font, not per frame. */
  private labelsFor(ctx: CanvasRenderingContext2D, font: string): LabelPlacer {
    if (this.placer && this.placerFont === font) return this.placer;
    ctx.font = font;
    const widths = Float64Array.from(this.plan.names, name => Math.ceil(ctx.measureText(name).width) + 2 * LABEL_PAD_X);
    this.placerFont = font;
    return (this.placer = new LabelPlacer(widths, LABEL_BOX_H));
  }

  private draw() {
    const { ctx, colors, plan } = this;
    if (!ctx || !colors || !plan || !this.width) return;
    const f = this.frame ?? (this.frame = { ...geometry(0, 0, 0), width: 0, height: 0, dpr: 1, pos: this.pos, health: this.health, selected: -1, focused: -1, hop: -1, progress: 0, labels: this.placer! });
    geometry(this.width, this.height, plan.ids.length, f);
    f.width = this.width;
    f.height = this.height;
    f.dpr = this.dpr;
    f.pos = positionsAt(plan, this.still ? 0 : this.t, f.cx, f.cy, f.maxR, this.pos);
    f.health = this.health;
    f.selected = this.selectedIndex;
    f.focused = this.hasFocus ? this.focused : -1;
    f.hop = this.replayer.current;
    f.progress = this.still ? 0 : this.replayer.at.progress;
    f.labels = this.labelsFor(ctx, colors.font);
    nodeExtents(plan, f, this.extent);
    f.labels.rankAll(this.rankOf);
    const o = this.placeOptions;
    o.width = f.width;
    o.height = f.height;
    o.pos = f.pos;
    o.radius = this.extent;
    o.hub[0] = f.cx;
    o.hub[1] = f.cy;
    f.labels.place(o);
    paint(ctx, plan, f, colors);
  }

  /** Reused every frame (the frame loop allocates nothing). */
  private placeOptions = { width: 0, height: 0, pos: this.pos, radius: this.extent, hub: [0, 0, 3] as [number, number, number] };

  /** Which labels a reader needs first: what they inspect, the current hop, what is unhealthy. */
  private rankOf = (i: number, wasShown: boolean): LabelRank => {
    if (i === this.hovered || i === this.focused || i === this.selectedIndex) return LabelRank.Inspected;
    const hop = this.replayer.current;
    if (hop >= 0 && this.plan.path[hop] === i) return LabelRank.Hop;
    if (this.health[i] === 2) return LabelRank.Down;
    if (this.health[i] === 1) return LabelRank.Degraded;
    return wasShown ? LabelRank.Kept : LabelRank.Other;
  };

  /** Shows a service in the inspector, selects it in the store and tells the page (once per change unless forced). */
  private inspect(i: number, force = false) {
    if (i < 0) return;
    const id = this.plan.ids[i];
    if (!force && id === this.lastEmitted && id === state.selectedServiceId) return;
    this.lastEmitted = id;
    selectService(id);
    this.lbrServiceSelect.emit({ service: { id, name: this.plan.names[i], layer: this.plan.layers[i], role: this.plan.roles[i] } });
  }

  private pointAt(e: MouseEvent, radius = HIT_RADIUS): number {
    if (!this.canvas) return -1;
    const rect = this.canvas.getBoundingClientRect();
    return hitTest(this.pos, this.plan.ids.length, e.clientX - rect.left, e.clientY - rect.top, radius);
  }

  private onPointerDown = (e: PointerEvent) => {
    this.touch = e.pointerType === 'touch' || e.pointerType === 'pen';
  };

  private onPointerMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return; // a finger sliding over the map is not hovering
    const i = this.pointAt(e);
    if (i !== this.hovered) this.hovered = i;
    this.inspect(i);
  };

  private onPointerLeave = () => {
    this.hovered = -1;
  };

  private onClick = (e: MouseEvent) => {
    // A finger has no hover: a tap on a node inspects it, a tap elsewhere replays.
    const i = this.pointAt(e, this.touch ? TOUCH_RADIUS : HIT_RADIUS);
    if (i >= 0) {
      this.focused = i;
      this.inspect(i);
      if (this.touch) return;
    }
    void this.replay();
  };

  private onKeyDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return; // leave browser shortcuts (Ctrl+R) alone
    const { plan } = this;
    const n = plan.ids.length;
    const next = nextIndex(e.key, this.focused, n);
    if (next !== undefined) {
      e.preventDefault();
      this.focused = next;
      if (next < 0) return;
      this.inspect(next);
      this.announce = `${plan.names[next]}, ${plan.layerNames[next]}${this.healthNote(next)}. ${next + 1} of ${n}.`;
      return;
    }
    if (e.key === 'Enter') {
      const i = this.focused >= 0 ? this.focused : n ? 0 : -1;
      this.focused = i;
      this.inspect(i, true);
      if (i >= 0) this.announce = `${plan.names[i]}, ${plan.layerNames[i]}: ${plan.roles[i]}${this.healthNote(i)}`;
    } else if (e.key === ' ' || e.key === 'r' || e.key === 'R') void this.replay();
    else return;
    e.preventDefault();
  };

  private healthNote(i: number) {
    return this.health[i] ? ` (${HEALTHS[this.health[i]]})` : '';
  }

  private stopPolling() {
    this.poller?.stop();
    this.unwatch?.();
    this.poller = this.unwatch = undefined;
  }

  render() {
    const plan = this.plan;
    const n = plan.ids.length;
    // Reading the store here re-renders (and redraws) when health or selection changes.
    const healths = plan.ids.map((id, i) => combinedHealth(state.health, this.live?.health, id, plan.kinds[i]));
    healths.forEach((hl, i) => (this.health[i] = HEALTH_RANK[hl]));
    this.selectedIndex = state.selectedServiceId ? plan.ids.indexOf(state.selectedServiceId) : -1;
    const shown = this.hovered >= 0 ? this.hovered : this.focused >= 0 ? this.focused : this.selectedIndex;
    const list = (h: NodeHealth) => {
      const names = plan.names.filter((_, i) => healths[i] === h);
      return names.length ? (names.length <= 3 ? names.join(', ') : `${names.length} services`) : 'none';
    };
    const live = this.healthSrc && this.live ? liveStatus(this.live.poll, this.live.matched, n) : null;

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
              onKeyDown={this.onKeyDown}
              onPointerDown={this.onPointerDown}
              onPointerMove={this.onPointerMove}
              onPointerLeave={this.onPointerLeave}
              onClick={this.onClick}
              onFocus={() => (this.hasFocus = true)}
              onBlur={() => (this.hasFocus = false)}
            >
              <canvas part="canvas" aria-hidden="true" ref={this.attachCanvas}></canvas>
            </div>
            <div class="controls">
              <button type="button" class="replay" part="replay" onClick={() => this.replay()}>
                Replay request
              </button>
              <p class="hop" part="hop" role="status">
                {this.hopText}
              </p>
            </div>
            <div class="side">
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
                  <p class="hint">
                    <span class="pointer">Hover or focus a service to inspect it. Click the map, press R or use the button to replay a request.</span>
                    <span class="finger">Tap a service to inspect it; tap the map elsewhere or use the button to replay a request.</span>
                  </p>
                )}
              </aside>
              {live ? (
                <p class={{ live: true, stale: live.stale }} part="live">
                  <span role="status">{live.text}</span> <span class="when">{live.when}</span>
                </p>
              ) : null}
              <ul class="legend" part="legend" aria-label="Legend">
                {plan.rings.map(r => (
                  <li key={r.id}>
                    <span class={`swatch shape ${r.kind}`} aria-hidden="true"></span>
                    {r.name}
                  </li>
                ))}
                <li>
                  <span class="swatch health ok" aria-hidden="true"></span>Healthy
                </li>
                <li>
                  <span class="swatch health degraded" aria-hidden="true"></span>Degraded (dashed ring): {list('degraded')}
                </li>
                <li>
                  <span class="swatch health down" aria-hidden="true"></span>Down (solid ring): {list('down')}
                </li>
              </ul>
            </div>
          </div>
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
