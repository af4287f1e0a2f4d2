import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, reducedMotion } from './helpers';

const TAG = 'lbr-runtime-modules';

const meta: Meta = {
  title: 'Elements/lbr-runtime-modules',
  component: TAG,
  render: args => element(TAG, args),
  args: { theme: 'dark', headingLevel: 2 },
};
export default meta;
type Story = StoryObj;

/** Hover a stage, or Tab to a pipeline and use the arrow keys, to name a stage. */
export const Default: Story = {};

export const LightTheme: Story = { args: { theme: 'light' } };

/** No pulse; everything else is the same. */
export const ReducedMotion: Story = { render: args => reducedMotion(element(TAG, args)) };

/** Two to ten stages, an unknown status (neutral chip) and names long enough to wrap. */
export const CustomContent: Story = {
  args: {
    content: {
      modules: [
        {
          id: 'zone-failover',
          name: 'Two-Zone Failover',
          status: 'resilient',
          pipeline: ['Health Checks', 'Promotion'],
          problem: 'A zone outage meant a manual, hour-long database failover.',
          solution: 'Synchronous replicas and a controller that promotes the standby after three failed checks.',
          impact: 'Failover in 40 seconds, rehearsed every quarter.',
          metrics: ['40 s failover', 'quarterly game days'],
        },
        {
          id: 'ingest',
          name: 'Telemetry Ingest With An Unusually Long Project Name',
          status: 'in review',
          pipeline: ['Agent', 'Collector', 'Queue', 'Parser', 'Enricher', 'Deduplicator', 'Sampler', 'Writer', 'Columnar-Store-Compaction-Service', 'Query API'],
          problem: 'Telemetry bursts dropped data at the collector.',
          solution: 'Back-pressure from the writer to the agents, with a queue in between.',
          impact: 'No dropped spans during the last three launches.',
          metrics: ['0 dropped spans', '10 stages'],
        },
      ],
    },
  },
};
