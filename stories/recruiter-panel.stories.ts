import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { element, reducedMotion } from './helpers';

const TAG = 'lbr-recruiter-panel';

/**
 * The stories need no server. They fill the form the way a visitor would and press send. The page then
 * handles `lbrContactSubmit` itself (the documented host-delivery path: `preventDefault()`, then
 * `settle()`), so each state is one the element actually reaches.
 */
type Outcome = { ok: boolean; status?: number; reason?: string } | 'never';

const SAMPLE = {
  name: 'Grace Hopper',
  email: 'grace@example.com',
  message: 'Hello! We are hiring a staff backend engineer for our booking platform. Could we talk next week?',
};

/** A fresh panel: no draft left over from another story. */
function panel(args: Record<string, unknown>): HTMLElement {
  try {
    localStorage.removeItem('lbr:contact:v1');
  } catch {
    // storage disabled: nothing to clear
  }
  return element(TAG, args);
}

/** The page delivers messages itself: attempt n (1-based) ends as `outcomes[n - 1]` (the last one repeats). */
function hostDelivers(el: HTMLElement, outcomes: Outcome[], delayMs = 600): HTMLElement {
  let attempt = 0;
  el.addEventListener('lbrContactSubmit', event => {
    event.preventDefault();
    const { key } = (event as CustomEvent<{ key: string }>).detail;
    const outcome = outcomes[Math.min(attempt++, outcomes.length - 1)];
    if (outcome !== 'never') setTimeout(() => void (el as any).settle(key, outcome), delayMs);
  });
  return el;
}

/** Types the sample message into the form and presses send, once the element is ready. */
function fillAndSend(el: HTMLElement, send = true): HTMLElement {
  const ready = () => el.shadowRoot?.querySelector('#lbr-rp-name');
  const start = async () => {
    // Wait for the first render (the story's element is attached after render() returns).
    if (!ready()) return void requestAnimationFrame(start);
    const root = el.shadowRoot!;
    for (const [field, value] of Object.entries(SAMPLE)) {
      const control = root.querySelector<HTMLInputElement>(`#lbr-rp-${field}`)!;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    if (send) await (el as any).send();
  };
  requestAnimationFrame(start);
  return el;
}

const meta: Meta = {
  title: 'Elements/lbr-recruiter-panel',
  component: TAG,
  render: args => hostDelivers(panel(args), [{ ok: true, status: 201 }]),
  args: { theme: 'dark', endpoint: 'https://example.com/api/contact', minFillMs: 0, headingLevel: 2 },
};
export default meta;
type Story = StoryObj;

/** An empty form. Sending is simulated: the page takes the message and reports success after 0.6 s. */
export const Default: Story = {};

export const LightTheme: Story = { args: { theme: 'light' } };

/** Sending, with no answer yet: the page took the message and has not reported back. The fields are read-only and a second click does nothing. A host that never reports back times out after `timeout-ms` (10 minutes here, 10 s by default). */
export const Sending: Story = {
  args: { timeoutMs: 600000 },
  render: args => fillAndSend(hostDelivers(panel(args), ['never'])),
};

/** The first attempt fails with HTTP 500 and the message stays queued, with mailto and copy offered as well. "retry now" (or the automatic retry 4 s later) resends it with the same key, and that attempt succeeds. */
export const FailedWithRetry: Story = {
  render: args => fillAndSend(hostDelivers(panel(args), [{ ok: false, status: 500, reason: 'http' }, { ok: true, status: 201 }], 300)),
};

/** Delivered: the draft is cleared and the receipt shows the message's idempotency key (short form). */
export const SentReceipt: Story = {
  render: args => fillAndSend(hostDelivers(panel(args), [{ ok: true, status: 201 }], 0)),
};

/** No endpoint: a prefilled `mailto:` link to `recruiter.email`, plus copy to clipboard. */
export const NoEndpoint: Story = {
  args: { endpoint: '' },
  render: args => fillAndSend(panel(args), false),
};

export const ReducedMotion: Story = { render: args => reducedMotion(hostDelivers(panel(args), [{ ok: true, status: 201 }])) };

export const CustomContent: Story = {
  args: {
    content: {
      profile: { name: 'Ada Lovelace', title: 'Staff SRE | Observability', summary: '', bootLines: [], stats: [] },
      recruiter: {
        pitch: ['I make failure boring: error budgets, runbooks and alerts that mean something.'],
        highlights: ['failure boring'],
        email: 'ada@example.com',
        links: [{ label: 'Blog', href: 'https://example.com/blog' }],
      },
    },
  },
};
