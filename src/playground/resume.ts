/**
 * JSON Resume in the playground: the one place that calls the kit's mapping
 * (`isJsonResume` / `fromJsonResume` in src/data/json-resume.ts). It is
 * imported through `lbr:json-resume`, which scripts/build-playground.mjs
 * resolves to that file, or to a module without the two functions while this
 * kit build has no mapping yet (a resume then goes to the validator as it is).
 */
import { fromJsonResume, isJsonResume } from 'lbr:json-resume';
import type { ContentDocument } from '../data/types';

/** A parsed document as the kit's own: a JSON Resume converted, anything else unchanged (null). */
export function convertResume(doc: unknown): ContentDocument | null {
  if (!isJsonResume || !fromJsonResume || !isJsonResume(doc)) return null;
  return fromJsonResume(doc);
}
