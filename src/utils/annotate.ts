/**
 * rough-notation inside a shadow root. rough-notation puts its @keyframes in
 * document.head, which does not reach shadow roots: the keyframes live in
 * styles/base.css instead, the global style every shadow root adopts. It measures
 * layout, so it only runs in the browser; the target's parent must be
 * `position: relative` (the SVG is placed inside it). This module is the wiring
 * every marking element loads; the drawing (annotations.ts, with the library)
 * loads with the first mark a page draws: pages that never mark never download it.
 */
import { Build, forceUpdate } from '@stencil/core';
import { Motion } from './motion';
import type { RoughAnnotationConfig } from 'rough-notation/lib/model';
import type { Annotations } from './annotations';

let loading: Promise<typeof import('./annotations')> | undefined;
const load = () => (loading ??= import('./annotations'));

export type MarkConfig = Omit<RoughAnnotationConfig, 'animate'>;

export interface Mark {
  el: HTMLElement | null | undefined;
  config: MarkConfig;
}

/** An element that draws rough-notation marks: its host (Calcite's `connectLabel` shape). */
export interface MarkedComponent {
  el: HTMLElement;
}

interface Wiring {
  motion: Motion;
  /** Once the drawing half has loaded (the first time a mark was wanted). */
  annotations?: Annotations;
  /** Bumped by every sync and clear: a draw waiting for the library runs only if still the latest. */
  generation: number;
  /** Rendered once at least: a move in the DOM redraws the marks the disconnect removed. */
  rendered: boolean;
}

const wired = new WeakMap<HTMLElement, Wiring>();

function clear(w: Wiring): void {
  w.generation++;
  w.annotations?.clear();
}

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
      clear(w!);
      forceUpdate(el);
    });
    w = { motion, generation: 0, rendered: false };
    wired.set(el, w);
  }
  w.motion.connect();
  if (w.rendered) forceUpdate(el);
}

/**
 * Call from componentDidRender with the marks wanted now: unchanged ones are kept, those whose
 * element, text or config changed are redrawn, the rest removed.
 */
export function syncMarks(component: MarkedComponent, marks: Mark[]): void {
  const w = wired.get(component.el);
  if (!w) return;
  w.rendered = true;
  if (!Build.isBrowser) return;
  const generation = ++w.generation;
  if (w.annotations) return w.annotations.sync(marks);
  // Nothing drawn yet and nothing to draw: no reason to load the library.
  if (!marks.some(m => m.el?.isConnected)) return;
  void load().then(({ Annotations }) => {
    if (generation !== w.generation) return;
    w.annotations ??= new Annotations(() => w.motion.reduced);
    w.annotations.sync(marks);
  });
}

/** Call from disconnectedCallback: removes the marks and stops listening. */
export function disconnectMarks(component: MarkedComponent): void {
  const w = wired.get(component.el);
  if (!w) return;
  clear(w);
  w.motion.disconnect();
}
