/** Class names the map renders and its e2e test reads (Calcite's resources.ts). */
export const CSS = {
  /** The canvas's frame (role=application). */
  map: 'map',
  inspector: 'inspector',
  /** The inspected service's name, in the inspector. */
  name: 'name',
  /** The replay's hop caption (role=status). */
  hop: 'hop',
  /** The live health line (`health-src`). */
  live: 'live',
  legend: 'legend',
  swatch: 'swatch',
  /** The visually hidden list that mirrors the canvas. */
  services: 'services',
} as const;
