/** Event details and the public layout of lbr-topology-map (exported from the package entry). */
import type { NodeHealth } from './health-rule';

/** `lbrServiceSelect` detail. */
export interface ServiceSelectDetail {
  service: { id: string; name: string; layer: string; role: string };
}

/** `lbrRequestHop` detail. */
export interface RequestHopDetail {
  index: number;
  total: number;
  service: { id: string; name: string };
}

/** `lbrRequestComplete` detail. */
export interface RequestCompleteDetail {
  path: string[];
}

/** One service in `layout()`: CSS px relative to the canvas, as last drawn. */
export interface TopologyNode {
  id: string;
  name: string;
  /** Layer id. */
  layer: string;
  /** Centre of the node. */
  x: number;
  y: number;
  /** Drawn radius: the shape plus any ring around it (health, selection, hop, focus). */
  radius: number;
  health: NodeHealth;
  /** The drawn label's box, or null when the label is not drawn this frame. */
  label: { x: number; y: number; width: number; height: number } | null;
}

/** `layout()` result: the canvas size and every node, as last drawn. */
export interface TopologyLayout {
  width: number;
  height: number;
  nodes: TopologyNode[];
}
