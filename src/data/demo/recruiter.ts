import type { Recruiter } from '../types';

export const recruiter: Recruiter = {
  pitch: [
    'I design backend systems that stay correct under load: lock-first booking paths, one source of truth for pricing, and async work kept out of the request path.',
    'I measure before I optimise: 40% lower API latency, around 70% less database load, 80+ production APIs shipped.',
    'I stay calm in incidents and write the runbook afterwards, so the next on-call does not have to be a hero.',
  ],
  highlights: ['stay correct under load', '40% lower API latency', 'write the runbook afterwards'],
  email: 'hello@example.com',
  links: [{ label: 'GitHub', href: 'https://github.com/' }],
};
