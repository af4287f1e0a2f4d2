import type { E2EPage } from '@stencil/core/testing';
import { incidents } from '../../data/demo/incidents';
import { accessible, badContent, hostileContent, open, reducedMotion, renders, setOwnContent, shadowText, themed } from '../../../test/common';
import { recordTabs, roughMarks } from '../../../test/records';
import { defaults, reflects, SECTION_DEFAULTS, settled, survivesMove } from '../../../test/common';

const TAG = 'lbr-incident-report';

const tabs = (page: E2EPage) => recordTabs(page, TAG);
const marks = (page: E2EPage) => roughMarks(page, TAG);

const clickTab = (page: E2EPage, i: number) => page.$eval(TAG, (el, n) => el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')[n].click(), i);

describe(TAG, () => {
  renders(TAG, { text: 'Production Incident: Pricing Inconsistency' });
  accessible(TAG);
  themed(TAG, { unused: { '--lbr-error': 'only the invalid-content panel uses it', '--lbr-warn': 'no demo record has a warning status' } });
  defaults(TAG, { ...SECTION_DEFAULTS, selected: undefined, titlePrefix: 'Production Incident: ' });
  reflects(TAG, 'theme', 'theme', 'light');
  reflects(TAG, 'selected', 'selected', 'read-path-latency');
  survivesMove(TAG, { text: 'Production Incident: Pricing Inconsistency' });
  reducedMotion(TAG, { text: 'Prevented revenue leakage and stabilized trust in transactional pricing.' });
  badContent(TAG, { doc: { incidents: [{ ...incidents[0], status: 'closed' }] }, path: 'incidents[0].status', keeps: 'Pricing Inconsistency' });
  hostileContent(TAG, 'incidents', { act: page => clickTab(page, 1) });

  it('shows the seed incident as the seed does: lead, status, Problem, Root Cause, Solution, Impact', async () => {
    const page = await open(TAG);
    const text = await shadowText(page, TAG);
    expect(text).toContain('incident report');
    expect(text).toContain('High-traffic transactional systems need one source of truth.');
    expect(await page.$eval(TAG, el => el.shadowRoot!.querySelector('.record-meta')!.textContent!.trim())).toBe('status: resolved');
    const fields = await page.$eval(TAG, el => [...el.shadowRoot!.querySelectorAll('.field')].map(f => [f.querySelector('dt')!.textContent, f.querySelector('dd')!.textContent]));
    expect(fields).toEqual([
      ['Problem', incidents[0].problem],
      ['Root Cause', incidents[0].rootCause],
      ['Solution', incidents[0].solution],
      ['Impact', incidents[0].impact],
    ]);
  });

  it('selects an incident by click and keyboard: aria-selected, focus, the selected attribute and lbrIncidentSelect', async () => {
    const page = await open(TAG);
    const select = await page.spyOnEvent('lbrIncidentSelect');
    expect(await tabs(page)).toMatchObject({ count: 2, selected: 0, attr: null, labelledBy: true });
    await clickTab(page, 1);
    await page.waitForChanges();
    expect(await tabs(page)).toMatchObject({ selected: 1, title: 'Production Incident: Read Path Latency Spike', attr: 'read-path-latency', tabindex: [-1, 0] });
    expect(await shadowText(page, TAG)).toContain('Latency reduced by 40% and database load by around 70%.');
    await page.$eval(TAG, el => el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')[1].focus());
    await page.keyboard.press('ArrowUp');
    await page.waitForChanges();
    expect(await tabs(page)).toMatchObject({ selected: 0, focused: 0, attr: 'pricing-inconsistency', tabindex: [0, -1] });
    await page.keyboard.press('End');
    await page.waitForChanges();
    expect(await tabs(page)).toMatchObject({ selected: 1, focused: 1 });
    await page.keyboard.press('Home');
    await page.waitForChanges();
    expect(await tabs(page)).toMatchObject({ selected: 0, focused: 0, labelledBy: true });
    expect(select.events.map(e => e.detail)).toEqual([{ id: 'read-path-latency' }, { id: 'pricing-inconsistency' }, { id: 'read-path-latency' }, { id: 'pricing-inconsistency' }]);
  });

  it('shows the incident named by the selected attribute', async () => {
    const page = await open(TAG, { html: `<${TAG} selected="read-path-latency"></${TAG}>` });
    expect(await tabs(page)).toMatchObject({ selected: 1, title: 'Production Incident: Read Path Latency Spike' });
  });

  it('has no selector for a single incident', async () => {
    const page = await open(TAG);
    await setOwnContent(page, TAG, { incidents: [{ ...incidents[0], status: 'investigating' }] });
    // The new status is marked on a later frame (rough-notation): wait for that mark, not a fixed time.
    const texts = await settled(
      () => marks(page).then(m => m.map(x => x.text)),
      t => t.join() === 'investigating',
    );
    expect(await tabs(page)).toMatchObject({ count: 0, title: 'Production Incident: Pricing Inconsistency' });
    expect(await page.$eval(TAG, el => !!el.shadowRoot!.querySelector('[role="tablist"]'))).toBe(false);
    expect(texts).toEqual(['investigating']);
  });

  it('marks the status, redraws the mark for a new selection, removes it with the element', async () => {
    const page = await open(TAG);
    const first = await marks(page);
    expect(first).toEqual([expect.objectContaining({ text: 'resolved', animated: true })]);
    expect(first[0].paths).toBeGreaterThan(0);
    await page.$eval(TAG, el => el.shadowRoot!.querySelectorAll<SVGElement>('svg.rough-annotation').forEach(svg => (svg.dataset.old = '1')));
    await clickTab(page, 1);
    await page.waitForChanges();
    expect((await marks(page)).map(m => [m.text, m.old])).toEqual([['resolved', false]]);
    const left = await page.$eval(TAG, el => {
      el.remove();
      return el.shadowRoot!.querySelectorAll('svg.rough-annotation').length;
    });
    expect(left).toBe(0);
  });

  it('draws the mark without animation under reduced motion', async () => {
    const page = await open(TAG, { reduced: true });
    const drawn = await marks(page);
    expect(drawn).toHaveLength(1);
    expect(drawn[0].animated).toBe(false);
  });
});
