/** Class names the module cards render and their e2e test reads (Calcite's resources.ts). */
export const CSS = {
  /** A card's pipeline row box (clips the focus ring's overhang). */
  flow: 'flow',
  /** The `<ol>` of stages. */
  pipeline: 'pipeline',
  stage: 'stage',
  /** The arrow before every stage but the first. */
  arrow: 'arrow',
  /** Names the stage under the pointer or focus. */
  caption: 'caption',
} as const;
