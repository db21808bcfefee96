import type { Core, NodeCollection, SingularElementArgument } from 'cytoscape';

/** Above this many elements edges and labels hide while panning, and additions are chunked. */
export const BIG = 1500;

export function fit(cy: Core): void {
  cy.animate({ fit: { eles: cy.elements(), padding: 30 }, duration: 250 });
}

/** Zooms about the middle of the canvas, as the toolbar's and the keyboard's +/− expect. */
export function zoom(cy: Core, factor: number): void {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Frames everything again after the canvas was hidden (list view): its size was zero meanwhile. */
export function refitAfterShown(cy: Core): void {
  requestAnimationFrame(() => {
    cy.resize();
    cy.fit(undefined, 30);
  });
}

export function hideWhileMoving(cy: Core, big: boolean): void {
  // Cytoscape reads these renderer options on each frame; they are set at init otherwise.
  const r = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
  r.hideEdgesOnViewport = big;
  r.hideLabelsOnViewport = big;
  r.textureOnViewport = big;
}

/** Brings `els` and their neighbours into view without losing the rest. */
export function reveal(cy: Core, els: NodeCollection): void {
  const box = els.union(els.neighborhood()).boundingBox();
  const ext = cy.extent();
  if (box.x1 < ext.x1 || box.x2 > ext.x2 || box.y1 < ext.y1 || box.y2 > ext.y2) {
    cy.animate({ fit: { eles: cy.elements(), padding: 40 }, duration: 300 });
  }
}

/** Centres on a node drawn at (or past) the canvas's edge, where the user could not see it. */
export function centreIfAtEdge(cy: Core, el: SingularElementArgument): void {
  if (!el.isNode()) return;
  const p = el.renderedPosition();
  const w = cy.width();
  const h = cy.height();
  if (p.x < 40 || p.y < 40 || p.x > w - 40 || p.y > h - 40) cy.animate({ center: { eles: el }, duration: 250 });
}
