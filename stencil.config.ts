import { Config } from '@stencil/core';

/** Chromium flags needed as root on a closed network (see shared toolchain notes). */
export const browserArgs = [
  '--no-sandbox',
  '--disable-setuid-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Stencil's e2e pages are served by request interception, so Chromium treats them as public
  // and blocks their requests to the loopback test servers (Local Network Access).
  '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights',
];

export const config: Config = {
  namespace: 'lbr',
  taskQueue: 'async',
  sourceMap: false,
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
      // The second demo page and the document it loads through <lbr-runtime src>.
      copy: [{ src: 'demo-content.json' }, { src: 'own-content.html' }],
    },
  ],
  testing: {
    browserHeadless: 'shell',
    testTimeout: 60_000,
    browserArgs,
    testPathIgnorePatterns: ['/node_modules/', '/dist/', '/www/', '/hydrate/', '/storybook-static/'],
  },
};
