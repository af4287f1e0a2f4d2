/** Event details of lbr-incident-report (exported from the package entry). */

/** `lbrIncidentSelect` detail: the incident the user chose. */
export interface IncidentSelectDetail {
  id: string;
}
