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
    healthSrc: { control: 'text', description: 'Status document URL (Statuspage v2, Uptime Kuma heartbeats or a plain map).' },
    healthInterval: { control: 'number', description: 'Seconds between polls of healthSrc.' },
    eyebrow: { control: 'text' },
    heading: { control: 'text' },
    lead: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
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

/** Another engineer's map: the legend names the document's own layers; the shape tells the kind. */
export const OwnLayers: Story = {
  args: {
    content: {
      topology: {
        layers: [
          { id: 'pay', name: 'Payment core', kind: 'core', orbit: 0.34, speed: 1 },
          { id: 'settle', name: 'Settlement', kind: 'async', orbit: 0.6, speed: 0.4 },
          { id: 'edge', name: 'Edge', kind: 'edge', orbit: 1, speed: 0.8 },
        ],
        services: [
          { id: 'checkout', name: 'Checkout API', layer: 'pay', role: 'Accepts a payment intent once per idempotency key.' },
          { id: 'ledger', name: 'Ledger', layer: 'pay', role: 'Double-entry, append-only.' },
          { id: 'outbox', name: 'Outbox Relay', layer: 'settle', role: 'Publishes ledger events exactly once.' },
          { id: 'proxy', name: 'Envoy Edge', layer: 'edge', role: 'mTLS, rate limits and retry budgets.' },
        ],
        requestPath: ['proxy', 'checkout', 'ledger', 'outbox'],
      },
    },
  },
};

/**
 * Live health from a status document. Here a Statuspage v2 `components.json` inlined as a
 * `data:` URL (a real page points at its status page); PostgreSQL is in a major outage.
 */
export const LiveHealth: Story = {
  args: {
    healthInterval: 60,
    healthSrc:
      'data:application/json,' +
      encodeURIComponent(
        JSON.stringify({
          page: { name: 'Example status' },
          components: [
            { id: 'c1', name: 'PostgreSQL', status: 'major_outage' },
            { id: 'c2', name: 'Kafka', status: 'degraded_performance' },
            { id: 'c3', name: 'API Gateway', status: 'operational' },
          ],
        }),
      ),
  },
};

/** A phone's column (390 px): a nearly square map with the inspector and legend under it. */
export const Phone: Story = {
  render: args => {
    const wrap = document.createElement('div');
    wrap.style.width = '390px';
    wrap.appendChild(element(TAG, args));
    return wrap;
  },
};
