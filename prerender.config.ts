import type { PrerenderConfig } from '@stencil/core';

/**
 * The demo page (www/index.html), prerendered by `npm run build` (stencil.npm.config.ts): its
 * HTML arrives with every element drawn in declarative shadow DOM, so the first paint does not
 * wait for two script round trips (Lighthouse mobile: LCP 2.6 s -> 1.5 s, measured against
 * preloading the boot element's chunks instead); the loader then takes the elements over.
 */
export const config: PrerenderConfig = {
  entryUrls: ['/'],
  // own-content.html stays a plain page: its content comes from a fetch at run time.
  crawlUrls: false,
  // The build's base URL is a local placeholder: no canonical link, sitemap or robots.txt naming it.
  canonicalUrl: null as unknown as undefined,
  sitemapXml: null as unknown as undefined,
  robotsTxt: null as unknown as undefined,
  hydrateOptions: () => ({
    // Stencil's default adds `?v=` hashes to the preloads while the loader imports the plain URLs:
    // every shared chunk would download twice.
    hashAssets: undefined,
  }),
};
