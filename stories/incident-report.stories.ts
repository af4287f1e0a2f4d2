import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, reducedMotion } from './helpers';

const TAG = 'lbr-incident-report';

const meta: Meta = {
  title: 'Elements/lbr-incident-report',
  component: TAG,
  render: args => element(TAG, args),
  args: { theme: 'dark', headingLevel: 2 },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const LightTheme: Story = { args: { theme: 'light' } };

export const ReducedMotion: Story = { render: args => reducedMotion(element(TAG, args)) };

export const SingleIncident: Story = {
  args: {
    content: {
      incidents: [
        {
          id: 'pricing-inconsistency',
          title: 'Pricing Inconsistency',
          status: 'resolved',
          summary: 'High-traffic transactional systems need one source of truth.',
          problem: 'Inconsistent pricing validation between standard and affiliate flows.',
          rootCause: 'A validation gap existed between entry points before final transaction handling.',
          solution: 'Deterministic backend validation made pricing rules authoritative server-side.',
          impact: 'Prevented revenue leakage and stabilized trust in transactional pricing.',
        },
      ],
    },
  },
};

export const EveryStatus: Story = {
  args: {
    content: {
      incidents: [
        { id: 'queue-backlog', title: 'Consumer Lag on Booking Events', status: 'investigating', problem: 'Confirmation emails are arriving minutes late.', rootCause: 'Under investigation: lag started with the 14:05 deploy.', solution: 'Pending.', impact: 'Bookings are safe; only side effects are delayed.' },
        { id: 'db-failover', title: 'Primary Database Failover', status: 'mitigated', problem: 'Writes failed for 90 seconds during a failover.', rootCause: 'Connection pools held sockets to the old primary.', solution: 'Pools now recycle on failover; the long-term fix is tracked.', impact: 'Write errors capped at 90 s instead of 6 min.' },
        { id: 'pricing-inconsistency', title: 'Pricing Inconsistency', status: 'resolved', problem: 'Inconsistent pricing validation.', rootCause: 'A validation gap between entry points.', solution: 'Deterministic backend validation.', impact: 'Prevented revenue leakage.' },
      ],
    },
  },
};
