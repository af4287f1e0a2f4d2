import type { ContentDocument } from 'live-backend-runtime';

/** The app's own content: what the elements show instead of the built-in demo. */
export const content = {
  profile: {
    name: 'Ada Okafor',
    title: 'Site Reliability Engineer',
    summary: 'Keeps payment APIs up and pagers quiet.',
    bootLines: ['Initializing system...', 'Loading runbooks...', 'Paging on-call: none'],
    stats: [{ label: 'uptime', value: 99.99, suffix: '%' }],
  },
  topology: {
    layers: [
      { id: 'edge', name: 'Edge', kind: 'edge', orbit: 1, speed: 0.5 },
      { id: 'core', name: 'Payments', kind: 'core', orbit: 0.5, speed: 1 },
    ],
    services: [
      { id: 'cdn', name: 'CDN', layer: 'edge', role: 'Caches the checkout pages' },
      { id: 'ledger', name: 'Ledger API', layer: 'core', role: 'Double-entry bookkeeping' },
      { id: 'payouts', name: 'Payouts', layer: 'core', role: 'Pays merchants nightly' },
    ],
    requestPath: ['cdn', 'ledger', 'payouts'],
  },
  incidents: [
    {
      id: 'inc-ledger-lag',
      title: 'Ledger lag',
      status: 'resolved',
      problem: 'Balances lagged by ten minutes.',
      rootCause: 'A replica fell behind.',
      solution: 'Read balances from the primary.',
      impact: 'No lag since.',
    },
    {
      id: 'inc-payout-retry',
      title: 'Payout retries',
      status: 'mitigated',
      problem: 'Some payouts were sent twice.',
      rootCause: 'Retries without an idempotency key.',
      solution: 'Idempotency keys on every payout.',
      impact: 'No duplicates since.',
    },
  ],
} satisfies ContentDocument;
