import { MultiDirectedGraph } from 'graphology';
import { RELATION_TYPES, type RelationType } from '../../../domain/model.js';
import { validAt } from '../../../domain/valid-at.js';
import type { GraphChange, MemoryGraph } from './memory-graph.js';

/** At most this many filtered views are kept. */
const CAPACITY = 8;
/**
 * And together at most this many times the relationships of the whole graph: each view is a copy
 * of its visible part, and with a million relationships a copy costs hundreds of megabytes.
 */
const EDGE_BUDGET = 2;

interface View {
  asOf: number | null;
  types: ReadonlySet<RelationType> | null;
  topology: MultiDirectedGraph;
}

/**
 * Topologies restricted to what is visible at `asOf` over relationships of the given types, for
 * graphology's traversals to run on. Without either filter the store's own topology is used (no
 * copy); a filtered view is built once per filter, then kept in step with each write (a write
 * touches one entity or relationship, so updating beats rebuilding a large graph).
 */
export class VisibleViews {
  private readonly cache = new Map<string, View>();

  constructor(private readonly graph: MemoryGraph) {
    graph.onChange((change) => {
      for (const view of this.cache.values()) this.apply(view, change);
    });
  }

  /** Forgets every view (cheaper than updating them through a bulk import). */
  clear(): void {
    this.cache.clear();
  }

  get(asOf: number | null, relationTypes: readonly RelationType[] | null): MultiDirectedGraph {
    const types = relationTypes && new Set(relationTypes).size < RELATION_TYPES.length ? new Set(relationTypes) : null;
    if (asOf === null && types === null) return this.graph.topology;
    const key = `${asOf ?? ''}|${types ? [...types].sort().join(',') : ''}`;
    let view = this.cache.get(key);
    if (view) {
      this.cache.delete(key); // re-inserted below: the map's order is the recency order
    } else {
      view = this.build(asOf, types);
    }
    this.cache.set(key, view);
    this.evict();
    return view.topology;
  }

  /** Drops the least recently used views beyond the limits, never the one just used. */
  private evict(): void {
    const budget = EDGE_BUDGET * Math.max(this.graph.topology.size, 1);
    let edges = 0;
    for (const view of this.cache.values()) edges += view.topology.size;
    for (const [key, view] of this.cache) {
      if (this.cache.size <= 1 || (this.cache.size <= CAPACITY && edges <= budget)) break;
      this.cache.delete(key);
      edges -= view.topology.size;
    }
  }

  private build(asOf: number | null, types: Set<RelationType> | null): View {
    const view: View = { asOf, types, topology: new MultiDirectedGraph() };
    for (const e of this.graph.entities.values()) if (validAt(e, asOf)) view.topology.addNode(e.id);
    for (const r of this.graph.relationships.values()) this.addIfVisible(view, r.id);
    return view;
  }

  private apply(view: View, change: GraphChange): void {
    const { topology } = view;
    if (change.relationship !== undefined) {
      if (topology.hasEdge(change.relationship)) topology.dropEdge(change.relationship);
      this.addIfVisible(view, change.relationship);
      return;
    }
    const id = change.entity;
    const entity = this.graph.entities.get(id);
    const visible = entity !== undefined && validAt(entity, view.asOf);
    if (!visible) {
      if (topology.hasNode(id)) topology.dropNode(id);
    } else if (!topology.hasNode(id)) {
      topology.addNode(id);
      this.graph.topology.forEachEdge(id, (edge) => this.addIfVisible(view, edge));
    }
  }

  private addIfVisible(view: View, id: string): void {
    const r = this.graph.relationships.get(id);
    if (!r || (view.types && !view.types.has(r.type)) || !validAt(r, view.asOf)) return;
    const { topology } = view;
    if (topology.hasNode(r.from) && topology.hasNode(r.to) && !topology.hasEdge(id)) {
      topology.addDirectedEdgeWithKey(id, r.from, r.to);
    }
  }
}
