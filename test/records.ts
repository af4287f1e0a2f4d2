/**
 * What a user (and a screen reader) sees of a records element (lbr-adr-viewer,
 * lbr-incident-report: both render utils/records.tsx), and of the rough-notation
 * marks an element draws. Shared by their e2e tests.
 */
import type { E2EPage } from '@stencil/core/testing';

/** The tabs and the panel: which tab is selected and focused, the roving tabindex, the shown title, the `selected` attribute. */
export function recordTabs(page: E2EPage, tag: string) {
  return page.$eval(tag, el => {
    const root = el.shadowRoot!;
    const all = [...root.querySelectorAll<HTMLElement>('[role="tab"]')];
    const panel = root.querySelector('[role="tabpanel"]');
    return {
      count: all.length,
      selected: all.findIndex(t => t.getAttribute('aria-selected') === 'true'),
      focused: all.indexOf(root.activeElement as HTMLElement),
      tabindex: all.map(t => t.tabIndex),
      title: root.querySelector('.record-title')?.textContent,
      labelledBy: !!panel && panel.getAttribute('aria-labelledby') === all.find(t => t.getAttribute('aria-selected') === 'true')?.id,
      attr: el.getAttribute('selected'),
    };
  });
}

/**
 * The rough-notation SVGs in the shadow root, with what each one marks, once a first one is drawn
 * (the library loads with the first mark): the marked element's class and text, whether the test
 * flagged it `data-old`, its strokes, and whether they animate.
 */
export async function roughMarks(page: E2EPage, tag: string) {
  await page.waitForFunction((t: string) => !!document.querySelector(t)?.shadowRoot?.querySelector('svg.rough-annotation'), {}, tag);
  return page.$eval(tag, el =>
    [...el.shadowRoot!.querySelectorAll<SVGElement>('svg.rough-annotation')].map(svg => ({
      marks: svg.previousElementSibling?.className,
      text: svg.previousElementSibling?.textContent,
      old: svg.dataset.old === '1',
      paths: svg.querySelectorAll('path').length,
      animated: [...svg.querySelectorAll('path')].some(p => p.style.animation.includes('rough-notation-dash')),
    })),
  );
}
