import type { LogEntry } from '../types';

/** In the seed's order (years out of order on purpose: the log stream sorts). */
export const logs: LogEntry[] = [
  {
    year: 2022,
    title: 'Backend Foundation Built',
    tags: ['spring-boot', 'performance'],
    lines: [
      'Spring Boot service layers refactored for cleaner request paths',
      'Response times improved by 20% through JPA query optimization',
      'Core product revamp contributed to a 40% boost in user retention',
    ],
  },
  {
    year: 2025,
    title: 'Booking Engine Deployed',
    tags: ['concurrency', 'redis'],
    lines: ['1000+ concurrent users handled', 'Redis distributed locking implemented', 'Race conditions eliminated from allocation path'],
  },
  {
    year: 2024,
    title: 'Microservices Migration',
    tags: ['architecture', 'ci-cd'],
    lines: ['Service boundaries hardened', 'DB performance improved by 35%', 'CI/CD reliability upgraded'],
  },
  {
    year: 2024,
    title: 'API Performance Pass',
    tags: ['performance', 'observability'],
    lines: ['Latency reduced by 40%', 'Database load reduced by around 70%', 'Production monitoring loops tightened'],
  },
  {
    year: 2023,
    title: 'Production API Surface Expanded',
    tags: ['api', 'reliability'],
    lines: ['80+ production-grade APIs shipped', 'Transactional contracts documented', 'Operational fixes delivered under pressure'],
  },
];
