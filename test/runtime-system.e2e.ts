/**
 * The kit acting as one system: on one page, a crash in the outage game turns
 * the services it affects red on the topology map and writes its log line to
 * the log stream; fixing the scenario heals the map.
 */
import { E2EPage } from '@stencil/core/testing';
import { outage } from '../src/data/demo/outage';
import { open, shadowText, waitForText } from './common';

const scenario = outage.scenarios.find(s => s.id === 'log-volume-spike')!;
const crash = scenario.steps[0].options.find(o => o.outcome === 'crash')!;

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

describe('one runtime: game, map and log stream on one page', () => {
  it('a crash in the game marks the affected services down on the map and logs the action', async () => {
    const page = await open('lbr-outage-game', {
      reduced: true,
      html: `<lbr-topology-map></lbr-topology-map><lbr-log-stream></lbr-log-stream><lbr-outage-game scenario="32"></lbr-outage-game>`,
    });
    await page.waitForFunction(() => ['lbr-topology-map', 'lbr-log-stream'].every(t => document.querySelector(t)?.classList.contains('hydrated')));
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
    // The stream renders lines once it is on screen (motion stays at the edge); nothing is lost meanwhile.
    await page.$eval('lbr-log-stream', el => el.scrollIntoView());
    await waitForText(page, 'lbr-log-stream', crash.log);

    // The all-clean runbook resolves the scenario and heals the map.
    for (const step of scenario.steps) await choose(page, step.options.find(o => o.outcome === 'clean')!.label);
    await waitForHealth(page, 'api', 'ok');
    expect(await health(page, 'monitor')).toBe('ok');
  });
});
