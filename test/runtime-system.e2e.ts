/**
 * The kit acting as one system: on one page, a crash in the outage game turns
 * the services it affects red on the topology map and writes its log line to
 * the log stream; and at every step the game, the map and the log stream say
 * the same thing about health (the rule in outage-game/health.ts).
 */
import { E2EPage } from '@stencil/core/testing';
import { outage } from '../src/data/demo/outage';
import { topology } from '../src/data/demo/topology';
import type { Outage } from '../src/data/types';
import { sampleDeck } from '../src/components/outage-game/sample-deck';
import { open, setOwnContent, shadowText, waitForText, waitForTextInView } from './common';

const scenario = outage.scenarios.find(s => s.id === 'log-volume-spike')!;
const crash = scenario.steps[0].options.find(o => o.outcome === 'crash')!;
const PAGE = `<lbr-topology-map></lbr-topology-map><lbr-log-stream></lbr-log-stream><lbr-outage-game scenario="32"></lbr-outage-game>`;

/** Health of a service as the map's text alternative states it. */
const health = (page: E2EPage, id: string) =>
  page.$eval('lbr-topology-map', (el, i) => el.shadowRoot!.querySelector(`[data-service="${i}"]`)!.getAttribute('data-health'), id);

async function waitForHealth(page: E2EPage, id: string, value: string) {
  await page.waitForFunction(
    (i: string, v: string) => document.querySelector('lbr-topology-map')!.shadowRoot!.querySelector(`[data-service="${i}"]`)?.getAttribute('data-health') === v,
    { timeout: 10000 },
    id,
    value,
  );
}

/**
 * The page of the running test. The game keeps its best score in localStorage, which every e2e page
 * of the shared browser sees: wipe it after each test, so other files start from a fresh scorecard.
 */
let opened: E2EPage | undefined;
afterEach(async () => {
  if (opened && !opened.isClosed()) await opened.evaluate(() => localStorage.clear());
  opened = undefined;
});

async function openSystem(html = PAGE): Promise<E2EPage> {
  const page = (opened = await open('lbr-outage-game', { reduced: true, html }));
  await page.waitForFunction(() => ['lbr-topology-map', 'lbr-log-stream'].every(t => document.querySelector(t)?.classList.contains('hydrated')));
  // The stream renders lines once it is on screen (motion stays at the edge); nothing is lost meanwhile.
  await page.$eval('lbr-log-stream', el => el.scrollIntoView());
  return page;
}

async function choose(page: E2EPage, label: string) {
  await page.$eval(
    'lbr-outage-game',
    (el, l) => {
      const button = [...el.shadowRoot!.querySelectorAll('button.option')].find(b => b.textContent!.includes(l as string));
      (button as HTMLButtonElement).click();
    },
    label,
  );
  await page.waitForChanges();
}

/** Clicks one of the game's own buttons (hint, next, restart, play again). */
async function press(page: E2EPage, selector: string) {
  await page.$eval('lbr-outage-game', (el, s) => (el.shadowRoot!.querySelector(s as string) as HTMLButtonElement).click(), selector);
  await page.waitForChanges();
}

/** What each element says right now: the game's badge and scenario, the map per service, the stream's newest incident line. */
interface Sayings {
  badge: string | null;
  title: string | null;
  step: number | null;
  map: Record<string, string>;
  log: string | null;
}

const sayings = (page: E2EPage): Promise<Sayings> =>
  page.evaluate(() => {
    const root = (tag: string) => document.querySelector(tag)!.shadowRoot!;
    const game = root('lbr-outage-game');
    const step = /runbook step (\d+)\//.exec(game.querySelector('.step-line')?.textContent ?? '');
    const rows = [...root('lbr-log-stream').querySelectorAll('.row.event')].map(r => r.textContent!.replace(/\s+/g, ' ').trim());
    return {
      badge: game.querySelector('.health')?.getAttribute('data-health') ?? null,
      title: game.querySelector('.scenario .scenario-title')?.textContent ?? null,
      step: step ? Number(step[1]) - 1 : null,
      map: Object.fromEntries([...root('lbr-topology-map').querySelectorAll('[data-service]')].map(e => [e.getAttribute('data-service')!, e.getAttribute('data-health')!])),
      // Newest first (the stream's default order).
      log: rows.find(t => t.includes('incident #')) ?? null,
    };
  });

const LABEL: Record<string, string> = { ok: 'healthy', degraded: 'degraded', down: 'down' };

/** Where the three disagree (empty when they agree): the map marks exactly what the game's badge says, the log states it. */
function disagreement(s: Sayings, deck: Outage): string[] {
  const problems: string[] = [];
  const running = deck.scenarios.find(sc => sc.title === s.title);
  const affects = running?.affects ?? [];
  const badge = running ? s.badge : 'ok';
  for (const [id, h] of Object.entries(s.map)) {
    const expected = affects.includes(id) ? badge : 'ok';
    if (h !== expected) problems.push(`map ${id}: ${h}, game: ${expected}`);
  }
  if (running) {
    const stated = `${affects.join(', ')} ${LABEL[badge!]} (`;
    if (!s.log?.includes(stated)) problems.push(`log "${s.log}" does not state "${stated}"`);
  } else if (s.log && !/closed|healthy \(/.test(s.log)) {
    problems.push(`log "${s.log}" still states an incident`);
  }
  return problems;
}

/** Waits (with a generous timeout: the machine is shared) until the three agree; fails with what each says. */
async function agree(page: E2EPage, deck: Outage): Promise<Sayings> {
  let s = await sayings(page);
  for (const deadline = Date.now() + 10000; disagreement(s, deck).length && Date.now() < deadline; ) {
    await new Promise(r => setTimeout(r, 50));
    s = await sayings(page);
  }
  expect({ ...s, problems: disagreement(s, deck) }).toEqual({ ...s, problems: [] });
  return s;
}

describe('one runtime: game, map and log stream on one page', () => {
  it('a crash in the game marks the affected services down on the map and logs the action', async () => {
    const page = await openSystem();
    await waitForText(page, 'lbr-outage-game', 'Log Volume Spike');
    expect(scenario.affects).toEqual(['monitor', 'api']);
    // Running scenario: its services are degraded on the map, the others healthy.
    await waitForHealth(page, 'api', 'degraded');
    expect(await health(page, 'monitor')).toBe('degraded');
    expect(await health(page, 'postgres')).toBe('ok');
    expect(await shadowText(page, 'lbr-topology-map')).toMatch(/Degraded \(dashed ring\): [^.]*API Service/);

    await choose(page, crash.label);
    await waitForHealth(page, 'api', 'down');
    expect(await shadowText(page, 'lbr-topology-map')).toMatch(/Down \(solid ring\): [^.]*API Service/);
    await waitForTextInView(page, 'lbr-log-stream', crash.log);

    // The all-clean runbook resolves the scenario, but the crash's damage stays in the metrics:
    // the game, the map and the log all say degraded, until the next scenario clears the marks.
    for (const step of scenario.steps) await choose(page, step.options.find(o => o.outcome === 'clean')!.label);
    await waitForText(page, 'lbr-outage-game', 'runbook complete');
    // The stream takes lines in once a frame: wait for the resolution's own line (the step before said degraded too).
    await waitForTextInView(page, 'lbr-log-stream', 'incident #32 resolved: monitor, api degraded (');
    const resolved = await agree(page, outage);
    expect(resolved.badge).toBe('degraded');
    expect(resolved.log).toMatch(/incident #32 resolved: monitor, api degraded \(\d+ms, [\d.]+% errors\)/);
    await press(page, 'button.next');
    await waitForTextInView(page, 'lbr-log-stream', 'incident #32 closed: monitor, api marks cleared');
    await agree(page, outage);
  });

  it('a clean runbook heals the map, the badge and the log together', async () => {
    const page = await openSystem();
    await waitForText(page, 'lbr-outage-game', 'Log Volume Spike');
    const opened = await agree(page, outage);
    expect(opened.log).toContain('incident #32 Log Volume Spike: monitor, api degraded (520ms, 22% errors)');
    for (const step of scenario.steps) await choose(page, step.options.find(o => o.outcome === 'clean')!.label);
    // Healthy from step 3 on (its line says so too): wait for the resolution's own line.
    await waitForTextInView(page, 'lbr-log-stream', 'incident #32 resolved: monitor, api healthy (');
    const healed = await agree(page, outage);
    expect(healed.badge).toBe('ok');
    expect(healed.map.api).toBe('ok');
    expect(healed.log).toMatch(/incident #32 resolved: monitor, api healthy/);
  });

  it('agree at every step: start, crash, clean and ok fixes, hint, next, skip, game over and replay', async () => {
    const page = await openSystem(`<lbr-topology-map></lbr-topology-map><lbr-log-stream></lbr-log-stream><lbr-outage-game seed="42"></lbr-outage-game>`);
    await setOwnContent(page, 'lbr-outage-game', { outage: sampleDeck });
    await waitForText(page, 'lbr-outage-game', 'incident deck: 3 scenarios');
    const ids = new Set(topology.services.map(s => s.id));
    for (const sc of sampleDeck.scenarios) for (const id of sc.affects!) expect(ids.has(id)).toBe(true);

    const option = (s: Sayings, outcome: string) => sampleDeck.scenarios.find(sc => sc.title === s.title)!.steps[s.step!].options.find(o => o.outcome === outcome);
    const seen = new Set<string>();
    const check = async () => {
      const s = await agree(page, sampleDeck);
      seen.add(s.badge ?? 'none');
      return s;
    };

    // First scenario: crash, retry clean, an ok step where there is one, a hint, then clean to the end.
    let s = await check();
    const first = s.title;
    await choose(page, option(s, 'crash')!.label);
    s = await check();
    expect(s.badge).toBe('down');
    await choose(page, option(s, 'clean')!.label);
    s = await check();
    await choose(page, (option(s, 'ok') ?? option(s, 'clean'))!.label);
    s = await check();
    await press(page, 'button.hint');
    s = await check();
    while (s.step !== null) {
      await choose(page, option(s, 'clean')!.label);
      s = await check();
    }
    expect(s.title).toBe(first);
    // Next scenario, skipped at once; the last one played clean; then the deck is over.
    await press(page, 'button.next');
    s = await check();
    expect(s.title).not.toBe(first);
    await press(page, 'button.next');
    s = await check();
    while (s.step !== null) {
      await choose(page, option(s, 'clean')!.label);
      s = await check();
    }
    expect(s.badge).toBe('ok');
    await press(page, 'button.next');
    await waitForText(page, 'lbr-outage-game', 'Deck complete');
    s = await check();
    expect(s.badge).toBeNull();
    expect(Object.values(s.map).every(h => h === 'ok')).toBe(true);
    // Replay: the same seeded deal, marked again.
    await press(page, 'button.restart');
    s = await check();
    expect(s.title).toBe(first);
    expect(s.badge).not.toBe('ok');
    expect(seen).toEqual(new Set(['degraded', 'down', 'ok', 'none']));
  });
});
