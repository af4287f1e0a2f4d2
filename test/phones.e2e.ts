/**
 * Phones, 320 to 390 px wide: every element alone on a page and the whole demo
 * page, in their first state and after the interactions that bring out more
 * text. Nothing may need a sideways scroll, and no text may be cut off or run
 * out of its box (see layoutProblems).
 */
import { E2EPage, newE2EPage } from '@stencil/core/testing';
import { layoutProblems } from './layout';

/** Each element, and what a phone user does that shows more of its text. */
const ELEMENTS: [string, ((page: E2EPage) => Promise<unknown>)?][] = [
  ['lbr-system-boot'],
  [
    'lbr-topology-map',
    async page => {
      await page.$eval('lbr-topology-map', el => (el.shadowRoot!.querySelector('[part="map"]') as HTMLElement).focus());
      await page.keyboard.press('ArrowRight');
    },
  ],
  ['lbr-log-stream', page => page.$eval('lbr-log-stream', el => el.setAttribute('query', 'redis'))],
  ['lbr-incident-report'],
  ['lbr-adr-viewer', page => page.$eval('lbr-adr-viewer', el => el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')[1].click())],
  ['lbr-principle-cards'],
  ['lbr-runtime-modules'],
  ['lbr-outage-game', page => page.$eval('lbr-outage-game', async (el: any) => (await el.hint(), await el.choose(0)))],
  ['lbr-recruiter-panel', page => page.$eval('lbr-recruiter-panel', el => el.shadowRoot!.querySelector('form')!.requestSubmit())],
];

async function phone(width: number) {
  const page = await newE2EPage();
  await page.setViewport({ width, height: 800, isMobile: true, hasTouch: true });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  return page;
}

describe('phones', () => {
  for (const width of [320, 390]) {
    describe(`${width} px`, () => {
      for (const [tag, act] of ELEMENTS) {
        it(`${tag}: nothing wider than the screen, no text cut off or out of its box`, async () => {
          const page = await phone(width);
          await page.setContent(`<${tag}></${tag}>`);
          await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, tag);
          expect(await layoutProblems(page)).toEqual([]);
          if (act) {
            await act(page);
            await page.waitForChanges();
            expect(await layoutProblems(page)).toEqual([]);
          }
        });
      }

      it('the demo page, in the dark and the light theme', async () => {
        const page = await phone(width);
        await page.goto('/');
        await page.waitForFunction(() => [...document.querySelectorAll('main *')].filter(e => e.localName.startsWith('lbr-')).every(e => e.classList.contains('hydrated')), { timeout: 20000 });
        expect(await layoutProblems(page)).toEqual([]);
        await page.click('input[name="theme"][value="light"]');
        await page.waitForChanges();
        expect(await layoutProblems(page)).toEqual([]);
        await page.evaluate(() => localStorage.removeItem('lbr-theme'));
      });
    });
  }
});
