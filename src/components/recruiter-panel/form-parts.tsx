/**
 * The contact form's markup pieces, as functional components: the element
 * (recruiter-panel.tsx) owns the state and passes in what each shows.
 */
import { FunctionalComponent, h } from '@stencil/core';
import { LABELS } from './messages';
import type { Field } from './validate-form';
import { CSS, fieldId } from './resources';

/** The terminal's title bar: three lights, the title, the online / offline indicator. */
export const TerminalBar: FunctionalComponent<{ online: boolean }> = ({ online }) => (
  <div class="bar">
    <span class="lights" aria-hidden="true">
      <i></i>
      <i></i>
      <i></i>
    </span>
    <span class="bar-title">secure access terminal</span>
    <span class={{ net: true, offline: !online }} part="network">
      {online ? 'online' : 'offline'}
    </span>
  </div>
);

/** Honeypot: people never see or reach it (off screen, aria-hidden, out of the tab order); naive bots fill every field. */
export const Honeypot: FunctionalComponent<{ input: (el?: HTMLInputElement) => void }> = ({ input }) => (
  <div class="hp" aria-hidden="true">
    <label htmlFor="lbr-rp-website">Website</label>
    <input id="lbr-rp-website" name="website" type="text" tabindex={-1} autocomplete="off" ref={input} />
  </div>
);

export interface ActionsProps {
  /** The form posts to an endpoint: show the send button. */
  send: boolean;
  sending: boolean;
  /** Show "retry now" (a failed or waiting delivery). */
  onRetry?: () => void;
  /** The prefilled mailto link, when it is offered and there is an address. */
  mailto?: string;
  /** Show "copy message". */
  onCopy?: () => void;
}

/** send, retry now, open in mail app, copy message: whichever apply. */
export const Actions: FunctionalComponent<ActionsProps> = ({ send, sending, onRetry, mailto, onCopy }) => (
  <div class="actions">
    {send ? (
      <button type="submit" class={CSS.send} part="send" aria-disabled={sending ? 'true' : undefined}>
        {sending ? 'sending…' : 'send'}
      </button>
    ) : null}
    {onRetry ? (
      <button type="button" class={CSS.retry} part="retry" onClick={onRetry}>
        retry now
      </button>
    ) : null}
    {mailto ? (
      <a class={`button ${CSS.mailto}`} part="mailto" href={mailto}>
        open in mail app
      </a>
    ) : null}
    {onCopy ? (
      <button type="button" class={CSS.copy} part="copy" onClick={onCopy}>
        copy message
      </button>
    ) : null}
  </div>
);

export interface ContactFieldProps {
  field: Field;
  value: string;
  /** The field's validation message, if any. */
  error?: string;
  /** Read-only while a message is sending. */
  sending: boolean;
  /** Ids of more text that describes the control (e.g. the storage note). */
  describedBy?: string;
  control: (el?: HTMLInputElement | HTMLTextAreaElement) => void;
  onValue: (value: string) => void;
}

/** One terminal-style field: `$ name` prompt, the native control, its hint and its error (tied by aria-describedby). */
export const ContactField: FunctionalComponent<ContactFieldProps> = ({ field, value, error, sending, describedBy, control, onValue }) => {
  const id = fieldId(field);
  const describers = [field === 'message' ? `${id}-hint` : '', error ? `${id}-error` : '', describedBy ?? ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field,
    part: 'control',
    class: CSS.control,
    value,
    required: true,
    readOnly: sending,
    'aria-invalid': error ? 'true' : 'false',
    'aria-describedby': describers,
    spellcheck: field === 'message',
    ref: control,
    onInput: (e: Event) => onValue((e.target as HTMLInputElement).value),
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
};
