import { Config } from '@stencil/core';
import { createRequire } from 'node:module';
import type { OutputTargetWww } from '@stencil/core/internal';
import { browserArgs } from './scripts/chromium-args.cjs';
import { sharedTokenDocs } from './scripts/shared-token-docs.cjs';

/**
 * One runtime chunk for the CDN build: Stencil's runtime and the kit's code that nearly every
 * element runs (the page store, content and demo loading, section chrome, motion, and the link
 * rules and fetch helper that every page with its own content loads through its validator and
 * <lbr-runtime>) in one file instead of seven. gzip compresses them better together and a page makes
 * six requests fewer.
 * Rollup's own split put each in a chunk of its own, since each has a different set of importers.
 * Not for the npm build (stencil.npm.config.ts): bundlers split as they see fit, and the server
 * renderer is one file.
 */
const SHARED_RUNTIME = /@stencil[\\/]core[\\/]internal[\\/](client[\\/]index\.js|app-data|app-globals)|[\\/]src[\\/](store[\\/]|utils[\\/](content|motion|section-intro|section-props|heading|http|keys|live-status)\.tsx?$|data[\\/](demo[\\/]load|links)\.ts$)/;
export const oneRuntimeChunk = {
  name: 'lbr-one-runtime-chunk',
  outputOptions: (options: object) => ({ ...options, manualChunks: (id: string) => (SHARED_RUNTIME.test(id) ? 'runtime' : undefined) }),
};

/**
 * Short keys for the vdom keys Stencil writes into every render(): its automatic key insertion
 * gives each JSX element of a single-return render() a 40-digit SHA-1 as its `key`, which gzip
 * cannot compress (about 25 bytes each, 100 of them in the kit). Only their identity matters
 * (static per element, distinct among siblings), so each becomes a short string of its own:
 * NUL and a base-36 number, which no content id or list index used as a key can equal.
 */
const VDOM_KEY = /\bkey:\s*(["'])([0-9a-f]{40})\1/g;
export function shortVdomKeys() {
  const short = new Map<string, string>();
  return {
    name: 'lbr-short-vdom-keys',
    transform(code: string, _id: string) {
      if (!code.includes('key')) return null;
      let changed = false;
      const out = code.replace(VDOM_KEY, (_match, _quote, hash: string) => {
        changed = true;
        if (!short.has(hash)) short.set(hash, '\\x00' + short.size.toString(36));
        return `key: "${short.get(hash)}"`;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}

/**
 * The demo pages. This config writes them to www-dev/ (the dev server's and the e2e tests' site);
 * `npm run build` writes the production demo site, prerendered, to www/ (stencil.npm.config.ts),
 * which `npm start` serves and which a dev build never overwrites.
 */
export const demoSite: OutputTargetWww = {
  type: 'www',
  dir: 'www-dev',
  serviceWorker: null,
  // The second demo page, the document it loads through <lbr-runtime src>, a sample JSON Resume, and
  // the demo pages' theme switch and shell stylesheet (inline in www/: scripts/demo-shell.mjs).
  copy: [{ src: 'demo-content.json' }, { src: 'sample-resume.json' }, { src: 'own-content.html' }, { src: 'demo-theme.js' }, { src: 'demo-shell.css' }],
};

/**
 * `stencil test --e2e` starts the dev server and Chromium while its build runs on the same thread:
 * on a loaded machine the build blocks the event loop past their deadlines (15 s, 30 s) although
 * both are up, and the run dies before any test ("dev server startup timeout", "Timed out after
 * 30000 ms while waiting for the WS endpoint URL"). The dev server takes a longer deadline below;
 * Stencil passes no launch timeout to Puppeteer, so its `launch` gets one here (the same module
 * instance Stencil loads next).
 */
const STARTUP_TIMEOUT = 300_000;
if (process.argv.includes('--e2e')) {
  const puppeteer = createRequire(`${process.cwd()}/package.json`)('puppeteer');
  const launch = puppeteer.launch;
  puppeteer.launch = (options: object) => launch({ timeout: STARTUP_TIMEOUT, ...options });
}

export const config: Config = {
  namespace: 'lbr',
  taskQueue: 'async',
  sourceMap: false,
  rollupPlugins: { after: [oneRuntimeChunk, shortVdomKeys()] },
  // Docs builds: each element's readme and manifest entry list the shared --lbr-* tokens it honours.
  plugins: [sharedTokenDocs()],
  // Tokens, host rules and shared bits every element uses: one copy in the runtime, adopted by
  // every shadow root as one constructable sheet (it was compiled into each element's chunk).
  // `true`: server rendering (hydrate) writes it into each declarative shadow root as well.
  globalStyle: 'src/styles/base.css',
  extras: { addGlobalStyleToComponents: true },
  // One lazy bundle per element. Without this Stencil groups every tag found in
  // src/index.html into one chunk, and a page with one element downloads them all.
  bundles: [
    'lbr-runtime',
    'lbr-system-boot',
    'lbr-topology-map',
    'lbr-log-stream',
    'lbr-incident-report',
    'lbr-adr-viewer',
    'lbr-principle-cards',
    'lbr-runtime-modules',
    'lbr-outage-game',
    'lbr-recruiter-panel',
  ].map(tag => ({ components: [tag] })),
  // The CDN build (dist/lbr), the docs and the demo site. No server-rendering output here: its
  // presence compiles client-side hydration (3 kB gzip) into every CDN page. The npm build for
  // bundlers and the server renderer, which need it, are in stencil.npm.config.ts.
  outputTargets: [
    // Not emptied: dist/components and dist/types come from the npm build (`npm run build` cleans
    // dist/ first), so a dev build (`stencil test`, `npm run dev`) leaves the packaged ones alone.
    { type: 'dist', esmLoaderPath: '../loader', collectionDir: null, empty: false, typesDir: '../.stencil/cdn-types' },
    { type: 'docs-readme', footer: '*Built with [StencilJS](https://stenciljs.com/)*' },
    { type: 'docs-json', file: 'docs/components.json' },
    { type: 'docs-custom-elements-manifest', file: 'custom-elements.json' },
    demoSite,
  ],
  devServer: { startupTimeout: STARTUP_TIMEOUT },
  testing: {
    browserHeadless: 'shell',
    testTimeout: 120_000,
    // Applies it: Stencil's setup would set 45 s over testTimeout.
    setupFilesAfterEnv: ['<rootDir>/test/jest-timeout.ts'],
    browserArgs,
    testPathIgnorePatterns: ['/node_modules/', '/dist/', '/www/', '/www-dev/', '/hydrate/', '/storybook-static/'],
    // ESM-only dependencies: Jest (CommonJS) loads their TypeScript sources through Stencil's transpiler.
    moduleNameMapper: { '^eventsource-parser$': '<rootDir>/node_modules/eventsource-parser/src/index.ts' },
    transformIgnorePatterns: ['/node_modules/(?!eventsource-parser/)'],
  },
};
