import type { E2EPage } from '@stencil/core/testing';
import { outage as demoOutage } from '../../data/demo/outage';
import type { Outage } from '../../data/types';
import { accessible, badContent, hostileContent, open, reducedMotion, renders, setOwnContent, shadowText, survivesMove, themed, waitForEvents, waitForText } from '../../../test/common';
import { CSS } from './resources';
import { defaults, kit, reflects, SECTION_DEFAULTS } from '../../../test/common';
import { sampleDeck } from './sample-deck';

const TAG = 'lbr-outage-game';

/** The seed's scenario and its number in the demo deck ("scenario #32"). */
const SEED_INDEX = demoOutage.scenarios.findIndex(s => s.title === 'Log Volume Spike');
const SEED = demoOutage.scenarios[SEED_INDEX];
const SEED_NUMBER = SEED_INDEX + 1;
const SEED_HTML = `<${TAG} scenario="${SEED_NUMBER}" seed="7"></${TAG}>`;
const cleanIndex = (deck: Outage, scenario: number, step: number) => deck.scenarios[scenario].steps[step].options.findIndex(o => o.outcome === 'clean');
const crashIndex = (deck: Outage, scenario: number, step: number) => deck.scenarios[scenario].steps[step].options.findIndex(o => o.outcome === 'crash');

/** What the player sees in one part of the element. */
const text = (page: E2EPage, selector: string) =>
  page.$eval(TAG, (el, s) => (el.shadowRoot!.querySelector(s as string)?.textContent ?? '').replace(/\s+/g, ' ').trim(), selector);
const tally = (page: E2EPage, label: string) =>
  page.$eval(
    TAG,
    (el, l, s) => [...el.shadowRoot!.querySelectorAll(s as string)].find(t => t.querySelector('dt')!.textContent === l)?.querySelector('dd')!.textContent,
    label,
    `.${CSS.scorecard} .${CSS.tally}`,
  );
const score = (page: E2EPage) => text(page, `.${CSS.scorecard} .${CSS.scoreValue}`).then(Number);
/** The metric values as drawn (the animated, visible numbers). */
const METRIC_VALUE = `.${CSS.metric} .${CSS.value}`;
const metrics = (page: E2EPage) => page.$eval(TAG, (el, s) => [...el.shadowRoot!.querySelectorAll(s as string)].map(v => parseFloat(v.textContent!)), METRIC_VALUE);
const clickOption = async (page: E2EPage, i: number) => {
  await page.$eval(TAG, (el, n, s) => (el.shadowRoot!.querySelectorAll(s as string)[n as number] as HTMLButtonElement).click(), i, `button.${CSS.option}`);
  await page.waitForChanges();
};
/** The store, through the lazy build's exported API (same module instance the elements use). */
/** A real reload: same origin, so localStorage stays (E2EPage's type hides puppeteer's reload). */
async function reload(page: E2EPage) {
  await (page as any).reload();
  await page.waitForFunction(t => document.querySelector(t as string)?.classList.contains('hydrated'), {}, TAG);
}
const store = (page: E2EPage): Promise<any> => kit(page, k => ({ health: k.state.health, game: k.state.game, logs: k.state.runtimeLogs }));

describe(TAG, () => {
  renders(TAG, { text: 'no actions applied yet' });
  accessible(TAG, {
    html: SEED_HTML,
    // Mid-game: a clean step and a crash in the applied runbook, the services down (the red badge), a hint open.
    settle: async page => {
      await clickOption(page, cleanIndex(demoOutage, SEED_INDEX, 0));
      await clickOption(page, crashIndex(demoOutage, SEED_INDEX, 1));
      await page.$eval(TAG, (el: any) => el.hint());
      await page.waitForChanges();
      expect(await text(page, `.${CSS.health}`)).toBe('down');
    },
  });
  themed(TAG, { unused: { '--lbr-ok': 'scores and healthy marks: no step played yet' } });
  defaults(TAG, { ...SECTION_DEFAULTS, scenario: undefined, seed: undefined });
  reflects(TAG, 'theme', 'theme', 'light');
  reflects(TAG, 'seed', 'seed', '7');
  reflects(TAG, 'scenario', 'scenario', '3');
  survivesMove(TAG, { html: SEED_HTML, text: 'Log Volume Spike' });
  reducedMotion(TAG, { html: SEED_HTML, text: `scenario #${SEED_NUMBER} of ${demoOutage.scenarios.length}` });
  badContent(TAG, {
    html: SEED_HTML,
    doc: { outage: { scenarios: [{ ...sampleDeck.scenarios[0], steps: [{ prompt: 'p', hint: 'h', options: [{ label: 'x', outcome: 'fine', effect: {}, log: '' }] }] }] } },
    path: 'outage.scenarios[0].steps[0].options[0].outcome',
    keeps: 'Log Volume Spike',
  });
  hostileContent(TAG, 'outage', {
    html: `<${TAG} scenario="1"></${TAG}>`,
    // Play a little so hints, applied actions and log lines render too.
    act: async page => {
      await page.$eval(TAG, async (el: any) => {
        await el.hint();
        await el.choose(0);
        await el.choose(0);
      });
      await page.waitForChanges();
    },
  });

  it(`shows scenario #${SEED_NUMBER} as the seed does`, async () => {
    const page = await open(TAG, { html: SEED_HTML, reduced: true });
    // The seed's empty scorecard: no best score left by another test of the shared browser.
    await page.evaluate(() => localStorage.clear());
    await reload(page);
    const t = await shadowText(page, TAG);
    expect(t).toContain(`scenario #${SEED_NUMBER} of ${demoOutage.scenarios.length}`);
    expect(t).toContain('Log Volume Spike');
    expect(t).toContain('Debug logs are saturating IO during peak traffic.');
    expect(t).toContain('Objective: Reduce noise before adding capacity.');
    expect(await metrics(page)).toEqual([520, 22, 365]);
    expect(await text(page, `.${CSS.health}`)).toBe('degraded');
    expect(t).toContain(`runbook step 1/${SEED.steps.length}: choose the safest next action`);
    expect(t).toContain('no actions applied yet');
    expect(await text(page, `.${CSS.rules}`)).toBe('clean fix bonus: +75 | hint: -25 | crash: -50');
    for (const label of ['solved', 'crashes', 'streak', 'best', 'hints used']) expect(await tally(page, label)).toBe('0');
  });

  it(`solves scenario #${SEED_NUMBER} by keyboard alone and scores the clean-fix bonus`, async () => {
    const page = await open(TAG, { html: SEED_HTML, reduced: true });
    const actions = await page.spyOnEvent('lbrGameAction');
    const resolved = await page.spyOnEvent('lbrScenarioResolved');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe(TAG);
    for (let step = 0; step < SEED.steps.length; step++) {
      await waitForText(page, TAG, `runbook step ${step + 1}/${SEED.steps.length}`);
      await page.keyboard.press(String(cleanIndex(demoOutage, SEED_INDEX, step) + 1) as any);
      await page.waitForChanges();
    }
    await waitForEvents(resolved);
    expect(resolved.lastEvent!.detail).toEqual({ scenarioId: SEED.id, clean: true, score: 75 });
    expect(actions).toHaveReceivedEventTimes(SEED.steps.length);
    expect(actions.events.map(e => e.detail.outcome)).toEqual(SEED.steps.map(() => 'clean'));
    expect(await score(page)).toBe(75);
    expect(await tally(page, 'solved')).toBe('1');
    expect(await tally(page, 'streak')).toBe('1');
    expect(await tally(page, 'best')).toBe('75');
    expect(await text(page, `.${CSS.health}`)).toBe('healthy');
    const [latency, errorPct] = await metrics(page);
    expect(latency).toBeLessThanOrEqual(250);
    expect(errorPct).toBeLessThanOrEqual(2);
    expect(await text(page, '[role="status"]')).toContain('clean fix bonus +75');
    // Focus stayed in the game and now sits on "next scenario": Enter deals the next one.
    expect(await page.$eval(TAG, el => el.shadowRoot!.activeElement?.className)).toBe('next');
    await page.keyboard.press('Enter');
    await page.waitForChanges();
    expect(await shadowText(page, TAG)).not.toContain('Log Volume Spike');
    expect(await shadowText(page, TAG)).toContain('no actions applied yet');
  });

  it('moves focus to the next step without pulling back a reader who scrolled away', async () => {
    const page = await open(TAG, { html: `${SEED_HTML}<div style="height: 4000px"></div>`, reduced: true });
    await waitForText(page, TAG, `runbook step 1/${SEED.steps.length}`);
    // Chosen, then the reader scrolls on before the game's next render.
    const scrolled = await page.$eval(
      TAG,
      (el, n, s) => {
        const button = el.shadowRoot!.querySelectorAll<HTMLButtonElement>(s as string)[n as number];
        button.focus();
        button.click();
        window.scrollTo(0, document.documentElement.scrollHeight);
        return window.scrollY;
      },
      cleanIndex(demoOutage, SEED_INDEX, 0),
      `button.${CSS.option}`,
    );
    expect(scrolled).toBeGreaterThan(1000);
    await waitForText(page, TAG, `runbook step 2/${SEED.steps.length}`);
    await page.waitForFunction((t: string) => document.querySelector(t)!.shadowRoot!.activeElement?.localName === 'button', {}, TAG);
    // Still where the reader went (scroll anchoring may shift it by the game's growth): the game out of view.
    expect(await page.$eval(TAG, el => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(0);
  });

  it('a crash costs the penalty, counts, worsens the metrics, and the step can be retried', async () => {
    const page = await open(TAG, { html: SEED_HTML, reduced: true });
    const actions = await page.spyOnEvent('lbrGameAction');
    const before = await metrics(page);
    await clickOption(page, crashIndex(demoOutage, SEED_INDEX, 0));
    expect(actions.lastEvent!.detail).toEqual({ scenarioId: SEED.id, step: 0, option: crashIndex(demoOutage, SEED_INDEX, 0), outcome: 'crash', score: -50 });
    expect(await score(page)).toBe(-50);
    expect(await tally(page, 'crashes')).toBe('1');
    const after = await metrics(page);
    expect(after[0]).toBeGreaterThanOrEqual(before[0]);
    expect(after[1]).toBeGreaterThanOrEqual(before[1]);
    expect(after[2]).toBeLessThanOrEqual(before[2]);
    expect(after).not.toEqual(before);
    expect(await text(page, `.${CSS.applied}`)).toContain('crash');
    expect(await text(page, '[role="status"]')).toContain('Crash');
    // Same step again; the clean option now moves on.
    expect(await shadowText(page, TAG)).toContain(`runbook step 1/${SEED.steps.length}`);
    await clickOption(page, cleanIndex(demoOutage, SEED_INDEX, 0));
    expect(await shadowText(page, TAG)).toContain(`runbook step 2/${SEED.steps.length}`);
    for (let step = 1; step < SEED.steps.length; step++) await clickOption(page, cleanIndex(demoOutage, SEED_INDEX, step));
    // Solved, but not clean: no bonus, no streak.
    expect(await score(page)).toBe(-50);
    expect(await tally(page, 'solved')).toBe('1');
    expect(await tally(page, 'streak')).toBe('0');
  });

  it('a hint shows the step hint and costs the hint penalty once', async () => {
    const page = await open(TAG, { html: SEED_HTML, reduced: true });
    const hint = await page.find(`${TAG} >>> button.hint`);
    expect(await hint.getAttribute('aria-expanded')).toBe('false');
    await hint.click();
    await page.waitForChanges();
    expect(await text(page, `.${CSS.hintText}`)).toBe(SEED.steps[0].hint);
    expect(await hint.getAttribute('aria-expanded')).toBe('true');
    expect(await score(page)).toBe(-25);
    expect(await tally(page, 'hints used')).toBe('1');
    await hint.click();
    await page.waitForChanges();
    expect(await score(page)).toBe(-25);
    expect(await text(page, '[role="status"]')).toContain(SEED.steps[0].hint);
  });

  it('keeps the best score across a reload (localStorage), and shrugs off corrupted storage', async () => {
    const page = await open(TAG, { html: SEED_HTML, reduced: true });
    await page.evaluate(() => localStorage.clear());
    await reload(page);
    for (let step = 0; step < SEED.steps.length; step++) await clickOption(page, cleanIndex(demoOutage, SEED_INDEX, step));
    expect(await tally(page, 'best')).toBe('75');
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('lbr:outage:v1')))!)).toMatchObject({ best: 75, solved: 1, cleanFixes: 1 });

    await reload(page);
    expect(await score(page)).toBe(0);
    expect(await tally(page, 'best')).toBe('75');

    await page.evaluate(() => localStorage.setItem('lbr:outage:v1', '{"best": 9000'));
    await reload(page);
    expect(await tally(page, 'best')).toBe('0');
    expect(await page.$eval(TAG, el => el.shadowRoot!.querySelector('[role="alert"]'))).toBeNull();
    await clickOption(page, cleanIndex(demoOutage, SEED_INDEX, 0));
    expect(await shadowText(page, TAG)).toContain(`runbook step 2/${SEED.steps.length}`);
  });

  it('writes metrics, service health and log lines to the shared store, one rule for all three', async () => {
    const page = await open(TAG, { html: SEED_HTML, reduced: true });
    const affects = SEED.affects ?? [];
    expect(affects).toEqual(['monitor', 'api']);
    const ours = (s: any): [string, string][] => s.logs.filter((l: { source: string }) => l.source === 'outage-game').map((l: any) => [l.text, l.level]);
    const badge = () => page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)!.getAttribute('data-health'), `.${CSS.health}`);
    let s = await store(page);
    expect(s.game).toEqual({ scenarioId: SEED.id, title: 'Log Volume Spike', latencyMs: 520, errorRate: 0.22, throughputRps: 365 });
    expect(s.health).toEqual({ monitor: 'degraded', api: 'degraded' });
    expect(ours(s)).toEqual([[`incident #${SEED_NUMBER} Log Volume Spike: monitor, api degraded (520ms, 22% errors)`, 'warn']]);

    // A crash: its own line, then the health it caused, stated once.
    const crash = SEED.steps[0].options[crashIndex(demoOutage, SEED_INDEX, 0)];
    await clickOption(page, crashIndex(demoOutage, SEED_INDEX, 0));
    s = await store(page);
    expect(s.health).toEqual({ monitor: 'down', api: 'down' });
    expect(await badge()).toBe('down');
    expect(ours(s).slice(1)).toEqual([
      [crash.log, 'error'],
      [expect.stringMatching(new RegExp(`^incident #${SEED_NUMBER}: monitor, api down \\(\\d+ms, [\\d.]+% errors\\)$`)), 'error'],
    ]);
    expect(await text(page, '[role="status"]')).toContain('Services down: monitor, api.');

    // Every step after that: the store, the badge and the newest incident line say the same.
    for (let step = 0; step < SEED.steps.length; step++) {
      await clickOption(page, cleanIndex(demoOutage, SEED_INDEX, step));
      s = await store(page);
      const h = await badge();
      expect(s.health).toEqual(h === 'ok' ? {} : { monitor: h, api: h });
      const said = ours(s).filter(([t]) => t.startsWith('incident #')).at(-1)![0];
      expect(said).toContain(`monitor, api ${h === 'ok' ? 'healthy' : h} (`);
    }
    // Resolved after a crash: the metrics are still above the healthy line, and everything says so.
    expect(await text(page, `.${CSS.runbook}`)).toContain('Resolved, but not a clean fix.');
    expect(s.health).toEqual({ monitor: 'degraded', api: 'degraded' });
    expect(ours(s).at(-1)![0]).toMatch(new RegExp(`^incident #${SEED_NUMBER} resolved: monitor, api degraded`));

    // The next scenario clears the marks (and says so); a removed game leaves the map clean.
    await page.$eval(TAG, el => (el as any).next());
    await page.waitForChanges();
    s = await store(page);
    expect(ours(s).map(([t]) => t)).toContain(`incident #${SEED_NUMBER} closed: monitor, api marks cleared`);
    expect(s.game.scenarioId).not.toBe(SEED.id);
    await page.$eval(TAG, el => el.remove());
    s = await store(page);
    expect(s.health).toEqual({});
    expect(s.game).toBeNull();
  });

  it('a move in the DOM keeps its marks and writes no lines (not a game event)', async () => {
    const page = await open(TAG, { html: SEED_HTML, reduced: true });
    await clickOption(page, crashIndex(demoOutage, SEED_INDEX, 0));
    const before = await store(page);
    await page.$eval(TAG, el => {
      const box = document.createElement('div');
      document.body.prepend(box);
      box.appendChild(el);
    });
    await page.waitForChanges();
    const after = await store(page);
    expect(after.health).toEqual({ monitor: 'down', api: 'down' });
    expect(after.game).toEqual(before.game);
    expect(after.logs).toEqual(before.logs);
  });

  it('marks an ok action as a warning in the log', async () => {
    const page = await open(TAG, { html: `<${TAG} seed="1" scenario="retry-storm"></${TAG}>`, reduced: true });
    await setOwnContent(page, TAG, { outage: sampleDeck });
    // Own content validates asynchronously; the demo deck has a "Retry Storm" too.
    await waitForText(page, TAG, 'incident deck: 3 scenarios');
    expect(await shadowText(page, TAG)).toContain('Retry Storm');
    await clickOption(page, 0);
    await clickOption(page, 1); // "Add replicas to the dependency only": ok
    const s = await store(page);
    expect(s.logs.at(-1)).toMatchObject({ text: 'dependency scaled from 4 to 8', level: 'warn', source: 'outage-game' });
  });

  it('plays a custom 3-scenario deck to the end: summary, lbrGameOver, custom scoring', async () => {
    const page = await open(TAG, { html: `<${TAG} seed="42"></${TAG}>`, reduced: true });
    const over = await page.spyOnEvent('lbrGameOver');
    const resolved = await page.spyOnEvent('lbrScenarioResolved');
    await setOwnContent(page, TAG, { outage: sampleDeck });
    await waitForText(page, TAG, 'incident deck: 3 scenarios');
    expect(await text(page, `.${CSS.rules}`)).toBe('clean fix bonus: +100 | hint: -10 | crash: -40');
    expect(await shadowText(page, TAG)).toContain('incident deck: 3 scenarios');
    for (let i = 0; i < 3; i++) {
      expect(await shadowText(page, TAG)).toMatch(/scenario #\d of 3/);
      for (let step = 0; step < 3; step++) await clickOption(page, 0);
      await page.$eval(TAG, (el, s) => (el.shadowRoot!.querySelector(s as string) as HTMLButtonElement).click(), `button.${CSS.next}`);
      await page.waitForChanges();
    }
    await waitForEvents(over);
    expect(resolved).toHaveReceivedEventTimes(3);
    expect(over.lastEvent!.detail).toEqual({ score: 300, solved: 3, crashes: 0, best: 300 });
    const t = await shadowText(page, TAG);
    expect(t).toContain('Deck complete');
    expect(t).toContain('3 of 3');
    // Focus lands on "play again"; a new game starts from the same seeded order.
    await page.$eval(TAG, (el, s) => (el.shadowRoot!.querySelector(s as string) as HTMLButtonElement).click(), `button.${CSS.restart}`);
    await page.waitForChanges();
    expect(await score(page)).toBe(0);
    expect(await tally(page, 'best')).toBe('300');
  });

  it('deals the same order for the same seed', async () => {
    const page = await open(TAG, { html: `<${TAG} seed="demo-42"></${TAG}><${TAG} seed="demo-42"></${TAG}>`, reduced: true });
    const titles = () => page.$$eval(TAG, (els, s) => els.map(el => el.shadowRoot!.querySelector(s as string)!.textContent), `.${CSS.scenarioTitle}`);
    const seen: (string | null)[][] = [];
    for (let i = 0; i < 3; i++) {
      seen.push(await titles());
      await page.$$eval(TAG, els => Promise.all(els.map(el => (el as any).next())));
      await page.waitForChanges();
    }
    for (const pair of seen) expect(pair[0]).toBe(pair[1]);
    expect(new Set(seen.map(p => p[0])).size).toBe(Math.min(3, demoOutage.scenarios.length));
  });

  it('animates metrics to their new values (and shows them at once under reduced motion)', async () => {
    const page = await open(TAG, { html: SEED_HTML });
    await clickOption(page, cleanIndex(demoOutage, SEED_INDEX, 0));
    const target = (await page.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)!.textContent, `.${CSS.metric} .visually-hidden`)) as string;
    expect(target).not.toBe('520ms');
    await page.waitForFunction(
      (t, v, s) => document.querySelector(t as string)!.shadowRoot!.querySelector(s as string)!.textContent === v,
      { timeout: 5000 },
      TAG,
      target,
      METRIC_VALUE,
    );

    const reduced = await open(TAG, { html: SEED_HTML, reduced: true });
    await clickOption(reduced, cleanIndex(demoOutage, SEED_INDEX, 0));
    expect(await reduced.$eval(TAG, (el, s) => el.shadowRoot!.querySelector(s as string)!.textContent, METRIC_VALUE)).toBe(target);
  });
});
