import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, reducedMotion } from './helpers';

const TAG = 'lbr-principle-cards';

const meta: Meta = {
  title: 'Elements/lbr-principle-cards',
  component: TAG,
  render: args => element(TAG, args),
  args: { theme: 'dark', layout: 'grid', headingLevel: 2 },
};
export default meta;
type Story = StoryObj;

/** Hover or focus (Tab) a card to mark its motto. */
export const Default: Story = {};

export const LightTheme: Story = { args: { theme: 'light' } };

/** The mark appears at once, without the stroke animation. */
export const ReducedMotion: Story = { render: args => reducedMotion(element(TAG, args)) };

export const ListLayout: Story = { args: { layout: 'list' } };

export const CustomContent: Story = {
  args: {
    content: {
      principles: [
        {
          id: 'slo',
          name: 'SLO',
          expansion: 'Service Level Objectives',
          motto: 'Reliability is a feature with a budget.',
          body: 'If users would not notice, it is not an incident. If they would, it is the only thing that matters today.',
          practice: 'Every alert names the user journey it protects and the SLO it burns.',
        },
        {
          id: 'blameless',
          name: 'BLAMELESS',
          expansion: 'Blameless Postmortems',
          motto: 'Systems fail; people get better.',
          body: 'A postmortem that names a person stops people from telling you what happened.',
          practice: 'Action items change a system, a default or a runbook, never only a person.',
        },
      ],
    },
  },
};
