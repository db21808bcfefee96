import { MultiDirectedGraph } from 'graphology';
import type { ExistingGraph } from '../../../domain/graph-data.js';
import { compareStrings } from '../arguments.js';
import type { Entity, Kind, Relationship, RelationshipView, Source } from '../../../domain/model.js';
import { holdsAt, type When } from '../../../domain/valid-at.js';
import type { EvidenceArgs } from '../arguments.js';
import { relationshipUsable, reliabilityOf, viewAt } from '../fact-visibility.js';
import { NameOrder } from './name-order.js';
import { SearchIndex } from './search-index.js';

/** One entity or relationship that was created, replaced or removed. */
export type GraphChange =
  | { entity: string; relationship?: never; source?: never }
  | { relationship: string; entity?: never; source?: never }
  /** A stored source whose reliability changed: every relationship citing it may grade differently. */
  | { source: string; entity?: never; relationship?: never };

/**
 * What the memory store holds: the domain objects by id, their topology as a graphology
 * multigraph (node keys are entity ids, edge keys relationship ids; parallel relationships are
 * distinct edges) and the indexes kept in step with every change. Only validated writes reach it;
 * stored objects are frozen, so reads may hand them out as they are.
 */
export class MemoryGraph implements ExistingGraph {
  readonly entities = new Map<string, Entity>();
  readonly relationships = new Map<string, Relationship>();
  readonly sources = new Map<string, Source>();
  readonly topology = new MultiDirectedGraph();
  readonly search = new SearchIndex();
  readonly order = new NameOrder(() => this.entities.values());
  /** Grows with every change, so caches built on an older state know they are stale. */
  revision = 0;
  private readonly listeners: ((change: GraphChange) => void)[] = [];

  /** Calls `listener` after each change of one entity or relationship (already applied). */
  onChange(listener: (change: GraphChange) => void): void {
    this.listeners.push(listener);
  }

  private changed(change: GraphChange): void {
    this.revision++;
    for (const listener of this.listeners) listener(change);
  }

  entityKind(id: string): Kind | undefined {
    return this.entities.get(id)?.kind;
  }

  source(id: string): Source | undefined {
    return this.sources.get(id);
  }

  /** How many stored relationships carry suspensions (none: no read can leave one out as suspended). */
  get suspendable(): number {
    return this.suspendableCount;
  }

  private suspendableCount = 0;

  /** Both endpoints of a relationship hold at `when` (store-semantics.md; the relationship's own rule is apart). */
  endsHold(r: Relationship, when: When): boolean {
    if (when.asOf === null && when.at === null) return true;
    return holdsAt(this.entities.get(r.from)!, when) && holdsAt(this.entities.get(r.to)!, when);
  }

  /**
   * Whether a read at `when` with `evidence` may use the relationship and both its ends
   * (fact-visibility.ts): without an evidence filter or suspensions to leave out, only the time rule.
   */
  usable(r: Relationship, when: When, evidence: EvidenceArgs): boolean {
    const filtered =
      evidence.minReliability !== null ||
      evidence.maxCredibility !== null ||
      (!evidence.includeSuspended && r.suspensions.length > 0);
    if (filtered ? !relationshipUsable(this.view(r, when), when, evidence) : !holdsAt(r, when)) return false;
    return this.endsHold(r, when);
  }

  /** A relationship as reads return it at `when`: graded by its sources as they are stored now. */
  view(r: Relationship, when: When): RelationshipView {
    return viewAt({ ...r, reliability: reliabilityOf(r, (id) => this.sources.get(id)) }, when);
  }

  /** Every relationship touching an entity, ordered by id. */
  relationshipsOf(id: string): Relationship[] {
    const found = new Set<string>();
    this.topology.forEachEdge(id, (edge) => void found.add(edge));
    return [...found].sort(compareStrings).map((edge) => this.relationships.get(edge)!);
  }

  putSource(source: Source): void {
    const before = this.sources.get(source.id);
    this.sources.set(source.id, freeze({ ...source }));
    if (before !== undefined && before.reliability !== source.reliability) this.changed({ source: source.id });
    else this.revision++;
  }

  putEntity(entity: Entity): void {
    const before = this.entities.get(entity.id);
    const stored = freeze({ ...entity, aliases: [...entity.aliases], sources: [...entity.sources] });
    this.entities.set(entity.id, stored);
    if (!before) this.topology.addNode(entity.id);
    this.search.set(entity.id, stored);
    this.order.replace(before, stored);
    this.changed({ entity: entity.id });
  }

  putRelationship(relationship: Relationship): void {
    const before = this.relationships.get(relationship.id);
    const stored = freeze({
      ...relationship,
      sources: [...relationship.sources],
      suspensions: relationship.suspensions.map((c) => freeze({ ...c, sources: [...c.sources] })),
      alternatives: relationship.alternatives.map((c) => freeze({ ...c, sources: [...c.sources] })),
    });
    this.suspendableCount += (stored.suspensions.length > 0 ? 1 : 0) - (before?.suspensions.length ? 1 : 0);
    // A relationship's id names its ends (domain/ids.ts), so a replacement never moves the edge.
    if (!before) this.topology.addDirectedEdgeWithKey(stored.id, stored.from, stored.to);
    this.relationships.set(stored.id, stored);
    this.changed({ relationship: stored.id });
  }

  removeRelationship(id: string): void {
    if (this.relationships.get(id)?.suspensions.length) this.suspendableCount--;
    this.topology.dropEdge(id);
    this.relationships.delete(id);
    this.changed({ relationship: id });
  }

  /** Removes the entity and every relationship touching it. */
  removeEntity(id: string): void {
    for (const r of this.relationshipsOf(id)) {
      if (r.suspensions.length > 0) this.suspendableCount--;
      this.relationships.delete(r.id);
    }
    this.topology.dropNode(id);
    this.order.replace(this.entities.get(id), undefined);
    this.search.set(id, null);
    this.entities.delete(id);
    // Its relationships went with the node; a listener removing the entity removes them too.
    this.changed({ entity: id });
  }
}

function freeze<T extends object>(value: T): T {
  for (const v of Object.values(value)) if (Array.isArray(v)) Object.freeze(v);
  return Object.freeze(value);
}
