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
];
