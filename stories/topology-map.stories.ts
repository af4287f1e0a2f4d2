import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { setHealth } from '../dist/components/index.js';
import { element, reducedMotion, themeArg } from './helpers';

const TAG = 'lbr-topology-map';

const meta: Meta = {
  title: 'Elements/lbr-topology-map',
  component: TAG,
  render: args => element(TAG, args),
  argTypes: {
    theme: themeArg,
    label: { control: 'text' },
    content: { control: 'object', description: 'Own content document; only `topology` is used.' },
  },
  args: { theme: 'dark', label: 'Live system topology' },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const LightTheme: Story = { args: { theme: 'light' } };

/** What the outage game does on a crash: the store marks services (or whole layers) down/degraded. */
export const DegradedHealth: Story = {
  render: args => {
    const el = element(TAG, args);
    setHealth(['postgres', 'api'], 'down');
    setHealth(['async'], 'degraded');
    return el;
  },
};

export const ReducedMotion: Story = { render: args => reducedMotion(element(TAG, args)) };

const layers = [
  { id: 'core', name: 'Core services', kind: 'core', orbit: 0.3, speed: 1.5 },
  { id: 'async', name: 'Async runtime', kind: 'async', orbit: 0.55, speed: 0.4 },
  { id: 'infra', name: 'Infrastructure', kind: 'infra', orbit: 0.78, speed: 0.6 },
  { id: 'edge', name: 'Edge layer', kind: 'edge', orbit: 1, speed: 0.8 },
] as const;
const counts = { core: 10, async: 7, infra: 8, edge: 5 };
const services = layers.flatMap(l =>
  Array.from({ length: counts[l.id] }, (_, i) => ({ id: `${l.id}-${i + 1}`, name: `${l.id}-${i + 1}`, layer: l.id, role: `${l.name} node ${i + 1} of ${counts[l.id]}.` })),
);

/** A custom topology of 30 services, given as the element's own content. */
export const ThirtyServices: Story = {
  args: {
    content: {
      topology: {
        layers,
        services,
        requestPath: ['edge-1', 'edge-3', 'core-1', 'core-4', 'infra-2', 'async-1', 'async-5'],
      },
    },
  },
};
