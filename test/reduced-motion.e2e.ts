/**
 * `data-lbr-reduced-motion` on an ancestor stills the elements' CSS too, in every browser: Motion
 * reflects it on the host as `data-lbr-motion="reduced"` (no Chromium-only `:host-context()`), and
 * follows the page switching it on and off (the playground's "animate" box does).
 */
import { newE2EPage } from '@stencil/core/testing';

/** The host's motion factor, a card's transition, the reflected attribute. */
async function motionOf(page: Awaited<ReturnType<typeof newE2EPage>>) {
  return page.$eval('lbr-principle-cards', el => ({
    factor: getComputedStyle(el).getPropertyValue('--_motion').trim(),
    transition: getComputedStyle(el.shadowRoot!.querySelector('.card')!).transitionDuration,
    reflected: el.getAttribute('data-lbr-motion'),
  }));
}

async function openIn(html: string) {
  const page = await newE2EPage();
  await page.setContent(html);
  await page.waitForFunction(() => document.querySelector('lbr-principle-cards')?.shadowRoot?.querySelector('.card'));
  return page;
}

describe('data-lbr-reduced-motion', () => {
  it('on an ancestor sets every CSS duration to zero, and follows the page switching it', async () => {
    const page = await openIn('<div id="box" data-lbr-reduced-motion><lbr-principle-cards></lbr-principle-cards></div>');
    expect(await motionOf(page)).toEqual({ factor: '0', transition: '0s, 0s', reflected: 'reduced' });

    await page.$eval('#box', el => el.removeAttribute('data-lbr-reduced-motion'));
    await page.waitForFunction(() => !document.querySelector('lbr-principle-cards')!.hasAttribute('data-lbr-motion'));
    expect(await motionOf(page)).toEqual({ factor: '1', transition: '0.15s, 0.15s', reflected: null });

    await page.$eval('#box', el => el.setAttribute('data-lbr-reduced-motion', ''));
    await page.waitForFunction(() => document.querySelector('lbr-principle-cards')!.hasAttribute('data-lbr-motion'));
    expect(await motionOf(page)).toEqual({ factor: '0', transition: '0s, 0s', reflected: 'reduced' });
  });

  it('applies to an element moved into (and out of) a marked container', async () => {
    const page = await openIn('<div id="still" data-lbr-reduced-motion></div><main><lbr-principle-cards></lbr-principle-cards></main>');
    expect((await motionOf(page)).reflected).toBe(null);
    await page.$eval('#still', el => el.append(document.querySelector('lbr-principle-cards')!));
    await page.waitForFunction(() => document.querySelector('lbr-principle-cards')!.hasAttribute('data-lbr-motion'));
    expect((await motionOf(page)).factor).toBe('0');
    await page.$eval('main', el => el.append(document.querySelector('lbr-principle-cards')!));
    await page.waitForFunction(() => !document.querySelector('lbr-principle-cards')!.hasAttribute('data-lbr-motion'));
    expect((await motionOf(page)).factor).toBe('1');
  });

  it("stops the contact terminal's blinking caret", async () => {
    const page = await newE2EPage();
    await page.setContent('<div data-lbr-reduced-motion><lbr-recruiter-panel></lbr-recruiter-panel></div>');
    await page.waitForFunction(() => document.querySelector('lbr-recruiter-panel')?.shadowRoot?.querySelector('.field input'));
    const caret = () =>
      page.$eval('lbr-recruiter-panel', el => {
        el.shadowRoot!.querySelector<HTMLElement>('.field input')!.focus();
        return getComputedStyle(el.shadowRoot!.querySelector('.field:focus-within .caret')!).animationName;
      });
    expect(await caret()).toBe('none');
    await page.$eval('div', el => el.removeAttribute('data-lbr-reduced-motion'));
    await page.waitForFunction(() => !document.querySelector('lbr-recruiter-panel')!.hasAttribute('data-lbr-motion'));
    expect(await caret()).toBe('lbr-blink');
  });
});
