import type { Preview } from '@storybook/web-components-vite';
// Each dist-custom-elements module defines its tag on import (run `npm run build` first).
// The lazy CDN loader 404s on its chunks under Storybook's dev server, so stories use these.
import.meta.glob('../dist/components/lbr-*.js', { eager: true });

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
};
export default preview;
