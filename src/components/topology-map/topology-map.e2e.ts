import { E2EPage, newE2EPage } from '@stencil/core/testing';
import { accessible, badContent, hostileContent, open, reducedMotion, renders, setOwnContent, shadowText, themed, waitForEvents, waitForText } from '../../../test/common';
import { topology as demo } from '../../data/demo/topology';
import type { Topology } from '../../data/types';

const TAG = 'lbr-topology-map';

/** Runs a store action in the page, on the same store instance the element uses (the build's shared chunk). */
async function storeAction(page: E2EPage, name: string, ...args: unknown[]) {
  await page.evaluate(
    async (url: string, fn: string, a: unknown[]) => {
      // A real browser import (TypeScript would rewrite a literal import() for Node).
      const store = await new Function('u', 'return import(u)')(url);
      store[fn](...a);
    },
    '/build/index.esm.js',
    name,
    args as any,
  );
  await page.waitForChanges();
}

/** Client coordinates of a service as drawn now (the element's public method). */
function positionOf(page: E2EPage, id: string): Promise<{ x: number; y: number }> {
  return page.$eval(TAG, (el: any, i: string) => el.servicePosition(i), id);
}

/** The canvas pixel (r, g, b) at the centre of a service's node. */
function pixelAt(page: E2EPage, id: string): Promise<number[]> {
  return page.$eval(
    TAG,
    async (el: any, i: string) => {
      const p = await el.servicePosition(i);
      const canvas = el.shadowRoot.querySelector('canvas') as HTMLCanvasElement;
      const r = canvas.getBoundingClientRect();
      const k = canvas.width / r.width;
      // Copy the one pixel out, so the element's own context is never read back.
      const probe = document.createElement('canvas');
      probe.width = probe.height = 1;
      const ctx = probe.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(canvas, Math.round((p.x - r.left) * k), Math.round((p.y - r.top) * k), 1, 1, 0, 0, 1, 1);
      const d = ctx.getImageData(0, 0, 1, 1).data;
      return [d[0], d[1], d[2]];
    },
    id,
  );
}

/** A token's colour as r, g, b, resolved by the browser. */
function tokenRgb(page: E2EPage, token: string): Promise<number[]> {
  return page.$eval(
    TAG,
    (el, t: string) => {
      const probe = document.createElement('span');
      probe.style.color = getComputedStyle(el).getPropertyValue(t).trim();
      document.body.appendChild(probe);
      const rgb = getComputedStyle(probe).color.match(/\d+/g)!.slice(0, 3).map(Number);
      probe.remove();
      return rgb;
    },
    token,
  );
}

const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= 6);

const inspectorText = (page: E2EPage) => page.$eval(TAG, el => el.shadowRoot!.querySelector('.inspector')!.textContent!.replace(/\s+/g, ' ').trim());

describe(TAG, () => {
  renders(TAG, { text: 'API Gateway' });
  accessible(TAG);
  themed(TAG);
  reducedMotion(TAG, { text: 'Request path: API Gateway → Auth' });
  // The validator refuses a request path through an unknown service, naming the hop's path.
  badContent(TAG, { doc: { topology: { ...demo, requestPath: ['gateway', 'nowhere'] } }, path: 'topology.requestPath[1]', keeps: 'API Gateway' });
  hostileContent(TAG, 'topology');

  it('names the unknown service a request path refers to', async () => {
    const page = await open(TAG);
    await setOwnContent(page, TAG, { topology: { ...demo, requestPath: ['gateway', 'nowhere'] } });
    await waitForText(page, TAG, 'topology.requestPath[1]: unknown service "nowhere"');
    // Still drawing the demo: the map did not crash.
    expect(await positionOf(page, 'gateway')).not.toBeNull();
  });

  it('shows the role of the service under the pointer, selects it and emits lbrServiceSelect', async () => {
    const page = await open(TAG);
    const select = await page.spyOnEvent('lbrServiceSelect');
    expect(await inspectorText(page)).toContain('Hover or focus a service');
    const p = await positionOf(page, 'redis');
    await page.mouse.move(p.x, p.y);
    await waitForText(page, TAG, 'Distributed locks and the hot-path cache');
    const text = await inspectorText(page);
    expect(text).toContain('Redis');
    expect(text).toContain('Infrastructure');
    await waitForEvents(select);
    expect(select.lastEvent!.detail).toEqual({ service: { id: 'redis', name: 'Redis', layer: 'infra', role: demo.services.find(s => s.id === 'redis')!.role } });
    const selected = await page.evaluate(async (url: string) => (await new Function('u', 'return import(u)')(url)).state.selectedServiceId, '/build/index.esm.js');
    expect(selected).toBe('redis');
  });

  it('is focusable; arrow keys move between services, Enter inspects, R replays', async () => {
    const page = await open(TAG);
    const select = await page.spyOnEvent('lbrServiceSelect');
    const hops = await page.spyOnEvent('lbrRequestHop');
    await page.keyboard.press('Tab');
    const focused = await page.$eval(TAG, el => el.shadowRoot!.activeElement?.getAttribute('role'));
    expect(focused).toBe('application');
    await page.keyboard.press('ArrowRight');
    await page.waitForChanges();
    expect(await inspectorText(page)).toContain('API Service');
    await page.keyboard.press('ArrowRight');
    await page.waitForChanges();
    expect(await inspectorText(page)).toContain('Auth');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft'); // wraps to the last service
    await page.waitForChanges();
    expect(await inspectorText(page)).toContain('Load Balancer');
    await page.keyboard.press('Enter');
    await page.waitForChanges();
    expect(select.lastEvent!.detail.service.id).toBe('lb');
    const announced = await page.$eval(TAG, el => el.shadowRoot!.querySelector('.visually-hidden[role="status"]')!.textContent);
    expect(announced).toContain('Load Balancer, Edge layer: Spreads traffic');
    await page.keyboard.press('r');
    await waitForEvents(hops);
    expect(hops.events[0].detail).toEqual({ index: 0, total: 8, service: { id: 'gateway', name: 'API Gateway' } });
  });

  it('replays the request: every hop in order, announced once each, then lbrRequestComplete', async () => {
    const page = await open(TAG);
    const hops = await page.spyOnEvent('lbrRequestHop');
    const complete = await page.spyOnEvent('lbrRequestComplete');
    // Record what the polite live region says, as a screen reader would hear it.
    await page.$eval(TAG, el => {
      const region = el.shadowRoot!.querySelector('.hop[role="status"]')!;
      (window as any).__said = [];
      new MutationObserver(() => (window as any).__said.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
    });
    await (await page.find(`${TAG} >>> button.replay`)).click();
    await waitForEvents(complete);
    await waitForText(page, TAG, 'Request complete in 8 hops'); // the caption renders just after the event
    expect(hops.events.map(e => e.detail.service.id)).toEqual(demo.requestPath);
    expect(hops.events.map(e => e.detail.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(complete.lastEvent!.detail).toEqual({ path: demo.requestPath });
    const said: string[] = await page.evaluate(() => (window as any).__said);
    const hopLines = said.filter(s => s.startsWith('Hop '));
    expect(hopLines).toEqual([...new Set(hopLines)]); // each hop once
    expect(hopLines).toHaveLength(8);
    expect(hopLines[2]).toBe('Hop 3 of 8: API Service');
    expect(said[said.length - 1]).toContain('Request complete in 8 hops');
  });

  it('a click on the canvas during a replay restarts it', async () => {
    const page = await open(TAG);
    const hops = await page.spyOnEvent('lbrRequestHop');
    const map = await page.find(`${TAG} >>> .map`);
    await map.click();
    await waitForEvents(hops, 3);
    await map.click();
    await waitForEvents(hops, 4);
    const indices = hops.events.map(e => e.detail.index);
    expect(indices.slice(0, 3)).toEqual([0, 1, 2]);
    expect(indices[indices.length - 1]).toBe(0);
  });

  it('draws services the store marks down or degraded in the error/warn colours, and the legend names them', async () => {
    const page = await open(TAG, { reduced: true });
    const accent = await tokenRgb(page, '--_accent');
    const error = await tokenRgb(page, '--_error');
    const warn = await tokenRgb(page, '--_warn');
    expect(near(await pixelAt(page, 'postgres'), accent)).toBe(true);
    expect(near(await pixelAt(page, 'kafka'), accent)).toBe(true);

    // What the outage game does on a crash; a layer kind marks every service of that layer.
    await storeAction(page, 'setHealth', ['postgres', 'api'], 'down');
    await storeAction(page, 'setHealth', ['async'], 'degraded');
    expect(near(await pixelAt(page, 'postgres'), error)).toBe(true);
    expect(near(await pixelAt(page, 'api'), error)).toBe(true);
    expect(near(await pixelAt(page, 'kafka'), warn)).toBe(true);
    expect(near(await pixelAt(page, 'worker'), warn)).toBe(true);
    expect(near(await pixelAt(page, 'redis'), accent)).toBe(true);
    const legend = await page.$eval(TAG, el => el.shadowRoot!.querySelector('.legend')!.textContent!.replace(/\s+/g, ' '));
    expect(legend).toContain('Down (solid ring): API Service, PostgreSQL');
    expect(legend).toContain('Degraded (dashed ring): Kafka, Workers, Notifier');
    const listed = await page.$eval(TAG, el => el.shadowRoot!.querySelector('[data-service="postgres"]')!.textContent);
    expect(listed).toContain('PostgreSQL, Infrastructure (down)');

    await storeAction(page, 'clearHealth');
    expect(near(await pixelAt(page, 'postgres'), accent)).toBe(true);
  });

  it('re-reads its colours from the theme tokens when the theme changes', async () => {
    const page = await open(TAG, { reduced: true });
    const dark = await pixelAt(page, 'redis');
    await page.$eval(TAG, el => el.setAttribute('theme', 'light'));
    await page.waitForChanges();
    const light = await pixelAt(page, 'redis');
    expect(near(light, dark)).toBe(false);
    expect(near(light, await tokenRgb(page, '--_accent'))).toBe(true);
  });

  it('follows a selection made elsewhere on the page (the store)', async () => {
    const page = await open(TAG, { reduced: true });
    await storeAction(page, 'selectService', 'kafka');
    expect(await inspectorText(page)).toContain('Carries booking events out of the request path');
  });

  it('is crisp on HiDPI screens and resizes its canvas with its container', async () => {
    const page = await newE2EPage();
    await page.setViewport({ width: 800, height: 900, deviceScaleFactor: 2 });
    await page.setContent(`<div id="box" style="width: 600px"><${TAG}></${TAG}></div>`);
    await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, TAG);
    const size = () =>
      page.$eval(TAG, el => {
        const c = el.shadowRoot!.querySelector('canvas')!;
        return { css: Math.round(c.getBoundingClientRect().width), backing: c.width };
      });
    await page.waitForFunction((t: string) => document.querySelector(t)!.shadowRoot!.querySelector('canvas')!.width > 300, {}, TAG);
    const before = await size();
    expect(Math.abs(before.backing - before.css * 2)).toBeLessThanOrEqual(1);
    await page.$eval('#box', el => ((el as HTMLElement).style.width = '360px'));
    await page.waitForFunction((t: string, w: number) => document.querySelector(t)!.shadowRoot!.querySelector('canvas')!.width !== w, {}, TAG, before.backing);
    const after = await size();
    expect(after.css).toBeLessThan(before.css);
    expect(Math.abs(after.backing - after.css * 2)).toBeLessThanOrEqual(1);
  });

  it('mirrors the canvas in a visually hidden list of services with layer and role', async () => {
    const page = await open(TAG);
    const items = await page.$eval(TAG, el => [...el.shadowRoot!.querySelectorAll('ul.services li')].map(li => li.textContent!.replace(/\s+/g, ' ')));
    expect(items).toHaveLength(14);
    expect(items).toContain('Kafka, Async runtime: Carries booking events out of the request path so slow work never blocks a user.');
    const label = await page.$eval(TAG, el => el.shadowRoot!.querySelector('[role="application"]')!.getAttribute('aria-label'));
    expect(label).toContain('14 services on 4 orbits');
  });

  it('works with a tiny topology with layers missing', async () => {
    const page = await open(TAG);
    const tiny: Topology = {
      layers: [{ id: 'only', name: 'Only layer', kind: 'edge', orbit: 1, speed: 2 }],
      services: [
        { id: 'a', name: 'Alpha', layer: 'only', role: 'first' },
        { id: 'b', name: 'Beta', layer: 'only', role: 'second' },
        { id: 'c', name: 'Gamma', layer: 'only', role: 'third' },
      ],
      requestPath: ['c', 'a'],
    };
    const hops = await page.spyOnEvent('lbrRequestHop');
    await setOwnContent(page, TAG, { topology: tiny });
    await waitForText(page, TAG, 'Request path: Gamma → Alpha');
    expect(await shadowText(page, TAG)).not.toContain('API Gateway');
    expect(await positionOf(page, 'b')).not.toBeNull();
    await page.$eval(TAG, (el: any) => el.replay());
    await waitForEvents(hops, 2);
    expect(hops.events.map(e => e.detail)).toEqual([
      { index: 0, total: 2, service: { id: 'c', name: 'Gamma' } },
      { index: 1, total: 2, service: { id: 'a', name: 'Alpha' } },
    ]);
  });

  describe('animation frames', () => {
    /** A page that counts requestAnimationFrame calls from its first script on. */
    async function counted(html: string): Promise<E2EPage> {
      const page = await newE2EPage();
      await page.evaluateOnNewDocument(() => {
        const raf = window.requestAnimationFrame.bind(window);
        (window as any).__rafs = 0;
        window.requestAnimationFrame = cb => {
          (window as any).__rafs++;
          return raf(cb);
        };
      });
      await page.setContent(html);
      await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, TAG);
      return page;
    }
    const framesIn = async (page: E2EPage, ms: number) => {
      const before: number = await page.evaluate(() => (window as any).__rafs);
      await new Promise(r => setTimeout(r, ms));
      return (await page.evaluate(() => (window as any).__rafs)) - before;
    };

    it('requests frames while visible, none while hidden, scrolled off screen, in a hidden tab or removed', async () => {
      const page = await counted(`<${TAG}></${TAG}><div style="height: 4000px"></div><p id="end">end</p>`);
      expect(await framesIn(page, 500)).toBeGreaterThan(5);

      await page.$eval(TAG, el => el.setAttribute('hidden', ''));
      await new Promise(r => setTimeout(r, 200)); // the observer reports after a frame or two
      expect(await framesIn(page, 700)).toBe(0);

      await page.$eval(TAG, el => el.removeAttribute('hidden'));
      expect(await framesIn(page, 500)).toBeGreaterThan(5);

      await page.$eval('#end', el => el.scrollIntoView());
      await new Promise(r => setTimeout(r, 200));
      expect(await framesIn(page, 700)).toBe(0);

      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await framesIn(page, 500)).toBeGreaterThan(5);

      // A hidden tab (the page reports hidden and fires visibilitychange).
      await page.evaluate(() => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
        document.dispatchEvent(new Event('visibilitychange'));
      });
      await new Promise(r => setTimeout(r, 100));
      expect(await framesIn(page, 700)).toBe(0);
      await page.evaluate(() => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
        document.dispatchEvent(new Event('visibilitychange'));
      });
      expect(await framesIn(page, 500)).toBeGreaterThan(5);

      await page.$eval(TAG, el => el.remove());
      await new Promise(r => setTimeout(r, 100));
      expect(await framesIn(page, 700)).toBe(0);
    });

    it('under reduced motion the services stand still and no frames run', async () => {
      const page = await counted(`<div data-lbr-reduced-motion><${TAG}></${TAG}></div>`);
      const a = await positionOf(page, 'api');
      expect(await framesIn(page, 600)).toBe(0);
      const b = await positionOf(page, 'api');
      expect(b).toEqual(a);
    });

    it('under reduced motion a replay steps hop by hop', async () => {
      const page = await open(TAG, { reduced: true });
      const hops = await page.spyOnEvent('lbrRequestHop');
      const complete = await page.spyOnEvent('lbrRequestComplete');
      await (await page.find(`${TAG} >>> button.replay`)).click();
      await waitForEvents(hops, 1);
      expect(complete).toHaveReceivedEventTimes(0);
      await waitForEvents(complete);
      expect(hops.events.map(e => e.detail.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    });
  });
});
