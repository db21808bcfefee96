import type { EntityFieldsFragment, RelationshipFieldsFragment } from '../api/__generated__/operations.js';
import { passesEvidence } from '../../../domain/evidence.js';
import type { Credibility } from '../../../domain/model.js';
import type { ViewState } from '../state.js';
import { partKey } from './server-filters.js';
import { classifyAt, type ChangeClass } from './compare-times.js';
import { holdsAt, statusAt, whenOf, type When } from './time.js';
import { confidenceAtLeast } from './vocabulary.js';

export type EntityLite = EntityFieldsFragment;
export type Rel = RelationshipFieldsFragment;

/** A neighbourhood (or a path set) as the API returns it. */
export interface SubgraphPart {
  nodes: EntityLite[];
  edges: Rel[];
  truncated: boolean;
  total: number;
}

export interface GraphNode {
  entity: EntityLite;
  /** The node whose expansion first brought it in (new nodes appear near it). */
  origin: string | null;
  isFocus: boolean;
  expanded: boolean;
  pinned: boolean;
  onPath: boolean;
}

export interface GraphEdge {
  rel: Rel;
  source: string;
  target: string;
  onPath: boolean;
  /** At the view's time (statusInView); the canvas draws a suspended link barred and faint. */
  status: 'ACTIVE' | 'SUSPENDED';
  /** In compare-times mode: how it changed between the two times. */
  change?: ChangeClass;
  /** In compare-times mode: Play has not reached its change yet, so it is drawn faint. */
  pending?: boolean;
}

/** Compare-times mode's input: the two times and what the server says changed between them. */
export interface CompareOverlay {
  from: When;
  to: When;
  /** The report's relationships (with their ends) that touch the focus or an expanded node. */
  part: Pick<SubgraphPart, 'nodes' | 'edges'>;
  reported: ReadonlyMap<string, ChangeClass>;
  pending: ReadonlySet<string>;
}

export interface VisibleGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Loaded elements that the filters, the year or "hide" keep off the canvas. */
  filteredOut: number;
}

export interface ComposeInput {
  view: ViewState;
  /** Fetched neighbourhoods by expansionKey(). */
  parts: ReadonlyMap<string, SubgraphPart>;
  /** Entities known alone (the focus before it is expanded). */
  singles: ReadonlyMap<string, EntityLite>;
  /** Relationships known for single entities (the focus's own), drawn when both ends are shown. */
  singleEdges?: readonly Rel[];
  /** Shortest paths of view.path, when fetched. */
  paths: readonly Pick<SubgraphPart, 'nodes' | 'edges'>[] | null;
  /** Compare-times mode: the two states overlaid instead of the view's year. */
  compare?: CompareOverlay | null;
}

/**
 * The graph the canvas and the list view show: the union of every loaded part (each id once,
 * so an expand never duplicates a node), then the filters, the as-of year and "hide". A node
 * left without a visible relationship goes too, unless the user asked for it (focus, expanded,
 * pinned, on the path). Pure: the same input always gives the same graph, in a stable order.
 */
export function composeGraph({
  view,
  parts,
  singles,
  singleEdges = [],
  paths,
  compare = null,
}: ComposeInput): VisibleGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const expandedIds = new Set(view.expansions.map((e) => e.id));
  const pathNodes = new Set<string>();
  const pathEdges = new Set<string>();
  for (const p of paths ?? []) {
    p.nodes.forEach((n) => pathNodes.add(n.id));
    p.edges.forEach((e) => pathEdges.add(e.id));
  }

  const addNode = (entity: EntityLite, origin: string | null) => {
    if (nodes.has(entity.id)) return;
    nodes.set(entity.id, {
      entity,
      origin: origin === entity.id ? null : origin,
      isFocus: view.focus === entity.id,
      expanded: expandedIds.has(entity.id),
      pinned: view.pinned.includes(entity.id),
      onPath: pathNodes.has(entity.id),
    });
  };
  // Comparing, a link's status is the later time's; its change class says the rest.
  const statusTime = compare ? compare.to : whenOf(view);
  const addEdge = (rel: Rel) => {
    if (edges.has(rel.id)) return;
    const status = statusAt(rel, statusTime);
    const edge: GraphEdge = { rel, source: rel.from.id, target: rel.to.id, onPath: pathEdges.has(rel.id), status };
    if (compare) {
      const change = compare.reported.get(rel.id) ?? classifyAt(rel, compare.from, compare.to);
      if (change) edge.change = change;
      if (compare.pending.has(rel.id)) edge.pending = true;
    }
    edges.set(rel.id, edge);
  };

  if (view.focus) {
    const single = singles.get(view.focus);
    if (single) addNode(single, null);
  }
  for (const expansion of view.expansions) {
    const part = parts.get(partKey(expansion, view));
    if (!part) continue;
    const self = part.nodes.find((n) => n.id === expansion.id);
    if (self) addNode(self, null);
    part.nodes.forEach((n) => addNode(n, expansion.id));
    part.edges.forEach(addEdge);
  }
  for (const p of paths ?? []) {
    p.nodes.forEach((n, i) => addNode(n, i > 0 ? (p.nodes[i - 1]?.id ?? null) : null));
    p.edges.forEach(addEdge);
  }
  if (compare) {
    const byId = new Map(compare.part.nodes.map((n) => [n.id, n]));
    for (const r of compare.part.edges) {
      // The end already shown brings the other in, beside it.
      const [near, far] = nodes.has(r.from.id) ? [r.from.id, r.to.id] : [r.to.id, r.from.id];
      const entity = byId.get(far);
      if (entity) addNode(entity, near);
      const self = byId.get(near);
      if (self) addNode(self, null);
      addEdge(r);
    }
  }
  // The focus's own links to what is already shown ("relationships among the visible nodes").
  singleEdges.forEach((r) => nodes.has(r.from.id) && nodes.has(r.to.id) && addEdge(r));

  const loaded = nodes.size + edges.size;
  const { kinds, relationTypes, minConfidence, includeSuspended } = view.filters;
  const when = whenOf(view);
  // The time rule: held at the view's time, or (comparing) at either time or changed between them.
  const nodeInTime = (n: EntityLite) =>
    compare ? holdsAt(n, compare.from) || holdsAt(n, compare.to) : holdsAt(n, when);
  const edgeInTime = (e: GraphEdge) => (compare ? e.change !== undefined : holdsAt(e.rel, when));
  const hidden = new Set(view.hidden);
  const wanted = (n: GraphNode) => n.isFocus || n.expanded || n.pinned || n.onPath;

  const keptNodes = new Map<string, GraphNode>();
  for (const n of nodes.values()) {
    if (hidden.has(n.entity.id)) continue;
    if (!wanted(n) && (!kinds.includes(n.entity.kind) || !nodeInTime(n.entity))) continue;
    keptNodes.set(n.entity.id, n);
  }
  const keptEdges: GraphEdge[] = [];
  for (const e of edges.values()) {
    if (!keptNodes.has(e.source) || !keptNodes.has(e.target)) continue;
    const r = e.rel;
    const passes =
      relationTypes.includes(r.type) &&
      confidenceAtLeast(r.confidence, minConfidence) &&
      passesEvidence(
        { reliability: r.reliability, credibility: r.credibility as Credibility },
        {
          minReliability: view.filters.minReliability,
          maxCredibility: view.filters.maxCredibility as Credibility | null,
        },
      ) &&
      edgeInTime(e) &&
      (includeSuspended || e.status === 'ACTIVE');
    if (passes || (e.onPath && !hidden.has(e.source) && !hidden.has(e.target))) keptEdges.push(e);
  }
  const linked = new Set<string>();
  keptEdges.forEach((e) => {
    linked.add(e.source);
    linked.add(e.target);
  });
  const finalNodes = [...keptNodes.values()].filter((n) => wanted(n) || linked.has(n.entity.id));
  return { nodes: finalNodes, edges: keptEdges, filteredOut: loaded - finalNodes.length - keptEdges.length };
}

/** A relationship's status at the view's time (the server's rule): SUSPENDED while a suspension holds. */
export function statusInView(rel: Rel, view: Pick<ViewState, 'year' | 'day'>): 'ACTIVE' | 'SUSPENDED' {
  return statusAt(rel, whenOf(view));
}

/** "20 of 47": how many neighbours an expanded node shows out of how many exist. */
export function expansionSummary(
  view: ViewState,
  parts: ReadonlyMap<string, SubgraphPart>,
  id: string,
): { shown: number; total: number; truncated: boolean } | null {
  const mine = view.expansions.filter((e) => e.id === id);
  if (mine.length === 0) return null;
  let shown = 0;
  let total = 0;
  let truncated = false;
  for (const e of mine) {
    const part = parts.get(partKey(e, view));
    if (!part) continue;
    shown = Math.max(shown, part.nodes.filter((n) => n.id !== id).length);
    total = Math.max(total, part.total);
    truncated ||= part.truncated;
  }
  return { shown, total, truncated };
}

/** Relationships touching `id`, grouped by type, each read from `id`'s side. */
export function groupRelationships(
  id: string,
  rels: readonly Rel[],
): { type: Rel['type']; outgoing: boolean; items: { rel: Rel; other: string }[] }[] {
  const groups = new Map<string, { type: Rel['type']; outgoing: boolean; items: { rel: Rel; other: string }[] }>();
  for (const rel of rels) {
    const outgoing = rel.from.id === id;
    if (!outgoing && rel.to.id !== id) continue;
    const key = `${rel.type}|${outgoing ? 'out' : 'in'}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { type: rel.type, outgoing, items: [] }));
    g.items.push({ rel, other: outgoing ? rel.to.id : rel.from.id });
  }
  return [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.type.localeCompare(b.type));
}
