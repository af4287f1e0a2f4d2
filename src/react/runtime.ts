/**
 * The wrappers' runtime, bundled into dist/react/runtime.js: @stencil/react-output-target's
 * `createComponent` in the browser, @lit/react's (which it wraps) on a server. Stencil's keeps the
 * classes its runtime puts on the host (`hydrated`) by setting the app's `className` in a layout
 * effect; a server runs no effects, so its HTML would lose those classes. Both render the same tag
 * with the same attributes otherwise, and properties and listeners are set in the browser either way.
 */
import { createComponent as createLitComponent } from '@lit/react';
import { createComponent as createStencilComponent } from '@stencil/react-output-target/runtime';

type Options = Parameters<typeof createStencilComponent>[0];

const onServer = typeof window === 'undefined';

export const createComponent = (options: Options): ReturnType<typeof createStencilComponent> => {
  if (!onServer) return createStencilComponent(options);
  const { defineCustomElement: _define, transformTag: _transform, ...lit } = options;
  return createLitComponent(lit) as unknown as ReturnType<typeof createStencilComponent>;
};
