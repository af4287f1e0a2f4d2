import type { RuntimeModule } from '../types';

export const modules: RuntimeModule[] = [
  {
    id: 'booking-core',
    name: 'Concurrent Booking Core',
    status: 'stable',
    pipeline: ['Gateway', 'Booking Engine', 'Redis Lock', 'Database', 'Kafka Event'],
    problem: 'Peak demand caused competing writes for the same inventory slots.',
    solution: 'A lock-first transactional path using Redis and idempotent booking commands.',
    impact: '100% slot allocation accuracy with 1000+ concurrent requests.',
    metrics: ['1000+ concurrency', '0 double-booking path', 'Redis lock guard'],
  },
  {
    id: 'api-latency',
    name: 'API Latency Reduction',
    status: 'optimized',
    pipeline: ['Client', 'API', 'Cache', 'Read Model', 'Response'],
    problem: 'High-volume read paths amplified slow queries and downstream waits.',
    solution: 'Query tuning, cache placement, and route-level response shaping.',
    impact: '40% lower API latency and around 70% less database load.',
    metrics: ['40% faster', '~70% DB relief', 'Hot path cached'],
  },
  {
    id: 'reliability-pipeline',
    name: 'Reliability Pipeline',
    status: 'resilient',
    pipeline: ['API', 'Kafka', 'Worker', 'Monitor', 'Rollback Guard'],
    problem: 'Background work leaked into synchronous request paths.',
    solution: 'Kafka-backed async workers with retries, observability, and CI/CD gates.',
    impact: 'Reliability improved by 25% with cleaner failure isolation.',
    metrics: ['25% reliability gain', 'Kafka async', 'CI/CD guarded'],
  },
];
