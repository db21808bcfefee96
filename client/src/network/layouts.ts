import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../state.js';

/** Above this many nodes fcose takes seconds; a fast layout stands in (known-traps.md). */
export const FCOSE_MAX_NODES = 1200;

/** Named option bags, as Cytoscape documents them; `animate` is off for big graphs. */
export function layoutOptions(name: LayoutName, nodeCount: number, focus: string | null): LayoutOptions {
  const animate = nodeCount < 300;
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        quality: nodeCount > 400 ? 'draft' : 'default', // draft skips the spectral polish on big graphs
        randomize: true,
        animate: false, // fcose's end-animation can stall under a busy main thread; jump instead
        nodeRepulsion: () => 14000, // px², keeps labels apart
        idealEdgeLength: () => 120, // px
        nodeSeparation: 80,
        packComponents: true,
        fit: true,
        padding: 30,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        animate,
        fit: true,
        padding: 30,
        minNodeSpacing: 24, // px between rings' nodes
        avoidOverlap: true,
        // The focus in the middle, then by degree.
        concentric: (node: { id(): string; degree(b: boolean): number }) =>
          node.id() === focus ? 1e6 : node.degree(false),
        levelWidth: () => 2,
      };
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        animate,
        fit: true,
        padding: 30,
        directed: false,
        spacingFactor: 1.1,
        avoidOverlap: true,
        roots: focus ? [focus] : undefined,
      };
    case 'grid':
      return { name: 'grid', animate, fit: true, padding: 30, avoidOverlap: true, avoidOverlapPadding: 12 };
  }
}

/** The layout actually run: fcose falls back to concentric on big graphs. */
export function effectiveLayout(name: LayoutName, nodeCount: number): LayoutName {
  return name === 'fcose' && nodeCount > FCOSE_MAX_NODES ? 'concentric' : name;
}
