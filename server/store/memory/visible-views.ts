import { MultiDirectedGraph } from 'graphology';
import { RELATION_TYPES, type RelationType } from '../../../domain/model.js';
import { holdsAt, type When } from '../../../domain/valid-at.js';
import type { EvidenceArgs } from '../arguments.js';
import type { GraphChange, MemoryGraph } from './memory-graph.js';

/** At most this many filtered views are kept. */
const CAPACITY = 8;
/**
 * And together at most this many times the relationships of the whole graph: each view is a copy
 * of its visible part, and with a million relationships a copy costs hundreds of megabytes.
 */
const EDGE_BUDGET = 2;

/** What a read sees: the time it asks about, the relation types it follows, the evidence it uses. */
export interface ViewFilter {
  when: When;
  relationTypes: readonly RelationType[] | null;
  evidence: EvidenceArgs;
}

interface View {
  when: When;
  types: ReadonlySet<RelationType> | null;
  evidence: EvidenceArgs;
  topology: MultiDirectedGraph;
}

/**
 * Topologies restricted to what a read may use (fact-visibility.ts: the time rule, the evidence
 * filter, suspensions left out when asked), over relationships of the given types, for graphology's
 * traversals to run on. Without any filter the store's own topology is used (no copy); a filtered
 * view is built once per filter, then kept in step with each write (a write touches one entity or
 * relationship, so updating beats rebuilding a large graph). A source whose reliability changes
 * drops the views that filter by reliability.
 */
export class VisibleViews {
  private readonly cache = new Map<string, View>();

  constructor(private readonly graph: MemoryGraph) {
    graph.onChange((change) => {
      for (const [key, view] of this.cache) {
        if (change.source === undefined) this.apply(view, change);
        else if (view.evidence.minReliability !== null) this.cache.delete(key);
      }
    });
  }

  /** Forgets every view (cheaper than updating them through a bulk import). */
  clear(): void {
    this.cache.clear();
  }

  get(filter: ViewFilter): MultiDirectedGraph {
    const { when, relationTypes } = filter;
    const types = relationTypes && new Set(relationTypes).size < RELATION_TYPES.length ? new Set(relationTypes) : null;
    // With no suspended relationship stored, leaving suspended ones out changes nothing: share the view.
    const evidence = {
      ...filter.evidence,
      includeSuspended: filter.evidence.includeSuspended || this.graph.suspendable === 0,
    };
    const { minReliability, maxCredibility, includeSuspended } = evidence;
    const unfiltered = minReliability === null && maxCredibility === null && includeSuspended;
    if (when.asOf === null && when.at === null && types === null && unfiltered) return this.graph.topology;
    const key = [
      when.asOf ?? '',
      when.at ?? '',
      types ? [...types].sort().join(',') : '',
      minReliability ?? '',
      maxCredibility ?? '',
      includeSuspended ? 'all' : 'active',
    ].join('|');
    let view = this.cache.get(key);
    if (view) {
      this.cache.delete(key); // re-inserted below: the map's order is the recency order
    } else {
      view = this.build({ when, types, evidence, topology: new MultiDirectedGraph() });
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

  private build(view: View): View {
    for (const e of this.graph.entities.values()) if (holdsAt(e, view.when)) view.topology.addNode(e.id);
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
    const id = change.entity!;
    const entity = this.graph.entities.get(id);
    const visible = entity !== undefined && holdsAt(entity, view.when);
    if (!visible) {
      if (topology.hasNode(id)) topology.dropNode(id);
    } else if (!topology.hasNode(id)) {
      topology.addNode(id);
      this.graph.topology.forEachEdge(id, (edge) => this.addIfVisible(view, edge));
    }
  }

  private addIfVisible(view: View, id: string): void {
    const r = this.graph.relationships.get(id);
    if (!r || (view.types && !view.types.has(r.type))) return;
    const { topology } = view;
    if (!topology.hasNode(r.from) || !topology.hasNode(r.to) || topology.hasEdge(id)) return;
    if (this.graph.usable(r, view.when, view.evidence)) topology.addDirectedEdgeWithKey(id, r.from, r.to);
  }
}
