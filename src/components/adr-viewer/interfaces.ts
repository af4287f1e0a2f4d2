/** Event details of lbr-adr-viewer (exported from the package entry). */

/** `lbrAdrSelect` detail: the record the user chose. */
export interface AdrSelectDetail {
  id: string;
}
