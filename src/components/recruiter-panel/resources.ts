/** Class names and ids the contact terminal renders and its e2e test reads (Calcite's resources.ts). */
export const CSS = {
  /** Each native field (input, textarea). */
  control: 'control',
  send: 'send',
  retry: 'retry',
  mailto: 'mailto',
  copy: 'copy',
} as const;

/** The id of a field's control (its label, hint and error ids start with it). */
export const fieldId = (field: string) => `lbr-rp-${field}`;
