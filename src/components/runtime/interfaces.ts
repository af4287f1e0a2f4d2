/** Event details of lbr-runtime (exported from the package entry). */

/** `lbrContentLoad` detail: what was accepted into the store. */
export interface ContentLoadDetail {
  /** The accepted sources joined by a space. */
  source: string;
  /** Each accepted source: a URL, or `#id` (else `inline`, `inline[n]`) for an inline script. */
  sources: string[];
}
