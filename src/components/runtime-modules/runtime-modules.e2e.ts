import { E2EPage } from '@stencil/core/testing';
import { accessible, badContent, hostileContent, open, reducedMotion, renders, setOwnContent, shadowText, themed, waitForText, survivesMove } from '../../../test/common';
import { CSS } from './resources';
import { defaults, framesStop, reflects, SECTION_DEFAULTS } from '../../../test/common';

const TAG = 'lbr-runtime-modules';

const caption = (page: E2EPage, m = 0) => page.$eval(TAG, (el, i, s) => el.shadowRoot!.querySelectorAll(s as string)[i as number].textContent, m, `.${CSS.caption}`);

/** Counts the pulse's DOM writes (attribute changes on the stages) over `ms`. */
async function pulseWrites(page: E2EPage, ms: number, enough = Infinity): Promise<number> {
  return page.$eval(
    TAG,
    (el, wait, stop) =>
      new Promise<number>(done => {
        let writes = 0;
        const end = () => {
          mo.disconnect();
          done(writes);
        };
        const mo = new MutationObserver(list => (writes += list.length) >= (stop as number) && end());
        mo.observe(el.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['data-pulse', 'data-travel', 'style'] });
        setTimeout(end, wait as number);
      }),
    ms,
    enough,
  );
}

const longModule = (stages: number) => ({
  id: 'long',
  name: 'Cross-Region-Active-Active-Replication-And-Failover-Orchestration-Platform',
  status: 'experimental-but-surprisingly-well-behaved',
  pipeline: Array.from({ length: stages }, (_, i) => `Stage${i + 1}-ExtraordinarilyLongServiceNameWithoutAnySpacesAtAll`),
  problem: 'p',
  solution: 's',
  impact: 'i',
  metrics: ['a-metric-chip-label-that-is-far-too-long-to-fit-on-a-narrow-phone-screen'],
});

describe(TAG, () => {
  survivesMove(TAG, { text: 'Rollback Guard', loops: 1 });
  renders(TAG, { text: 'Concurrent Booking Core' });
  accessible(TAG);
  themed(TAG, { unused: { '--lbr-error': 'only the invalid-content panel uses it', '--lbr-status-other': 'every demo module has a named status' } });
  defaults(TAG, SECTION_DEFAULTS);
  reflects(TAG, 'theme', 'theme', 'light');
  reducedMotion(TAG, { text: '100% slot allocation accuracy with 1000+ concurrent requests.' });
  badContent(TAG, { doc: { modules: [{ ...longModule(3), pipeline: 'Gateway' }] }, path: 'modules[0].pipeline', keeps: 'Concurrent Booking Core' });
  hostileContent(TAG, 'modules');

  it('shows each module: name, status chip, pipeline stages in order, Problem / Solution / Impact, metric chips', async () => {
    const page = await open(TAG);
    const first = await page.$eval(TAG, (el, c) => {
      const card = el.shadowRoot!.querySelector('article')!;
      return {
        name: card.querySelector('h3')!.textContent,
        status: card.querySelector('[part="status"]')!.textContent,
        stages: [...card.querySelectorAll(`ol.${c.pipeline} > li`)].map(li => li.textContent),
        arrows: card.querySelectorAll(`ol.${c.pipeline} .${c.arrow}`).length,
        facts: [...card.querySelectorAll('dt')].map(dt => dt.textContent),
        metrics: [...card.querySelectorAll('[part="metric"]')].map(li => li.textContent),
      };
    }, CSS);
    expect(first).toEqual({
      name: 'Concurrent Booking Core',
      status: 'status: stable',
      stages: ['Gateway', 'Booking Engine', 'Redis Lock', 'Database', 'Kafka Event'],
      arrows: 4,
      facts: ['Problem', 'Solution', 'Impact'],
      metrics: ['1000+ concurrency', '0 double-booking path', 'Redis lock guard'],
    });
    expect(await shadowText(page, TAG)).toContain('Reliability Pipeline');
  });

  it('gives each known status its own colour and unknown statuses a neutral one', async () => {
    const page = await open(TAG, { reduced: true });
    await setOwnContent(page, TAG, {
      modules: ['stable', 'optimized', 'resilient', 'beta', 'sunset'].map((status, i) => ({ ...longModule(2), id: `m${i}`, name: `M${i}`, status })),
    });
    await waitForText(page, TAG, 'M4');
    const colours = await page.$eval(TAG, el => [...el.shadowRoot!.querySelectorAll('[part="status"]')].map(s => getComputedStyle(s).color));
    expect(new Set(colours.slice(0, 3)).size).toBe(3);
    expect(colours[3]).toBe(colours[4]);
    expect(colours.slice(0, 3)).not.toContain(colours[3]);
  });

  it('names a stage on hover: "stage 2/5: Booking Engine"', async () => {
    const page = await open(TAG);
    expect(await caption(page)).toBe('5 stages: hover or focus one to name it');
    const stage = await page.find(`${TAG} >>> ol.${CSS.pipeline} li:nth-child(2)`);
    await stage.hover();
    await page.waitForChanges();
    expect(await caption(page)).toBe('stage 2/5: Booking Engine');
    await page.mouse.move(1, 1);
    await page.waitForChanges();
    expect(await caption(page)).toBe('5 stages: hover or focus one to name it');
  });

  it('names a stage on focus; each pipeline is one tab stop and the arrow keys walk its stages', async () => {
    const page = await open(TAG, { html: `<button>before</button><${TAG}></${TAG}>` });
    await page.focus('button');
    await page.keyboard.press('Tab');
    await page.waitForChanges();
    expect(await caption(page)).toBe('stage 1/5: Gateway');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForChanges();
    expect(await caption(page)).toBe('stage 3/5: Redis Lock');
    await page.keyboard.press('End');
    await page.waitForChanges();
    expect(await caption(page)).toBe('stage 5/5: Kafka Event');
    await page.keyboard.press('ArrowRight'); // stays on the last stage
    await page.keyboard.press('Home');
    await page.waitForChanges();
    expect(await caption(page)).toBe('stage 1/5: Gateway');
    // Tab leaves this pipeline for the next one, remembering where it was.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.waitForChanges();
    expect(await caption(page, 1)).toBe('stage 1/5: Client');
    expect(await caption(page, 0)).toBe('5 stages: hover or focus one to name it');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await page.waitForChanges();
    expect(await caption(page, 0)).toBe('stage 2/5: Booking Engine');
  });

  it('sends a pulse from stage to stage, in order', async () => {
    const page = await open(TAG);
    // Recorded in the page as the pulse writes (polling from here could miss a stage on a slow machine).
    const seen = await page.$eval(
      TAG,
      (el, pipeline) =>
        new Promise<number[]>(done => {
          const stages = [...el.shadowRoot!.querySelectorAll(pipeline as string)[0].children];
          const seen: number[] = [];
          const note = () => {
            const at = stages.findIndex(li => li.hasAttribute('data-pulse'));
            if (at >= 0 && seen[seen.length - 1] !== at) seen.push(at);
            if (seen.length >= 5) finish();
          };
          const mo = new MutationObserver(note);
          const timer = setTimeout(() => finish(), 30000);
          const finish = () => (mo.disconnect(), clearTimeout(timer), done(seen));
          mo.observe(el.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['data-pulse'] });
          note();
        }),
      `ol.${CSS.pipeline}`,
    );
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('has no pulse under reduced motion', async () => {
    const page = await open(TAG, { reduced: true });
    expect(await pulseWrites(page, 1200)).toBe(0);
    expect(await page.$eval(TAG, el => el.shadowRoot!.querySelectorAll('[data-pulse], [data-travel]').length)).toBe(0);
  });

  it('pauses the pulse while off screen and resumes when scrolled into view', async () => {
    const page = await open(TAG, { html: `<div style="height: 3000px"></div><${TAG}></${TAG}>`, countFrames: true });
    await framesStop(page); // the IntersectionObserver has reported: the pulse's loop stopped
    expect(await pulseWrites(page, 1200)).toBe(0);
    await page.$eval(TAG, el => el.scrollIntoView());
    // A pulse moves again: its first write, however long the pulse rests on a stage between moves.
    expect(await pulseWrites(page, 30000, 1)).toBeGreaterThan(0);
  });

  it('works for pipelines of 2 to 10 stages, and long names wrap without overflow at 320 px', async () => {
    const page = await open(TAG, { reduced: true });
    await page.setViewport({ width: 320, height: 800 });
    await setOwnContent(page, TAG, { modules: [longModule(2), { ...longModule(10), id: 'ten' }] });
    await waitForText(page, TAG, 'Stage10-');
    const sizes = await page.$eval(TAG, (el, c) => {
      const root = el.shadowRoot!;
      const boxes = [el, ...root.querySelectorAll(`.wrap, article, ol.${c.pipeline}, .head, .metrics`)] as HTMLElement[];
      return {
        stages: [...root.querySelectorAll(`ol.${c.pipeline}`)].map(ol => ol.children.length),
        overflowing: boxes.filter(b => b.scrollWidth > b.clientWidth).map(b => b.className || b.tagName),
        page: document.documentElement.scrollWidth,
        right: Math.max(...[...root.querySelectorAll('li, .status, h3')].map(n => n.getBoundingClientRect().right)),
      };
    }, CSS);
    expect(sizes.stages).toEqual([2, 10]);
    expect(sizes.overflowing).toEqual([]);
    expect(sizes.page).toBeLessThanOrEqual(320);
    expect(sizes.right).toBeLessThanOrEqual(320);
    await page.keyboard.press('Tab');
    await page.waitForChanges();
    expect(await caption(page, 1)).toBe('10 stages: hover or focus one to name it');
    expect(await caption(page, 0)).toBe('stage 1/2: Stage1-ExtraordinarilyLongServiceNameWithoutAnySpacesAtAll');
  });

  for (const width of [320, 390, 1280]) {
    it(`at ${width} px no pipeline row ends in an arrow: every arrow that shows stands between two stages of one row`, async () => {
      const page = await open(TAG, { reduced: true });
      await page.setViewport({ width, height: 800 });
      const demo = await page.$eval(TAG, (el, s) => el.shadowRoot!.querySelectorAll(s as string).length, `ol.${CSS.pipeline}`);
      await setOwnContent(page, TAG, { modules: [longModule(4), { ...longModule(10), id: 'ten', pipeline: 'Gateway Auth Booking-Engine Redis-Lock Database Kafka Worker Monitor Rollback-Guard Done'.split(' ') }] });
      await waitForText(page, TAG, 'Rollback-Guard');
      const report = await page.$eval(TAG, (el, c) => {
        const problems: string[] = [];
        let rowStarts = 0;
        for (const flow of el.shadowRoot!.querySelectorAll(`.${c.flow}`)) {
          // .flow clips its start side 4px out (the focus ring); what lies further out is not seen.
          const clip = flow.getBoundingClientRect().left - 4;
          const stages = [...flow.querySelectorAll<HTMLElement>(`li.${c.stage}`)];
          stages.forEach((li, i) => {
            const arrow = li.querySelector<HTMLElement>(`.${c.arrow}`);
            if (!i) return void (arrow && problems.push('the first stage has an arrow'));
            const a = arrow!.getBoundingClientRect();
            const drawnRight = a.right - parseFloat(getComputedStyle(arrow!).paddingRight);
            const r = li.getBoundingClientRect();
            const prev = stages[i - 1].getBoundingClientRect();
            const startsRow = r.top >= prev.bottom - 1;
            if (startsRow) rowStarts++;
            if (startsRow && drawnRight > clip) problems.push(`${li.textContent}: the arrow before a row's first stage shows`);
            if (!startsRow && (a.left < prev.right - 1 || a.right > r.left + 1)) problems.push(`${li.textContent}: its arrow is not between it and the stage before`);
          });
        }
        return { problems, rowStarts };
      }, CSS);
      expect(report.problems).toEqual([]);
      // The check saw rows wrap (on a phone even the demo's pipelines take two rows or more).
      expect(report.rowStarts).toBeGreaterThan(width < 400 ? 2 : 0);
      expect(demo).toBe(3);
    });
  }

  it('opens with the seed eyebrow and h2; attributes change or hide them and the module level follows', async () => {
    const page = await open(TAG);
    const outline = () => page.$eval(TAG, el => [...el.shadowRoot!.querySelectorAll('.intro > *, article [part="name"]')].slice(0, 3).map(n => `${n.localName}: ${n.textContent}`));
    expect(await outline()).toEqual(['p: system modules', 'h2: Projects as Runtime Modules', 'h3: Concurrent Booking Core']);
    await page.$eval(TAG, el => {
      el.setAttribute('heading', '');
      el.setAttribute('eyebrow', '');
      el.setAttribute('heading-level', '4');
    });
    await page.waitForChanges();
    expect(await outline()).toEqual(['h4: Concurrent Booking Core', 'h4: API Latency Reduction', 'h4: Reliability Pipeline']);
  });
});
