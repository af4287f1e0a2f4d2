/**
 * Motion stays at the edge: every animation frame and visual timer of an
 * element goes through one Motion. It requests frames only while the element
 * is connected, on screen and the tab is visible, so nothing runs (or burns
 * battery) for a widget nobody can see. Timers count *active* time, so a typing
 * effect resumes where it paused instead of jumping.
 *
 * Under `prefers-reduced-motion: reduce` (or `data-lbr-reduced-motion` on an
 * ancestor), `reduced` is true and `play()` jumps
 * to its end at once; elements render their final state. The host carries
 * `data-lbr-motion="reduced"` meanwhile, for its CSS: `:host-context()`, the one way a
 * stylesheet could see an ancestor's attribute, is Chromium-only.
 *
 * Server rendering is the same case, decided here once: on the server nothing
 * ticks and every timeline is at its end, so the HTML holds final states (no
 * half-typed line, no zeroed counter). In the browser, an element whose markup
 * the server drew takes it over as it is: its `intro()` (typing, counting) is
 * over already, the reader has seen its end.
 */
import { Build } from '@stencil/core';

type FrameFn = (dt: number, now: number) => void | boolean;

interface Timer {
  due: number;
  fn: () => void;
}

const REDUCED = '(prefers-reduced-motion: reduce)';
/** The page's switch: on an element, its lbr-* descendants show final states. */
const MARKER = 'data-lbr-reduced-motion';
/** Connected Motions, told by one observer when a MARKER comes or goes. */
const live = new Set<() => void>();
let markers: MutationObserver | undefined;
/** Longest step of the clock between two frames: slow devices keep wall-clock pace, a stall never skips a whole animation. (After a pause the first step is one frame.) */
const MAX_DT = 1000;

/** Per host, from its first Motion on: did its markup come from the server? */
const drawn = new WeakMap<HTMLElement, boolean>();
let warned = false;

/**
 * Whether the server drew `host`: always on the server; in the browser, when its shadow root
 * already held markup before the element first rendered here (declarative shadow DOM). Decided
 * at first sight (call before the first render: Motion's constructor does), then remembered.
 */
function drawnByServer(host: HTMLElement): boolean {
  if (Build.isServer) return true;
  let known = drawn.get(host);
  if (known === undefined) {
    const root = host.shadowRoot;
    known = Array.from(root?.children ?? []).some(el => el.localName !== 'style');
    // A build that takes server markup over removes `s-id` before any element code runs. One that
    // cannot (the CDN bundle) would draw the element a second time beside the server's tree: it
    // draws into an empty root instead (final states still: the reader has seen them), and the
    // page is told once what to load.
    if (known && root && host.hasAttribute('s-id')) {
      root.replaceChildren();
      if (!warned) console.warn('live-backend-runtime: a server-rendered page needs the per-tag build (live-backend-runtime/components/<tag>.js); this one draws it again.');
      warned = true;
    }
    drawn.set(host, known);
  }
  return known;
}

export class Motion {
  private loops = new Set<FrameFn>();
  private timers = new Set<Timer>();
  private clock = 0;
  private last = 0;
  private raf = 0;
  private onScreen = true;
  private connected = false;
  private io?: IntersectionObserver;
  private mq?: MediaQueryList;
  private wasReduced?: boolean;

  /**
   * True when the host's markup came from the server (always, on the server): it shows final
   * states, which the browser takes over as they are (see `intro`).
   */
  readonly drawnByServer: boolean;

  /** @param onChange called when `reduced` or visibility changes (e.g. to re-render). */
  constructor(private host: HTMLElement, private onChange?: () => void) {
    this.drawnByServer = drawnByServer(host);
  }

  /**
   * True under prefers-reduced-motion, inside an element with
   * `data-lbr-reduced-motion` (for screenshots, print and stories), and on the
   * server: render final states, no animation.
   */
  get reduced(): boolean {
    return Build.isServer || !!this.mq?.matches || !!this.host.closest?.(`[${MARKER}]`);
  }

  /** True while frames may run: connected, on screen, tab visible. */
  get active(): boolean {
    return this.connected && this.onScreen && typeof document !== 'undefined' && !document.hidden;
  }

  /** Call from connectedCallback. Safe to call again. */
  connect(): void {
    // On the server nothing ticks: an orbit loop would keep the render from ever settling.
    if (this.connected || Build.isServer || typeof window === 'undefined') return;
    this.connected = true;
    this.mq = window.matchMedia?.(REDUCED);
    this.mq?.addEventListener?.('change', this.handleChange);
    if (typeof MutationObserver !== 'undefined') {
      live.add(this.handleChange);
      markers ??= new MutationObserver(() => live.forEach(changed => changed()));
      // The host's document or shadow root: where closest() in `reduced` looks.
      markers.observe(this.host.getRootNode(), { subtree: true, attributeFilter: [MARKER] });
    }
    this.reflect();
    document.addEventListener('visibilitychange', this.wake);
    if (typeof IntersectionObserver !== 'undefined') {
      this.io = new IntersectionObserver(entries => {
        this.onScreen = entries[entries.length - 1].isIntersecting;
        this.wake();
      });
      this.io.observe(this.host);
    }
    this.wake();
  }

  /** Call from disconnectedCallback: stops every loop and timer. */
  disconnect(): void {
    this.connected = false;
    this.cancelAll();
    this.io?.disconnect();
    this.io = undefined;
    this.mq?.removeEventListener?.('change', this.handleChange);
    live.delete(this.handleChange);
    if (!live.size) {
      markers?.disconnect();
      markers = undefined;
    }
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.wake);
  }

  /** Runs `fn` every active frame until it returns false or the returned stop is called. */
  loop(fn: FrameFn): () => void {
    this.loops.add(fn);
    this.wake();
    return () => this.loops.delete(fn);
  }

  /** Calls `fn` after `ms` of active time. Returns a cancel function. */
  after(ms: number, fn: () => void): () => void {
    const timer = { due: this.clock + ms, fn };
    this.timers.add(timer);
    this.wake();
    return () => this.timers.delete(timer);
  }

  /**
   * Plays a timeline of `duration` ms: `frame(elapsed)` each active frame, then
   * `frame(duration)` and `done()`. Under reduced motion it jumps to the end at once.
   */
  play(duration: number, frame: (elapsed: number) => void, done?: () => void): () => void {
    if (this.reduced || duration <= 0) return this.end(duration, frame, done);
    let elapsed = 0;
    return this.loop(dt => {
      elapsed = Math.min(duration, elapsed + dt);
      frame(elapsed);
      if (elapsed < duration) return true;
      done?.();
      return false;
    });
  }

  /**
   * Plays an element's intro (the boot typing, the log's first lines): as `play`, except that
   * it shows the end at once where the reader has seen the end already, in markup the server
   * drew. Taking that markup over never blanks text to type it again. A replay the user asks
   * for, or new content, uses `play`.
   */
  intro(duration: number, frame: (elapsed: number) => void, done?: () => void): () => void {
    return this.drawnByServer ? this.end(duration, frame, done) : this.play(duration, frame, done);
  }

  /** A timeline's last frame at once. */
  private end(duration: number, frame: (elapsed: number) => void, done?: () => void): () => void {
    frame(duration);
    done?.();
    return () => undefined;
  }

  /** Stops every loop and timer (e.g. before a replay). */
  cancelAll(): void {
    this.loops.clear();
    this.timers.clear();
    if (this.raf) cancelAnimationFrame(this.raf);
    this.raf = 0;
  }

  /** `reduced` may have changed (media query or MARKER): re-render if it did. */
  private handleChange = () => {
    if (this.reflect()) this.onChange?.();
  };

  /** Sets the host's `data-lbr-motion` to match `reduced`; true when that changed it. */
  private reflect(): boolean {
    const reduced = this.reduced;
    if (reduced === this.wasReduced) return false;
    this.wasReduced = reduced;
    if (reduced) this.host.setAttribute('data-lbr-motion', 'reduced');
    else this.host.removeAttribute('data-lbr-motion');
    return true;
  }

  /** Requests a frame when there is work and we may run; otherwise stays asleep. */
  private wake = () => {
    const busy = this.loops.size > 0 || this.timers.size > 0;
    if (!busy || !this.active) {
      if (this.raf) cancelAnimationFrame(this.raf);
      this.raf = 0;
      this.last = 0; // the next frame after a pause steps by one frame, not the pause
      return;
    }
    if (!this.raf) this.raf = requestAnimationFrame(this.tick);
  };

  private tick = (now: number) => {
    this.raf = 0;
    const dt = this.last ? Math.min(MAX_DT, now - this.last) : 16;
    this.last = now;
    this.clock += dt;
    for (const timer of [...this.timers]) {
      if (timer.due <= this.clock) {
        this.timers.delete(timer);
        timer.fn();
      }
    }
    for (const fn of [...this.loops]) {
      if (fn(dt, now) === false) this.loops.delete(fn);
    }
    this.wake();
  };
}
