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
];
