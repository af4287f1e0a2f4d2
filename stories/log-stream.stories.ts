import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, themeArg } from './helpers';

const TAG = 'lbr-log-stream';

/**
 * Storybook only: an EventSource for `mock:` URLs that sends a line every
 * 800 ms (ids, levels, now and then a JSON line), so the live-source story runs
 * without a server. Other URLs get the browser's real EventSource.
 */
const RealEventSource = globalThis.EventSource;
class MockEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readyState = 0;
  onopen: ((e: Event) => void) | null = null;
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  private timer?: ReturnType<typeof setInterval>;
  private id = 0;

  constructor(readonly url: string) {
    super();
    this.id = Number(new URL(url).searchParams.get('lastEventId') ?? 0);
    setTimeout(() => {
      this.readyState = 1;
      this.onopen?.(new Event('open'));
      this.timer = setInterval(() => this.send(), 800);
    }, 400);
  }

  private send() {
    const id = ++this.id;
    const levels = ['info', 'info', 'info', 'warn', 'error'];
    const level = levels[id % levels.length];
    const data = id % 3 ? JSON.stringify({ level, text: `checkout-api p99 ${180 + ((id * 37) % 120)} ms (request ${id})` }) : `health check ok (${id})`;
    this.onmessage?.(new MessageEvent('message', { data, lastEventId: String(id) }));
  }

  close() {
    this.readyState = 2;
    clearInterval(this.timer);
  }
}

function installMockEventSource() {
  (globalThis as any).EventSource = function (url: string, init?: EventSourceInit) {
    return url.startsWith('mock:') ? new MockEventSource(url) : new RealEventSource(url, init);
  };
}

const meta: Meta = {
  title: 'Elements/lbr-log-stream',
  component: TAG,
  render: args => element(TAG, args),
  argTypes: {
    theme: themeArg,
    order: { control: { type: 'inline-radio' }, options: ['desc', 'asc'] },
    maxLines: { control: { type: 'number', min: 1 } },
    follow: { control: 'boolean' },
    year: { control: 'number' },
    tag: { control: 'text' },
    query: { control: 'text' },
    src: { control: 'text', description: 'SSE or NDJSON URL to tail.' },
    srcType: { control: { type: 'inline-radio' }, options: ['sse', 'ndjson'] },
    heading: { control: 'text' },
    eyebrow: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    content: { control: 'object', description: 'Own content document; only `logs` is used.' },
  },
  args: { theme: 'dark', order: 'desc', maxLines: 10000, follow: true },
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const LightTheme: Story = { args: { theme: 'light' } };

/** Year 2024, and a search whose matches are marked. */
export const Filtered: Story = { args: { year: 2024, query: 'reduced' } };

/** Tails a (mocked) Server-Sent Events source: connection state, levels, live announcements. */
export const LiveSource: Story = {
  args: { src: 'mock://events', srcType: 'sse', order: 'asc' },
  render: args => {
    installMockEventSource();
    return element(TAG, args);
  },
};

/** 100,000 lines in the buffer: only the visible rows are in the DOM. */
export const HundredThousandLines: Story = {
  args: { maxLines: 100000, order: 'asc' },
  render: args => {
    const el = element(TAG, args) as HTMLElement & { appendLines(lines: unknown[]): Promise<void> };
    const levels = ['info', 'info', 'info', 'warn', 'error'];
    void customElements
      .whenDefined(TAG)
      .then(() => el.appendLines(Array.from({ length: 100_000 }, (_, i) => ({ id: i, level: levels[i % 5], text: `request ${i} served in ${(i * 7919) % 500} ms` }))));
    return el;
  },
};
