import type { Incident } from '../types';

export const incidents: Incident[] = [
  {
    id: 'pricing-inconsistency',
    title: 'Pricing Inconsistency',
    status: 'resolved',
    summary:
      'High-traffic transactional systems need one source of truth. This incident was contained by moving pricing correctness into deterministic backend validation.',
    problem: 'Inconsistent pricing validation between standard and affiliate flows.',
    rootCause: 'A validation gap existed between entry points before final transaction handling.',
    solution: 'Deterministic backend validation made pricing rules authoritative server-side.',
    impact: 'Prevented revenue leakage and stabilized trust in transactional pricing.',
  },
  // From the seed's API Performance Pass: the incident behind ADR-003.
  {
    id: 'read-path-latency',
    title: 'Read Path Latency Spike',
    status: 'resolved',
    summary: 'Peak traffic turned slow queries into slow pages. Caching the hot read paths took the load off the database for good.',
    problem: 'API latency climbed past its target on high-volume read endpoints during peak traffic.',
    rootCause: 'Uncached hot queries piled up on the primary database and amplified downstream waits.',
    solution: 'Query tuning plus a read-through cache on hot paths, with route-level response shaping.',
    impact: 'Latency reduced by 40% and database load by around 70%.',
  },
];
