/**
 * Contact form rules. Messages say what to do, not just what is wrong, and are
 * shown next to their field (aria-describedby) as well as counted in the status.
 */
import type { ContactFields } from './outbox';

export type Field = keyof ContactFields;

/** Field order: the first invalid one (in this order) gets focus on submit. */
export const FIELDS: readonly Field[] = ['name', 'email', 'message'];

export const LIMITS = {
  name: 100,
  email: 254,
  messageMin: 10,
  message: 5000,
};

/** Deliberately loose: one @, something before, a dot in the domain, no spaces. The receiver is the real judge. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type FormErrors = Partial<Record<Field, string>>;

export function validateField(field: Field, raw: string): string | undefined {
  const value = raw.trim();
  switch (field) {
    case 'name':
      if (!value) return 'Enter your name.';
      if (value.length > LIMITS.name) return `Keep your name under ${LIMITS.name} characters.`;
      return undefined;
    case 'email':
      if (!value) return 'Enter your email address, so I can reply.';
      if (value.length > LIMITS.email || !EMAIL.test(value)) return 'Enter an email address like name@example.com.';
      return undefined;
    case 'message':
      if (!value) return 'Write a message.';
      if (value.length < LIMITS.messageMin) return `Write at least ${LIMITS.messageMin} characters.`;
      if (value.length > LIMITS.message) return `Keep the message under ${LIMITS.message} characters (now ${value.length}).`;
      return undefined;
  }
}

/** Every field's error; an empty object when the form is valid. */
export function validateForm(fields: ContactFields): FormErrors {
  const errors: FormErrors = {};
  for (const field of FIELDS) {
    const error = validateField(field, fields[field]);
    if (error) errors[field] = error;
  }
  return errors;
}

/** The first invalid field in form order. */
export const firstInvalid = (errors: FormErrors): Field | undefined => FIELDS.find(f => errors[f]);

/** Trimmed values, as they are sent. */
export const normalize = (fields: ContactFields): ContactFields => ({
  name: fields.name.trim(),
  email: fields.email.trim(),
  message: fields.message.trim(),
});
