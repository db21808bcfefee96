import type { Core, ElementDefinition } from 'cytoscape';
import { computeMetrics } from '../model/analytics.js';
import type { VisibleGraph } from '../model/graph-model.js';
import type { ViewState } from '../state.js';
import { toElements } from './to-elements.js';
import { centreIfAtEdge, reveal } from './viewport.js';

/*
 * The view's choices drawn on elements: sizes and colours from analytics, the selection, pins and
 * the path. Element data and classes carry them, so the stylesheet stays one.
 */

/** Element definitions for `graph`, with the metrics the view's size and colour need (only those: betweenness is slow). */
export function elementsFor(view: ViewState, graph: VisibleGraph): ElementDefinition[] {
  const needs = view.sizeBy !== 'none' || view.colorBy === 'community';
  const metrics = needs
    ? computeMetrics(
        graph.nodes.map((n) => n.entity.id),
        graph.edges,
        { betweenness: view.sizeBy === 'betweenness', communities: view.colorBy === 'community' },
      )
    : undefined;
  return toElements(graph, { metrics, sizeBy: view.sizeBy, colorBy: view.colorBy, selected: view.selected });
}

export function syncPins(cy: Core, view: ViewState): void {
  cy.nodes().forEach((n) => {
    if (view.pinned.includes(n.id())) n.lock();
    else n.unlock();
  });
}

/** `center`: the user picked it elsewhere (search, details, keys), so it should be in sight. */
export function syncSelection(cy: Core, view: ViewState, center: boolean): void {
  cy.batch(() => {
    cy.$(':selected')
      .filter((el) => el.id() !== view.selected)
      .unselect();
    if (view.selected) {
      const el = cy.getElementById(view.selected);
      if (el.nonempty() && !el.selected()) el.select();
      if (center && el.nonempty()) centreIfAtEdge(cy, el);
    }
  });
}

export function syncPathFade(cy: Core, view: ViewState): void {
  cy.batch(() => {
    const onPath = cy.elements('.path');
    cy.elements().removeClass('faded');
    if (view.path && onPath.nonempty()) cy.elements().difference(onPath).addClass('faded');
  });
}

/** Marks newcomers for a moment and brings them into view, so the user sees what a gesture added. */
export function flash(cy: Core, ids: string[]): void {
  const wanted = new Set(ids);
  const els = cy.nodes().filter((n) => wanted.has(n.id()));
  els.addClass('new');
  setTimeout(() => els.removeClass('new'), 1200);
  reveal(cy, els);
}
