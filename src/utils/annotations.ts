/**
 * The drawing half of the marks (see annotate.ts for the wiring every marking element loads):
 * rough-notation and the bookkeeping of drawn marks, in one chunk that loads with the first
 * mark a page draws. Pages that never mark never download it.
 */
import { annotate } from 'rough-notation';
import type { RoughAnnotation } from 'rough-notation/lib/model';
import type { Mark } from './annotate';

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

interface Drawn {
  el: HTMLElement;
  key: string;
  annotation: RoughAnnotation;
}

export class Annotations {
  private drawn: Drawn[] = [];

  /** @param reduced returns true under reduced motion (marks then appear without the stroke animation). */
  constructor(private reduced: () => boolean) {
    keyframes();
  }

  /**
   * Makes the drawn marks match `marks`: keeps unchanged ones, redraws those
   * whose element, text or config changed, removes the rest. Call after render.
   */
  sync(marks: Mark[]): void {
    const wanted = marks.filter((m): m is Mark & { el: HTMLElement } => !!m.el?.isConnected);
    const next: Drawn[] = [];
    for (const mark of wanted) {
      const key = JSON.stringify(mark.config) + '\u0000' + mark.el.textContent;
      const same = this.drawn.find(d => d.el === mark.el && d.key === key);
      if (same) {
        next.push(same);
        continue;
      }
      const annotation = annotate(mark.el, { ...mark.config, animate: !this.reduced() });
      annotation.show();
      next.push({ el: mark.el, key, annotation });
    }
    for (const d of this.drawn) if (!next.includes(d)) d.annotation.remove();
    this.drawn = next;
  }

  /** Removes every mark (call from disconnectedCallback). */
  clear(): void {
    for (const d of this.drawn) d.annotation.remove();
    this.drawn = [];
  }
}
