import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element } from './helpers';

const TAG = 'lbr-log-stream';

/**
 * Storybook only: `fetch` answers `mock:` URLs with a Server-Sent Events stream
 * that sends a line every 800 ms (ids, levels, now and then a JSON line) and
 * resumes after the `Last-Event-ID` it is sent, so the live-source story runs
 * without a server. Other URLs go to the real fetch.
 */
function installMockSource() {
  const real = globalThis.fetch as typeof fetch & { lbrMock?: boolean };
  if (real.lbrMock) return;
  const levels = ['info', 'info', 'info', 'warn', 'error'];
  const line = (id: number) => {
    const level = levels[id % levels.length];
    const data = id % 3 ? JSON.stringify({ level, text: `checkout-api p99 ${180 + ((id * 37) % 120)} ms (request ${id})` }) : `health check ok (${id})`;
    return `id: ${id}\ndata: ${data}\n\n`;
  };
  const mock = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('mock:')) return real(input, init);
    let id = Number(new Headers(init?.headers).get('last-event-id') ?? 0);
    let timer: ReturnType<typeof setInterval> | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder();
        timer = setInterval(() => controller.enqueue(bytes.encode(line(++id))), 800);
        init?.signal?.addEventListener('abort', () => {
          clearInterval(timer);
          controller.error(new DOMException('The stream was aborted', 'AbortError'));
        });
      },
      cancel: () => clearInterval(timer),
    });
    return new Promise(done => setTimeout(() => done(new Response(body, { headers: { 'content-type': 'text/event-stream' } })), 400));
  };
  globalThis.fetch = Object.assign(mock, { lbrMock: true });
}

const meta: Meta = {
  title: 'Elements/lbr-log-stream',
  component: TAG,
  render: args => element(TAG, args),
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
    installMockSource();
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
