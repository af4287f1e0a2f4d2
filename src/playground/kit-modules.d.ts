/** See resume.ts: the kit's JSON Resume mapping, when this build of the kit has it. */
declare module 'lbr:json-resume' {
  import type { ContentDocument } from '../data/types';
  export const isJsonResume: ((doc: unknown) => boolean) | undefined;
  export const fromJsonResume: ((doc: unknown) => ContentDocument) | undefined;
}
