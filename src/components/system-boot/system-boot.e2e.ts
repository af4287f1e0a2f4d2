import { E2EPage, newE2EPage } from '@stencil/core/testing';
import { accessible, countFrames, setTabHidden, badContent, hostileContent, open, reducedMotion, renders, setOwnContent, shadowText, themed, waitForEvents, waitForText, survivesMove } from '../../../test/common';
import { defaults, framesStop, LOAD, reflects, SECTION_DEFAULTS } from '../../../test/common';
import { CSS } from './resources';

const TAG = 'lbr-system-boot';

/** What has been typed so far (each line's full text also sits hidden underneath, for layout). */
const typedText = (page: E2EPage) => page.$eval(TAG, (el, s) => [...el.shadowRoot!.querySelectorAll(s)].map(n => n.textContent).join('|'), `.${CSS.typed}`);

describe(TAG, () => {
  survivesMove(TAG, { text: 'ONLINE' });
  renders(TAG, { text: 'Archishman Das' });
  accessible(TAG);
  themed(TAG, { unused: { '--lbr-error': 'only the invalid-content panel uses it', '--lbr-warn': 'the BOOTING status, over in the final state shown' } });
  defaults(TAG, SECTION_DEFAULTS);
  reflects(TAG, 'theme', 'theme', 'light');
  reducedMotion(TAG, { text: 'ONLINE' });
  badContent(TAG, { doc: { profile: { name: 'X', title: '', summary: '', bootLines: [], stats: [{ label: 'users', value: '10' }] } }, path: 'profile.stats[0].value', keeps: 'Archishman Das' });
  hostileContent(TAG, 'profile');

  it('types the boot lines, flips to ONLINE, counts stats up and emits lbrBootComplete', async () => {
    const page = await open(TAG);
    const complete = await page.spyOnEvent('lbrBootComplete');
    expect(await shadowText(page, TAG)).toContain('BOOTING');
    await page.waitForFunction(s => document.querySelector('lbr-system-boot')!.shadowRoot!.querySelector(s as string), { timeout: 60000 }, `.${CSS.status}.${CSS.online}`);
    await waitForEvents(complete);
    expect(await typedText(page)).toBe('Initializing system...|Mounting service registry...|Warming caches and connection pools...|Health checks passing. Runtime ready.');
    expect(complete).toHaveReceivedEventTimes(1);
    const stats = await page.$$eval(TAG, ([el], s) => [...el.shadowRoot!.querySelectorAll(s)].map(n => n.textContent), `.${CSS.stat} dd [aria-hidden]`);
    expect(stats).toEqual(['10M+', '80+', '-40%']);
  });

  it('replays from the start on the replay button', async () => {
    const page = await open(TAG);
    const complete = await page.spyOnEvent('lbrBootComplete');
    await waitForEvents(complete);
    const button = await page.find(`${TAG} >>> button.replay`);
    await button.click();
    await page.waitForChanges();
    expect(await shadowText(page, TAG)).toContain('BOOTING');
    await waitForEvents(complete, 2);
    expect(complete).toHaveReceivedEventTimes(2);
  });

  it('announces only the final text: the typing is hidden from screen readers', async () => {
    const page = await open(TAG);
    const a11y = await page.$eval(
      TAG,
      (el, c) => ({
        typedHidden: el.shadowRoot!.querySelector(`.${c.lines}`)!.getAttribute('aria-hidden'),
        fullLines: [...el.shadowRoot!.querySelectorAll(`ol.${c.fullLines} li`)].map(li => li.textContent),
      }),
      CSS,
    );
    expect(a11y.typedHidden).toBe('true');
    expect(a11y.fullLines[0]).toBe('Initializing system...');
  });

  it('typing never moves the layout, even when lines wrap on a phone', async () => {
    const page = await newE2EPage();
    await page.setViewport({ width: 320, height: 800 });
    await page.setContent(`<${TAG}></${TAG}><p id="after">after</p>`, LOAD);
    await page.waitForFunction(() => document.querySelector('lbr-system-boot')?.classList.contains('hydrated'));
    const complete = await page.spyOnEvent('lbrBootComplete');
    const y = () => page.$eval('#after', el => el.getBoundingClientRect().top);
    const start = await y();
    await waitForEvents(complete);
    expect(await y()).toBe(start);
  });

  it('boots a profile from its own content, and the store state follows', async () => {
    const page = await open(TAG, { reduced: true });
    await setOwnContent(page, TAG, { profile: { name: 'Ada', title: 'SRE', summary: 's', bootLines: ['Hello'], stats: [{ label: 'uptime', value: 99.9, suffix: '%' }] } });
    await waitForText(page, TAG, 'Ada');
    await waitForText(page, TAG, '99.9%');
    expect(await shadowText(page, TAG)).toContain('Hello');
  });

  describe('motion stays at the edge', () => {
    async function boot(html: string): Promise<E2EPage> {
      const page = await newE2EPage();
      await countFrames(page);
      await page.setContent(html, LOAD);
      await page.waitForFunction(() => document.querySelector('lbr-system-boot')?.classList.contains('hydrated'));
      return page;
    }

    it('requests no frames while off screen, and boots when scrolled into view', async () => {
      const page = await boot(`<div style="height: 3000px"></div><lbr-system-boot></lbr-system-boot>`);
      const complete = await page.spyOnEvent('lbrBootComplete');
      await framesStop(page);
      expect(await shadowText(page, TAG)).toContain('BOOTING');
      await page.$eval(TAG, el => el.scrollIntoView());
      await waitForEvents(complete);
      expect(await shadowText(page, TAG)).toContain('ONLINE');
    });

    it('pauses while the tab is hidden and resumes where it was', async () => {
      const page = await boot(`<lbr-system-boot></lbr-system-boot>`);
      await page.waitForFunction(s => document.querySelector('lbr-system-boot')!.shadowRoot!.querySelector(s as string)!.textContent!.startsWith('Init'), {}, `.${CSS.typed}`);
      await setTabHidden(page, true);
      await framesStop(page); // a frame already in flight may still land
      const typed = await typedText(page);
      await framesStop(page);
      expect(await typedText(page)).toBe(typed);
      expect(typed).not.toContain('Runtime ready.');
      await setTabHidden(page, false);
      await page.waitForFunction(s => document.querySelector('lbr-system-boot')!.shadowRoot!.querySelector(s as string), { timeout: 60000 }, `.${CSS.status}.${CSS.online}`);
    });

    it('stops every frame when the element is removed mid-boot', async () => {
      const page = await boot(`<lbr-system-boot></lbr-system-boot>`);
      await page.waitForFunction(s => document.querySelector('lbr-system-boot')!.shadowRoot!.querySelector(s as string)!.textContent!.startsWith('Init'), {}, `.${CSS.typed}`);
      await page.$eval(TAG, el => el.remove());
      await framesStop(page);
    });

    it('requests no frames once the boot is complete', async () => {
      const page = await boot(`<lbr-system-boot></lbr-system-boot>`);
      const complete = await page.spyOnEvent('lbrBootComplete');
      await waitForEvents(complete);
      await framesStop(page);
    });
  });
});
