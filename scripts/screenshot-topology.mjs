#!/usr/bin/env node
// docs/topology-{1280,390}-{dark,light}.png: lbr-topology-map alone at 1280 and 390 CSS px, both
// themes, after `npm run build`. The store marks PostgreSQL down and the async layer degraded, and
// the pointer rests on Redis, so the pictures show the labels a reader always gets.
import { join } from 'node:path';
import puppeteer from 'puppeteer';
import serve from './serve.cjs';
import chromium from './chromium-args.cjs';

const root = join(import.meta.dirname, '..');
const { server, url } = await serve.serveStatic(root, 0);
const browser = await puppeteer.launch({ headless: 'shell', args: chromium.browserArgs });
try {
  for (const width of [1280, 390]) {
    for (const theme of ['dark', 'light']) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(`${url}/bench/pages/topology.html?theme=${theme}`);
      await page.waitForFunction(() => document.querySelector('lbr-topology-map')?.classList.contains('hydrated'));
      await page.evaluate(async () => {
        const store = await import('/dist/lbr/index.esm.js');
        store.setHealth(['postgres'], 'down');
        store.setHealth(['async'], 'degraded');
      });
      await new Promise(r => setTimeout(r, 1200)); // let the orbits turn a little
      const p = await page.$eval('lbr-topology-map', el => el.servicePosition('redis'));
      await page.mouse.move(p.x, p.y);
      await page.waitForFunction(() => document.querySelector('lbr-topology-map').shadowRoot.querySelector('.inspector .name')?.textContent.includes('Redis'));
      const out = join(root, 'docs', `topology-${width}-${theme}.png`);
      await (await page.$('lbr-topology-map')).screenshot({ path: out });
      console.log(out);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
