/**
 * rough-notation inside a shadow root. rough-notation puts its @keyframes in
 * document.head, which does not reach shadow roots: the keyframes live in
 * styles/base.css instead, the global style every shadow root adopts. It measures
 * layout, so it only runs in the browser; the target's parent must be
 * `position: relative` (the SVG is placed inside it). The library loads with the
 * first mark a page draws: pages that never mark never download it.
 */
import { Build } from '@stencil/core';
import type { RoughAnnotation, RoughAnnotationConfig } from 'rough-notation/lib/model';

type Annotate = typeof import('rough-notation').annotate;

let annotate: Annotate | undefined;
let loading: Promise<Annotate> | undefined;
const load = () => (loading ??= import('rough-notation').then(m => (annotate = m.annotate)));

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
