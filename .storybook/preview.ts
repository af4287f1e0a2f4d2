import type { Decorator, Preview } from '@storybook/web-components-vite';
import { getCustomElements, setCustomElementsManifest } from '@storybook/web-components-vite';
// The manifest the package ships (npm run build writes it): the args tables and controls come from it.
import manifest from '../custom-elements.json';
import { setArg } from '../stories/helpers';
import { argTypesFor } from './arg-types';
// Each dist-custom-elements module defines its tag on import (run `npm run build` first).
// The lazy CDN loader 404s on its chunks under Storybook's dev server, so stories use these.
import.meta.glob('../dist/components/lbr-*.js', { eager: true });

setCustomElementsManifest(manifest);

/**
 * A control changes the element that is on screen, as a host page setting a property would: the
 * story renders once per canvas, and later args reach that element (its state, a game in progress
 * or a half-typed message, stays). Navigating, or a story of its own render, starts afresh.
 */
const shown = new WeakMap<HTMLElement, { id: string; root: unknown; el: HTMLElement; args: Record<string, unknown> }>();
const liveArgs: Decorator = (storyFn, context) => {
  const { canvasElement, id, args, component } = context;
  const last = shown.get(canvasElement);
  if (last && last.id === id && (last.root as Node).parentNode === canvasElement) {
    for (const key of new Set([...Object.keys(last.args), ...Object.keys(args)])) {
      if (args[key] !== last.args[key]) setArg(last.el, key, args[key], last.args[key]);
    }
    last.args = { ...args };
    return last.root as ReturnType<typeof storyFn>;
  }
  const root = storyFn();
  const el = root instanceof HTMLElement && component ? (root.matches(component) ? root : root.querySelector<HTMLElement>(component)) : null;
  if (el) shown.set(canvasElement, { id, root, el, args: { ...args } });
  return root;
};

const preview: Preview = {
  // A docs page per element: description, the primary story with its controls, every story, the args table.
  tags: ['autodocs'],
  decorators: [liveArgs],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    docs: { extractArgTypes: (tag: string) => argTypesFor(getCustomElements(), tag) },
  },
};
export default preview;
