/**
 * The static Storybook build (storybook-static/, made by `npm run build-storybook`
 * before the tests) opens in Chromium and every story renders its element
 * without console errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { rawPage } from './common';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serveStatic } = require('../scripts/serve.cjs');

const DIR = 'storybook-static';

describe('Storybook (static build)', () => {
  let server: { close(): void };
  let url: string;
  beforeAll(async () => {
    if (!existsSync(`${DIR}/index.json`)) throw new Error(`${DIR}/ is missing: run \`npm run build-storybook\` before the tests (npm test does)`);
    ({ server, url } = await serveStatic(DIR, 0));
  });
  afterAll(() => server?.close());

  it('lists a story for every element and an introduction', () => {
    const index = JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8'));
    const titles = new Set(Object.values(index.entries).map((e: any) => e.title));
    expect(titles).toContain('Introduction');
    expect(titles).toContain('Elements/lbr-system-boot');
  });

  it('renders every story with its element and no console errors', async () => {
    const index = JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8'));
    const stories = Object.values(index.entries).filter((e: any) => e.type === 'story') as { id: string; title: string }[];
    expect(stories.length).toBeGreaterThan(0);
    const page = await rawPage();
    const failures: string[] = [];
    let current = '';
    // Failed requests are reported with their URL below; the browser's own favicon probe is not the page's.
    page.on('console', m => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) failures.push(`${current}: console error: ${m.text()}`);
    });
    page.on('response', r => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) failures.push(`${current}: HTTP ${r.status()} ${r.url()}`);
    });
    page.on('pageerror', e => failures.push(`${current}: ${e}`));
    for (const story of stories) {
      current = story.id;
      const tag = story.title.replace(/^Elements\//, '');
      await page.goto(`${url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      try {
        await page.waitForFunction(
          (t: string) => {
            const el = document.querySelector(`#storybook-root ${t}`);
            return !!el && el.classList.contains('hydrated') && (el.shadowRoot?.textContent ?? '').trim().length > 0;
          },
          { timeout: 10000 },
          tag,
        );
      } catch {
        failures.push(`${story.id}: <${tag}> did not render`);
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
