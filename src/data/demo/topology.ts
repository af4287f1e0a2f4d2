import type { Topology } from '../types';

/** The demo runtime, drawn from the seed's projects (gateway -> booking -> redis lock -> database -> kafka). */
export const topology: Topology = {
  layers: [
    { id: 'core', name: 'Core services', kind: 'core', orbit: 0.34, speed: 1.2 },
    { id: 'async', name: 'Async runtime', kind: 'async', orbit: 0.58, speed: 0.45 },
    { id: 'infra', name: 'Infrastructure', kind: 'infra', orbit: 0.8, speed: 0.7 },
    { id: 'edge', name: 'Edge layer', kind: 'edge', orbit: 1, speed: 0.9 },
  ],
  services: [
    { id: 'api', name: 'API Service', layer: 'core', role: 'Owns the public request contract and routes each call to its domain service.' },
    { id: 'auth', name: 'Auth', layer: 'core', role: 'Verifies tokens and scopes before any write reaches the domain.' },
    { id: 'booking', name: 'Booking Engine', layer: 'core', role: 'Allocates inventory slots behind a lock-first, idempotent command path.' },
    { id: 'pricing', name: 'Pricing', layer: 'core', role: 'The single source of truth for price validation across standard and affiliate flows.' },
    { id: 'kafka', name: 'Kafka', layer: 'async', role: 'Carries booking events out of the request path so slow work never blocks a user.' },
    { id: 'worker', name: 'Workers', layer: 'async', role: 'Consume events with retries, backoff and a dead-letter queue.' },
    { id: 'notifier', name: 'Notifier', layer: 'async', role: 'Sends confirmations once per booking, keyed by idempotency id.' },
    { id: 'redis', name: 'Redis', layer: 'infra', role: 'Distributed locks and the hot-path cache that took ~70% of load off the database.' },
    { id: 'postgres', name: 'PostgreSQL', layer: 'infra', role: 'Transactional store; the last word on every booking.' },
    { id: 'dns', name: 'DNS', layer: 'infra', role: 'Internal service discovery.' },
    { id: 'monitor', name: 'Monitoring', layer: 'infra', role: 'Metrics, logs and alerts that close the production feedback loop.' },
    { id: 'cdn', name: 'CDN', layer: 'edge', role: 'Serves static assets and absorbs traffic spikes before they reach origin.' },
    { id: 'gateway', name: 'API Gateway', layer: 'edge', role: 'TLS termination, rate limiting and request validation at the edge.' },
    { id: 'lb', name: 'Load Balancer', layer: 'edge', role: 'Spreads traffic across healthy instances and drains the unhealthy ones.' },
  ],
  requestPath: ['gateway', 'auth', 'api', 'booking', 'redis', 'postgres', 'kafka', 'worker'],
  // The seed's side panel. The element adds how to inspect and replay (in the seed's words for a mouse).
  guide: {
    eyebrow: 'live system topology',
    heading: 'reading the system',
    text: 'Core services sit closest to the runtime center. Edge and infra layers stay wider, while async work moves on slower orbits to emphasize decoupling.',
  },
};
