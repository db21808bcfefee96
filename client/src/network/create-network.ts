import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { VisibleGraph } from '../model/graph-model.js';
import type { ViewChange, ViewStore } from '../state.js';
import { installPointer } from './events.js';
import { png, svg } from './export.js';
import { installKeyboard } from './keyboard.js';
import { LayoutRunner } from './layout-runner.js';
import { Positions } from './positions.js';
import { Renderer } from './render.js';
import { chooseRenderer, type RendererName } from './renderer-choice.js';
import { stylesheet } from './stylesheet.js';
import { installTestHook } from './test-hook.js';
import { syncPins, syncSelection } from './view-sync.js';
import { fit, refitAfterShown, zoom } from './viewport.js';

cytoscape.use(fcose);

export interface Network {
  /** Replaces what the canvas shows with `graph` (diffed: kept nodes keep their positions). */
  render(graph: VisibleGraph): void;
  relayout(): void;
  fit(): void;
  zoom(factor: number): void;
  png(): Promise<Blob>;
  svg(): string;
  /** Layout actually used (fcose falls back to concentric on big graphs). */
  readonly layoutUsed: string;
  readonly renderer: RendererName;
  destroy(): void;
}

/**
 * The only module the rest of the client sees of Cytoscape: it builds the core and wires the
 * parts that draw (render, layout, viewport), listen (events, keyboard) and export, to the store.
 */
export function createNetwork(
  container: HTMLElement,
  store: ViewStore,
  options: { onLayout?: (name: string) => void } = {},
): Network {
  // WebGL on a real GPU, canvas where WebGL is missing or software (renderer-choice.ts).
  const { renderer: rendererName } = chooseRenderer();
  // Read by the browser tests and visible in the page's inspector: which renderer draws the graph.
  container.dataset.renderer = rendererName;
  const cy = cytoscape({
    container,
    style: stylesheet(),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    renderer: rendererName === 'webgl' ? { name: 'canvas', webgl: true } : { name: 'canvas' },
  } as cytoscape.CytoscapeOptions);
  const positions = new Positions(cy, store);
  const layout = new LayoutRunner(cy, store, positions, options.onLayout);
  const renderer = new Renderer(cy, store, positions, layout);

  store.subscribe((view, changed: ReadonlySet<ViewChange>) => {
    if (changed.has('tour') && view.tour) renderer.fitAfterNextRender();
    if (changed.has('selected')) syncSelection(cy, view, true);
    if (changed.has('pinned')) syncPins(cy, view);
    if (changed.has('layout')) layout.run(true);
    if (changed.has('sizeBy') || changed.has('colorBy')) renderer.rerender();
    if (changed.has('mode') && view.mode === 'graph') refitAfterShown(cy);
  });
  new ResizeObserver(() => cy.resize()).observe(container);
  installPointer(cy, store, positions);
  installKeyboard(container, cy, store);
  installTestHook(cy, container);

  return {
    render: (graph) => renderer.render(graph),
    relayout: () => layout.run(true),
    fit: () => fit(cy),
    zoom: (factor) => zoom(cy, factor),
    png: () => png(cy),
    svg: () => svg(cy),
    get layoutUsed() {
      return layout.used;
    },
    renderer: rendererName,
    destroy: () => cy.destroy(),
  };
}
