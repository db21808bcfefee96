import type { Core } from 'cytoscape';
import type { VisibleGraph } from '../model/graph-model.js';
import type { ViewStore } from '../state.js';
import type { LayoutRunner } from './layout-runner.js';
import { placeFresh } from './placement.js';
import type { Positions } from './positions.js';
import { elementsFor, flash, syncPathFade, syncPins, syncSelection } from './view-sync.js';
import { BIG, fit, hideWhileMoving } from './viewport.js';

const CHUNK = 1000;

/**
 * Draws the loader's visible graph as a diff against the canvas: kept elements are updated in
 * place and keep their positions, so expanding a node does not reshuffle the picture.
 */
export class Renderer {
  private lastGraph: VisibleGraph = { nodes: [], edges: [], filteredOut: 0 };
  /** Bumped per render: chunks of a superseded render stop adding. */
  private token = 0;
  private fitNext = false;

  constructor(
    private readonly cy: Core,
    private readonly store: ViewStore,
    private readonly positions: Positions,
    private readonly layout: LayoutRunner,
  ) {}

  /** A tour step replaces what is shown: the next render frames all of it once it is drawn. */
  fitAfterNextRender(): void {
    this.fitNext = true;
  }

  /** Analytics changed: same graph, new sizes and colours. */
  rerender(): void {
    this.render(this.lastGraph);
  }

  render(graph: VisibleGraph): void {
    const { cy, positions } = this;
    this.lastGraph = graph;
    const token = ++this.token;
    const defs = elementsFor(this.store.get(), graph);
    positions.remember();
    const wanted = new Set(defs.map((d) => d.data.id!));
    const wasEmpty = cy.nodes().length === 0;
    cy.batch(() => {
      cy.elements()
        .filter((el) => !wanted.has(el.id()))
        .remove();
      for (const d of defs) {
        const el = cy.getElementById(d.data.id!);
        if (el.nonempty()) {
          el.data(d.data);
          el.classes(d.classes ?? '');
        }
      }
    });
    const fresh = defs.filter((d) => cy.getElementById(d.data.id!).empty());
    const freshNodes = fresh.filter((d) => d.group === 'nodes');
    const { unplaced, restored } = placeFresh(cy, positions, freshNodes);
    hideWhileMoving(cy, wanted.size > BIG);
    // Nodes placed before (or by the URL) keep their place: an empty canvas is laid out only when
    // some of its nodes have none.
    const needsLayout =
      unplaced.length > 0 && (wasEmpty || (unplaced.length > 10 && unplaced.length > 0.5 * graph.nodes.length));
    // Progressive loading: nodes first, then edges, in chunks, one animation frame each.
    const ordered = [...freshNodes, ...fresh.filter((d) => d.group === 'edges')];
    const finish = () => {
      const view = this.store.get();
      syncPins(cy, view);
      syncSelection(cy, view, false);
      syncPathFade(cy, view);
      if (needsLayout) this.layout.run(true);
      else if (this.fitNext || restored) fit(cy);
      else if (unplaced.length > 0) flash(cy, unplaced);
      this.fitNext = false;
      positions.remember();
      positions.publish();
    };
    const addChunk = (start: number) => {
      if (token !== this.token) return;
      const slice = ordered.slice(start, start + CHUNK);
      cy.batch(() => {
        cy.add(slice.filter((d) => d.group === 'nodes'));
        // An edge whose endpoint is not there (render superseded) is skipped, never thrown.
        const has = (id: unknown) => cy.getElementById(String(id)).nonempty();
        cy.add(slice.filter((d) => d.group === 'edges' && has(d.data.source) && has(d.data.target)));
      });
      if (start + CHUNK < ordered.length) requestAnimationFrame(() => addChunk(start + CHUNK));
      else finish();
    };
    if (ordered.length === 0) finish();
    else addChunk(0);
  }
}
