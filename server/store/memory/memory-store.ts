import { inIdOrder } from '../in-id-order.js';
import { loadDataDir } from '../../data/load-data-dir.js';
import { validateGraphData, type NormalizedGraph } from '../../../domain/graph-data.js';
import { toGraphData } from '../../../domain/to-graph-data.js';
import { BadUserInputError, NotFoundError } from '../../errors.js';
import {
  auditArgs,
  encodeCursor,
  byNameThenId,
  compareStrings,
  entitiesArgs,
  neighborhoodArgs,
  pathsArgs,
  searchArgs,
  year,
} from '../arguments.js';
import {
  importReport,
  type AuditPage,
  type EntityPage,
  type ExportOptions,
  type GraphStore,
  type ImportReport,
  type NeighborCount,
  type NeighborhoodOptions,
  type Path,
  type PathsOptions,
  type SearchHit,
  type SearchOptions,
  type Stats,
  type Subgraph,
  type WriteContext,
  type EntitiesOptions,
} from '../graph-store.js';
import {
  KINDS,
  RELATION_TYPES,
  type AuditEntry,
  type Entity,
  type EntityInput,
  type GraphData,
  type Kind,
  type Relationship,
  type RelationshipInput,
  type Source,
} from '../../../domain/model.js';
import { matchScore } from '../search-text.js';
import { validAt } from '../../../domain/valid-at.js';
import { AuditLog } from './audit-log.js';
import { MemoryGraph } from './memory-graph.js';
import { upperBound } from './name-order.js';
import { neighborhood } from './neighborhood.js';
import { shortestPaths } from './shortest-paths.js';
import { VisibleViews } from './visible-views.js';
import {
  askedKind,
  auditRecord,
  checkEntityKindChange,
  checkVersion,
  importCounts,
  importedIds,
  importKindChangeProblems,
  validateOne,
  type KindChangeView,
} from '../write-rules.js';

export interface MemoryStoreOptions {
  /** The clock behind each audit entry's `at`. @default () => new Date() */
  now?: () => Date;
}

/** Imports with more entities than this re-sort the name order once instead of moving each entry. */
const BULK_ENTITIES = 64;
/** Imports larger than this drop the filtered views (rebuilt on demand) instead of updating them. */
const BULK_VIEWS = 10_000;

/**
 * The embedded GraphStore (docs/store-semantics.md): the whole graph in memory, on graphology.
 * Every write is validated in full before anything changes and then applied synchronously, so it
 * is all-or-nothing and no read ever sees half of it.
 */
export class MemoryStore implements GraphStore {
  readonly backend = 'memory' as const;
  /** A write is applied synchronously inside its call: it cannot land after the call gave up. */
  readonly commitMarginMs = 0;
  private readonly graph = new MemoryGraph();
  private readonly views = new VisibleViews(this.graph);
  private readonly audit = new AuditLog();
  private readonly now: () => Date;
  /** Answers that scan the whole graph (stats, counts with asOf), until the graph changes. */
  private readonly memo = { revision: -1, values: new Map<string, unknown>() };

  /** A store holding `initial` (already validated, e.g. by loadDataDir), every item at version 1. */
  constructor(initial?: NormalizedGraph, options: MemoryStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    if (!initial) return;
    for (const s of initial.sources) this.graph.putSource(s);
    for (const e of initial.entities) this.graph.putEntity({ ...e, version: 1 });
    for (const r of initial.relationships) this.graph.putRelationship({ ...r, version: 1 });
  }

  static fromGraph(graph: NormalizedGraph, options?: MemoryStoreOptions): MemoryStore {
    return new MemoryStore(graph, options);
  }

  /** Loads every `*.json` file of a data folder; throws a DataError naming every problem. */
  static fromDataDir(dir: string, options?: MemoryStoreOptions): MemoryStore {
    return new MemoryStore(loadDataDir(dir), options);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}

  async entity(id: string): Promise<Entity | null> {
    return this.graph.entities.get(id) ?? null;
  }

  async entitiesByIds(ids: readonly string[]): Promise<Entity[]> {
    return inIdOrder(ids, this.graph.entities);
  }

  async relationship(id: string): Promise<Relationship | null> {
    return this.graph.relationships.get(id) ?? null;
  }

  async sourcesByIds(ids: readonly string[]): Promise<Source[]> {
    return inIdOrder(ids, this.graph.sources);
  }

  async search(text: string, options?: SearchOptions): Promise<SearchHit[]> {
    const args = searchArgs(text, options);
    const kinds = args.kinds && new Set(args.kinds);
    const hits: SearchHit[] = [];
    for (const id of this.graph.search.candidates(args.text)) {
      const entity = this.graph.entities.get(id)!;
      if ((kinds && !kinds.has(entity.kind)) || !validAt(entity, args.asOf)) continue;
      const score = matchScore(this.graph.search.namesOf(id), args.text);
      if (score !== null) hits.push({ entity, score });
    }
    hits.sort((a, b) => b.score - a.score || byNameThenId(a.entity, b.entity));
    return hits.slice(0, args.first);
  }

  async entities(options?: EntitiesOptions): Promise<EntityPage> {
    const args = entitiesArgs(options);
    const list = this.graph.order.list(args.kind);
    const items: Entity[] = [];
    let hasNextPage = false;
    for (let i = args.after ? upperBound(list, args.after) : 0; i < list.length; i++) {
      const entity = list[i]!;
      if (!validAt(entity, args.asOf)) continue;
      if (items.length === args.first) {
        hasNextPage = true;
        break;
      }
      items.push(entity);
    }
    const totalCount =
      args.asOf === null
        ? list.length
        : this.remember(`count|${args.kind}|${args.asOf}`, () => list.filter((e) => validAt(e, args.asOf)).length);
    const last = items.at(-1);
    return { items, totalCount, endCursor: last ? encodeCursor(last) : null, hasNextPage };
  }

  async neighborhood(options: NeighborhoodOptions): Promise<Subgraph> {
    const args = neighborhoodArgs(options);
    const focus = this.graph.entities.get(args.id);
    if (!focus) throw new NotFoundError('Entity', args.id, 'id');
    if (!validAt(focus, args.asOf)) return { nodes: [focus], edges: [], truncated: false, total: 0 };
    return neighborhood(this.graph, this.views.get(args.asOf, args.relationTypes), args);
  }

  async neighborCounts(id: string, asOf?: number | null): Promise<NeighborCount[]> {
    const when = year('asOf', asOf);
    const focus = this.graph.entities.get(id);
    if (!focus) throw new NotFoundError('Entity', id, 'id');
    if (!validAt(focus, when)) return [];
    const groups = new Map<string, { relationType: Relationship['type']; kind: Kind; neighbours: Set<string> }>();
    this.graph.topology.forEachEdge(id, (edge, _attributes, source, target) => {
      const r = this.graph.relationships.get(edge)!;
      if (!this.graph.relationshipVisible(r, when)) return;
      const neighbour = source === id ? target : source;
      const kind = this.graph.entities.get(neighbour)!.kind;
      const key = `${r.type} ${kind}`;
      let group = groups.get(key);
      if (!group) {
        group = { relationType: r.type, kind, neighbours: new Set() };
        groups.set(key, group);
      }
      group.neighbours.add(neighbour);
    });
    return [...groups.values()]
      .map((g) => ({ relationType: g.relationType, kind: g.kind, count: g.neighbours.size }))
      .sort((a, b) => compareStrings(a.relationType, b.relationType) || compareStrings(a.kind, b.kind));
  }

  async paths(options: PathsOptions): Promise<Path[]> {
    const args = pathsArgs(options);
    if (args.from === args.to) throw new BadUserInputError('to', 'must differ from from');
    if (!this.graph.entities.has(args.from)) throw new NotFoundError('Entity', args.from, 'from');
    if (!this.graph.entities.has(args.to)) throw new NotFoundError('Entity', args.to, 'to');
    return shortestPaths(this.graph, this.views.get(args.asOf, null), args);
  }

  async stats(asOf?: number | null): Promise<Stats> {
    const when = year('asOf', asOf);
    const stats = this.remember(`stats|${when}`, () => this.countAll(when));
    return {
      ...stats,
      byKind: stats.byKind.map((k) => ({ ...k })),
      byRelationType: stats.byRelationType.map((t) => ({ ...t })),
    };
  }

  async upsertEntity(input: EntityInput, ctx: WriteContext, expectedVersion?: number | null): Promise<Entity> {
    const asked = askedKind(input, KINDS);
    if (asked) checkEntityKindChange(asked.id, asked.kind, this.kindView());
    const next = validateOne({ entities: [input] }, this.graph).entities[0]!;
    const before = this.graph.entities.get(next.id);
    checkVersion('Entity', next.id, before, expectedVersion);
    this.graph.putEntity({ ...next, version: (before?.version ?? 0) + 1 });
    const after = this.graph.entities.get(next.id)!;
    this.record(ctx, 'upsertEntity', [after.id], before ?? null, after);
    return after;
  }

  async upsertRelationship(
    input: RelationshipInput,
    ctx: WriteContext,
    expectedVersion?: number | null,
  ): Promise<Relationship> {
    const next = validateOne({ relationships: [input] }, this.graph).relationships[0]!;
    const before = this.graph.relationships.get(next.id);
    checkVersion('Relationship', next.id, before, expectedVersion);
    this.graph.putRelationship({ ...next, version: (before?.version ?? 0) + 1 });
    const after = this.graph.relationships.get(next.id)!;
    this.record(ctx, 'upsertRelationship', [after.id], before ?? null, after);
    return after;
  }

  async deleteEntity(
    id: string,
    ctx: WriteContext,
    expectedVersion?: number | null,
  ): Promise<{ entity: Entity; relationships: Relationship[] }> {
    const entity = this.graph.entities.get(id);
    if (!entity) throw new NotFoundError('Entity', id, 'id');
    checkVersion('Entity', id, entity, expectedVersion);
    const removed = { entity, relationships: this.graph.relationshipsOf(id) };
    this.graph.removeEntity(id);
    this.record(ctx, 'deleteEntity', [id, ...removed.relationships.map((r) => r.id)], removed, null);
    return removed;
  }

  async deleteRelationship(id: string, ctx: WriteContext, expectedVersion?: number | null): Promise<Relationship> {
    const relationship = this.graph.relationships.get(id);
    if (!relationship) throw new NotFoundError('Relationship', id, 'id');
    checkVersion('Relationship', id, relationship, expectedVersion);
    this.graph.removeRelationship(id);
    this.record(ctx, 'deleteRelationship', [id], relationship, null);
    return relationship;
  }

  async importGraph(data: unknown, ctx: WriteContext, options?: { dryRun?: boolean }): Promise<ImportReport> {
    const dryRun = options?.dryRun === true;
    const { graph: batch, problems } = validateGraphData(data, this.graph);
    problems.push(...importKindChangeProblems(data, batch, this.kindView()));
    const report = importReport(batch, problems, dryRun);
    if (!report.ok || dryRun) return report;

    if (batch.entities.length > BULK_ENTITIES) this.graph.order.invalidate();
    if (batch.entities.length + batch.relationships.length > BULK_VIEWS) this.views.clear();
    for (const s of batch.sources) this.graph.putSource(s);
    for (const e of batch.entities) {
      this.graph.putEntity({ ...e, version: (this.graph.entities.get(e.id)?.version ?? 0) + 1 });
    }
    for (const r of batch.relationships) {
      this.graph.putRelationship({ ...r, version: (this.graph.relationships.get(r.id)?.version ?? 0) + 1 });
    }
    this.record(ctx, 'importGraph', importedIds(batch), null, importCounts(report));
    return report;
  }

  async exportGraph(options: ExportOptions = {}): Promise<GraphData> {
    const asOf = year('asOf', options.asOf);
    const ids = options.ids ?? null;
    const entities = (ids ? inIdOrder(ids, this.graph.entities) : [...this.graph.entities.values()]).filter((e) =>
      validAt(e, asOf),
    );
    let relationships: Relationship[];
    if (ids) {
      const selected = new Set(entities.map((e) => e.id));
      relationships = [];
      for (const id of selected) {
        this.graph.topology.forEachOutEdge(id, (edge, _attributes, _source, target) => {
          const r = this.graph.relationships.get(edge)!;
          if (selected.has(target) && validAt(r, asOf)) relationships.push(r);
        });
      }
    } else {
      relationships = [...this.graph.relationships.values()].filter((r) => this.graph.relationshipVisible(r, asOf));
    }
    const sources =
      !ids && asOf === null
        ? [...this.graph.sources.values()]
        : inIdOrder([...new Set([...entities, ...relationships].flatMap((item) => item.sources))], this.graph.sources);
    return toGraphData(sources, entities, relationships);
  }

  async auditLog(options?: { first?: number; after?: string | null }): Promise<AuditPage> {
    const { first, afterSeq } = auditArgs(options);
    return this.audit.page(first, afterSeq);
  }

  private record(
    ctx: WriteContext,
    operation: AuditEntry['operation'],
    ids: string[],
    before: object | null,
    after: object | null,
  ): void {
    this.audit.append(auditRecord(ctx, operation, ids, before, after, this.now()));
  }

  /** The stored kinds and relationships, as the shared kind-change rule reads them. */
  private kindView(): KindChangeView {
    const kindOf = (id: string) => this.graph.entityKind(id)!;
    return {
      kindBefore: (id) => this.graph.entityKind(id),
      touching: (id) =>
        this.graph.relationshipsOf(id).map((r) => ({ ...r, fromKind: kindOf(r.from), toKind: kindOf(r.to) })),
    };
  }

  private countAll(asOf: number | null): Stats {
    const byKind = new Map<Kind, number>(KINDS.map((k) => [k, 0]));
    const byType = new Map<Relationship['type'], number>(RELATION_TYPES.map((t) => [t, 0]));
    let entities = 0;
    let relationships = 0;
    for (const e of this.graph.entities.values()) {
      if (!validAt(e, asOf)) continue;
      entities++;
      byKind.set(e.kind, byKind.get(e.kind)! + 1);
    }
    for (const r of this.graph.relationships.values()) {
      if (!this.graph.relationshipVisible(r, asOf)) continue;
      relationships++;
      byType.set(r.type, byType.get(r.type)! + 1);
    }
    return {
      entities,
      relationships,
      sources: this.graph.sources.size,
      byKind: KINDS.map((kind) => ({ kind, count: byKind.get(kind)! })),
      byRelationType: RELATION_TYPES.map((relationType) => ({ relationType, count: byType.get(relationType)! })),
    };
  }

  private remember<T>(key: string, compute: () => T): T {
    if (this.memo.revision !== this.graph.revision) {
      this.memo.values.clear();
      this.memo.revision = this.graph.revision;
    }
    if (!this.memo.values.has(key)) this.memo.values.set(key, compute());
    return this.memo.values.get(key) as T;
  }
}
