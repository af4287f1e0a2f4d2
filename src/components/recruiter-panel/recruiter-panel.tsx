import { Build, Component, Element, Event, EventEmitter, Host, Method, Prop, State, Watch, forceUpdate, h } from '@stencil/core';
import type { ContentDocument } from '../../data/types';
import { Annotations } from '../../utils/annotate';
import { ContentErrorDetail, ContentErrors, OwnContent } from '../../utils/content';
import { safeHref } from '../../utils/links';
import { Motion } from '../../utils/motion';
import { deliver, isRetryableStatus, mailtoAddress, mailtoHref, messageText, pageOf, resolveEndpoint } from './delivery';
import { clearDraft, loadDraft, saveDraft } from './draft-store';
import { splitHighlights } from './highlights';
import {
  ContactFields,
  DeliveryResult,
  Outbox,
  createKey,
  edit,
  enqueue,
  initialOutbox,
  refusal,
  resendOnOnline,
  retryDelay,
  settle,
  shortKey,
  start,
} from './outbox';
import { FIELDS, Field, FormErrors, firstInvalid, normalize, validateForm } from './validate-form';
import { headingTag } from '../../utils/heading';

/** `lbrContactSubmit` detail: the message about to be delivered. Cancel the event to deliver it yourself. */
export interface ContactSubmitDetail extends ContactFields {
  /** Idempotency key: the same on every retry of this message. */
  key: string;
}

/** `lbrContactSent` detail. */
export interface ContactSentDetail {
  key: string;
  /** HTTP status of the accepted request (absent when the host delivered it and gave none). */
  status?: number;
}

/** `lbrContactFailed` detail. The message stays queued. */
export interface ContactFailedDetail {
  key: string;
  status?: number;
  /** `http` (see status), `timeout`, `network`, `offline`, `endpoint` (unusable URL), or the host's reason. */
  reason: string;
}

/** What a host that delivered a message itself reports back through `settle()`. */
export interface HostDelivery {
  ok: boolean;
  status?: number;
  reason?: string;
  /** Whether retrying could help; by default true unless a 4xx status other than 408/425/429 is given. */
  retryable?: boolean;
}

const EMPTY: ContactFields = { name: '', email: '', message: '' };

const LABELS: Record<Field, string> = { name: 'name', email: 'email', message: 'message' };

/**
 * "Why hire me?": the pitch with its highlighted phrases, links, and a
 * terminal-styled contact form (the "secure access terminal") that never loses
 * a message. It POSTs `{ name, email, message, sentAt, page }` as JSON with an
 * `Idempotency-Key` header to `endpoint` (or `recruiter.endpoint`), keeps the
 * draft in localStorage, queues the message on errors, timeouts and offline,
 * and retries with the same key. Without an endpoint it offers a prefilled
 * `mailto:` link and copy to clipboard.
 *
 * @part pitch - The pitch column (heading, identity, pitch, links).
 * @part identity - The profile's name and title.
 * @part highlight - A highlighted phrase in the pitch.
 * @part links - The list of links.
 * @part terminal - The contact terminal panel.
 * @part network - The online / offline indicator in the terminal bar.
 * @part form - The contact form.
 * @part field - One labelled field (prompt, control, message).
 * @part control - A native input or textarea.
 * @part field-error - A field's validation message.
 * @part send - The send button.
 * @part retry - The retry button (failed / waiting for network).
 * @part mailto - The prefilled mailto link (no endpoint).
 * @part copy - The copy-to-clipboard button (no endpoint).
 * @part status - The delivery status line (role=status), with the receipt after a delivery.
 * @part error - The panel that lists refused content.
 */
@Component({ tag: 'lbr-recruiter-panel', styleUrl: 'recruiter-panel.css', shadow: true })
export class LbrRecruiterPanel {
  @Element() el!: HTMLElement;

  // --- Properties ---

  /** Colour theme: `dark` (default), `light`, or `auto` (follows the OS). */
  @Prop({ reflect: true }) theme: 'dark' | 'light' | 'auto' = 'dark';

  /** Own content document (object or JSON string); its `recruiter` and `profile` win over the page's store and the demo. */
  @Prop() content?: ContentDocument | string;

  /** Where to POST messages (absolute, or relative to the page); overrides `recruiter.endpoint`. Without one the form offers mailto and copy. */
  @Prop() endpoint?: string;

  /** Give up on one delivery attempt after this many milliseconds (the message stays queued). */
  @Prop() timeoutMs = 10000;

  /** Minimum time (ms) from the form appearing to a send; faster submits are refused as automated. Set 0 in tests. */
  @Prop() minFillMs = 3000;

  /** One delivered message per this many milliseconds (retries of a queued message are not limited). */
  @Prop() minIntervalMs = 30000;

  /** Heading level of "Why hire me?" (1–6), to fit the host page's outline. */
  @Prop() headingLevel: 1 | 2 | 3 | 4 | 5 | 6 = 2;

  @State() fields: ContactFields = { ...EMPTY };
  @State() errors: FormErrors = {};
  @State() box: Outbox = initialOutbox();
  @State() online = true;
  /** A one-off note in the status line (refused send, copy result, how many fields to fix). */
  @State() notice = '';

  // --- Events ---

  /** A message is about to be delivered (every attempt, same key). Cancelable: call `preventDefault()` to deliver it yourself, then report with `settle()`. */
  @Event({ bubbles: true, composed: true, cancelable: true }) lbrContactSubmit!: EventEmitter<ContactSubmitDetail>;

  /** The message was delivered (2xx, or the host reported success). */
  @Event({ bubbles: true, composed: true }) lbrContactSent!: EventEmitter<ContactSentDetail>;

  /** A delivery attempt failed or is waiting for the network; the message stays queued. */
  @Event({ bubbles: true, composed: true }) lbrContactFailed!: EventEmitter<ContactFailedDetail>;

  /** The element's own `content` was refused. */
  @Event({ bubbles: true, composed: true }) lbrContentError!: EventEmitter<ContentErrorDetail>;

  private motion!: Motion;
  private marks!: Annotations;
  private own = new OwnContent(['recruiter', 'profile']);
  private openedAt = Date.now();
  private retryTimer?: ReturnType<typeof setTimeout>;
  /** True while the host delivers the current attempt (lbrContactSubmit was canceled). */
  private hostDelivers = false;
  private honeypot?: HTMLInputElement;
  private controls: Partial<Record<Field, HTMLInputElement | HTMLTextAreaElement>> = {};
  private pitchEl?: HTMLElement;

  // --- Lifecycle ---

  connectedCallback() {
    // Reduced motion switched: redraw the marks with (or without) their stroke animation.
    this.motion = new Motion(this.el, () => {
      this.marks.clear();
      forceUpdate(this);
    });
    this.motion.connect();
    this.marks = new Annotations(() => this.motion.reduced);
    if (Build.isBrowser) {
      this.online = navigator.onLine !== false;
      window.addEventListener('online', this.handleOnline);
      window.addEventListener('offline', this.handleOffline);
    }
    // Moved in the DOM: the disconnect cleared a pending automatic retry.
    if (this.box?.status === 'failed') this.scheduleRetry();
  }

  async componentWillLoad() {
    await this.contentChanged();
    this.restore();
  }

  componentDidLoad() {
    this.openedAt = Date.now();
  }

  componentDidRender() {
    const spans = [...(this.pitchEl?.querySelectorAll<HTMLElement>('.hl') ?? [])];
    this.marks.sync(spans.map(el => ({ el, config: { type: 'underline', color: 'currentColor', strokeWidth: 2, padding: 1, multiline: true } })));
  }

  disconnectedCallback() {
    if (Build.isBrowser) {
      window.removeEventListener('online', this.handleOnline);
      window.removeEventListener('offline', this.handleOffline);
    }
    this.clearRetry();
    this.marks.clear();
    this.motion.disconnect();
  }

  @Watch('content')
  protected async contentChanged() {
    await this.own.apply(this);
  }

  // --- Methods ---

  /**
   * Reports how a message you delivered yourself (after canceling
   * `lbrContactSubmit`) went: `{ ok: true, status? }` shows the receipt and
   * clears the draft; `{ ok: false, status?, reason? }` keeps it queued for retry.
   */
  @Method()
  async settle(key: string, result: HostDelivery): Promise<void> {
    if (!this.hostDelivers || key !== this.box.key) return;
    const retryable = result.retryable ?? (result.ok ? undefined : result.status === undefined || isRetryableStatus(result.status));
    this.finish(key, { ok: !!result.ok, status: result.status, reason: result.reason ?? (result.ok ? undefined : 'host'), retryable });
  }

  /** Sends (or resends) the message in the form, as the send button does. */
  @Method()
  async send(): Promise<void> {
    this.submit('submit');
  }

  // --- Private ---

  private get recruiter() {
    return this.own.section('recruiter');
  }

  private get profile() {
    return this.own.section('profile');
  }

  /** The absolute URL messages go to, or undefined (mailto mode). */
  private get url(): string | undefined {
    if (typeof document === 'undefined') return undefined;
    return resolveEndpoint(this.endpoint?.trim() || this.recruiter.endpoint, document.baseURI);
  }

  private restore() {
    if (!Build.isBrowser) return;
    const draft = loadDraft();
    if (!draft) return;
    this.fields = { name: draft.name, email: draft.email, message: draft.message };
    // A message queued before a reload keeps its key: resending it is a retry, not a new message.
    if (draft.key && draft.sentAt) {
      const fields = normalize(this.fields);
      this.box = { status: 'draft', key: draft.key, attempts: 0, payload: { ...fields, sentAt: draft.sentAt, page: pageOf(location.href) } };
    }
  }

  private persist() {
    const { payload, key } = this.box;
    const queued = key && payload && this.box.status !== 'sent' && JSON.stringify(normalize(this.fields)) === JSON.stringify(normalize(payload));
    saveDraft({ ...this.fields, ...(queued ? { key, sentAt: payload!.sentAt } : {}) });
  }

  private handleInput(field: Field, value: string) {
    this.fields = { ...this.fields, [field]: value };
    this.box = edit(this.box);
    this.notice = '';
    // Once a field has shown an error, it updates as the visitor fixes it.
    if (this.errors[field]) this.errors = { ...this.errors, [field]: validateForm(this.fields)[field] };
    this.persist();
  }

  private handleOnline = () => {
    this.online = true;
    if (resendOnOnline(this.box)) this.submit('auto');
  };

  private handleOffline = () => {
    this.online = false;
  };

  /**
   * Every send goes through here: the send and retry controls, the automatic
   * retry and `online`. It validates what is in the form, so what is sent is
   * always what the visitor sees.
   */
  private submit(source: 'submit' | 'retry' | 'auto') {
    if (this.box.status === 'sending') return; // a second click while sending does nothing
    if (this.honeypot?.value) {
      // Filled by a bot: pretend it worked, send nothing, tell no one.
      this.box = { status: 'sent', attempts: 0 };
      this.clearForm();
      return;
    }
    const errors = validateForm(this.fields);
    const invalid = firstInvalid(errors);
    if (invalid) {
      if (source === 'auto') return;
      this.errors = errors;
      const count = Object.keys(errors).length;
      this.notice = `Not sent: ${count} field${count === 1 ? ' needs' : 's need'} attention.`;
      this.controls[invalid]?.focus();
      return;
    }
    this.errors = {};
    const fields = normalize(this.fields);
    const queued = this.box.status === 'failed' || this.box.status === 'waiting' || (this.box.status === 'draft' && !!this.box.key);
    const refused = refusal(this.box, Date.now(), this.openedAt, { minFillMs: this.minFillMs, minIntervalMs: this.minIntervalMs }, queued);
    if (refused) {
      if (refused.reason === 'too-fast') this.notice = `Not sent yet: please check your message, then send again in ${Math.ceil(refused.waitMs / 1000)} s.`;
      if (refused.reason === 'rate-limited') this.notice = `You sent a message a moment ago. You can send another in ${Math.ceil(refused.waitMs / 1000)} s.`;
      return;
    }
    this.notice = '';
    this.box = enqueue(this.box, fields, { now: Date.now(), page: pageOf(location.href), newKey: () => createKey() });
    this.persist();
    void this.attempt();
  }

  private async attempt() {
    this.clearRetry();
    const box = start(this.box, navigator.onLine !== false);
    this.box = box;
    const key = box.key!;
    if (box.status === 'waiting') {
      this.lbrContactFailed.emit({ key, reason: 'offline' });
      return;
    }
    if (box.status !== 'sending') return;
    const { name, email, message } = box.payload!;
    const event = this.lbrContactSubmit.emit({ name, email, message, key });
    this.hostDelivers = event.defaultPrevented;
    if (this.hostDelivers) return; // the host delivers it and reports through settle()
    const url = this.url;
    const result: DeliveryResult = url
      ? await deliver({ url, payload: box.payload!, key, timeoutMs: this.timeoutMs })
      : { ok: false, reason: 'endpoint', retryable: false };
    this.finish(key, result);
  }

  private finish(key: string, result: DeliveryResult) {
    if (this.box.key !== key || this.box.status !== 'sending') return;
    this.hostDelivers = false;
    this.box = settle(this.box, result, { now: Date.now(), online: navigator.onLine !== false });
    if (this.box.status === 'sent') {
      this.clearForm();
      this.lbrContactSent.emit({ key, status: result.status });
      return;
    }
    const failure = this.box.failure!;
    this.lbrContactFailed.emit({ key, status: failure.status, reason: failure.reason ?? 'network' });
    this.scheduleRetry();
  }

  /** The next automatic retry, if any; only while the element is on the page. */
  private scheduleRetry() {
    this.clearRetry();
    const delay = retryDelay(this.box);
    if (delay !== undefined && this.el.isConnected) this.retryTimer = setTimeout(() => this.submit('auto'), delay);
  }

  /** Empties the form and the saved draft after a delivery. */
  private clearForm() {
    this.fields = { ...EMPTY };
    // Also the controls themselves: if the text arrived and was sent before a render, the vdom still holds '' and would not touch them.
    for (const control of Object.values(this.controls)) if (control) control.value = '';
    clearDraft();
  }

  private clearRetry() {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private async copy() {
    const text = messageText(this.fields);
    try {
      await navigator.clipboard.writeText(text);
      this.notice = 'Copied your message to the clipboard.';
    } catch {
      // No clipboard permission: select the text so the visitor can copy it themselves.
      const area = this.controls.message as HTMLTextAreaElement | undefined;
      area?.focus();
      area?.select();
      this.notice = 'Could not copy automatically: the message is selected, press Ctrl+C (or ⌘C).';
    }
  }

  private statusText(): string {
    const box = this.box;
    switch (box.status) {
      case 'sending':
        return box.attempts > 1 ? `Sending… (attempt ${box.attempts})` : 'Sending…';
      case 'sent':
        return box.key ? `Delivered. Receipt ${shortKey(box.key)}${box.sentStatus ? ` (HTTP ${box.sentStatus})` : ''}.` : 'Delivered.';
      case 'waiting':
        return 'Waiting for network: your message is kept and will be sent when you are back online.';
      case 'failed': {
        const f = box.failure!;
        const why =
          f.reason === 'http' ? `the server answered HTTP ${f.status}` :
          f.reason === 'timeout' ? `no answer within ${Math.round(this.timeoutMs / 100) / 10} s` :
          f.reason === 'network' ? 'the server could not be reached' :
          f.reason === 'endpoint' ? 'the endpoint is not a usable http(s) URL' :
          f.status ? `HTTP ${f.status}` : 'delivery failed';
        const next = retryDelay(box);
        return `Not delivered: ${why}. Your message is kept${next !== undefined ? `; retrying in ${Math.round(next / 1000)} s` : ''}.`;
      }
      default:
        return this.notice || (box.key ? 'Not delivered yet: your message is kept. Send to try again.' : '');
    }
  }

  render() {
    const recruiter = this.recruiter;
    const profile = this.profile;
    const Heading = headingTag(this.headingLevel) as any;
    const url = this.url;
    const email = recruiter.email?.trim();
    const mailto = email ? safeHref(mailtoHref(email, this.fields)) : undefined;
    const sending = this.box.status === 'sending';
    const canRetry = url && (this.box.status === 'failed' || this.box.status === 'waiting');
    const status = [this.statusText(), this.box.status === 'draft' ? '' : this.notice].filter(Boolean).join(' ');
    return (
      <Host>
        <ContentErrors errors={this.own.errors} />
        <section class="panel" aria-labelledby="lbr-rp-title">
          <div class="pitch" part="pitch" ref={el => (this.pitchEl = el)}>
            <p class="eyebrow">recruiter mode</p>
            <Heading id="lbr-rp-title" class="title">Why hire me?</Heading>
            <p class="identity" part="identity">
              <span class="name">{profile.name}</span>
              {profile.title ? <span class="role">{profile.title}</span> : null}
            </p>
            {recruiter.pitch.map(text => (
              <p class="pitch-line">
                {splitHighlights(text, recruiter.highlights).map(s => (s.mark ? <span class="hl" part="highlight">{s.text}</span> : s.text))}
              </p>
            ))}
            {recruiter.links?.length || email ? (
              <ul class="links" part="links">
                {(recruiter.links ?? []).map(link => {
                  const href = safeHref(link.href);
                  return <li>{href ? <a href={href} rel="noopener noreferrer">{link.label}</a> : <span>{link.label}</span>}</li>;
                })}
                {email ? (
                  <li>
                    <a href={safeHref(mailtoAddress(email))}>{email}</a>
                  </li>
                ) : null}
              </ul>
            ) : null}
          </div>

          <div class="terminal" part="terminal">
            <div class="bar">
              <span class="lights" aria-hidden="true">
                <i></i>
                <i></i>
                <i></i>
              </span>
              <span class="bar-title">secure access terminal</span>
              <span class={{ net: true, offline: !this.online }} part="network">
                {this.online ? 'online' : 'offline'}
              </span>
            </div>
            <form class="form" part="form" aria-label="Contact" noValidate onSubmit={e => (e.preventDefault(), this.submit('submit'))}>
              <p class="banner" aria-hidden="true">
                contact --to {profile.name.split(/\s+/)[0]?.toLowerCase() || 'me'}
              </p>
              {FIELDS.map(field => this.renderField(field, sending))}
              {/* Honeypot: people never see or reach it; naive bots fill every field. */}
              <div class="hp" aria-hidden="true">
                <label htmlFor="lbr-rp-website">Website</label>
                <input id="lbr-rp-website" name="website" type="text" tabindex={-1} autocomplete="off" ref={el => (this.honeypot = el)} />
              </div>
              <div class="actions">
                {url ? (
                  <button type="submit" class="send" part="send" aria-disabled={sending ? 'true' : undefined}>
                    {sending ? 'sending…' : 'send'}
                  </button>
                ) : (
                  [
                    mailto ? (
                      <a class="button mailto" part="mailto" href={mailto}>
                        open in mail app
                      </a>
                    ) : null,
                    <button type="button" class="copy" part="copy" onClick={() => this.copy()}>
                      copy message
                    </button>,
                  ]
                )}
                {canRetry ? (
                  <button type="button" class="retry" part="retry" onClick={() => this.submit('retry')}>
                    retry now
                  </button>
                ) : null}
              </div>
              <p class={`status status-${this.box.status}`} role="status" part="status">
                {status}
              </p>
            </form>
          </div>
        </section>
      </Host>
    );
  }

  private renderField(field: Field, sending: boolean) {
    const id = `lbr-rp-${field}`;
    const error = this.errors[field];
    const describedBy = [field === 'message' ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    const common = {
      id,
      name: field,
      part: 'control',
      class: 'control',
      value: this.fields[field],
      required: true,
      readOnly: sending,
      'aria-invalid': error ? 'true' : 'false',
      'aria-describedby': describedBy,
      spellcheck: field === 'message',
      ref: (el?: HTMLInputElement | HTMLTextAreaElement) => (this.controls[field] = el),
      onInput: (e: Event) => this.handleInput(field, (e.target as HTMLInputElement).value),
    };
    return (
      <div class={{ field: true, invalid: !!error }} part="field">
        <label htmlFor={id} class="prompt">
          <span class="sigil" aria-hidden="true">
            $
          </span>{' '}
          {LABELS[field]}
          <span class="caret" aria-hidden="true"></span>
        </label>
        {field === 'message' ? (
          <textarea {...common} rows={5} maxLength={5200}></textarea>
        ) : (
          // `type` before `value` (the spread), as Stencil asks.
          <input type={field === 'email' ? 'email' : 'text'} {...common} autocomplete={field} inputMode={field === 'email' ? 'email' : undefined} maxLength={field === 'email' ? 320 : 200} />
        )}
        {field === 'message' ? (
          <p id={`${id}-hint`} class="hint">
            10–5000 characters.
          </p>
        ) : null}
        <p id={`${id}-error`} class="field-error" part="field-error">
          {error ? [<span aria-hidden="true">! </span>, error] : null}
        </p>
      </div>
    );
  }
}
