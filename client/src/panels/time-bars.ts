import type { Rel } from '../model/graph-model.js';
import { spanOf, ticks, toX, type Axis } from '../model/time-axis.js';
import { periodLabel, suspensionLabel } from '../model/time.js';

/*
 * SVG pieces for time axes: a relationship as a bar (since–until, its suspensions shaded or cut
 * out), and the axis's year ticks. Built with createElementNS and presentation attributes only:
 * no markup strings and no style attributes (the app runs under a strict CSP).
 */

const NS = 'http://www.w3.org/2000/svg';
type SvgAttrs = Record<string, string | number | null | undefined>;

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: SvgAttrs = {},
  ...children: (SVGElement | string | null)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  for (const c of children) if (c !== null) el.append(c);
  return el;
}

/**
 * One relationship's bar at height `y`. A suspension is shaded dark over the bar, or, when the
 * view leaves suspended links out, cut out of it (a gap): the bar says when the fact held.
 */
export function factBar(
  rel: Pick<Rel, 'since' | 'until' | 'sinceDate' | 'untilDate' | 'grade'> & {
    suspensions: readonly Pick<Rel['suspensions'][number], 'since' | 'until' | 'sinceDate' | 'untilDate'>[];
  },
  axis: Axis,
  y: number,
  height: number,
  color: string,
  options: { suspendedAsGap?: boolean; label?: string } = {},
): SVGGElement {
  const span = spanOf(rel, axis.min, axis.max);
  const x = toX(axis, span.start);
  // A fact of one day still shows: at least 3 px.
  const width = Math.max(3, toX(axis, span.end) - x);
  const g = svg(
    'g',
    { class: 'fact-bar' },
    svg('title', {}, `${options.label ? `${options.label}: ` : ''}${periodLabel(rel) || 'not dated'} (${rel.grade})`),
    svg('rect', {
      x,
      y,
      width,
      height,
      rx: 2,
      fill: color,
      'fill-opacity': span.openStart ? 0.45 : 0.9,
      stroke: '#333333',
      'stroke-width': 0.5,
    }),
  );
  for (const s of rel.suspensions) {
    const ss = spanOf(s, axis.min, axis.max);
    const sx = Math.max(x, toX(axis, ss.start));
    const sw = Math.max(2, Math.min(x + width, toX(axis, ss.end)) - sx);
    g.append(
      svg(
        'rect',
        {
          class: options.suspendedAsGap ? 'suspension gap' : 'suspension',
          x: sx,
          y: y - 1,
          width: sw,
          height: height + 2,
          fill: options.suspendedAsGap ? '#ffffff' : '#000000',
          'fill-opacity': options.suspendedAsGap ? 1 : 0.45,
        },
        svg('title', {}, suspensionLabel(s)),
      ),
    );
  }
  return g;
}

/** Year ticks and labels along the top of an axis `height` px tall (lines run down the rows). */
export function axisTicks(axis: Axis, height: number, labelY = 12): SVGGElement {
  return svg(
    'g',
    { class: 'axis-ticks', 'aria-hidden': 'true' },
    ...ticks(axis).flatMap((year) => [
      svg('line', { x1: toX(axis, year), x2: toX(axis, year), y1: labelY + 3, y2: height, stroke: '#e2e2de' }),
      svg(
        'text',
        { x: toX(axis, year), y: labelY, 'text-anchor': 'middle', 'font-size': 10, fill: '#5a5a5a' },
        String(year),
      ),
    ]),
  );
}
