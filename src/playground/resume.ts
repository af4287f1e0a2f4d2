/**
 * JSON Resume in the playground: the one place that calls the kit's mapping
 * (`isJsonResume` / `fromJsonResume` in src/data/json-resume.ts). It is
 * imported through `lbr:json-resume`, which scripts/build-playground.mjs
 * resolves to that file, or to a module without the two functions while this
 * kit build has no mapping yet (a resume then goes to the validator as it is).
 */
import { fromJsonResume, isJsonResume } from 'lbr:json-resume';
import type { ContentDocument } from '../data/types';

/** True for a JSON Resume this kit build can convert. */
export function isResume(doc: unknown): boolean {
  return !!(isJsonResume && fromJsonResume && isJsonResume(doc));
}

/** The kit's document for a JSON Resume (the kit keys it also holds are kept); call only when isResume(doc). */
export function convertResume(doc: unknown): ContentDocument {
  return fromJsonResume!(doc);
}
