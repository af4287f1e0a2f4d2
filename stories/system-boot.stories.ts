import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, reducedMotion } from './helpers';

const TAG = 'lbr-system-boot';

const meta: Meta = {
  title: 'Elements/lbr-system-boot',
  component: TAG,
  render: args => element(TAG, args),
  args: { theme: 'dark', headingLevel: 2 },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const LightTheme: Story = { args: { theme: 'light' } };

export const ReducedMotion: Story = { render: args => reducedMotion(element(TAG, args)) };

export const CustomProfile: Story = {
  args: {
    content: {
      profile: {
        name: 'Ada Lovelace',
        title: 'Staff SRE | Observability',
        summary: 'Keeps the pager quiet by making failure boring.',
        bootLines: ['Loading runbooks...', 'Paging nobody.'],
        stats: [
          { label: 'uptime', value: 99.99, suffix: '%' },
          { label: 'incidents', value: 0 },
        ],
      },
    },
  },
};
