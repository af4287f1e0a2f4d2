/**
 * Extreme valid content (test/extreme.ts): every free-text field at its
 * longest as one unbreakable word, 500 services, 10,000 log entries. Every
 * element on one page takes it without a page error, and no text runs out of
 * its box, on a desktop and on a phone.
 */
import { E2EPage, newE2EPage } from '@stencil/core/testing';
import { validateContent } from '../src/data/validate';
import { extremeDocument } from './extreme';
import { layoutProblems } from './layout';

const TAGS = ['lbr-system-boot', 'lbr-topology-map', 'lbr-log-stream', 'lbr-incident-report', 'lbr-adr-viewer', 'lbr-principle-cards', 'lbr-runtime-modules', 'lbr-outage-game', 'lbr-recruiter-panel'];

const doc = extremeDocument();

/** Every element on one page, the document loaded through lbr-runtime; page errors collected. */
async function extremePage(width: number): Promise<{ page: E2EPage; errors: string[] }> {
  const page = await newE2EPage();
  const errors: string[] = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => m.type() === 'error' && errors.push(m.text()));
  await page.setViewport({ width, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.setContent(`<lbr-runtime></lbr-runtime>${TAGS.map(t => `<${t}></${t}>`).join('')}`);
  for (const tag of TAGS) await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), { timeout: 20000 }, tag);
  await page.$eval('lbr-runtime', (el: any, d) => (el.content = d), doc as any);
  await page.waitForFunction((name: string) => document.querySelector('lbr-system-boot')!.shadowRoot!.textContent!.includes(name), { timeout: 30000 }, doc.profile!.name);
  await page.waitForFunction(() => document.querySelector('lbr-log-stream')!.shadowRoot!.textContent!.includes('of 20,0'), { timeout: 30000 });
  return { page, errors };
}

/** Shows the longest texts that appear on interaction: a service in the inspector, an applied runbook step. */
async function interact(page: E2EPage) {
  await page.$eval('lbr-topology-map', el => (el.shadowRoot!.querySelector('[part="map"]') as HTMLElement).focus());
  await page.keyboard.press('ArrowRight');
  await page.$eval('lbr-outage-game', (el: any) => el.choose?.(0));
  await page.waitForChanges();
  await page.waitForFunction(() => document.querySelector('lbr-topology-map')!.shadowRoot!.querySelector('.inspector .role'));
}

describe('extreme valid content', () => {
  it('is valid: every field at its longest, 500 services, 10,000 log entries', async () => {
    expect(await validateContent(doc)).toMatchObject({ ok: true });
    expect(doc.topology!.services.length).toBe(500);
    expect(doc.logs!.length).toBe(10_000);
  });

  for (const width of [1280, 390]) {
    it(`every element takes it at ${width} px: no page error, no text out of its box`, async () => {
      const { page, errors } = await extremePage(width);
      await interact(page);
      expect(await layoutProblems(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
