import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { E2EPage } from '@stencil/core/testing';
import { accessible, badContent, hostileContent, open, openOnServer, reducedMotion, renders, shadowText, themed, waitForEvents, waitForText } from '../../../test/common';
import { recordTabs, roughMarks } from '../../../test/records';
import { defaults, payloadsSettled, reflects, SECTION_DEFAULTS, survivesMove } from '../../../test/common';
import { startServer, text, TestServer } from '../../../test/server';

const TAG = 'lbr-adr-viewer';
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

const tabs = (page: E2EPage) => recordTabs(page, TAG);
const marks = (page: E2EPage) => roughMarks(page, TAG);

describe(TAG, () => {
  renders(TAG, { text: 'Redis Locking Over Optimistic Guesswork' });
  accessible(TAG);
  themed(TAG, { unused: { '--lbr-error': 'only the invalid-content panel uses it', '--lbr-warn': 'no demo record has a warning status' } });
  defaults(TAG, { ...SECTION_DEFAULTS, selected: undefined, src: undefined });
  reflects(TAG, 'theme', 'theme', 'light');
  reflects(TAG, 'selected', 'selected', 'ADR-002');
  reflects(TAG, 'headingLevel', 'heading-level', 3, false);
  survivesMove(TAG, { text: 'Redis Locking Over Optimistic Guesswork' });
  reducedMotion(TAG, { text: 'Eliminated double-booking risk and protected 1000+ concurrent request flows.' });
  badContent(TAG, {
    doc: { decisions: [{ id: 'ADR-9', title: 'x', status: 'maybe', context: '', decision: '', tradeoff: '', impact: '' }] },
    path: 'decisions[0].status',
    keeps: 'Redis Locking Over Optimistic Guesswork',
  });
  hostileContent(TAG, 'decisions', { act: page => page.$eval(TAG, el => el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')[1].click()) });

  it('selects a record by click: panel, aria-selected, the selected attribute and lbrAdrSelect', async () => {
    const page = await open(TAG);
    const select = await page.spyOnEvent('lbrAdrSelect');
    expect(await tabs(page)).toMatchObject({ selected: 0, title: 'Redis Locking Over Optimistic Guesswork', attr: null });
    await page.$eval(TAG, el => el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')[1].click());
    await page.waitForChanges();
    expect(await tabs(page)).toMatchObject({ selected: 1, title: 'Kafka for Async Side Effects', attr: 'ADR-002', labelledBy: true, tabindex: [-1, 0, -1] });
    expect(select).toHaveReceivedEventDetail({ id: 'ADR-002' });
    expect(await shadowText(page, TAG)).toContain('Reliability improved by 25% with cleaner failure isolation.');
    // Clicking the selected record again is not a change.
    await page.$eval(TAG, el => el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')[1].click());
    await page.waitForChanges();
    expect(select).toHaveReceivedEventTimes(1);
  });

  it('moves selection and focus with arrows, Home and End (roving tabindex)', async () => {
    const page = await open(TAG);
    const select = await page.spyOnEvent('lbrAdrSelect');
    await page.$eval(TAG, el => el.shadowRoot!.querySelector<HTMLElement>('[role="tab"]')!.focus());
    await page.keyboard.press('ArrowDown');
    await page.waitForChanges();
    expect(await tabs(page)).toMatchObject({ selected: 1, focused: 1, tabindex: [-1, 0, -1], title: 'Kafka for Async Side Effects', attr: 'ADR-002' });
    await page.keyboard.press('End');
    await page.waitForChanges();
    expect(await tabs(page)).toMatchObject({ selected: 2, focused: 2, title: 'Read-Through Cache on Hot Paths' });
    await page.keyboard.press('ArrowRight'); // wraps
    await page.waitForChanges();
    expect(await tabs(page)).toMatchObject({ selected: 0, focused: 0, attr: 'ADR-001' });
    await page.keyboard.press('ArrowUp'); // wraps backwards
    await page.waitForChanges();
    expect(await tabs(page)).toMatchObject({ selected: 2, focused: 2 });
    await page.keyboard.press('Home');
    await page.waitForChanges();
    expect(await tabs(page)).toMatchObject({ selected: 0, focused: 0, attr: 'ADR-001', labelledBy: true });
    expect(select.events.map(e => e.detail.id)).toEqual(['ADR-002', 'ADR-003', 'ADR-001', 'ADR-003', 'ADR-001']);
    // Tab leaves the list for the panel: one tab stop for the whole list.
    await page.keyboard.press('Tab');
    expect(await page.$eval(TAG, el => el.shadowRoot!.activeElement?.getAttribute('role'))).toBe('tabpanel');
  });

  it('shows the record named by the selected attribute, and follows it without sending lbrAdrSelect', async () => {
    const page = await open(TAG, { html: `<${TAG} selected="ADR-003"></${TAG}>` });
    const select = await page.spyOnEvent('lbrAdrSelect');
    expect(await tabs(page)).toMatchObject({ selected: 2, title: 'Read-Through Cache on Hot Paths' });
    await page.$eval(TAG, el => el.setAttribute('selected', 'ADR-002'));
    await page.waitForChanges();
    expect(await tabs(page)).toMatchObject({ selected: 1, title: 'Kafka for Async Side Effects' });
    await page.$eval(TAG, el => el.setAttribute('selected', 'ADR-404'));
    await page.waitForChanges();
    expect(await tabs(page)).toMatchObject({ selected: 0, title: 'Redis Locking Over Optimistic Guesswork' });
    expect(select).toHaveReceivedEventTimes(0);
  });

  it('marks the status and the key phrase, redraws them for a new selection, removes them with the element', async () => {
    const page = await open(TAG);
    const first = await marks(page);
    expect(first).toEqual([
      expect.objectContaining({ marks: 'badge', text: 'accepted', animated: true }),
      expect.objectContaining({ marks: 'key-phrase', text: 'Guard the allocation path with Redis distributed locks and idempotency checks' }),
    ]);
    expect(first.every(m => m.paths > 0)).toBe(true);
    await page.$eval(TAG, el => el.shadowRoot!.querySelectorAll<SVGElement>('svg.rough-annotation').forEach(svg => (svg.dataset.old = '1')));
    await page.$eval(TAG, el => el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')[2].click());
    await page.waitForChanges();
    const next = await marks(page);
    expect(next.map(m => [m.marks, m.text, m.old])).toEqual([
      ['badge', 'accepted', false],
      ['key-phrase', 'Serve hot reads through a cache with short TTLs and invalidate on writes', false],
    ]);
    const left = await page.$eval(TAG, el => {
      el.remove();
      return el.shadowRoot!.querySelectorAll('svg.rough-annotation').length;
    });
    expect(left).toBe(0);
  });

  it('redraws the key phrase mark when the element gets narrower, without a window resize (rough-notation observes it)', async () => {
    const page = await open(TAG);
    const lines = () =>
      page.$eval(TAG, el => {
        const phrase = el.shadowRoot!.querySelector('.key-phrase')!;
        return { text: phrase.getClientRects().length, underlines: phrase.nextElementSibling!.querySelectorAll('path').length };
      });
    const wide = await lines();
    expect(wide.underlines).toBe(wide.text);
    await page.$eval(TAG, el => ((el as HTMLElement).style.width = '320px'));
    await page.waitForFunction(() => {
      const phrase = document.querySelector('lbr-adr-viewer')!.shadowRoot!.querySelector('.key-phrase')!;
      return phrase.nextElementSibling!.querySelectorAll('path').length === phrase.getClientRects().length;
    });
    const narrow = await lines();
    expect(narrow.text).toBeGreaterThan(wide.text); // the phrase wraps onto more lines, each underlined
    expect(narrow.underlines).toBe(narrow.text);
  });

  it('draws the marks without animation under reduced motion', async () => {
    const page = await open(TAG, { reduced: true });
    const drawn = await marks(page);
    expect(drawn).toHaveLength(2);
    expect(drawn.some(m => m.animated)).toBe(false);
    expect(drawn.every(m => m.paths > 0)).toBe(true);
  });

  describe('markdown import (src)', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startServer({
        '/adr/0002-kafka-for-async-side-effects.md': text(200, fixture('nygard/0002-kafka-for-async-side-effects.md'), 'text/markdown'),
        '/adr/0007-idempotency-keys-madr4.md': text(200, fixture('madr/0007-idempotency-keys-madr4.md'), 'text/markdown'),
        '/adr/broken.md': text(200, fixture('malformed/no-title.md'), 'text/markdown'),
        '/adr/0010-hostile.md': text(200, fixture('hostile.md'), 'text/markdown'),
      });
    });
    afterAll(() => server.close());

    it('shows every good record and reports the broken file with its URL', async () => {
      const nygard = `${server.url}/adr/0002-kafka-for-async-side-effects.md`;
      const madr = `${server.url}/adr/0007-idempotency-keys-madr4.md`;
      const broken = `${server.url}/adr/broken.md`;
      const page = await openOnServer(server, TAG, `<${TAG}></${TAG}>`);
      const errors = await page.spyOnEvent('lbrContentError');
      await page.$eval(TAG, (el: any, src: string) => (el.src = src), `${nygard}\n  ${broken} ${madr}`);
      await waitForEvents(errors);
      await waitForText(page, TAG, 'Use idempotency keys on the booking API');

      expect(server.received.map(r => r.path).filter(p => p.startsWith('/adr/')).sort()).toEqual(['/adr/0002-kafka-for-async-side-effects.md', '/adr/0007-idempotency-keys-madr4.md', '/adr/broken.md']);
      const list = await page.$eval(TAG, el => [...el.shadowRoot!.querySelectorAll('[role="tab"]')].map(t => t.textContent!.replace(/\s+/g, ' ').trim()));
      expect(list).toEqual(['ADR-002: accepted Kafka for async side effects', 'ADR-007: accepted Use idempotency keys on the booking API']);

      const alert = await page.$eval(TAG, el => el.shadowRoot!.querySelector('[role="alert"]')!.textContent!.replace(/\s+/g, ' '));
      expect(alert).toContain(broken);
      expect(alert).toContain('no "# Title" heading');
      expect(alert).not.toContain(nygard);
      expect(errors).toHaveReceivedEventTimes(1);
      expect(errors.lastEvent!.detail).toEqual({ source: broken, errors: [{ path: 'title', message: 'no "# Title" heading' }] });

      // The first record shows its sections as plain text: no markdown syntax reaches the page.
      const panel = await page.$eval(TAG, el => el.shadowRoot!.querySelector('[role="tabpanel"]')!.textContent!);
      expect(panel).toContain('Publish a BookingConfirmed event to Kafka after the transaction commits');
      expect(panel).not.toMatch(/\*\*|`|\]\(/);
      await page.$eval(TAG, el => el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')[1].click());
      await page.waitForChanges();
      expect(await tabs(page)).toMatchObject({ attr: 'ADR-007', title: 'Use idempotency keys on the booking API' });
      expect(await shadowText(page, TAG)).toContain('Chosen option: "Idempotency-Key header stored with the response"');
      expect((await marks(page)).map(m => m.text)).toContain('Idempotency-Key header stored with the response');
    });

    it('renders markdown full of markup as text: nothing runs, nothing is injected', async () => {
      const page = await openOnServer(server, TAG, `<${TAG} src="${server.url}/adr/0010-hostile.md"></${TAG}>`);
      await waitForText(page, TAG, 'Hostile title');
      await payloadsSettled(page, TAG);
      const report = await page.$eval(TAG, el => ({
        xss: (window as any).__xss,
        injected: el.shadowRoot!.querySelectorAll('img, script, svg[onload], a, [onerror], [onload]').length,
        decision: el.shadowRoot!.querySelectorAll('.field dd')[1].textContent,
      }));
      expect(report).toEqual({ xss: undefined, injected: 0, decision: 'click me then {{constructor.constructor("window.__xss=1")()}}' });
    });

    it('reports a file that cannot be fetched, and shows no demo records in its place', async () => {
      const missing = `${server.url}/adr/0009-missing.md`;
      const page = await openOnServer(server, TAG, `<${TAG} src="${missing}"></${TAG}>`);
      await waitForText(page, TAG, 'HTTP 404');
      const text = await shadowText(page, TAG);
      expect(text).toContain(missing);
      expect(text).toContain('No decision records to show.');
      expect(text).not.toContain('Redis Locking');
    });
  });
});
