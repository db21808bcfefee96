import type { ElementDefinition } from 'cytoscape';
import type { VisibleGraph } from '../model/graph-model.js';
import { nodeSize, type NodeMetrics } from '../model/analytics.js';
import { periodLabel, suspensionLabel } from '../model/time.js';
import { COMMUNITY_COLORS, KIND_STYLE, relationLabel } from '../model/vocabulary.js';
import type { ColorBy, SizeBy } from '../state.js';

export interface ElementOptions {
  metrics?: ReadonlyMap<string, NodeMetrics>;
  sizeBy?: SizeBy;
  colorBy?: ColorBy;
  selected?: string | null;
}

/** Short label for the canvas: an acronym alias for long names ("PfP"), else the name. */
export function shortLabel(name: string, aliases: readonly string[]): string {
  if (name.length <= 22) return name;
  const acronym = aliases.find((a) => a.length <= 8 && /[A-Z]/.test(a));
  return acronym ?? `${name.slice(0, 20)}…`;
}

/**
 * Visible graph → Cytoscape element definitions. Pure: ids are the entity and relationship ids,
 * so adding the same node twice updates it instead of duplicating it. Style inputs travel as
 * data (kind, colour, size, line style) and classes (focus, expanded, pinned, path).
 */
export function toElements(graph: VisibleGraph, options: ElementOptions = {}): ElementDefinition[] {
  const { metrics, sizeBy = 'none', colorBy = 'kind' } = options;
  const maxDegree = Math.max(0, ...[...(metrics?.values() ?? [])].map((m) => m.degree));
  const nodes: ElementDefinition[] = graph.nodes.map((n) => {
    const e = n.entity;
    const m = metrics?.get(e.id);
    const color =
      colorBy === 'community' && m
        ? COMMUNITY_COLORS[m.community % COMMUNITY_COLORS.length]!
        : KIND_STYLE[e.kind].color;
    const classes = [
      n.isFocus ? 'focus' : '',
      n.expanded ? 'expanded' : '',
      n.pinned ? 'pinned' : '',
      n.onPath ? 'path' : '',
    ].filter(Boolean);
    return {
      group: 'nodes',
      data: {
        id: e.id,
        label: shortLabel(e.name, e.aliases),
        name: e.name,
        kind: e.kind,
        color,
        size: nodeSize(m, sizeBy, maxDegree),
        years: periodLabel(e),
        origin: n.origin ?? '',
      },
      classes: classes.join(' '),
      selected: options.selected === e.id,
    };
  });
  const edges: ElementDefinition[] = graph.edges.map((edge) => {
    const r = edge.rel;
    const years = periodLabel(r);
    const suspended = edge.status === 'SUSPENDED';
    const suspension = suspended
      ? (r.suspensions.find((x) => x.until === null && x.untilDate === null) ?? r.suspensions[0])
      : undefined;
    return {
      group: 'edges',
      data: {
        id: r.id,
        source: edge.source,
        target: edge.target,
        type: r.type,
        label:
          `${relationLabel(r.type)}${r.role ? ` (${r.role})` : ''}${years ? ` ${years}` : ''} ${r.grade}` +
          `${suspension ? ` · ${suspensionLabel(suspension)}` : ''}${r.disputed ? ' · disputed' : ''}`,
        confidence: r.confidence,
        grade: r.grade,
        status: edge.status,
        change: edge.change ?? '',
      },
      classes: [
        edge.onPath ? 'path' : '',
        suspended ? 'suspended' : '',
        r.disputed ? 'disputed' : '',
        edge.change ? `ch-${edge.change}` : '',
        edge.pending ? 'pending' : '',
      ]
        .filter(Boolean)
        .join(' '),
      selected: options.selected === r.id,
    };
  });
  return [...nodes, ...edges];
}
