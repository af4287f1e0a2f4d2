import { Build, Component, Element, Event, EventEmitter, Host, Method, Mixin, Prop, State, Watch, h } from '@stencil/core';
import type { Topology } from '../../data/types';
import { selectService, state } from '../../store';
import { ContentErrorDetail, ContentErrors, OwnContent } from '../../utils/content';
import { LiveStatus, Speaker } from '../../utils/live-status';
import { nextIndex } from '../../utils/keys';
import { Motion } from '../../utils/motion';
import { sectionProps } from '../../utils/section-props';
import { HEALTH_RANK, NodeHealth, combinedHealth } from './health-rule';
import type { LiveHealth, PollState } from './health-poll';
import { LabelRank } from './labels';
import { TopologyPlan, planTopology } from './orbit';
import { Controls, Inspector, Legend, LiveLine, MapEvents, MapFrame, ServiceList, serviceAnnouncement } from './parts';
import { Replay, completeCaption, hopCaption, pathCaption } from './replay';
import { FrameInput, MapScene } from './scene';
import type { RequestCompleteDetail, RequestHopDetail, ServiceSelectDetail, TopologyLayout } from './interfaces';
import { demoChrome, SectionIntro, sectionChrome } from '../../utils/section-intro';

const HEALTHS: NodeHealth[] = ['ok', 'degraded', 'down'];
/** The poller and the status document readers: loaded with the first `health-src` (maps without one never download them). */
let live: typeof import('./health-poll') | undefined, loadingLive: Promise<unknown> | undefined;
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
 * for screen readers, and each hop is announced once. While no service is
 * inspected, the panel beside the map shows the topology's `guide`.
 *
 * Section key `topology` (its own `content`: `topology` and `sections.topology`). The demo's
 * chrome: eyebrow "interactive architecture", heading "System Design Visualization", lead the
 * seed's ("A request path should feel coherent…").
 *
 * @part intro - Eyebrow, heading, tagline and lead above the map (see the chrome props).
 * @part eyebrow - The small line above the heading.
 * @part heading - The section heading.
 * @part tagline - The strong line under the heading.
 * @part lead - The short text under the heading.
 * @part map - The focusable canvas wrapper (role="application").
 * @part canvas - The canvas.
 * @part inspector - The panel naming the inspected service, its layer and role.
 * @part guide - The inspector while no service is inspected: the topology's `guide` and how to inspect and replay.
 * @part replay - The "Replay request" button.
 * @part hop - The caption naming the current hop (a polite live region).
 * @part live - The line saying where live health comes from, when it last arrived, and whether it is stale.
 * @part legend - The legend: the document's layers (shape = kind) and the health colours.
 * @part error - The panel that lists refused content.
 */
@Component({ tag: 'lbr-topology-map', styleUrl: 'topology-map.css', shadow: true })
export class LbrTopologyMap extends Mixin(sectionProps) {
  @Element() el!: HTMLElement;

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
  @State() announcement = '';
  private announcer = new Speaker(t => (this.announcement = t));
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
  private own = new OwnContent(['topology'], demoChrome('topology'));
  private plan!: TopologyPlan;
  private plannedFor?: Topology;
  private replayer!: Replay;
  /** The canvas and what was last drawn on it. */
  private scene = new MapScene(() => this.requestDraw());
  private selectedIndex = -1;
  /** Orbit clock (ms of active time). */
  private t = 0;
  /** Reduced motion, cached off the frame path (Motion.reduced walks the DOM). */
  private still = false;
  private stopLoop?: () => void;
  private stopStep?: () => void;
  private lastEmitted: string | null = null;
  private touch = false;
  private liveHealth?: LiveHealth;
  /** Reused every frame (the frame loop allocates nothing). */
  private input: FrameInput = { t: 0, selected: -1, focused: -1, hop: -1, progress: 0, rank: (i, shown) => this.rankOf(i, shown) };

  connectedCallback() {
    this.motion = new Motion(this.el, () => this.motionChanged());
    this.motion.connect();
    this.stopLoop = undefined;
    this.scene.connect(this.el);
    this.syncLoop();
    this.startPolling();
  }

  async componentWillLoad() {
    await this.contentChanged();
  }

  componentWillRender() {
    const topology = this.own.section('topology');
    if (topology !== this.plannedFor) this.replan(topology);
  }

  componentDidRender() {
    this.scene.theme(this.theme);
    this.syncLoop();
    // Draw now, not at the next frame: health, selection and labels in layout() then always agree.
    this.draw();
  }

  disconnectedCallback() {
    this.motion.disconnect();
    this.stopLoop = this.stopStep = undefined;
    this.replayer?.stop();
    this.scene.disconnect();
    this.liveHealth?.stop();
  }

  @Watch('content')
  protected async contentChanged() {
    await this.own.apply(this);
  }

  @Watch('healthSrc')
  @Watch('healthInterval')
  protected healthSrcChanged() {
    this.liveHealth?.stop();
    this.liveHealth = undefined;
    this.live = null; // another source: its word replaces the old one
    this.startPolling();
  }

  componentDidLoad() {
    this.startPolling();
  }

  /** Polls `health-src` (if any) while connected; it pauses itself while the map cannot be seen. Never while server rendering. */
  private startPolling() {
    if (!this.healthSrc || !Build.isBrowser || !this.el.isConnected) return;
    if (!live) return void (loadingLive ??= import('./health-poll').then(m => (live = m))).then(() => this.startPolling());
    this.liveHealth ??= new live.LiveHealth(this.el, poll => (this.live = this.matched(poll)));
    this.liveHealth.start(this.healthSrc, this.healthInterval);
  }

  /** Live health per service of this plan from a poll's report (kept through failures); only once the poller has loaded. */
  private matched(poll: PollState) {
    return { ...(poll.report && this.plan ? live!.matchHealth(poll.report, this.plan) : { health: {}, matched: 0 }), poll: { ...poll } };
  }

  /** Sends a packet along the request path again from the first hop (stepping hop by hop under reduced motion). */
  @Method()
  async replay(): Promise<void> {
    this.stopStep?.();
    this.stopStep = undefined;
    this.replayer.start();
    if (this.motion.reduced) this.stopStep = this.replayer.stepEvery((ms, fn) => this.motion.after(ms, fn), () => this.requestDraw());
    this.requestDraw();
  }

  /**
   * Where a service is drawn now, in client (viewport) coordinates, or null
   * when it is not on the map. For tests and hosts that point at a node.
   * @param id The service's `id` in the topology content.
   */
  @Method()
  async servicePosition(id: string): Promise<{ x: number; y: number } | null> {
    return this.scene.clientPosition(this.plan.ids.indexOf(id));
  }

  /**
   * The map as last drawn, in CSS px relative to the canvas: every node's
   * centre, drawn radius (shape and rings), health, and its label box, or
   * `label: null` when its label is not drawn. For overlays and tests.
   */
  @Method()
  async layout(): Promise<TopologyLayout> {
    return this.scene.layout();
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
    this.scene.setPlan(this.plan);
    this.hovered = this.focused = -1;
    this.stopStep?.();
    this.stopStep = undefined;
    this.hopText = pathCaption(this.plan);
    if (this.live) this.live = this.matched(this.live.poll);
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

  /** Draws now unless the loop will draw on its next frame anyway. */
  private requestDraw() {
    if (!this.stopLoop || !this.motion.active) this.draw();
  }

  private attachCanvas = (el?: HTMLCanvasElement) => {
    if (el) this.scene.attach(el);
  };

  private draw() {
    if (!this.plan) return;
    const { input, replayer } = this;
    input.t = this.still ? 0 : this.t;
    input.selected = this.selectedIndex;
    input.focused = this.hasFocus ? this.focused : -1;
    input.hop = replayer.current;
    input.progress = this.still ? 0 : replayer.at.progress;
    this.scene.draw(input);
  }

  /** Which labels a reader needs first: what they inspect, the current hop, what is unhealthy. */
  private rankOf(i: number, wasShown: boolean): LabelRank {
    if (i === this.hovered || i === this.focused || i === this.selectedIndex) return LabelRank.Inspected;
    const hop = this.replayer.current;
    if (hop >= 0 && this.plan.path[hop] === i) return LabelRank.Hop;
    const health = this.scene.health[i];
    if (health === 2) return LabelRank.Down;
    if (health === 1) return LabelRank.Degraded;
    return wasShown ? LabelRank.Kept : LabelRank.Other;
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

  /** The map's listeners (one object, so every render passes the same functions). */
  private mapEvents: MapEvents = {
    onPointerDown: e => (this.touch = e.pointerType === 'touch' || e.pointerType === 'pen'),
    onPointerMove: e => {
      if (e.pointerType === 'touch') return; // a finger sliding over the map is not hovering
      const i = this.scene.hit(e.clientX, e.clientY, HIT_RADIUS);
      if (i !== this.hovered) this.hovered = i;
      this.inspect(i);
    },
    onPointerLeave: () => (this.hovered = -1),
    onClick: e => {
      // A finger has no hover: a tap on a node inspects it, a tap elsewhere replays.
      const i = this.scene.hit(e.clientX, e.clientY, this.touch ? TOUCH_RADIUS : HIT_RADIUS);
      if (i >= 0) {
        this.focused = i;
        this.inspect(i);
        if (this.touch) return;
      }
      void this.replay();
    },
    onKeyDown: e => this.onKeyDown(e),
    onFocus: () => (this.hasFocus = true),
    onBlur: () => (this.hasFocus = false),
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
      this.announcer.say(serviceAnnouncement(plan, HEALTHS[this.scene.health[next]], next, 'position'));
      return;
    }
    if (e.key === 'Enter') {
      const i = this.focused >= 0 ? this.focused : n ? 0 : -1;
      this.focused = i;
      this.inspect(i, true);
      if (i >= 0) this.announcer.say(serviceAnnouncement(plan, HEALTHS[this.scene.health[i]], i, 'role'));
    } else if (e.key === ' ' || e.key === 'r' || e.key === 'R') void this.replay();
    else return;
    e.preventDefault();
  };

  render() {
    const plan = this.plan;
    const n = plan.ids.length;
    // Reading the store here re-renders (and redraws) when health or selection changes.
    const healths = plan.ids.map((id, i) => combinedHealth(state.health, this.live?.health, id, plan.kinds[i]));
    healths.forEach((hl, i) => (this.scene.health[i] = HEALTH_RANK[hl]));
    this.selectedIndex = state.selectedServiceId ? plan.ids.indexOf(state.selectedServiceId) : -1;
    const shown = this.hovered >= 0 ? this.hovered : this.focused >= 0 ? this.focused : this.selectedIndex;
    const liveLine = this.healthSrc && this.live ? live!.liveStatus(this.live.poll, this.live.matched, n) : null; // this.live: the poller loaded
    const chrome = sectionChrome('topology', this, this.own.doc);

    return (
      <Host>
        <ContentErrors errors={this.own.errors} />
        <section class="topology" aria-label={this.label}>
          <SectionIntro chrome={chrome} level={this.headingLevel} />
          <div class="stage">
            <MapFrame label={this.label} plan={plan} pointing={this.hovered >= 0} canvas={this.attachCanvas} on={this.mapEvents} />
            <Controls caption={this.hopText} onReplay={() => this.replay()} />
            <div class="side">
              <Inspector plan={plan} healths={healths} index={shown} guide={this.plannedFor?.guide} />
              <LiveLine live={liveLine} />
              <Legend plan={plan} healths={healths} />
            </div>
          </div>
          <ServiceList plan={plan} healths={healths} />
          <LiveStatus text={this.announcement} />
        </section>
      </Host>
    );
  }
}
