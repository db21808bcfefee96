/*
 * The shape of `window.__atlasTestHook`, shared with tests/support/browser-canvas.ts. No DOM or
 * Cytoscape types here: the Node-side tests compile this file too.
 */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One node as drawn. Page coordinates are CSS pixels from the viewport's top left. */
export interface DrawnNode {
  id: string;
  color: string;
  classes: string[];
  visible: boolean;
  /** Graph coordinates (what the URL keeps). */
  model: { x: number; y: number };
  /** Page coordinates of the node's centre. */
  page: { x: number; y: number };
  /** The node's body without its label, in graph coordinates. */
  body: Box;
  /** The label's box, in page coordinates. */
  label: Box;
}

/** One edge as drawn: its data's status and grade, its classes, and the style that draws it. */
export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  classes: string[];
  status: string;
  grade: string;
  visible: boolean;
  /** Computed style: line-style, opacity, the arrowhead's colour. */
  style: { lineStyle: string; opacity: number; arrowColor: string };
}

export interface AtlasTestHook {
  /** A snapshot of what the canvas draws now, read-only. */
  nodes(): DrawnNode[];
  edges(): DrawnEdge[];
}

export const TEST_HOOK_GLOBAL = '__atlasTestHook';
