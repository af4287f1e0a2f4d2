/**
 * The demo page carries the seed page, word for word: every line of the seed
 * page's text (/work/shared/reference/000_*.txt, kept here as
 * test/fixtures/seed-page.txt) is visible on the demo page at 1280 and 390 px,
 * inside the elements' shadow roots, the log scrolled through.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newE2EPage } from '@stencil/core/testing';
import { carries, visibleTextScrolled } from './layout';

const SEED = readFileSync(join(__dirname, 'fixtures', 'seed-page.txt'), 'utf8')
  .split('\n')
  .map(line => line.trim())
  .filter(Boolean);

/**
 * Seed lines the kit renders differently on purpose, each with how it is
 * compared instead and why.
 */
const RENDERED_DIFFERENTLY: { line: RegExp; as: (line: string) => string; why: string }[] = [
  {
    line: /^(.+)->$/,
    as: line => line.slice(0, -2),
    why: 'a pipeline stage: the arrow to the next stage is drawn (CSS), not written "->"; screen readers get the order from the ordered list',
  },
];

const TAGS = ['lbr-system-boot', 'lbr-topology-map', 'lbr-log-stream', 'lbr-incident-report', 'lbr-adr-viewer', 'lbr-principle-cards', 'lbr-runtime-modules', 'lbr-outage-game', 'lbr-recruiter-panel'];

describe('the seed page, word for word', () => {
  it('checks the seed text itself (the reference copy, when this machine has it)', () => {
    const dir = '/work/shared/reference';
    const file = existsSync(dir) ? readdirSync(dir).find(f => /^000_.*\.txt$/.test(f)) : undefined;
    if (file) expect(readFileSync(join(__dirname, 'fixtures', 'seed-page.txt'), 'utf8')).toBe(readFileSync(join(dir, file), 'utf8'));
    expect(SEED.length).toBeGreaterThan(150);
  });

  for (const width of [1280, 390]) {
    it(`the demo page shows every line of the seed page at ${width} px`, async () => {
      const page = await newE2EPage();
      await page.setViewport({ width, height: 900 });
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.goto('/');
      for (const tag of TAGS) await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), { timeout: 20000 }, tag);
      await page.waitForFunction(() => document.querySelector('lbr-system-boot')!.shadowRoot!.querySelector('.status.online'), { timeout: 20000 });
      const pieces = await visibleTextScrolled(page);
      const missing = SEED.filter(line => {
        const differently = RENDERED_DIFFERENTLY.find(d => d.line.test(line));
        return !carries(pieces, differently ? differently.as(line) : line);
      });
      expect(missing).toEqual([]);
    });
  }

  it('compares whole pieces of text: a word inside a longer text does not count', () => {
    expect(carries(['$ ', 'contact --to ', 'archishman'], 'Contact')).toBe(false);
    expect(carries(['secure access terminal', 'Contact'], 'Contact')).toBe(true);
    expect(carries(['system.boot', ' ', 'ONLINE'], 'system.bootONLINE')).toBe(true);
    expect(carries(['Objective:', ' Reduce noise.'], 'objective: Reduce noise.')).toBe(true);
  });
});
