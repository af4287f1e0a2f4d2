import { Config } from '@stencil/core';
import { browserArgs } from './scripts/chromium-args.cjs';

export const config: Config = {
  namespace: 'lbr',
  taskQueue: 'async',
  sourceMap: false,
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
  outputTargets: [
    { type: 'dist', esmLoaderPath: '../loader' },
    {
      type: 'dist-custom-elements',
      customElementsExportBehavior: 'auto-define-custom-elements',
      externalRuntime: false,
      generateTypeDeclarations: true,
    },
    { type: 'docs-readme', footer: '*Built with [StencilJS](https://stenciljs.com/)*' },
    { type: 'docs-json', file: 'docs/components.json' },
    { type: 'docs-custom-elements-manifest', file: 'custom-elements.json' },
    { type: 'dist-hydrate-script', dir: 'hydrate' },
    {
      type: 'www',
      serviceWorker: null,
      // The second demo page, the document it loads through <lbr-runtime src>, and a sample JSON Resume.
      copy: [{ src: 'demo-content.json' }, { src: 'sample-resume.json' }, { src: 'own-content.html' }, { src: 'demo-theme.js' }],
    },
  ],
  testing: {
    browserHeadless: 'shell',
    testTimeout: 60_000,
    browserArgs,
    testPathIgnorePatterns: ['/node_modules/', '/dist/', '/www/', '/hydrate/', '/storybook-static/'],
    // ESM-only dependencies: Jest (CommonJS) loads their TypeScript sources through Stencil's transpiler.
    moduleNameMapper: { '^eventsource-parser$': '<rootDir>/node_modules/eventsource-parser/src/index.ts' },
    transformIgnorePatterns: ['/node_modules/(?!eventsource-parser/)'],
  },
};
