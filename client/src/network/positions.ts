import type { Core, Position } from 'cytoscape';
import type { NodePosition, ViewStore } from '../state.js';
import { MAX_URL_POSITIONS } from '../url-state.js';

/**
 * Where each node was last drawn. Kept across renders so a node that leaves and comes back
 * returns to its spot, and written into the view so a reload or a shared link draws the same
 * picture.
 */
export class Positions {
  private readonly known: Map<string, Position>;
  /** Ids the view placed that are not drawn yet: when they come, the view is framed. */
  private readonly restoring: Set<string>;
  /** Set by the layout runner: a running layout publishes its result when it stops, not before. */
  layoutRunning = false;

  constructor(
    private readonly cy: Core,
    private readonly store: ViewStore,
  ) {
    // Seeded from the view (a reload or a shared link), so those nodes are drawn where they were.
    this.known = new Map(store.get().positions.map((p) => [p.id, { x: p.x, y: p.y }]));
    this.restoring = new Set(this.known.keys());
  }

  get(id: string): Position | undefined {
    return this.known.get(id);
  }

  set(id: string, position: Position): void {
    this.known.set(id, { ...position });
  }

  /** True once per id the view placed: the first time that node is drawn. */
  arrivesFromView(id: string): boolean {
    return this.restoring.delete(id);
  }

  remember(): void {
    this.cy.nodes().forEach((n) => this.set(n.id(), n.position()));
  }

  /** Writes where the shown nodes are into the view (and so the URL); none above the URL's cap. */
  publish(): void {
    if (this.layoutRunning) return;
    const nodes = this.cy.nodes();
    const shown: NodePosition[] =
      nodes.length > MAX_URL_POSITIONS
        ? []
        : nodes
            .map((n) => ({ id: n.id(), x: Math.round(n.position().x), y: Math.round(n.position().y) }))
            // By id: the order nodes were added in differs after a reload; the URL should not.
            .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.store.set({ positions: shown });
  }
}
