import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, reducedMotion } from './helpers';
// Real-format ADR files (the spec fixtures), served to the element as Blob URLs: no server needed.
import nygardKafka from '../src/components/adr-viewer/fixtures/nygard/0002-kafka-for-async-side-effects.md?raw';
import nygardSuperseded from '../src/components/adr-viewer/fixtures/nygard/0003-optimistic-locking-superseded.md?raw';
import madr2 from '../src/components/adr-viewer/fixtures/madr/0006-read-through-cache-madr2.md?raw';
import madr4 from '../src/components/adr-viewer/fixtures/madr/0007-idempotency-keys-madr4.md?raw';
import broken from '../src/components/adr-viewer/fixtures/malformed/no-title.md?raw';

const TAG = 'lbr-adr-viewer';

const meta: Meta = {
  title: 'Elements/lbr-adr-viewer',
  component: TAG,
  render: args => element(TAG, args),
  args: { theme: 'dark', headingLevel: 2 },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const LightTheme: Story = { args: { theme: 'light' } };

export const ReducedMotion: Story = { render: args => reducedMotion(element(TAG, args)) };

export const SelectedRecord: Story = { args: { selected: 'ADR-003' } };

/** A file name after `#/` lets the element number MADR records (`0006-….md` -> ADR-006), as it does for real URLs. */
const blobUrl = (name: string, text: string) => `${URL.createObjectURL(new Blob([text], { type: 'text/markdown' }))}#/${name}`;

export const MarkdownImport: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'Five ADR files as they sit in a repository: two Nygard/adr-tools records (one superseded), a MADR 2 and a MADR 4 record, ' +
          'and a file without a title. The four good files are shown; the broken one is listed with its URL.',
      },
    },
  },
  render: args =>
    element(TAG, {
      ...args,
      src: [
        blobUrl('0002-kafka-for-async-side-effects.md', nygardKafka),
        blobUrl('0003-optimistic-locking-superseded.md', nygardSuperseded),
        blobUrl('0006-read-through-cache-madr2.md', madr2),
        blobUrl('0007-idempotency-keys-madr4.md', madr4),
        blobUrl('notes.md', broken),
      ].join(' '),
    }),
};

export const EveryStatus: Story = {
  args: {
    content: {
      decisions: [
        { id: 'ADR-010', title: 'Outbox table for booking events', status: 'proposed', context: 'Events are lost when Kafka is down at commit time.', decision: 'Write events to an outbox table in the booking transaction; relay them to Kafka.', tradeoff: 'One more table and a relay to run.', impact: '', date: '2025-06-02' },
        { id: 'ADR-004', title: 'Redis locking over optimistic guesswork', status: 'accepted', context: 'Competing writes for the same inventory slot.', decision: 'Guard the allocation path with Redis distributed locks.', tradeoff: 'Coordination overhead.', impact: 'No double bookings.' },
        { id: 'ADR-003', title: 'Optimistic locking on inventory rows', status: 'superseded', context: 'Two users could book the last slot at once.', decision: 'Retry writes on a version conflict.', tradeoff: 'Retries pile up under contention.', impact: '' },
        { id: 'ADR-002', title: 'Nightly batch for confirmation emails', status: 'deprecated', context: 'Emails were sent inside the request.', decision: 'Send confirmations from a nightly batch.', tradeoff: 'Customers wait hours for a confirmation.', impact: '' },
      ],
    },
  },
};
