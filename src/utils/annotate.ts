/**
 * rough-notation inside a shadow root. rough-notation puts its @keyframes in
 * document.head, which does not reach shadow roots: the keyframes live in
 * styles/base.css instead, the global style every shadow root adopts. It measures
 * layout, so it only runs in the browser; the target's parent must be
 * `position: relative` (the SVG is placed inside it). The library loads with the
 * first mark a page draws: pages that never mark never download it.
 */
import { Build, forceUpdate } from '@stencil/core';
import { Motion } from './motion';
import type { RoughAnnotation, RoughAnnotationConfig } from 'rough-notation/lib/model';

type Annotate = typeof import('rough-notation').annotate;

let annotate: Annotate | undefined;
let loading: Promise<Annotate> | undefined;
const load = () => (loading ??= import('rough-notation').then(m => (keyframes(), (annotate = m.annotate))));

/**
 * rough-notation writes its @keyframes into an inline <style> in document.head on its first
 * show(), unless `window.__rno_kf_s` is set: a strict CSP (style-src without 'unsafe-inline')
 * refuses that <style>. Set the marker to a constructable sheet adopted by the document instead,
 * which no CSP restricts, so a host page's own rough-notation marks still animate.
 */
function keyframes() {
  const w = window as Window & { __rno_kf_s?: unknown };
  if (w.__rno_kf_s) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('@keyframes rough-notation-dash{to{stroke-dashoffset:0}}');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    w.__rno_kf_s = sheet;
  } catch {
    // No constructable stylesheets (Safari before 16.4): rough-notation writes its <style> itself.
  }
}

export type MarkConfig = Omit<RoughAnnotationConfig, 'animate'>;

export interface Mark {
  el: HTMLElement | null | undefined;
  config: MarkConfig;
}

interface Drawn {
  el: HTMLElement;
  key: string;
  annotation: RoughAnnotation;
}

export class Annotations {
  private drawn: Drawn[] = [];
  /** Bumped by every sync and clear: a draw waiting for the library runs only if still the latest. */
  private generation = 0;

  /** @param reduced returns true under reduced motion (marks then appear without the stroke animation). */
  constructor(private reduced: () => boolean) {}

  /**
   * Makes the drawn marks match `marks`: keeps unchanged ones, redraws those
   * whose element, text or config changed, removes the rest. Call after render.
   */
  sync(marks: Mark[]): void {
    if (!Build.isBrowser) return;
    const generation = ++this.generation;
    if (annotate) return this.draw(annotate, marks);
    if (!marks.some(m => m.el?.isConnected)) return this.draw(undefined, marks);
    void load().then(fn => generation === this.generation && this.draw(fn, marks));
  }

  /** `fn` may be undefined only when no mark is wanted (then nothing is drawn, only removed). */
  private draw(fn: Annotate | undefined, marks: Mark[]): void {
    const wanted = marks.filter((m): m is Mark & { el: HTMLElement } => !!m.el?.isConnected);
    const next: Drawn[] = [];
    for (const mark of wanted) {
      const key = JSON.stringify(mark.config) + '\u0000' + mark.el.textContent;
      const same = this.drawn.find(d => d.el === mark.el && d.key === key);
      if (same) {
        next.push(same);
        continue;
      }
      const annotation = fn!(mark.el, { ...mark.config, animate: !this.reduced() });
      annotation.show();
      next.push({ el: mark.el, key, annotation });
    }
    for (const d of this.drawn) if (!next.includes(d)) d.annotation.remove();
    this.drawn = next;
  }

  /** Removes every mark (call from disconnectedCallback). */
  clear(): void {
    this.generation++;
    for (const d of this.drawn) d.annotation.remove();
    this.drawn = [];
  }

  /** How many marks are drawn now (tests and stories). */
  get count(): number {
    return this.drawn.length;
  }
}

/** An element that draws rough-notation marks: its host (Calcite's `connectLabel` shape). */
export interface MarkedComponent {
  el: HTMLElement;
}

interface Wiring {
  motion: Motion;
  annotations: Annotations;
  /** Rendered once at least: a move in the DOM redraws the marks the disconnect removed. */
  rendered: boolean;
}

const wired = new WeakMap<HTMLElement, Wiring>();

/**
 * Call from connectedCallback. Wires the element's marks to a Motion that only answers
 * "reduced?": when reduced motion switches, the marks are removed and the element re-renders,
 * so `syncMarks` draws them again with (or without) the stroke animation. Moved in the DOM
 * (connected again after a render), the element re-renders to draw the marks again.
 */
export function connectMarks(component: MarkedComponent): void {
  const { el } = component;
  let w = wired.get(el);
  if (!w) {
    const motion = new Motion(el, () => {
      w!.annotations.clear();
      forceUpdate(el);
    });
    w = { motion, annotations: new Annotations(() => motion.reduced), rendered: false };
    wired.set(el, w);
  }
  w.motion.connect();
  if (w.rendered) forceUpdate(el);
}

/** Call from componentDidRender with the marks wanted now (see `Annotations.sync`). */
export function syncMarks(component: MarkedComponent, marks: Mark[]): void {
  const w = wired.get(component.el);
  if (!w) return;
  w.rendered = true;
  w.annotations.sync(marks);
}

/** Call from disconnectedCallback: removes the marks and stops listening. */
export function disconnectMarks(component: MarkedComponent): void {
  const w = wired.get(component.el);
  w?.annotations.clear();
  w?.motion.disconnect();
}
