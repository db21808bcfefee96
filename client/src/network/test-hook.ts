import type { BoundingBox12, Core } from 'cytoscape';
import { TEST_HOOK_GLOBAL, type AtlasTestHook, type Box, type DrawnEdge, type DrawnNode } from './test-hook-api.js';

const box = ({ x1, y1, x2, y2 }: BoundingBox12): Box => ({ x1, y1, x2, y2 });

/**
 * The browser tests' one window onto the canvas, which they cannot read from the DOM (a canvas is
 * pixels). Installed only under automation (navigator.webdriver), so users' pages never carry it.
 */
export function installTestHook(cy: Core, container: HTMLElement): void {
  if (!navigator.webdriver) return;
  const hook: AtlasTestHook = {
    nodes: () => {
      const rect = container.getBoundingClientRect();
      const zoom = cy.zoom();
      const pan = cy.pan();
      const toPage = (x: number, y: number) => ({ x: rect.left + pan.x + x * zoom, y: rect.top + pan.y + y * zoom });
      return cy.nodes().map((n): DrawnNode => {
        const label = n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false });
        const a = toPage(label.x1, label.y1);
        const b = toPage(label.x2, label.y2);
        return {
          id: n.id(),
          color: String(n.data('color')),
          classes: n.classes(),
          visible: n.visible(),
          model: { ...n.position() },
          page: { x: rect.left + n.renderedPosition().x, y: rect.top + n.renderedPosition().y },
          body: box(n.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false })),
          label: { x1: a.x, y1: a.y, x2: b.x, y2: b.y },
        };
      });
    },
    edges: () =>
      cy.edges().map((e): DrawnEdge => ({
        id: e.id(),
        source: e.source().id(),
        target: e.target().id(),
        classes: e.classes(),
        status: String(e.data('status')),
        grade: String(e.data('grade')),
        visible: e.visible(),
        style: {
          lineStyle: String(e.style('line-style')),
          opacity: Number(e.style('opacity')),
          arrowColor: String(e.style('target-arrow-color')),
        },
      })),
  };
  Object.defineProperty(window, TEST_HOOK_GLOBAL, { value: Object.freeze(hook) });
}
