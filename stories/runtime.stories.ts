import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element } from './helpers';

const TAG = 'lbr-runtime';

/** lbr-runtime loads one content document for every element on the page; it shows only what it refused. */
const meta: Meta = {
  title: 'Elements/lbr-runtime',
  component: TAG,
  render: args => {
    const runtime = element(TAG, args);
    runtime.appendChild(document.createElement('lbr-system-boot'));
    return runtime;
  },
  args: { theme: 'dark' },
};
export default meta;
type Story = StoryObj;

/** A document with two mistakes: refused whole, each problem shown with its field path; the boot keeps the demo. */
export const RefusedContent: Story = {
  args: {
    content: {
      profile: { name: 'Ada', title: 'SRE', summary: '', bootLines: ['Hello'], stats: [{ label: 'uptime', value: '99.9' }] },
      decisions: [{ id: 'ADR-001', title: 'x', status: 'maybe', context: '', decision: '', tradeoff: '', impact: '' }],
    },
  },
};

