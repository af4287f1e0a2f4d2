/**
 * A small custom deck (3 scenarios) for tests and stories: what a host page
 * would pass as its own `content`. In every step option 0 is the clean fix.
 */
import type { Outage, Scenario } from '../../data/types';

export const sampleDeck: Outage = {
  scoring: { cleanFix: 100, hint: -10, crash: -40 },
  scenarios: [
    {
      id: 'bad-deploy',
      title: 'Bad Deploy Error Spike',
      symptom: '5xx rate jumped minutes after a rollout; only new-version pods error.',
      objective: 'Stop the bleeding before debugging.',
      metrics: { latencyMs: 410, errorRate: 0.18, throughputRps: 520 },
      affects: ['api', 'booking'],
      steps: [
        {
          prompt: 'Errors started with the rollout. First move?',
          hint: 'Changes cause most outages: undo the change.',
          options: [
            { label: 'Roll back to the last known-good release', outcome: 'clean', effect: { latencyMs: -120, errorRate: -0.12, throughputRps: 40 }, log: 'rollback to v2.41.0 started' },
            { label: 'Hotfix forward under pressure', outcome: 'crash', effect: { latencyMs: 150, errorRate: 0.1, throughputRps: -120 }, log: 'hotfix v2.42.1 failed its health checks' },
            { label: 'Restart all pods', outcome: 'ok', effect: { latencyMs: -20, errorRate: -0.02 }, log: 'all api pods restarted' },
          ],
        },
        {
          prompt: 'Rollback done; a few errors remain from stuck connections.',
          hint: 'Let the old connections drain.',
          options: [
            { label: 'Drain connections from the removed pods', outcome: 'clean', effect: { latencyMs: -50, errorRate: -0.04, throughputRps: 20 }, log: 'connection drain complete' },
            { label: 'Flush every cache', outcome: 'crash', effect: { latencyMs: 200, errorRate: 0.05 }, log: 'cache flush: database load doubled' },
          ],
        },
        {
          prompt: 'Metrics look normal. Before closing?',
          hint: 'Make sure the bad build cannot roll out again.',
          options: [
            { label: 'Pin the release and block the bad build', outcome: 'clean', effect: { latencyMs: -20, errorRate: -0.015 }, log: 'release v2.42.0 blocked in the pipeline' },
            { label: 'Close the incident now', outcome: 'ok', effect: { latencyMs: 10 }, log: 'incident closed without follow-up' },
          ],
        },
      ],
    },
    {
      id: 'retry-storm',
      title: 'Retry Storm',
      symptom: 'A dependency blipped; request volume tripled and p99 keeps climbing.',
      objective: 'Shed the amplification, not the users.',
      metrics: { latencyMs: 780, errorRate: 0.31, throughputRps: 900 },
      affects: ['gateway', 'api'],
      steps: [
        {
          prompt: 'Clients retry immediately on every failure. First move?',
          hint: 'Retries without backoff multiply load.',
          options: [
            { label: 'Cap retries and enable backoff with jitter', outcome: 'clean', effect: { latencyMs: -300, errorRate: -0.15, throughputRps: -300 }, log: 'retry budget 10%, exponential backoff with jitter' },
            { label: 'Increase timeouts', outcome: 'crash', effect: { latencyMs: 250, errorRate: 0.08 }, log: 'timeouts raised to 30 s: threads exhausted' },
          ],
        },
        {
          prompt: 'Volume is falling. Protect the dependency while it recovers.',
          hint: 'Turn away excess load early and cheaply.',
          options: [
            { label: 'Shed excess load at the gateway', outcome: 'clean', effect: { latencyMs: -200, errorRate: -0.12, throughputRps: -100 }, log: 'gateway shedding 15% of non-critical traffic' },
            { label: 'Add replicas to the dependency only', outcome: 'ok', effect: { latencyMs: -60, errorRate: -0.03 }, log: 'dependency scaled from 4 to 8' },
            { label: 'Disable the circuit breaker', outcome: 'crash', effect: { errorRate: 0.1, throughputRps: -200 }, log: 'circuit breaker disabled: cascading failures' },
          ],
        },
        {
          prompt: 'The dependency is healthy again.',
          hint: 'Bring traffic back in steps.',
          options: [
            { label: 'Lift shedding gradually while watching p99', outcome: 'clean', effect: { latencyMs: -90, errorRate: -0.035, throughputRps: 200 }, log: 'shedding lifted in 5% steps' },
            { label: 'Lift all limits at once', outcome: 'crash', effect: { latencyMs: 300, errorRate: 0.1 }, log: 'limits lifted: the storm returned' },
          ],
        },
      ],
    },
    {
      id: 'expired-cert',
      title: 'Expired TLS Certificate',
      symptom: 'Every client fails the TLS handshake at the same minute.',
      objective: 'Restore trust without weakening it.',
      metrics: { latencyMs: 300, errorRate: 0.9, throughputRps: 40 },
      affects: ['cdn', 'gateway'],
      steps: [
        {
          prompt: 'The edge certificate expired at 00:00 UTC.',
          hint: 'The fix is a valid certificate, not a weaker client.',
          options: [
            { label: 'Deploy the renewed certificate to the edge', outcome: 'clean', effect: { latencyMs: -60, errorRate: -0.8, throughputRps: 400 }, log: 'renewed certificate deployed to the edge' },
            { label: 'Tell clients to skip verification', outcome: 'crash', effect: { errorRate: 0.05, throughputRps: -20 }, log: 'advisory sent: skip TLS verification (revoked)' },
          ],
        },
        {
          prompt: 'Most clients reconnect; some still cache the failure.',
          hint: 'Stagger the reconnects.',
          options: [
            { label: 'Let clients reconnect with backoff', outcome: 'clean', effect: { latencyMs: -30, errorRate: -0.08, throughputRps: 100 }, log: 'client reconnects staggered' },
            { label: 'Restart the gateways', outcome: 'ok', effect: { errorRate: -0.04 }, log: 'gateways restarted' },
          ],
        },
        {
          prompt: 'Traffic is back. Prevent a repeat.',
          hint: 'Expiry should page someone weeks before.',
          options: [
            { label: 'Automate renewal and alert 30 days before expiry', outcome: 'clean', effect: { latencyMs: -20, errorRate: -0.005 }, log: 'auto-renewal and expiry alert enabled' },
            { label: 'Add a calendar reminder', outcome: 'ok', effect: {}, log: 'reminder set for next year' },
          ],
        },
      ],
    },
  ],
};

/**
 * A generated scenario for specs: 520 ms, 22 % errors, `steps` steps where
 * option 0 is clean (-100 ms, -7 %), 1 ok (-50 ms) and 2 a crash (+200 ms, +10 %):
 * three clean steps end healthy, a crash then the clean steps do not.
 */
export function makeScenario(id: string, steps = 3, affects: string[] = ['api']): Scenario {
  return {
    id,
    title: `Scenario ${id}`,
    symptom: 'Things are slow.',
    objective: 'Make them fast.',
    metrics: { latencyMs: 520, errorRate: 0.22, throughputRps: 365 },
    affects,
    steps: Array.from({ length: steps }, (_, i) => ({
      prompt: `Step ${i + 1}?`,
      hint: `Hint ${i + 1}`,
      options: [
        { label: `clean ${i}`, outcome: 'clean' as const, effect: { latencyMs: -100, errorRate: -0.07, throughputRps: 20 }, log: `clean ${i}` },
        { label: `ok ${i}`, outcome: 'ok' as const, effect: { latencyMs: -50 }, log: `ok ${i}` },
        { label: `crash ${i}`, outcome: 'crash' as const, effect: { latencyMs: 200, errorRate: 0.1, throughputRps: -100 }, log: `crash ${i}` },
      ],
    })),
  };
}
