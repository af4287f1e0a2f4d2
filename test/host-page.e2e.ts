/**
 * A CDN user's page: the built `dist` bundle loaded over a real HTTP server with
 * one <script type="module">, under aggressive global CSS. The element must
 * still render its own layout, colours and fonts.
 */
import { rawPage } from './common';
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { serveStatic } = require('../scripts/serve.cjs');

describe('host page (CDN bundle under hostile global CSS)', () => {
  let server: { close(): void };
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await serveStatic('.', 0));
  });
  afterAll(() => server.close());

  it('renders lbr-system-boot from dist with its own styles', async () => {
    const page = await rawPage();
    const errors: string[] = [];
    page.on('pageerror', e => errors.push(String(e)));
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto(`${url}/test/host-page.html`);
    await page.waitForFunction(() => document.querySelector('lbr-system-boot')?.shadowRoot?.textContent?.includes('ONLINE'), { timeout: 10000 });

    const inside = await page.$eval('lbr-system-boot', el => {
      const root = el.shadowRoot!;
      const name = root.querySelector('.name')!;
      const stat = root.querySelector('.stat')!;
      const button = root.querySelector('button.replay')!;
      const cs = (n: Element) => getComputedStyle(n);
      return {
        text: root.textContent,
        nameColor: cs(name).color,
        nameTransform: cs(name).textTransform,
        nameFont: cs(name).fontFamily,
        statDisplay: cs(stat).display,
        statsDisplay: cs(root.querySelector('.stats')!).display,
        buttonVisible: cs(button).display !== 'none' && (button as HTMLElement).offsetHeight > 0,
        hostHeight: (el as HTMLElement).getBoundingClientRect().height,
        hostDisplay: cs(el).display,
        hostBackground: cs(el).backgroundColor,
      };
    });
    expect(errors).toEqual([]);
    expect(inside.text).toContain('Archishman Das');
    expect(inside.text).toContain('10M+');
    expect(inside.nameColor).toBe('rgb(230, 237, 243)'); // the dark theme's foreground, not red
    expect(inside.nameTransform).toBe('none');
    expect(inside.nameFont).not.toMatch(/Comic Sans/);
    expect(inside.statsDisplay).toBe('grid');
    expect(inside.statDisplay).toBe('block');
    expect(inside.buttonVisible).toBe(true);
    expect(inside.hostHeight).toBeGreaterThan(200);
    expect(inside.hostDisplay).toBe('block');
    expect(inside.hostBackground).toBe('rgb(13, 17, 23)'); // the dark theme's background survives `all: revert`
  });
});
