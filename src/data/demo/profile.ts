import type { Profile } from '../types';

export const profile: Profile = {
  name: 'Archishman Das',
  title: 'Senior Backend Engineer | Distributed Systems | Scalable APIs | Cloud-Native',
  summary:
    '4+ years in backend engineering. A system-focused engineer designing scalable backend platforms, tuning performance, and hardening reliability under real production load.',
  bootLines: [
    'Initializing system...',
    'Mounting service registry...',
    'Warming caches and connection pools...',
    'Health checks passing. Runtime ready.',
  ],
  stats: [
    { label: 'users', value: 10, suffix: 'M+' },
    { label: 'apis', value: 80, suffix: '+' },
    { label: 'latency', value: -40, suffix: '%' },
  ],
};
