import type { Core, Layouts } from 'cytoscape';
import type { ViewStore } from '../state.js';
import { effectiveLayout, layoutOptions } from './layouts.js';
import type { Positions } from './positions.js';

/** Runs the view's layout over the nodes that are not pinned, one run at a time. */
export class LayoutRunner {
  private current: Layouts | null = null;
  /** Layout actually used (fcose falls back to concentric on big graphs). */
  used: string;

  constructor(
    private readonly cy: Core,
    private readonly store: ViewStore,
    private readonly positions: Positions,
    private readonly onLayout?: (name: string) => void,
  ) {
    this.used = store.get().layout;
  }

  run(fit = true): void {
    const { cy } = this;
    this.current?.stop();
    const view = this.store.get();
    const n = cy.nodes().length;
    const name = effectiveLayout(view.layout, n);
    this.used = name;
    this.onLayout?.(name);
    const opts = { ...layoutOptions(name, n, view.focus), fit };
    const unpinned = cy.elements().filter((el) => !(el.isNode() && el.locked()));
    const layout = unpinned.layout(opts);
    this.current = layout;
    this.positions.layoutRunning = true;
    layout.one('layoutstop', () => {
      this.positions.remember();
      this.current = null;
      this.positions.layoutRunning = false;
      this.positions.publish();
      // A handful of nodes should not fill the screen at 4× zoom.
      if (fit && cy.zoom() > 1.4) {
        cy.zoom(1.4);
        cy.center();
      }
    });
    layout.run();
  }
}
