import { escapeXml, shapeSvg } from '../model/shapes.js';
import type { NodeShape } from '../model/vocabulary.js';

export interface SvgNode {
  x: number;
  y: number;
  size: number;
  shape: NodeShape;
  color: string;
  borderColor: string;
  borderWidth: number;
  label: string;
  opacity: number;
}

export interface SvgEdge {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
  color: string;
  width: number;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  label: string | null;
  opacity: number;
}

const DASH = { solid: '', dashed: ' stroke-dasharray="6 4"', dotted: ' stroke-dasharray="1.5 3"' };

/**
 * A small SVG serializer of what the canvas shows (positions and styles read by the network
 * module): straight edges with arrowheads, node shapes, labels under nodes. Pure.
 */
export function toSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], title: string): string {
  const pad = 40;
  const xs = nodes.flatMap((n) => [n.x - n.size / 2, n.x + n.size / 2]);
  const ys = nodes.flatMap((n) => [n.y - n.size / 2, n.y + n.size / 2 + 18]);
  const minX = Math.min(0, ...xs) - pad;
  const minY = Math.min(0, ...ys) - pad;
  const width = Math.max(100, Math.max(...xs, 0) + pad - minX);
  const height = Math.max(100, Math.max(...ys, 0) + pad - minY);
  const f = (v: number) => v.toFixed(1);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${f(minX)} ${f(minY)} ${f(width)} ${f(height)}" width="${f(width)}" height="${f(height)}" font-family="system-ui, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="${f(minX)}" y="${f(minY)}" width="${f(width)}" height="${f(height)}" fill="#ffffff"/>`,
  ];
  for (const e of edges) {
    const angle = Math.atan2(e.ty - e.sy, e.tx - e.sx);
    const head = 8;
    const a1 = angle + Math.PI - 0.4;
    const a2 = angle + Math.PI + 0.4;
    out.push(
      `<g opacity="${e.opacity}"><line x1="${f(e.sx)}" y1="${f(e.sy)}" x2="${f(e.tx)}" y2="${f(e.ty)}" stroke="${e.color}" stroke-width="${e.width}"${DASH[e.lineStyle]}/>` +
        `<polygon points="${f(e.tx)},${f(e.ty)} ${f(e.tx + head * Math.cos(a1))},${f(e.ty + head * Math.sin(a1))} ${f(e.tx + head * Math.cos(a2))},${f(e.ty + head * Math.sin(a2))}" fill="${e.color}"/>` +
        (e.label
          ? `<text x="${f((e.sx + e.tx) / 2)}" y="${f((e.sy + e.ty) / 2)}" font-size="9" text-anchor="middle" fill="#333">${escapeXml(e.label)}</text>`
          : '') +
        '</g>',
    );
  }
  for (const n of nodes) {
    const attrs = `fill="${n.color}" stroke="${n.borderColor}" stroke-width="${n.borderWidth}"`;
    out.push(
      `<g opacity="${n.opacity}">${shapeSvg(n.shape, n.x, n.y, n.size, n.size, attrs)}` +
        `<text x="${f(n.x)}" y="${f(n.y + n.size / 2 + 13)}" font-size="11" text-anchor="middle" fill="#1a1a1a">${escapeXml(n.label)}</text></g>`,
    );
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}
