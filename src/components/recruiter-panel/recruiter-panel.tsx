import { Build, Component, Element, Event, EventEmitter, Host, Method, Mixin, Prop, State, Watch, h } from '@stencil/core';
import { Motion } from '../../utils/motion';
import { ContentErrorDetail, ContentErrors, OwnContent } from '../../utils/content';
import { sectionProps } from '../../utils/section-props';
import { safeHref } from '../../data/links';
import type { ContactFailedDetail, ContactSentDetail, ContactSubmitDetail, HostDelivery } from './interfaces';
import { deliver, endpointIssues, mailtoHref, messageText, pageOf, resolveEndpoint } from './delivery';
import { pageDrafts } from './draft-store';
import { Pitch } from './pitch';
import { Actions, ContactField, Honeypot, TerminalBar } from './form-parts';
import { NOTICES, heldNotice, invalidNotice, refusalNotice, statusLine } from './messages';
import { ContactFields, DeliveryResult, Outbox, createKey, edit, enqueue, initialOutbox, refusal, resendOnOnline, retryDelay, settle, start } from './outbox';
import { draftFor, honeypotVerdict, hostResult, isAutofilled, isResend, offersFallback, resendOnLoad, restoreBox } from './queue';
import { FIELDS, Field, FormErrors, firstInvalid, normalize, validateForm } from './validate-form';
import { demoChrome, innerLevel, SectionIntro, sectionChrome } from '../../utils/section-intro';
import { headingTag } from '../../utils/heading';

const EMPTY: ContactFields = { name: '', email: '', message: '' };

/**
 * "Why hire me?": the pitch with its highlighted phrases, links, and a
 * terminal-styled contact form (the "secure access terminal") that never loses
 * a message. It POSTs `{ name, email, message, sentAt, page }` as JSON with an
 * `Idempotency-Key` header to `endpoint` (or `recruiter.endpoint`), keeps the
 * draft in localStorage (in memory when storage is unavailable), queues the
 * message on errors, timeouts and offline, and retries with the same key, also
 * after a reload. Without an endpoint, and whenever a delivery fails, it
 * offers a prefilled `mailto:` link and copy to clipboard.
 *
 * Section key `recruiter` (its own `content`: `recruiter`, `profile` and `sections.recruiter`). The
 * demo's chrome: eyebrow "recruiter mode", heading "Why hire me?".
 *
 * @part pitch - The pitch column (heading, identity, pitch, links).
 * @part intro - Eyebrow, heading, tagline and lead at the top of the pitch (see the chrome props).
 * @part eyebrow - The small line above the heading.
 * @part heading - The section heading.
 * @part tagline - The strong line under the heading.
 * @part lead - The short text under the heading.
 * @part identity - The profile's name and title.
 * @part highlight - A highlighted phrase in the pitch.
 * @part links - The list of links.
 * @part terminal - The contact terminal panel.
 * @part network - The online / offline indicator in the terminal bar.
 * @part form - The contact form.
 * @part form-title - The form's heading, "Contact".
 * @part field - One labelled field (prompt, control, message).
 * @part control - A native input or textarea.
 * @part field-error - A field's validation message.
 * @part send - The send button.
 * @part retry - The retry button (failed / waiting for network).
 * @part mailto - The prefilled mailto link (no endpoint, or the delivery failed).
 * @part copy - The copy-to-clipboard button (no endpoint, or the delivery failed).
 * @part status - The delivery status line (role=status), with the receipt after a delivery.
 * @part error - The panel that lists refused content.
 */
@Component({ tag: 'lbr-recruiter-panel', styleUrl: 'recruiter-panel.css', shadow: true })
export class LbrRecruiterPanel extends Mixin(sectionProps) {
  @Element() el!: HTMLElement;

  // --- Properties ---

  /** Where to POST messages (absolute, or relative to the page); overrides `recruiter.endpoint`. Without one the form offers mailto and copy. */
  @Prop() endpoint?: string;

  /** Give up on one delivery attempt after this many milliseconds (the message stays queued); also how long a host that canceled `lbrContactSubmit` has to call `settle()`. */
  @Prop() timeoutMs = 10000;

  /** Minimum time (ms) from the form appearing to a send; faster submits are refused as automated. Set 0 in tests. */
  @Prop() minFillMs = 3000;

  /** One delivered message per this many milliseconds (retries of a queued message are not limited). */
  @Prop() minIntervalMs = 30000;

  @State() fields: ContactFields = { ...EMPTY };
  @State() errors: FormErrors = {};
  @State() box: Outbox = initialOutbox();
  @State() online = true;
  /** A one-off note in the status line (refused send, copy result, how many fields to fix). */
  @State() notice = '';
  /** The honeypot held the message back: mailto and copy are offered. */
  @State() held = false;
  /** Storage refused the draft: it lives in memory only, and the form says so. */
  @State() volatileDraft = false;

  // --- Events ---

  /** A message is about to be delivered (every attempt, same key). Cancelable: call `preventDefault()` to deliver it yourself, then report with `settle()`. */
  @Event({ bubbles: true, composed: true, cancelable: true }) lbrContactSubmit!: EventEmitter<ContactSubmitDetail>;

  /** The message was delivered (2xx, or the host reported success). */
  @Event({ bubbles: true, composed: true }) lbrContactSent!: EventEmitter<ContactSentDetail>;

  /** A delivery attempt failed or is waiting for the network; the message stays queued. */
  @Event({ bubbles: true, composed: true }) lbrContactFailed!: EventEmitter<ContactFailedDetail>;

  /** The element's own `content` was refused. */
  @Event({ bubbles: true, composed: true }) lbrContentError!: EventEmitter<ContentErrorDetail>;

  private own = new OwnContent(['recruiter', 'profile'], demoChrome('recruiter'));
  private openedAt = Date.now();
  private retryTimer?: ReturnType<typeof setTimeout>;
  /** The key the host was last asked to deliver (lbrContactSubmit was canceled); its settle() is awaited. */
  private hostKey?: string;
  private hostTimer?: ReturnType<typeof setTimeout>;
  private honeypot?: HTMLInputElement;
  private controls: Partial<Record<Field, HTMLInputElement | HTMLTextAreaElement>> = {};
  /** Only for `data-lbr-motion` on the host (the CSS's reduced-motion switch): the panel runs no loop. */
  private motion?: Motion;

  // --- Lifecycle ---

  connectedCallback() {
    (this.motion ??= new Motion(this.el)).connect();
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
    this.endpointChanged();
    this.restore();
  }

  /** A set but unusable `endpoint` is refused like content: shown, and sent as `lbrContentError`; the form offers mail and copy. */
  @Watch('endpoint')
  protected endpointChanged() {
    if (this.endpointErrors.length) this.lbrContentError.emit({ source: 'endpoint', errors: this.endpointErrors });
  }

  componentDidLoad() {
    this.openedAt = Date.now();
    // Queued before a reload (or before this element was re-added): it was already sent once, so it goes again on its own.
    if (Build.isBrowser && resendOnLoad(this.box)) this.submit('auto');
  }

  disconnectedCallback() {
    if (Build.isBrowser) {
      window.removeEventListener('online', this.handleOnline);
      window.removeEventListener('offline', this.handleOffline);
    }
    clearTimeout(this.retryTimer);
    this.motion?.disconnect();
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
   * Without a report within `timeout-ms` the attempt counts as timed out.
   * @param key The `key` of the `lbrContactSubmit` event (the message's idempotency key).
   * @param result How the delivery went.
   */
  @Method()
  async settle(key: string, result: HostDelivery): Promise<void> {
    if (key === this.hostKey) this.finish(key, hostResult(result));
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
    return typeof document === 'undefined' ? undefined : resolveEndpoint(this.endpoint?.trim() || this.recruiter.endpoint, document.baseURI);
  }

  private get endpointErrors() {
    return typeof document === 'undefined' ? [] : endpointIssues(this.endpoint, document.baseURI);
  }

  private get email() {
    return this.recruiter.email?.trim();
  }

  private restore() {
    if (!Build.isBrowser) return;
    const draft = pageDrafts.load();
    this.volatileDraft = !pageDrafts.durable;
    if (!draft) return;
    this.fields = { name: draft.name, email: draft.email, message: draft.message };
    this.box = restoreBox(draft, pageOf(location.href));
  }

  private persist() {
    this.volatileDraft = !pageDrafts.save(draftFor(this.fields, this.box));
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

  private handleOffline = () => (this.online = false);

  /**
   * Every send goes through here: the send and retry controls, the automatic
   * retry and `online`. It validates what is in the form, so what is sent is
   * always what the visitor sees.
   */
  private submit(source: 'submit' | 'retry' | 'auto') {
    if (this.box.status === 'sending') return; // a second click while sending does nothing
    if (honeypotVerdict(!!this.honeypot?.value, isAutofilled(this.honeypot)) === 'hold') {
      // Perhaps a bot, perhaps a form-filling extension: keep the text, send nothing, offer mailto and copy.
      this.held = true;
      this.notice = heldNotice(!!this.email);
      return;
    }
    const errors = validateForm(this.fields);
    const invalid = firstInvalid(errors);
    if (invalid) {
      if (source === 'auto') return;
      this.errors = errors;
      this.notice = invalidNotice(Object.keys(errors).length);
      this.controls[invalid]?.focus();
      return;
    }
    this.errors = {};
    const refused = refusal(this.box, Date.now(), this.openedAt, { minFillMs: this.minFillMs, minIntervalMs: this.minIntervalMs }, isResend(this.box, this.fields));
    if (refused) {
      this.notice = refusalNotice(refused);
      return;
    }
    this.notice = '';
    this.box = enqueue(this.box, normalize(this.fields), { now: Date.now(), page: pageOf(location.href), newKey: () => createKey() });
    this.persist();
    void this.attempt();
  }

  private async attempt() {
    clearTimeout(this.retryTimer);
    const box = start(this.box, navigator.onLine !== false);
    this.box = box;
    const key = box.key!;
    if (box.status === 'waiting') return void this.lbrContactFailed.emit({ key, reason: 'offline' });
    if (box.status !== 'sending') return;
    const { name, email, message } = box.payload!;
    const event = this.lbrContactSubmit.emit({ name, email, message, key });
    if (event.defaultPrevented) {
      // The host delivers it and reports through settle(); one that never does times out like a request.
      this.hostKey = key;
      this.hostTimer = setTimeout(() => this.finish(key, { ok: false, reason: 'timeout', retryable: true }), this.timeoutMs);
      return;
    }
    const url = this.url;
    this.finish(key, url ? await deliver({ url, payload: box.payload!, key, timeoutMs: this.timeoutMs }) : { ok: false, reason: 'endpoint', retryable: false });
  }

  private finish(key: string, result: DeliveryResult) {
    // A host's success that arrives after its attempt timed out still delivers the queued message.
    const late = result.ok && isResend(this.box, this.fields);
    if (this.box.key !== key || (this.box.status !== 'sending' && !late)) return;
    clearTimeout(this.hostTimer);
    this.box = settle({ ...this.box, status: 'sending' }, result, { now: Date.now(), online: navigator.onLine !== false });
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
    clearTimeout(this.retryTimer);
    const delay = retryDelay(this.box);
    if (delay !== undefined && this.el.isConnected) this.retryTimer = setTimeout(() => this.submit('auto'), delay);
  }

  /** Empties the form and the saved draft after a delivery. */
  private clearForm() {
    this.fields = { ...EMPTY };
    // Also the controls themselves: if the text arrived and was sent before a render, the vdom still holds '' and would not touch them.
    for (const control of Object.values(this.controls)) if (control) control.value = '';
    this.held = false;
    pageDrafts.clear();
  }

  private async copy() {
    // Loaded on the first copy: most visitors send, or never open the fallback.
    const { copyText } = await import('../../utils/clipboard');
    const copied = await copyText(messageText(this.fields), this.el.shadowRoot!);
    // Not copied: select the message so the visitor can copy it by hand.
    if (!copied) {
      this.controls.message?.focus();
      this.controls.message?.select();
    }
    this.notice = copied ? NOTICES.copied : NOTICES.copyManual;
  }

  render() {
    const recruiter = this.recruiter;
    const profile = this.profile;
    const chrome = sectionChrome('recruiter', this, this.own.doc);
    const url = this.url;
    const email = this.email;
    const mailto = email ? safeHref(mailtoHref(email, this.fields)) : undefined;
    const sending = this.box.status === 'sending';
    const canRetry = url && (this.box.status === 'failed' || this.box.status === 'waiting');
    const fallback = offersFallback(this.box, !!url, this.held);
    const storageNote = this.volatileDraft && FIELDS.some(f => this.fields[f].trim());
    const status = statusLine(this.box, { timeoutMs: this.timeoutMs, notice: this.notice, email: !!mailto, endpoint: !!url });
    const FormTitle = headingTag(innerLevel(this.headingLevel, chrome)) as any;
    return (
      <Host>
        <ContentErrors errors={this.own.errors} />
        <ContentErrors errors={this.endpointErrors} source="endpoint" note="messages go by mail or copy instead" />
        <section class="panel" aria-labelledby={chrome.heading ? 'lbr-rp-title' : undefined} aria-label={chrome.heading ? undefined : 'Contact'}>
          <div class="pitch" part="pitch">
            <SectionIntro chrome={chrome} level={this.headingLevel} headingId="lbr-rp-title" />
            <Pitch profile={profile} recruiter={recruiter} email={email} />
          </div>

          <div class="terminal" part="terminal">
            <TerminalBar online={this.online} />
            <form class="form" part="form" aria-labelledby="lbr-rp-contact" noValidate onSubmit={e => (e.preventDefault(), this.submit('submit'))}>
              <FormTitle class="form-title" id="lbr-rp-contact" part="form-title">
                Contact
              </FormTitle>
              <p class="banner" aria-hidden="true">
                contact --to {profile.name.split(/\s+/)[0]?.toLowerCase() || 'me'}
              </p>
              {FIELDS.map(field => (
                <ContactField
                  field={field}
                  value={this.fields[field]}
                  error={this.errors[field]}
                  sending={sending}
                  describedBy={field === 'message' && storageNote ? 'lbr-rp-storage' : undefined}
                  control={el => (this.controls[field] = el)}
                  onValue={value => this.handleInput(field, value)}
                />
              ))}
              <Honeypot input={el => (this.honeypot = el)} />
              {storageNote ? <p id="lbr-rp-storage" class="hint storage">{NOTICES.storage}</p> : null}
              <Actions
                send={!!url}
                sending={sending}
                onRetry={canRetry ? () => this.submit('retry') : undefined}
                mailto={fallback ? mailto : undefined}
                onCopy={fallback ? () => this.copy() : undefined}
              />
              <p class={`status status-${this.box.status}`} role="status" part="status">
                {status}
              </p>
            </form>
          </div>
        </section>
      </Host>
    );
  }
}
