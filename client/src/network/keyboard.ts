import type { Core, NodeSingular } from 'cytoscape';
import type { ViewStore } from '../state.js';
import { fit, zoom } from './viewport.js';

const DIRECTION: Record<string, number> = {
  ArrowRight: 0,
  ArrowDown: Math.PI / 2,
  ArrowLeft: Math.PI,
  ArrowUp: -Math.PI / 2,
};

/** The node in the arrow's direction (within 90°), nearest first: a neighbour if `node` has any. */
function neighbourToward(cy: Core, node: NodeSingular, key: string): NodeSingular | null {
  const dir = DIRECTION[key] ?? 0;
  const from = node.position();
  let best: NodeSingular | null = null;
  let bestScore = Infinity;
  const candidates = node.neighborhood('node').length ? node.neighborhood('node') : cy.nodes().difference(node);
  candidates.forEach((m) => {
    const p = (m as NodeSingular).position();
    const angle = Math.atan2(p.y - from.y, p.x - from.x);
    let diff = Math.abs(angle - dir);
    if (diff > Math.PI) diff = 2 * Math.PI - diff;
    if (diff > Math.PI / 2) return;
    const score = diff * 200 + Math.hypot(p.x - from.x, p.y - from.y);
    if (score < bestScore) {
      bestScore = score;
      best = m;
    }
  });
  return best;
}

/**
 * The canvas is one focusable widget (tabindex=0) that a keyboard user can drive as a mouse user
 * does: arrows walk to a neighbour, keys stand in for the toolbar and the details panel.
 */
export function installKeyboard(container: HTMLElement, cy: Core, store: ViewStore): void {
  container.addEventListener('keydown', (event) => {
    const view = store.get();
    const selected = view.selected ? cy.getElementById(view.selected) : null;
    const node = selected?.nonempty() && selected.isNode() ? (selected as NodeSingular) : null;
    const key = event.key;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (key.startsWith('Arrow')) {
      handled();
      if (!node) {
        const start =
          view.focus && cy.getElementById(view.focus).nonempty() ? cy.getElementById(view.focus) : cy.nodes().first();
        if (start.nonempty()) store.select(start.id());
        return;
      }
      const next = neighbourToward(cy, node, key);
      if (next) store.select(next.id());
      return;
    }
    if (key === '+' || key === '=') return (handled(), zoom(cy, 1.25));
    if (key === '-') return (handled(), zoom(cy, 0.8));
    if (key === '0' || key === 'f') return (handled(), fit(cy));
    if (key === 'Escape') return (handled(), store.select(null));
    if (!node) return;
    if (key === 'Enter') return (handled(), store.expand(node.id()));
    if (key === 'Delete' || key === 'Backspace' || key === 'h') return (handled(), store.hide(node.id()));
    if (key === 'c') return (handled(), store.collapse(node.id()));
    if (key === 'p') return (handled(), store.togglePin(node.id()));
  });
}
