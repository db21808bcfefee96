import type { Core } from 'cytoscape';
import type { Confidence, Kind, RelationType } from '../api/__generated__/operations.js';
import { CONFIDENCE_LINE, KIND_STYLE, RELATION_STYLE } from '../model/vocabulary.js';
import { sizeOf } from './placement.js';
import { toSvg, type SvgEdge, type SvgNode } from './to-svg.js';

export function png(cy: Core): Promise<Blob> {
  return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
}

/**
 * The drawing as SVG, rebuilt from element data: Cytoscape only renders to bitmaps, and a vector
 * picture is what a report or a slide needs. Mirrors the stylesheet's emphasis (selection, path, fade).
 */
export function svg(cy: Core): string {
  const nodes: SvgNode[] = cy.nodes().map((n) => {
    const kind = n.data('kind') as Kind;
    return {
      x: n.position().x,
      y: n.position().y,
      size: sizeOf(n.data('size')),
      shape: KIND_STYLE[kind]?.shape ?? 'ellipse',
      color: String(n.data('color')),
      borderColor: n.selected() ? '#000000' : '#333333',
      borderWidth: n.selected() ? 4 : n.hasClass('expanded') ? 2 : 1,
      label: String(n.data('label')),
      opacity: n.hasClass('faded') ? 0.2 : 1,
    };
  });
  const edges: SvgEdge[] = cy.edges().map((e) => {
    const s = e.source().position();
    const t = e.target().position();
    // Stop the line at the target's border so the arrowhead shows.
    const r = sizeOf(e.target().data('size')) / 2 + 2;
    const d = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const type = e.data('type') as RelationType;
    return {
      sx: s.x,
      sy: s.y,
      tx: t.x - ((t.x - s.x) * r) / d,
      ty: t.y - ((t.y - s.y) * r) / d,
      color: RELATION_STYLE[type]?.color ?? '#999999',
      width: e.hasClass('path') ? 4 : e.selected() ? 3 : 1.6,
      lineStyle: CONFIDENCE_LINE[e.data('confidence') as Confidence] ?? 'solid',
      label: e.selected() || e.hasClass('path') ? String(e.data('label')) : null,
      opacity: e.hasClass('faded') ? 0.2 : 0.85,
    };
  });
  return toSvg(nodes, edges, 'Alliance Atlas');
}
