/**
 * The built-in demo, one chunk per section, loaded only when a page shows that section
 * without content of its own. Elements never import the demo modules directly: a page
 * with its own content then downloads no demo at all (OwnContent in utils/content.tsx
 * asks here for the sections nothing else gives).
 */
import type { Content } from '../types';

/** The sections the demo fills, and its chrome (`sections`: eyebrow, heading, tagline and lead per section). */
export type DemoSection = 'sections' | 'profile' | 'topology' | 'logs' | 'incidents' | 'decisions' | 'principles' | 'modules' | 'outage' | 'recruiter';

const LOADERS: { [K in DemoSection]: () => Promise<Content[K]> } = {
  // Loads only where an element shows a chrome piece that nothing else gives (utils/section-intro.tsx).
  sections: () => import('./sections').then(m => m.sections),
  profile: () => import('./profile').then(m => m.profile),
  topology: () => import('./topology').then(m => m.topology),
  logs: () => import('./logs').then(m => m.logs),
  incidents: () => import('./incidents').then(m => m.incidents),
  decisions: () => import('./decisions').then(m => m.decisions),
  principles: () => import('./principles').then(m => m.principles),
  modules: () => import('./modules').then(m => m.modules),
  // ~115 kB of text (28 kB gzip): the outage game shows its deck as it arrives.
  outage: () => import('./outage').then(m => m.outage),
  recruiter: () => import('./recruiter').then(m => m.recruiter),
};

/**
 * What a section shows while its demo is still loading (only when a page drops a section
 * after the first render: before it, elements wait for the demo they need).
 */
export const EMPTY: { [K in DemoSection]: Content[K] } = {
  sections: {},
  profile: { name: '', title: '', summary: '', bootLines: [], stats: [] },
  topology: { layers: [], services: [], requestPath: [] },
  logs: [],
  incidents: [],
  decisions: [],
  principles: [],
  modules: [],
  outage: { scenarios: [] },
  recruiter: { pitch: [] },
};

const loaded: Partial<Content> = {};
const loading: Partial<Record<DemoSection, Promise<unknown>>> = {};

/** The demo of `key` when it has loaded, else undefined. */
export function demoSection<K extends DemoSection>(key: K): Content[K] | undefined {
  return loaded[key] as Content[K] | undefined;
}

/** Loads the demo of `key` (once per page and build). */
export function loadDemo<K extends DemoSection>(key: K): Promise<Content[K]> {
  return (loading[key] ??= LOADERS[key]().then(value => (loaded[key] = value))) as Promise<Content[K]>;
}
