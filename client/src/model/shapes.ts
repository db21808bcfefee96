import type { NodeShape } from './vocabulary.js';

function polygon(cx: number, cy: number, w: number, h: number, points: [number, number][]): string {
  return points.map(([x, y]) => `${(cx + (x * w) / 2).toFixed(1)},${(cy + (y * h) / 2).toFixed(1)}`).join(' ');
}

function regular(n: number, rotation: number): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = rotation + (2 * Math.PI * i) / n;
    return [Math.cos(a), Math.sin(a)] as [number, number];
  });
}

function star(): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 1 : 0.45;
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    return [r * Math.cos(a), r * Math.sin(a)] as [number, number];
  });
}

/**
 * One SVG element drawing a node shape centred on (cx, cy) of size w×h, approximating
 * Cytoscape's shapes; shared by the legend and the SVG export so both match the canvas.
 */
export function shapeSvg(shape: NodeShape, cx: number, cy: number, w: number, h: number, attrs: string): string {
  switch (shape) {
    case 'ellipse':
      return `<ellipse cx="${cx}" cy="${cy}" rx="${w / 2}" ry="${h / 2}" ${attrs}/>`;
    case 'round-rectangle':
      return `<rect x="${cx - w / 2}" y="${cy - h / 2}" width="${w}" height="${h}" rx="${Math.min(w, h) / 5}" ${attrs}/>`;
    case 'barrel':
      return `<rect x="${cx - w / 2}" y="${cy - h / 2}" width="${w}" height="${h}" rx="${w / 4}" ry="${h / 8}" ${attrs}/>`;
    case 'star':
      return `<polygon points="${polygon(cx, cy, w, h, star())}" ${attrs}/>`;
    case 'round-hexagon':
      return `<polygon points="${polygon(cx, cy, w, h, regular(6, 0))}" stroke-linejoin="round" ${attrs}/>`;
    case 'diamond':
      return `<polygon points="${polygon(cx, cy, w, h, [
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ])}" ${attrs}/>`;
    case 'round-triangle':
      return `<polygon points="${polygon(cx, cy, w, h, [
        [0, -1],
        [1, 1],
        [-1, 1],
      ])}" stroke-linejoin="round" ${attrs}/>`;
    case 'rhomboid':
      return `<polygon points="${polygon(cx, cy, w, h, [
        [-0.5, -1],
        [1, -1],
        [0.5, 1],
        [-1, 1],
      ])}" ${attrs}/>`;
    case 'tag':
      return `<polygon points="${polygon(cx, cy, w, h, [
        [-1, -1],
        [0.45, -1],
        [1, 0],
        [0.45, 1],
        [-1, 1],
      ])}" stroke-linejoin="round" ${attrs}/>`;
    case 'vee':
      return `<polygon points="${polygon(cx, cy, w, h, [
        [-1, -1],
        [0, -0.33],
        [1, -1],
        [0, 1],
      ])}" stroke-linejoin="round" ${attrs}/>`;
    case 'octagon':
      return `<polygon points="${polygon(cx, cy, w, h, regular(8, Math.PI / 8))}" ${attrs}/>`;
  }
}

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}
