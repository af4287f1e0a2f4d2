/**
 * What a reader sees, measured in the browser: the page's visible text across
 * shadow roots, and every place where text runs out of its box (horizontal
 * overflow, clipped or ellipsised text). Used by the seed-text, phone and
 * extreme-content tests.
 */
import type { E2EPage } from '@stencil/core/testing';

type AnyPage = Pick<E2EPage, 'evaluate'>;

/**
 * The visible text of the page in reading order (the flat tree: light DOM,
 * shadow roots, slotted nodes) as pieces: one per text node or CSS generated
 * content (`::before`, `::after`), whitespace kept. Text nobody sees is left
 * out: `display: none`, `visibility: hidden`, visually hidden helpers (1px
 * boxes, clipped or off screen). Decorations marked `aria-hidden` stay in:
 * they are seen. Inputs count with their placeholder.
 */
export function visibleText(page: AnyPage): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const hiddenHelper = (el: Element) => {
      const cs = getComputedStyle(el);
      return /^(absolute|fixed)$/.test(cs.position) && (cs.clip !== 'auto' || (el.clientWidth <= 1 && el.clientHeight <= 1 && cs.overflow !== 'visible'));
    };
    const pseudo = (el: Element, which: '::before' | '::after') => {
      const c = getComputedStyle(el, which).content;
      if (c && /^".*"$/.test(c)) out.push(JSON.parse(c));
    };
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.textContent) out.push(node.textContent);
        return;
      }
      if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
        Array.from(node.childNodes).forEach(walk);
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const el = node as HTMLElement;
      if (/^(script|style|template)$/.test(el.localName)) return;
      if (!el.checkVisibility({ visibilityProperty: true } as any) || hiddenHelper(el)) return;
      pseudo(el, '::before');
      if (el.localName === 'slot') {
        const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
        (assigned.length ? assigned : Array.from(el.childNodes)).forEach(walk);
      } else {
        Array.from((el.shadowRoot ?? el).childNodes).forEach(walk);
        const placeholder = el.getAttribute('placeholder');
        if (placeholder) out.push(placeholder);
      }
      pseudo(el, '::after');
    };
    walk(document.body);
    return out;
  });
}

/**
 * The visible text, as `visibleText`, of the page and of every scrolling
 * region in it (a virtualised log renders only the rows in view): each region
 * is scrolled through, a screenful at a time, and read at each stop.
 */
export async function visibleTextScrolled(page: AnyPage): Promise<string[]> {
  const pieces = await visibleText(page);
  const regions = await page.evaluate(() => {
    const found: Element[] = [];
    const scan = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const cs = getComputedStyle(el);
        if (/auto|scroll/.test(cs.overflowY) && el.scrollHeight > el.clientHeight + 1 && !/^(textarea|select)$/.test(el.localName)) found.push(el);
        if (el.shadowRoot) scan(el.shadowRoot);
      }
    };
    scan(document);
    (window as any).__lbrScrollRegions = found;
    return found.length;
  });
  for (let r = 0; r < regions; r++) {
    for (let step = 1; ; step++) {
      // Scrolls region r one screenful further, and waits two frames for it to render; false at the end.
      const moved = await page.evaluate(async (i: number) => {
        const el = (window as any).__lbrScrollRegions[i] as Element;
        const before = el.scrollTop;
        el.scrollTop = before + Math.max(1, el.clientHeight * 0.8);
        await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
        return el.scrollTop > before;
      }, r);
      if (!moved) break;
      pieces.push(...(await visibleText(page)));
    }
  }
  return pieces;
}

/** Folded for comparing words: no whitespace at all, lower case (CSS may change case; `a b` and `ab` read alike across element edges). */
export const fold = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/**
 * Does the text shown (`pieces`, from `visibleText`) carry `line`, word for
 * word? Compared folded (see `fold`), and whole: the match must start where a
 * piece starts and end where a piece ends, so "Contact" is not found inside
 * "contact --to archishman", while a line the page splits over several
 * elements ("system.boot" + "ONLINE") is.
 */
export function carries(pieces: readonly string[], line: string): boolean {
  const needle = fold(line);
  if (!needle) return true;
  let text = '';
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const piece of pieces) {
    const folded = fold(piece);
    if (!folded) continue;
    starts.add(text.length);
    text += folded;
    ends.add(text.length);
  }
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) if (starts.has(at) && ends.has(at + needle.length)) return true;
  return false;
}

/**
 * Every place on the page where text does not fit, as readable strings
 * (`lbr-log-stream > div.row: text runs 320 px past its box`):
 *   - the document scrolls sideways;
 *   - an element that clips or scrolls sideways (`overflow-x` not visible:
 *     hosts, panels, chips) is wider inside than its box;
 *   - a piece of text sticks out of its element's box (a long word spilling
 *     over a border);
 *   - an element that clips vertically hides text (a line clamp);
 *   - text set to `text-overflow: ellipsis` is cut.
 * Visually hidden helpers (1px boxes), form controls' own scrolling (inputs,
 * textareas) and drawn decorations (svg, canvas) are not text in a box.
 */
export function layoutProblems(page: AnyPage): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) found.push(`document: ${doc.scrollWidth} > ${doc.clientWidth} px wide (sideways scroll)`);
    const name = (el: Element) => `${el.localName}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + Array.from(el.classList).join('.') : ''}`;
    const hiddenHelper = (el: Element, cs: CSSStyleDeclaration) =>
      /^(absolute|fixed)$/.test(cs.position) && (cs.clip !== 'auto' || (el.clientWidth <= 1 && el.clientHeight <= 1 && cs.overflow !== 'visible'));
    const range = document.createRange();
    const visit = (el: Element, host: string) => {
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || hiddenHelper(el, cs) || /^(svg|canvas|script|style|template)$/.test(el.localName)) return;
      const where = `${host}${name(el)}`;
      const control = /^(input|textarea|select|option)$/.test(el.localName);
      if (!control && el.clientWidth > 0) {
        // One px of slack: sub-pixel layout rounds scrollWidth up.
        if (cs.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) found.push(`${where}: ${el.scrollWidth} > ${el.clientWidth} px wide (overflow-x ${cs.overflowX})`);
        if (/hidden|clip/.test(cs.overflowY) && el.scrollHeight > el.clientHeight + 1 && (el.textContent ?? '').trim()) found.push(`${where}: ${el.scrollHeight} > ${el.clientHeight} px tall, text clipped`);
        if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth) found.push(`${where}: text cut with an ellipsis`);
        const box = el.getBoundingClientRect();
        for (const node of Array.from(el.childNodes)) {
          const data = node.nodeType === Node.TEXT_NODE ? node.textContent ?? '' : '';
          if (!data.trim()) continue;
          // The words only: a space a line breaks after hangs past the edge unseen.
          range.setStart(node, data.length - data.trimStart().length);
          range.setEnd(node, data.trimEnd().length);
          const text = range.getBoundingClientRect();
          const past = Math.max(text.right - box.right, box.left - text.left);
          if (text.width > 0 && past > 1) found.push(`${where}: text runs ${Math.round(past)} px past its box ("${(node.textContent ?? '').trim().slice(0, 30)}")`);
        }
      }
      if (el.shadowRoot) for (const child of Array.from(el.shadowRoot.children)) visit(child, `${host}${el.localName} > `);
      for (const child of Array.from(el.children)) visit(child, host);
    };
    visit(document.body, '');
    return found;
  });
}
