import { readFileSync } from 'node:fs';
import { E2EPage, newE2EPage } from '@stencil/core/testing';
import { accessible, badContent, hostileContent, open, openOnServer, reducedMotion, renders, setOwnContent, setTabHidden, shadowText, themed, waitForEvents, waitForText } from '../../../test/common';
import { countFrames, defaults, framesRun, framesStop, kit, LOAD, reflects, SECTION_DEFAULTS, survivesMove } from '../../../test/common';
import { startServer, TestServer } from '../../../test/server';
import { topology as demo } from '../../data/demo/topology';
import type { Topology } from '../../data/types';
import type { TopologyLayout } from './interfaces';
import { CSS } from './resources';

const TAG = 'lbr-topology-map';

/** Runs a store action in the page, on the same store instance the element uses (the build's shared chunk). */
async function storeAction(page: E2EPage, name: string, ...args: unknown[]) {
  await kit(page, (k, fn: string, a: unknown[]) => k[fn](...a), name, args);
  await page.waitForChanges();
}

/** Another engineer's document (the own-content page's). */
const other: Topology = JSON.parse(readFileSync('src/demo-content.json', 'utf8')).topology;

/** A topology of n services spread over the four layer kinds. */
function generated(n: number): Topology {
  const layers = [
    { id: 'core', name: 'Core', kind: 'core', orbit: 0.3, speed: 1.5 },
    { id: 'async', name: 'Async', kind: 'async', orbit: 0.55, speed: 0.4 },
    { id: 'infra', name: 'Infra', kind: 'infra', orbit: 0.78, speed: 0.6 },
    { id: 'edge', name: 'Edge', kind: 'edge', orbit: 1, speed: 0.8 },
  ] as Topology['layers'];
  const services = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `service-${i}`, layer: layers[i % 4].id, role: `Service ${i}` }));
  return { layers, services, requestPath: services.slice(0, 6).map(s => s.id) };
}

/** The element alone in a viewport `width` px wide, showing `topology` (the demo when absent). */
async function sized(width: number, topology?: Topology, fixture: { touch?: boolean } = {}): Promise<E2EPage> {
  const page = await newE2EPage();
  await page.setViewport({ width, height: 900, hasTouch: fixture.touch, isMobile: fixture.touch });
  await page.setContent(`<style>body { margin: 0 }</style><${TAG}></${TAG}>`, LOAD);
  await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, TAG);
  if (topology) await setOwnContent(page, TAG, { topology });
  await page.waitForFunction(async (t: string, n: number) => {
    const l = await (document.querySelector(t) as any).layout();
    return l.width > 0 && l.nodes.length === n;
  }, {}, TAG, (topology ?? demo).services.length);
  return page;
}

/** layout() sampled every 100 ms for `ms` of motion, and `ms / 100` samples at least (a slow machine samples for longer). */
function sample(page: E2EPage, ms: number): Promise<TopologyLayout[]> {
  return page.$eval(
    TAG,
    async (el: any, total: number) => {
      const out = [];
      for (const end = performance.now() + total; performance.now() < end || out.length < total / 100; ) {
        out.push(await el.layout());
        await new Promise(r => setTimeout(r, 100));
      }
      return out;
    },
    ms,
  );
}

/** Every broken promise in a layout: labels leaving the canvas, covering a node or another label. */
function violations(l: TopologyLayout): string[] {
  const bad: string[] = [];
  const labelled = l.nodes.filter(n => n.label);
  for (const a of labelled) {
    const b = a.label!;
    if (b.x < 0 || b.y < 0 || b.x + b.width > l.width || b.y + b.height > l.height) bad.push(`${a.id}'s label leaves the canvas`);
    for (const o of labelled) {
      const c = o.label!;
      if (o !== a && b.x < c.x + c.width && c.x < b.x + b.width && b.y < c.y + c.height && c.y < b.y + b.height) bad.push(`labels of ${a.id} and ${o.id} overlap`);
    }
    for (const o of l.nodes) {
      const dx = Math.max(b.x - o.x, 0, o.x - b.x - b.width);
      const dy = Math.max(b.y - o.y, 0, o.y - b.y - b.height);
      if (dx * dx + dy * dy < o.radius * o.radius) bad.push(`${a.id}'s label covers ${o.id}`);
    }
  }
  return bad;
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

const inspectorText = (page: E2EPage) => page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)!.textContent!.replace(/\s+/g, ' ').trim(), `.${CSS.inspector}`);

/** The hint sentences that show (pointer, finger or keys). */
const shownHint = (page: E2EPage) =>
  page.$eval(TAG, el => [...el.shadowRoot!.querySelectorAll('.hint > span:not(.text)')].filter(s => getComputedStyle(s).display !== 'none').map(s => s.textContent));

describe(TAG, () => {
  renders(TAG, { text: 'API Gateway' });
  accessible(TAG);
  themed(TAG);
  defaults(TAG, { ...SECTION_DEFAULTS, healthInterval: 30, healthSrc: undefined, label: 'Live system topology' });
  reflects(TAG, 'theme', 'theme', 'light');
  reflects(TAG, 'label', 'label', 'Our system', false);
  survivesMove(TAG, { text: 'API Gateway', loops: 1 });
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
    // Nothing inspected: the topology's guide (the seed's panel) and how to inspect with a mouse.
    const idle = await inspectorText(page);
    for (const piece of ['live system topology', 'reading the system', 'Core services sit closest to the runtime center.']) expect(idle).toContain(piece);
    expect(await shownHint(page)).toEqual(['Hover to inspect a service. Click anywhere to restart the request flow.']);
    const p = await positionOf(page, 'redis');
    await page.mouse.move(p.x, p.y);
    await waitForText(page, TAG, 'Distributed locks and the hot-path cache');
    const text = await inspectorText(page);
    expect(text).toContain('Redis');
    expect(text).toContain('Infrastructure');
    await waitForEvents(select);
    expect(select.lastEvent!.detail).toEqual({ service: { id: 'redis', name: 'Redis', layer: 'infra', role: demo.services.find(s => s.id === 'redis')!.role } });
    const selected = await kit(page, k => k.state.selectedServiceId);
    expect(selected).toBe('redis');
  });

  it('is focusable; arrow keys move between services, Enter inspects, R replays', async () => {
    const page = await open(TAG);
    const select = await page.spyOnEvent('lbrServiceSelect');
    const hops = await page.spyOnEvent('lbrRequestHop');
    await page.keyboard.press('Tab');
    const focused = await page.$eval(TAG, el => el.shadowRoot!.activeElement?.getAttribute('role'));
    expect(focused).toBe('application');
    // Keyboard focus on the map: the hint speaks of keys.
    expect(await shownHint(page)).toEqual(['Arrow keys move between services, Enter inspects one, R restarts the request flow.']);
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
    await page.$eval(TAG, (el, s) => {
      const region = el.shadowRoot!.querySelector(s as string)!;
      (window as any).__said = [];
      new MutationObserver(() => (window as any).__said.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
    }, `.${CSS.hop}[role="status"]`);
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
    const legend = await page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)!.textContent!.replace(/\s+/g, ' '), `.${CSS.legend}`);
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
    await page.setContent(`<div id="box" style="width: 600px"><${TAG}></${TAG}></div>`, LOAD);
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
    const items = await page.$eval(TAG, (el, s) => [...el.shadowRoot!.querySelectorAll(s as string)].map(li => li.textContent!.replace(/\s+/g, ' ')), `ul.${CSS.services} li`);
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
      await countFrames(page);
      await page.setContent(html, LOAD);
      await page.waitForFunction((t: string) => document.querySelector(t)?.classList.contains('hydrated'), {}, TAG);
      return page;
    }

    it('requests frames while visible, none while hidden, scrolled off screen, in a hidden tab or removed', async () => {
      const page = await counted(`<${TAG}></${TAG}><div style="height: 4000px"></div><p id="end">end</p>`);
      await framesRun(page);

      await page.$eval(TAG, el => el.setAttribute('hidden', ''));
      await framesStop(page);

      await page.$eval(TAG, el => el.removeAttribute('hidden'));
      await framesRun(page);

      await page.$eval('#end', el => el.scrollIntoView());
      await framesStop(page);

      await page.evaluate(() => window.scrollTo(0, 0));
      await framesRun(page);

      // A hidden tab (the page reports hidden and fires visibilitychange).
      await setTabHidden(page, true);
      await framesStop(page);
      await setTabHidden(page, false);
      await framesRun(page);

      await page.$eval(TAG, el => el.remove());
      await framesStop(page);
    });

    it('under reduced motion the services stand still and no frames run', async () => {
      const page = await counted(`<div data-lbr-reduced-motion><${TAG}></${TAG}></div>`);
      const a = await positionOf(page, 'api');
      await framesStop(page);
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

  describe('labels (through layout())', () => {
    const cases: [string, number, Topology | undefined][] = [
      ['the demo at 1280 px', 1280, undefined],
      ["another engineer's map at 1280 px", 1280, other],
      ['a 30-service map at 1280 px', 1280, generated(30)],
      ['the demo at 390 px', 390, undefined],
      ["another engineer's map at 390 px", 390, other],
      ['a 40-service map at 320 px', 320, generated(40)],
    ];
    for (const [what, width, topology] of cases) {
      it(`never overlap a label or a node nor leave the canvas over 4 s of motion: ${what}`, async () => {
        const page = await sized(width, topology);
        const samples = await sample(page, 4000);
        const canvas = await page.$eval(TAG, el => el.shadowRoot!.querySelector('canvas')!.getBoundingClientRect().width);
        expect(samples[0].width).toBeCloseTo(canvas, 0);
        // The nodes did move (the samples are of a moving map): a starved machine draws few frames
        // in 4 s, so where no sample shows it yet, the map must move from the first one by and by.
        const x0 = samples[0].nodes[0].x;
        const moved = samples.some(l => Math.abs(l.nodes[0].x - x0) > 0.05);
        if (!moved) await page.waitForFunction(async (t: string, x: number) => Math.abs((await (document.querySelector(t) as any).layout()).nodes[0].x - x) > 0.05, { polling: 100, timeout: 20000 }, TAG, x0);
        expect(samples.flatMap(violations)).toEqual([]);
        // Most labels fit wherever there is room for them.
        const least = Math.min(...samples.map(l => l.nodes.filter(n => n.label).length));
        expect(least).toBeGreaterThanOrEqual(width >= 1280 ? (topology ?? demo).services.length * 0.9 : 8);
      });
    }

    it('at 1280 px at least 90% of a 14-service map carry their label in every frame', async () => {
      const page = await sized(1280);
      const samples = await sample(page, 3000);
      for (const l of samples) expect(l.nodes.filter(n => n.label).length).toBeGreaterThanOrEqual(Math.ceil(14 * 0.9));
    });

    it('always labels the inspected service and the services marked unhealthy, even on a crowded small map', async () => {
      const page = await sized(320, generated(40));
      const unhealthy = ['s5', 's17', 's22'];
      await storeAction(page, 'setHealth', unhealthy.slice(0, 2), 'down');
      await storeAction(page, 'setHealth', unhealthy.slice(2), 'degraded');
      await page.focus(TAG);
      await page.keyboard.press('Tab');
      for (let k = 0; k < 9; k++) await page.keyboard.press('ArrowRight');
      await page.waitForChanges();
      const inspected = await page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)!.textContent, `.${CSS.inspector} .${CSS.name}`);
      const samples = await sample(page, 3000);
      expect(samples.flatMap(violations)).toEqual([]);
      for (const l of samples) {
        const labelled = l.nodes.filter(n => n.label).map(n => n.name);
        expect(labelled).toEqual(expect.arrayContaining([inspected, 'service-5', 'service-17', 'service-22']));
        expect(l.nodes.find(n => n.id === 's5')!.health).toBe('down');
        expect(l.nodes.find(n => n.id === 's22')!.health).toBe('degraded');
      }
      // Not everything fits at this size: the rest stay readable in the hidden list.
      expect(Math.min(...samples.map(l => l.nodes.filter(n => n.label).length))).toBeLessThan(40);
      expect(await page.$eval(TAG, (el, s) => el.shadowRoot!.querySelectorAll(s as string).length, `ul.${CSS.services} li`)).toBe(40);
    });

    it('labels the current hop of a replay', async () => {
      const page = await sized(320, generated(40));
      // Record the layout right after each hop is drawn.
      await page.$eval(TAG, el => {
        (window as any).__hops = [];
        el.addEventListener('lbrRequestHop', (e: any) => (el as any).layout().then((l: TopologyLayout) => (window as any).__hops.push({ id: e.detail.service.id, label: l.nodes.find(n => n.id === e.detail.service.id)!.label })));
      });
      const complete = await page.spyOnEvent('lbrRequestComplete');
      await page.$eval(TAG, (el: any) => el.replay());
      await waitForEvents(complete);
      await page.waitForFunction(() => (window as any).__hops.length === 6);
      const hops: { id: string; label: unknown }[] = await page.evaluate(() => (window as any).__hops);
      expect(hops.map(h => h.id)).toEqual(['s0', 's1', 's2', 's3', 's4', 's5']);
      for (const h of hops) expect(h.label).not.toBeNull();
    });
  });

  it("names the document's own layers in the legend, the kind shown as the swatch's shape", async () => {
    const page = await open(TAG);
    await setOwnContent(page, TAG, { topology: other });
    await waitForText(page, TAG, 'Payment core');
    const legend = await page.$eval(TAG, (el, c) => [...el.shadowRoot!.querySelectorAll(`.${c.legend} li`)].slice(0, 4).map(li => [li.textContent!.trim(), li.querySelector(`.${c.swatch}`)!.className]), CSS);
    expect(legend).toEqual([
      ['Payment core', 'swatch shape core'],
      ['Settlement', 'swatch shape async'],
      ['Platform', 'swatch shape infra'],
      ['Edge', 'swatch shape edge'],
    ]);
    expect(await shadowText(page, TAG)).not.toContain('Core services');
  });

  it("shows the document's guide while nothing is inspected, and never the seed's for another topology", async () => {
    const page = await open(TAG);
    const guide = { eyebrow: 'how to read it', heading: 'One payment, end to end', text: 'Payments enter at the edge and settle on the slow orbit.' };
    await setOwnContent(page, TAG, { topology: { ...other, guide } });
    await waitForText(page, TAG, guide.heading);
    const shown = await inspectorText(page);
    for (const piece of Object.values(guide)) expect(shown).toContain(piece);
    expect(shown).not.toContain('reading the system');
    await setOwnContent(page, TAG, { topology: { ...other, guide: undefined } });
    await page.waitForFunction((t: string) => !document.querySelector(t)!.shadowRoot!.textContent!.includes('One payment'), {}, TAG);
    const text = await inspectorText(page);
    expect(text).not.toContain('reading the system');
    expect(text).toContain('Hover to inspect a service.');
  });

  describe('phones', () => {
    it('at 390 px: a nearly square map, the inspector under it, nothing wider than the screen', async () => {
      const page = await sized(390);
      const box = await page.$eval(TAG, (el, c) => {
        const r = (s: string) => el.shadowRoot!.querySelector(s)!.getBoundingClientRect().toJSON();
        return { map: r(`.${c.map}`), inspector: r(`.${c.inspector}`), controls: r('.controls'), overflow: document.documentElement.scrollWidth - window.innerWidth };
      }, CSS);
      expect(box.map.height).toBeGreaterThanOrEqual(box.map.width * 0.95);
      expect(box.controls.top).toBeGreaterThanOrEqual(box.map.bottom);
      expect(box.inspector.top).toBeGreaterThanOrEqual(box.controls.bottom);
      expect(Math.abs(box.inspector.width - box.map.width)).toBeLessThanOrEqual(2);
      expect(box.overflow).toBeLessThanOrEqual(0);
    });

    it('a tap on a service inspects it without restarting the request; a tap elsewhere replays', async () => {
      const page = await sized(390, undefined, { touch: true });
      const hops = await page.spyOnEvent('lbrRequestHop');
      const select = await page.spyOnEvent('lbrServiceSelect');
      const p = await positionOf(page, 'redis');
      await page.touchscreen.tap(p.x, p.y);
      await waitForEvents(select);
      expect(select.lastEvent!.detail.service.id).toBe('redis');
      await waitForText(page, TAG, 'Distributed locks');
      expect(hops).toHaveReceivedEventTimes(0);
      const map = await page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)!.getBoundingClientRect().toJSON(), `.${CSS.map}`);
      await page.touchscreen.tap(map.left + 4, map.top + 4);
      await waitForEvents(hops);
      expect(hops.events[0].detail.index).toBe(0);
    });
  });

  describe('live health (health-src)', () => {
    let server: TestServer;
    let answer: { status: number; body: string; delay: number };
    let inFlight = 0;
    let maxInFlight = 0;
    const statuspage = (pg: string) => JSON.stringify({ page: { name: 'Test' }, components: [{ id: 'x1', name: 'PostgreSQL', status: pg }, { id: 'redis', name: 'Cache', status: 'operational' }] });
    const served = () => server.received.filter(r => r.path === '/status.json').length;

    beforeEach(async () => {
      answer = { status: 200, body: statuspage('operational'), delay: 0 };
      inFlight = maxInFlight = 0;
      server = await startServer({
        '/status.json': async (_req, res) => {
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          const { status, body, delay } = answer;
          if (delay) await new Promise(r => setTimeout(r, delay));
          inFlight--;
          res.writeHead(status, { 'content-type': 'application/json' }).end(body);
        },
      });
    });
    afterEach(() => server.close());

    const healthOf = (page: E2EPage, id: string) => page.$eval(TAG, async (el: any, i: string) => (await el.layout()).nodes.find((n: any) => n.id === i).health, id);
    const waitHealth = (page: E2EPage, id: string, health: string) =>
      page.waitForFunction(async (t: string, i: string, hl: string) => (await (document.querySelector(t) as any).layout()).nodes.find((n: any) => n.id === i).health === hl, { timeout: 20000 }, TAG, id, health);
    const liveText = (page: E2EPage) => page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)!.textContent!.replace(/\s+/g, ' '), `.${CSS.live}`);

    it('a Statuspage v2 document marks a service down at the next poll and clears it when operational again', async () => {
      const page = await openOnServer(server, TAG, `<${TAG} health-src="/status.json" health-interval="1"></${TAG}>`, { reduced: true });
      await waitForText(page, TAG, 'Live health: 2 of 14 services in the status document.');
      expect(await healthOf(page, 'postgres')).toBe('ok');
      answer.body = statuspage('major_outage');
      const before = served();
      await waitHealth(page, 'postgres', 'down');
      expect(served() - before).toBeLessThanOrEqual(2); // the poll in flight at the switch, at most, then the next one
      expect(await page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)!.textContent, `.${CSS.legend}`)).toContain('Down (solid ring): PostgreSQL');
      expect(await page.$eval(TAG, el => el.shadowRoot!.querySelector('[data-service="postgres"]')!.textContent)).toContain('(down)');
      // Moved in the DOM (as frameworks do): the live health stays while polling resumes.
      await page.$eval(TAG, el => document.body.prepend(el));
      expect(await healthOf(page, 'postgres')).toBe('down');
      answer.body = statuspage('operational');
      await waitHealth(page, 'postgres', 'ok');
    });

    it('combines with the store by the worse of the two', async () => {
      const page = await openOnServer(server, TAG, `<${TAG} health-src="/status.json" health-interval="1"></${TAG}>`, { reduced: true });
      await waitForText(page, TAG, '2 of 14 services');
      await storeAction(page, 'setHealth', ['redis'], 'degraded'); // the document says redis is operational
      expect(await healthOf(page, 'redis')).toBe('degraded');
      answer.body = statuspage('partial_outage');
      await waitHealth(page, 'postgres', 'down');
      await storeAction(page, 'setHealth', ['postgres'], 'degraded'); // the game is calmer than the status page
      expect(await healthOf(page, 'postgres')).toBe('down');
      await storeAction(page, 'clearHealth');
      expect(await healthOf(page, 'redis')).toBe('ok');
      expect(await healthOf(page, 'postgres')).toBe('down');
    });

    it('survives garbage and failures: says why and that it is stale, keeps the last good health', async () => {
      answer.body = statuspage('major_outage');
      const page = await openOnServer(server, TAG, `<${TAG} health-src="/status.json" health-interval="1"></${TAG}>`, { reduced: true });
      await waitHealth(page, 'postgres', 'down');
      answer.body = '<html>502 Bad Gateway</html>';
      await waitForText(page, TAG, 'Live health is stale: the answer is not JSON');
      expect(await healthOf(page, 'postgres')).toBe('down');
      expect(await page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)!.classList.contains('stale'), `.${CSS.live}`)).toBe(true);
      answer = { ...answer, status: 500, body: '{"error":"boom"}' };
      await waitForText(page, TAG, 'the server answered HTTP 500');
      expect(await liveText(page)).toMatch(/retrying in \d+ s/);
      expect(await healthOf(page, 'postgres')).toBe('down');
      answer = { ...answer, status: 200, body: '{"components": "nope"}' };
      await waitForText(page, TAG, 'not a status document');
      answer.body = statuspage('operational');
      await waitForText(page, TAG, 'Live health: 2 of 14');
      expect(await healthOf(page, 'postgres')).toBe('ok');
    });

    it('never has two requests in flight, even when the server is slower than the interval', async () => {
      answer.delay = 1500;
      await openOnServer(server, TAG, `<${TAG} health-src="/status.json" health-interval="1"></${TAG}>`, { reduced: true });
      const end = Date.now() + 30000;
      while (served() < 3 && Date.now() < end) await new Promise(r => setTimeout(r, 100));
      expect(served()).toBeGreaterThanOrEqual(3);
      expect(maxInFlight).toBe(1);
    });

    it('pauses while the tab is hidden or the map is off screen, and polls again when it is seen', async () => {
      const page = await openOnServer(server, TAG, `<${TAG} health-src="/status.json" health-interval="1"></${TAG}>`, { reduced: true });
      await waitForText(page, TAG, '2 of 14');
      /**
       * Polls stopped: no request for three intervals and more. A poll in flight may still land
       * first; one still running never gives the quiet window and fails after the deadline.
       */
      const stops = async () => {
        let seen = served();
        let since = Date.now();
        for (const end = Date.now() + 30000; Date.now() - since < 3500; ) {
          if (Date.now() > end) throw new Error(`health polls kept coming: ${served()} requests`);
          await new Promise(r => setTimeout(r, 100)); // a poll interval, not a signal
          if (served() !== seen) [seen, since] = [served(), Date.now()];
        }
      };
      await setTabHidden(page, true);
      await stops();
      const hidden = served();
      await setTabHidden(page, false);
      const until = async (what: () => boolean) => {
        const end = Date.now() + 20000;
        while (!what() && Date.now() < end) await new Promise(r => setTimeout(r, 100));
      };
      await until(() => served() > hidden);
      expect(served()).toBeGreaterThan(hidden);

      // Scrolled off screen: the same.
      await page.$eval(TAG, el => {
        const spacer = document.createElement('div');
        spacer.style.height = '5000px';
        el.before(spacer);
      });
      await stops();
      const away = served();
      await page.$eval(TAG, el => el.scrollIntoView());
      await until(() => served() > away);
      expect(served()).toBeGreaterThan(away);
    });

    it('says so when health-src is not a URL, and keeps drawing', async () => {
      const page = await openOnServer(server, TAG, `<${TAG} health-src="http://[oops" health-interval="1"></${TAG}>`, { reduced: true });
      await waitForText(page, TAG, 'No live health: health-src "http://[oops" is not a URL.');
      expect(await healthOf(page, 'postgres')).toBe('ok');
      expect(served()).toBe(0);
    });

    it('reads Uptime Kuma heartbeats (names from its status page) and a plain map, by name case-insensitively', async () => {
      server.route('/api/status-page/heartbeat/prod', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ heartbeatList: { '4': [{ status: 1 }, { status: 0 }], '9': [{ status: 2 }] }, uptimeList: {} })));
      server.route('/api/status-page/prod', (_req, res) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ config: {}, publicGroupList: [{ name: 'All', monitorList: [{ id: 4, name: 'redis' }, { id: 9, name: 'api gateway' }] }] })),
      );
      server.route('/plain.json', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ KAFKA: 'down', 'load balancer': 'degraded' })));
      const page = await openOnServer(server, TAG, `<${TAG} health-src="/api/status-page/heartbeat/prod" health-interval="1"></${TAG}>`, { reduced: true });
      await waitHealth(page, 'redis', 'down');
      expect(await healthOf(page, 'gateway')).toBe('degraded');
      await page.$eval(TAG, el => el.setAttribute('health-src', '/plain.json'));
      await waitHealth(page, 'kafka', 'down');
      expect(await healthOf(page, 'lb')).toBe('degraded');
      expect(await healthOf(page, 'redis')).toBe('ok'); // another source: the old one's word is gone
    });
  });
});
