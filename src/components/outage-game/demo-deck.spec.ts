/** The demo deck: 40 valid scenarios, each solvable along an all-clean path that ends healthy. */
import { outage } from '../../data/demo/outage';
import { topology } from '../../data/demo/topology';
import { validateContent } from '../../data/validate';
import { applyOption, checkScenario, cleanPathMetrics, currentScenario, HEALTHY_ERROR_RATE, HEALTHY_LATENCY_MS, newGame, nextScenario } from './engine';

const S = outage.scenarios;

describe('demo outage deck', () => {
  it('has 40 scenarios with unique ids and passes the content schema', async () => {
    expect(S).toHaveLength(40);
    expect(new Set(S.map(s => s.id)).size).toBe(40);
    const result = await validateContent({ outage });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has #32 exactly as the seed gives it', () => {
    const s = S[31];
    expect([s.title, s.symptom, s.objective]).toEqual(['Log Volume Spike', 'Debug logs are saturating IO during peak traffic.', 'Reduce noise before adding capacity.']);
    expect(s.metrics).toEqual({ latencyMs: 520, errorRate: 0.22, throughputRps: 365 });
    expect(s.steps.length).toBe(4); // "runbook step 1/4"
  });

  it('uses the default scoring (+75 / -25 / -50)', () => {
    expect(outage.scoring ?? { cleanFix: 75, hint: -25, crash: -50 }).toEqual({ cleanFix: 75, hint: -25, crash: -50 });
  });

  // One test per scenario, so a broken one is named in the report.
  it.each(S.map((s, i) => [i + 1, s.title, s] as const))('#%i %s: valid and solvable along an all-clean path ending healthy', (_n, _t, s) => {
    expect(checkScenario(s)).toEqual([]);
    const end = cleanPathMetrics(s);
    expect(end.latencyMs).toBeLessThanOrEqual(HEALTHY_LATENCY_MS);
    expect(end.errorRate).toBeLessThanOrEqual(HEALTHY_ERROR_RATE);
  });

  it('maps every scenario to topology services or layer kinds the map knows', () => {
    const known = new Set([...topology.services.map(s => s.id), ...topology.layers.map(l => l.kind)]);
    for (const s of S) {
      expect({ id: s.id, affects: (s.affects ?? []).length > 0 }).toEqual({ id: s.id, affects: true });
      expect({ id: s.id, unknown: (s.affects ?? []).filter(a => !known.has(a)) }).toEqual({ id: s.id, unknown: [] });
    }
  });

  it('a perfect run through the engine solves all 40 with the clean-fix bonus each', () => {
    let game = newGame(S, { seed: 2026 });
    for (let i = 0; i < S.length; i++) {
      const scenario = currentScenario(game, S)!;
      for (const step of scenario.steps) game = applyOption(game, outage, step.options.findIndex(o => o.outcome === 'clean')).state;
      expect(game.resolved).toBe(true);
      game = nextScenario(game, S);
    }
    expect(game).toMatchObject({ over: true, solved: 40, cleanFixes: 40, crashes: 0, streak: 40, score: 40 * 75 });
  });
});
