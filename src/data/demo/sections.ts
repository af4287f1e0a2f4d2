import type { SectionChrome, SectionKey } from '../types';

/**
 * The demo chrome: each section's eyebrow, heading, tagline and lead in the
 * seed page's words. Shown wherever neither the element's attributes nor the
 * document's `sections` give a piece. A piece left out here shows nothing.
 *
 * lbr-system-boot reads `profile` differently (it has no section heading: the
 * name is its heading): `eyebrow` sits above the name, `heading` is the
 * terminal's title bar, `tagline` and `lead` follow the summary.
 */
export const sections: Record<SectionKey, SectionChrome> = {
  profile: { heading: 'system.boot' },
  topology: {
    eyebrow: 'interactive architecture',
    heading: 'System Design Visualization',
    lead: 'A request path should feel coherent before it feels impressive. Hover a service to inspect its role. Click the canvas to replay the lifecycle.',
  },
  logs: { eyebrow: 'experience stream', heading: 'System Logs' },
  incidents: { eyebrow: 'incident report' },
  decisions: {
    eyebrow: 'architecture decisions',
    heading: 'Decision Records',
    lead: 'Senior backend work is judgment under pressure. Pick a decision to inspect the constraint, tradeoff, and production impact behind it.',
  },
  principles: {
    eyebrow: 'philosophy',
    heading: 'Engineering Principles',
    tagline: "I don't just write code. I design systems that scale.",
    lead: 'The point of principles is not purity. They help me keep systems legible, reduce failure surface area, and make change cheaper when the product inevitably shifts.',
  },
  modules: { eyebrow: 'system modules', heading: 'Projects as Runtime Modules' },
  outage: { eyebrow: 'mini game', heading: 'Fix the Production Outage' },
  recruiter: { eyebrow: 'recruiter mode', heading: 'Why hire me?' },
};
