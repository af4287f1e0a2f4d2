import type { Decision } from '../types';

export const decisions: Decision[] = [
  {
    id: 'ADR-001',
    title: 'Redis Locking Over Optimistic Guesswork',
    status: 'accepted',
    context: 'High-concurrency bookings were competing for the same inventory slot.',
    decision: 'Guard the allocation path with Redis distributed locks and idempotency checks.',
    tradeoff: 'Adds coordination overhead, but keeps correctness explicit under load.',
    impact: 'Eliminated double-booking risk and protected 1000+ concurrent request flows.',
  },
  // ADR-002 and ADR-003 come from the seed's own projects (Reliability Pipeline, API Latency Reduction).
  {
    id: 'ADR-002',
    title: 'Kafka for Async Side Effects',
    status: 'accepted',
    context: 'Background work leaked into synchronous request paths, so a slow downstream stalled bookings.',
    decision: 'Publish booking events to Kafka and move side effects into idempotent workers with retries.',
    tradeoff: 'Side effects become eventually consistent, and consumer lag is one more thing to watch.',
    impact: 'Reliability improved by 25% with cleaner failure isolation.',
  },
  {
    id: 'ADR-003',
    title: 'Read-Through Cache on Hot Paths',
    status: 'accepted',
    context: 'High-volume read paths amplified slow queries and downstream waits.',
    decision: 'Serve hot reads through a cache with short TTLs and invalidate on writes.',
    tradeoff: 'Brief staleness windows, and invalidation to reason about on every write path.',
    impact: '40% lower API latency and around 70% less database load.',
  },
];
