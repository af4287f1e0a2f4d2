import { Config } from '@stencil/core';
import { reactOutputTarget } from '@stencil/react-output-target';
import { config as cdn, demoSite, shortVdomKeys } from './stencil.config';

/**
 * The npm build, run after stencil.config.ts by `npm run build`: the per-tag custom elements
 * for bundlers (`live-backend-runtime` and `live-backend-runtime/components/<tag>`) and the
 * server renderer (`live-backend-runtime/hydrate`). Apart from the CDN build because a
 * server-rendering output switches on client-side hydration for every client build of its
 * config: these elements take over server-rendered markup, CDN pages do not pay for it.
 */
export const config: Config = {
  ...cdn,
  // Not the CDN build's one runtime chunk (bundlers split as they see fit); its short vdom keys, yes.
  rollupPlugins: { after: [shortVdomKeys()] },
  outputTargets: [
    {
      type: 'dist-custom-elements',
      customElementsExportBehavior: 'auto-define-custom-elements',
      externalRuntime: false,
      generateTypeDeclarations: true,
    },
    // `live-backend-runtime/react`: one typed React component per element, generated here as
    // TypeScript (one module per element, so an app bundles only the elements it uses) and
    // compiled into dist/react by scripts/build-react.mjs.
    reactOutputTarget({ outDir: '.stencil/react', esModules: true, customElementsDir: 'components' }),
    // Minified. The package ships its ESM file only (package.json `files`). Stencil also writes a
    // CommonJS copy, which its prerenderer and the repository's Jest test load; the package.json
    // it writes beside it keeps that copy CommonJS inside this "type": "module" project.
    { type: 'dist-hydrate-script', dir: 'hydrate', minify: true },
    // The production demo site (www/), prerendered with `--prerender` (prerender.config.ts). Also
    // what compiles the global style (base.css) into this config's builds: Stencil does that only
    // for configs with a `dist` or `www` output.
    { ...demoSite, dir: 'www', baseUrl: 'http://127.0.0.1:3333/', prerenderConfig: './prerender.config.ts' },
  ],
};
