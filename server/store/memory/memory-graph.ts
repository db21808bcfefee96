import { MultiDirectedGraph } from 'graphology';
import type { ExistingGraph } from '../../../domain/graph-data.js';
import { compareStrings } from '../arguments.js';
import type { Entity, Kind, Relationship, Source } from '../../../domain/model.js';
import { validAt } from '../../../domain/valid-at.js';
import { NameOrder } from './name-order.js';
import { SearchIndex } from './search-index.js';

/** One entity or relationship that was created, replaced or removed. */
export type GraphChange = { entity: string; relationship?: never } | { relationship: string; entity?: never };

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

  hasSource(id: string): boolean {
    return this.sources.has(id);
  }

  /** A relationship is visible when it and both its endpoints are valid (store-semantics.md). */
  relationshipVisible(r: Relationship, asOf: number | null): boolean {
    if (asOf === null) return true;
    return validAt(r, asOf) && validAt(this.entities.get(r.from)!, asOf) && validAt(this.entities.get(r.to)!, asOf);
  }

  /** Every relationship touching an entity, ordered by id. */
  relationshipsOf(id: string): Relationship[] {
    const found = new Set<string>();
    this.topology.forEachEdge(id, (edge) => void found.add(edge));
    return [...found].sort(compareStrings).map((edge) => this.relationships.get(edge)!);
  }

  putSource(source: Source): void {
    this.sources.set(source.id, freeze({ ...source }));
    this.revision++;
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
    const stored = freeze({ ...relationship, sources: [...relationship.sources] });
    // graphology cannot move an edge: a replacement with new endpoints is a drop and an add.
    const moved = before !== undefined && (before.from !== stored.from || before.to !== stored.to);
    if (moved) this.topology.dropEdge(stored.id);
    if (!before || moved) this.topology.addDirectedEdgeWithKey(stored.id, stored.from, stored.to);
    this.relationships.set(stored.id, stored);
    this.changed({ relationship: stored.id });
  }

  removeRelationship(id: string): void {
    this.topology.dropEdge(id);
    this.relationships.delete(id);
    this.changed({ relationship: id });
  }

  /** Removes the entity and every relationship touching it. */
  removeEntity(id: string): void {
    for (const r of this.relationshipsOf(id)) this.relationships.delete(r.id);
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
