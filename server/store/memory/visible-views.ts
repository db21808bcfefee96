import { MultiDirectedGraph } from 'graphology';
import { RELATION_TYPES, type RelationType } from '../graph-store.js';
import { validAt } from '../valid-at.js';
import type { MemoryGraph } from './memory-graph.js';

/** How many filtered views are kept; each is a copy of the visible part of the graph. */
const CAPACITY = 8;

/**
 * Topologies restricted to what is visible at `asOf` over relationships of the given types, for
 * graphology's traversals to run on. Without either filter the store's own topology is used (no
 * copy); a filtered view is built once per filter and dropped when the graph changes.
 */
export class VisibleViews {
  private readonly cache = new Map<string, MultiDirectedGraph>();
  private revision = -1;

  constructor(private readonly graph: MemoryGraph) {}

  get(asOf: number | null, relationTypes: readonly RelationType[] | null): MultiDirectedGraph {
    const types =
      relationTypes && new Set(relationTypes).size < RELATION_TYPES.length ? new Set(relationTypes) : null;
    if (asOf === null && types === null) return this.graph.topology;
    if (this.revision !== this.graph.revision) {
      this.cache.clear();
      this.revision = this.graph.revision;
    }
    const key = `${asOf ?? ''}|${types ? [...types].sort().join(',') : ''}`;
    let view = this.cache.get(key);
    if (view) {
      this.cache.delete(key); // re-inserted below: the map's order is the recency order
    } else {
      view = this.build(asOf, types);
      if (this.cache.size >= CAPACITY) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(key, view);
    return view;
  }

  private build(asOf: number | null, types: Set<RelationType> | null): MultiDirectedGraph {
    const view = new MultiDirectedGraph();
    for (const e of this.graph.entities.values()) if (validAt(e, asOf)) view.addNode(e.id);
    for (const r of this.graph.relationships.values()) {
      if (types && !types.has(r.type)) continue;
      if (!validAt(r, asOf) || !view.hasNode(r.from) || !view.hasNode(r.to)) continue;
      view.addDirectedEdgeWithKey(r.id, r.from, r.to);
    }
    return view;
  }
}
