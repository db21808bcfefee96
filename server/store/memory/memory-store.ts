import { inIdOrder } from '../in-id-order.js';
import { loadDataDir } from '../../data/load-data-dir.js';
import { validateGraphData, type NormalizedGraph } from '../../../domain/graph-data.js';
import { BadUserInputError, NotFoundError } from '../../errors.js';
import {
  auditArgs,
  encodeCursor,
  byNameThenId,
  changesArgs,
  compareArgs,
  compareStrings,
  entitiesArgs,
  evidence,
  neighborhoodArgs,
  pathsArgs,
  searchArgs,
  when,
  type EvidenceArgs,
} from '../arguments.js';
import {
  importReport,
  type AuditPage,
  type ChangeReport,
  type ChangesOptions,
  type CompareOptions,
  type Comparison,
  type EntityPage,
  type ExportOptions,
  type GraphStore,
  type ImportReport,
  type NeighborCount,
  type NeighborCountsOptions,
  type NeighborhoodOptions,
  type Path,
  type PathsOptions,
  type SearchHit,
  type SearchOptions,
  type Stats,
  type StatsOptions,
  type Subgraph,
  type WriteContext,
  type EntitiesOptions,
} from '../graph-store.js';
import {
  type AuditEntry,
  type Entity,
  type EntityInput,
  type GraphData,
  type Kind,
  type Relationship,
  type RelationshipInput,
  type RelationshipView,
  type Source,
} from '../../../domain/model.js';
import { matchScore } from '../search-text.js';
import { ALWAYS, holdsAt, type When } from '../../../domain/valid-at.js';
import { AuditLog } from './audit-log.js';
import { Journal, JournalError, type JournalChange, type JournalOpenOptions, type JournalPut } from './journal.js';
import { MemoryGraph } from './memory-graph.js';
import { upperBound } from './name-order.js';
import { neighborhood } from './neighborhood.js';
import { shortestPaths } from './shortest-paths.js';
import { countAll, exportSelection } from './summaries.js';
import { VisibleViews } from './visible-views.js';
import { changesIn, compareIn, simplePathsIn } from './workbench.js';
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
  /** Where every write is committed before it is visible, replayed here at construction (journal.ts). */
  journal?: Journal;
}

export interface DataDirOptions extends MemoryStoreOptions, JournalOpenOptions {
  /** The journal file to open over the data folder; null or absent: writes live in memory only. */
  journalPath?: string | null;
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
  readonly writeBounds = null;
  private readonly graph = new MemoryGraph();
  private readonly views = new VisibleViews(this.graph);
  private readonly audit = new AuditLog();
  private readonly now: () => Date;
  private readonly journal: Journal | null;
  /** Answers that scan the whole graph (stats, counts with asOf), until the graph changes. */
  private readonly memo = { revision: -1, values: new Map<string, unknown>() };

  /** A store holding `initial` (already validated, e.g. by loadDataDir), every item at version 1. */
  constructor(initial?: NormalizedGraph, options: MemoryStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.journal = options.journal ?? null;
    if (initial) {
      for (const s of initial.sources) this.graph.putSource(s);
      for (const e of initial.entities) this.graph.putEntity({ ...e, version: 1 });
      for (const r of initial.relationships) this.graph.putRelationship({ ...r, version: 1 });
    }
    if (this.journal) this.replay(this.journal);
  }

  static fromGraph(graph: NormalizedGraph, options?: MemoryStoreOptions): MemoryStore {
    return new MemoryStore(graph, options);
  }

  /**
   * Loads every `*.json` file of a data folder (throws a DataError naming every problem) and, with
   * `journalPath`, replays the journal's writes over it (throws a JournalError when it cannot).
   */
  static fromDataDir(dir: string, options: DataDirOptions = {}): MemoryStore {
    const { journalPath, dropPending, ...rest } = options;
    // The journal opens first: it may finish an interrupted export's renames in data/.
    const journal = journalPath ? Journal.open(journalPath, dir, { dropPending }) : undefined;
    try {
      return new MemoryStore(loadDataDir(dir), { ...rest, journal });
    } catch (e) {
      journal?.close();
      throw e;
    }
  }

  /** The newest audit seq: a journaled store's export holds every write through it. */
  get lastSeq(): number {
    return this.audit.size;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.journal?.close();
  }

  async entity(id: string): Promise<Entity | null> {
    return this.graph.entities.get(id) ?? null;
  }

  async entitiesByIds(ids: readonly string[]): Promise<Entity[]> {
    return inIdOrder(ids, this.graph.entities);
  }

  async relationship(id: string): Promise<RelationshipView | null> {
    const r = this.graph.relationships.get(id);
    return r ? this.graph.view(r, ALWAYS) : null;
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
      if ((kinds && !kinds.has(entity.kind)) || !holdsAt(entity, args.when)) continue;
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
      if (!holdsAt(entity, args.when)) continue;
      if (items.length === args.first) {
        hasNextPage = true;
        break;
      }
      items.push(entity);
    }
    const totalCount = timeless(args.when)
      ? list.length
      : this.remember(
          `count|${args.kind}|${timeKey(args.when)}`,
          () => list.filter((e) => holdsAt(e, args.when)).length,
        );
    const last = items.at(-1);
    return { items, totalCount, endCursor: last ? encodeCursor(last) : null, hasNextPage };
  }

  async neighborhood(options: NeighborhoodOptions): Promise<Subgraph> {
    const args = neighborhoodArgs(options);
    const focus = this.graph.entities.get(args.id);
    if (!focus) throw new NotFoundError('Entity', args.id, 'id');
    if (!holdsAt(focus, args.when)) return { nodes: [focus], edges: [], truncated: false, total: 0 };
    const view = this.views.get({ when: args.when, relationTypes: args.relationTypes, evidence: args.evidence });
    return neighborhood(this.graph, view, args);
  }

  async neighborCounts(id: string, options: NeighborCountsOptions = {}): Promise<NeighborCount[]> {
    const at = when(options);
    const usable = evidence(options, true);
    const focus = this.graph.entities.get(id);
    if (!focus) throw new NotFoundError('Entity', id, 'id');
    if (!holdsAt(focus, at)) return [];
    const groups = new Map<string, { relationType: Relationship['type']; kind: Kind; neighbours: Set<string> }>();
    this.graph.topology.forEachEdge(id, (edge, _attributes, source, target) => {
      const r = this.graph.relationships.get(edge)!;
      if (!this.graph.usable(r, at, usable)) return;
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
    const view = this.views.get({ when: args.when, relationTypes: args.relationTypes, evidence: args.evidence });
    return args.mode === 'SIMPLE' ? simplePathsIn(this.graph, view, args) : shortestPaths(this.graph, view, args);
  }

  async changes(options: ChangesOptions): Promise<ChangeReport> {
    const args = changesArgs(options);
    if (args.focus !== null && !this.graph.entities.has(args.focus)) {
      throw new NotFoundError('Entity', args.focus, 'focus');
    }
    return changesIn(this.graph, args);
  }

  async compare(options: CompareOptions): Promise<Comparison> {
    const args = compareArgs(options);
    const a = this.graph.entities.get(args.a);
    if (!a) throw new NotFoundError('Entity', args.a, 'a');
    const b = this.graph.entities.get(args.b);
    if (!b) throw new NotFoundError('Entity', args.b, 'b');
    const view = this.views.get({ when: args.when, relationTypes: args.relationTypes, evidence: args.evidence });
    return compareIn(this.graph, view, args, a, b);
  }

  async stats(options: StatsOptions = {}): Promise<Stats> {
    const at = when(options);
    const usable = evidence(options, true);
    const stats = this.remember(`stats|${timeKey(at)}|${evidenceKey(usable)}`, () => countAll(this.graph, at, usable));
    return {
      ...stats,
      byKind: stats.byKind.map((k) => ({ ...k })),
      byRelationType: stats.byRelationType.map((t) => ({ ...t })),
    };
  }

  async upsertEntity(input: EntityInput, ctx: WriteContext, expectedVersion?: number | null): Promise<Entity> {
    const asked = askedKind(input);
    if (asked) checkEntityKindChange(asked.id, asked.kind, this.kindView());
    const next = validateOne({ entities: [input] }, this.graph).entities[0]!;
    const before = this.graph.entities.get(next.id);
    checkVersion('Entity', next.id, before, expectedVersion);
    const after = { ...next, version: (before?.version ?? 0) + 1 };
    this.commit(ctx, 'upsertEntity', [after.id], before ?? null, after, { put: put({ entities: [after] }) });
    return this.graph.entities.get(next.id)!;
  }

  async upsertRelationship(
    input: RelationshipInput,
    ctx: WriteContext,
    expectedVersion?: number | null,
  ): Promise<RelationshipView> {
    const next = validateOne({ relationships: [input] }, this.graph).relationships[0]!;
    const before = this.graph.relationships.get(next.id);
    checkVersion('Relationship', next.id, before, expectedVersion);
    const after = { ...next, version: (before?.version ?? 0) + 1 };
    this.commit(ctx, 'upsertRelationship', [after.id], before ?? null, after, {
      put: put({ relationships: [after] }),
    });
    return this.graph.view(this.graph.relationships.get(next.id)!, ALWAYS);
  }

  async deleteEntity(
    id: string,
    ctx: WriteContext,
    expectedVersion?: number | null,
  ): Promise<{ entity: Entity; relationships: RelationshipView[] }> {
    const entity = this.graph.entities.get(id);
    if (!entity) throw new NotFoundError('Entity', id, 'id');
    checkVersion('Entity', id, entity, expectedVersion);
    const removed = { entity, relationships: this.graph.relationshipsOf(id) };
    const views = removed.relationships.map((r) => this.graph.view(r, ALWAYS));
    this.commit(ctx, 'deleteEntity', [id, ...removed.relationships.map((r) => r.id)], removed, null, {
      deleteEntity: id,
    });
    return { entity, relationships: views };
  }

  async deleteRelationship(id: string, ctx: WriteContext, expectedVersion?: number | null): Promise<RelationshipView> {
    const relationship = this.graph.relationships.get(id);
    if (!relationship) throw new NotFoundError('Relationship', id, 'id');
    checkVersion('Relationship', id, relationship, expectedVersion);
    const view = this.graph.view(relationship, ALWAYS);
    this.commit(ctx, 'deleteRelationship', [id], relationship, null, { deleteRelationship: id });
    return view;
  }

  async importGraph(data: unknown, ctx: WriteContext, options?: { dryRun?: boolean }): Promise<ImportReport> {
    const dryRun = options?.dryRun === true;
    const { graph: batch, problems } = validateGraphData(data, this.graph);
    problems.push(...importKindChangeProblems(data, batch, this.kindView()));
    const report = importReport(batch, problems, dryRun);
    if (!report.ok || dryRun) return report;

    // A batch names each id once (the validator refuses duplicates), so versions can be set up front.
    const change = put({
      sources: batch.sources,
      entities: batch.entities.map((e) => ({ ...e, version: (this.graph.entities.get(e.id)?.version ?? 0) + 1 })),
      relationships: batch.relationships.map((r) => ({
        ...r,
        version: (this.graph.relationships.get(r.id)?.version ?? 0) + 1,
      })),
    });
    this.commit(ctx, 'importGraph', importedIds(batch), null, importCounts(report), { put: change });
    return report;
  }

  async exportGraph(options: ExportOptions = {}): Promise<GraphData> {
    return exportSelection(this.graph, options.ids ?? null, when(options), evidence(options, true));
  }

  async auditLog(options?: { first?: number; after?: string | null }): Promise<AuditPage> {
    const { first, afterSeq } = auditArgs(options);
    return this.audit.page(first, afterSeq);
  }

  /**
   * Lands a validated write, all or nothing: the journal commits it to disk first (when it throws,
   * nothing changed), then the change and its audit entry become visible together, synchronously.
   */
  private commit(
    ctx: WriteContext,
    operation: AuditEntry['operation'],
    ids: string[],
    before: object | null,
    after: object | null,
    change: JournalChange,
  ): void {
    const entry = this.audit.next(auditRecord(ctx, operation, ids, before, after, this.now()));
    this.journal?.append(entry, change);
    this.apply(change);
    this.audit.add(entry);
  }

  /** Applies one write's change: the live write and the journal's replay go through here alike. */
  private apply(change: JournalChange): void {
    if ('deleteEntity' in change) return this.graph.removeEntity(change.deleteEntity);
    if ('deleteRelationship' in change) return this.graph.removeRelationship(change.deleteRelationship);
    const { sources, entities, relationships } = change.put;
    if (entities.length > BULK_ENTITIES) this.graph.order.invalidate();
    if (entities.length + relationships.length > BULK_VIEWS) this.views.clear();
    for (const s of sources) this.graph.putSource(s);
    for (const e of entities) this.graph.putEntity(e);
    for (const r of relationships) this.graph.putRelationship(r);
  }

  /** Replays the journal over the data just loaded: every audit entry, and the changes not yet in data/. */
  private replay(journal: Journal): void {
    for (const { entry, change } of journal.rows()) {
      try {
        if (change) this.apply(change);
      } catch (e) {
        throw new JournalError(
          journal.path,
          `write ${entry.id} (${entry.operation} ${entry.ids.slice(0, 3).join(', ')}) does not apply over data/ ` +
            `(${(e as Error).message}); restore the journal or data/ from a backup`,
        );
      }
      this.audit.add(entry);
    }
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

  private remember<T>(key: string, compute: () => T): T {
    if (this.memo.revision !== this.graph.revision) {
      this.memo.values.clear();
      this.memo.revision = this.graph.revision;
    }
    if (!this.memo.values.has(key)) this.memo.values.set(key, compute());
    return this.memo.values.get(key) as T;
  }
}

/** A put change with the lists a write leaves out empty. */
function put(lists: Partial<JournalPut>): JournalPut {
  return { sources: lists.sources ?? [], entities: lists.entities ?? [], relationships: lists.relationships ?? [] };
}

function timeless(w: When): boolean {
  return w.asOf === null && w.at === null;
}

/** A cache key part for a read's time. */
function timeKey(w: When): string {
  return w.at !== null ? `at ${w.at}` : w.asOf !== null ? `asOf ${w.asOf}` : 'always';
}

/** A cache key part for a read's evidence filter. */
function evidenceKey(e: EvidenceArgs): string {
  return `${e.minReliability ?? '-'}|${e.maxCredibility ?? '-'}|${e.includeSuspended ? 'all' : 'active'}`;
}
