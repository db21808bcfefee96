import { routing, type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { isWellFormedEntityId, MAX_RELATIONSHIP_ID_LENGTH } from '../../../domain/ids.js';
import { validateGraphData, type ExistingGraph, type NormalizedGraph } from '../../../domain/graph-data.js';
import { toGraphData } from '../../../domain/to-graph-data.js';
import { inIdOrder } from '../in-id-order.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors.js';
import {
  auditArgs,
  auditCursor,
  compareStrings,
  encodeCursor,
  entitiesArgs,
  neighborhoodArgs,
  pathsArgs,
  searchArgs,
  year,
} from '../arguments.js';
import { importReport, type AuditPage, type EntitiesOptions, type EntityPage, type ExportOptions, type GraphStore, type ImportReport, type NeighborCount, type NeighborhoodOptions, type Path, type PathsOptions, type SearchHit, type SearchOptions, type Stats, type Subgraph, type WriteContext } from '../graph-store.js';
import { KINDS, RELATION_TYPES, type AuditEntry, type Entity, type EntityInput, type GraphData, type ImportProblem, type Kind, type Relationship, type RelationshipInput, type RelationType, type Source } from '../../../domain/model.js';
import { defaultRelationshipId } from '../../../domain/ids.js';
import { endpointsAllowed } from '../../../domain/relation-rules.js';
import { SCORE_EXACT, SCORE_PREFIX, SCORE_WORDS, words } from '../search-text.js';
import { CypherFiles } from './cypher-files.js';
import { createDriver, importTransactionMs, transactionConfig, type Neo4jConfig } from './driver.js';
import { mapErrors } from './map-neo4j-error.js';
import { PATHS_STATEMENTS, pathsOverNeo4j } from './paths-graph.js';
import { retryConcurrentDelete } from './retry-concurrent-delete.js';
import { applySchema } from './schema.js';
import { briefParams, trace } from '../../trace.js';
import { toAuditEntry, toEntity, toInt, toNumber, toRelationship, toSource } from './to-domain.js';
import { entityRow, relationshipRow, sourceRow } from './to-rows.js';

export type { Neo4jConfig } from './driver.js';

/** Every statement the store runs, resolved in the constructor so a missing file fails at boot. */
const STATEMENTS = {
  entity: 'queries/entity',
  entitiesByIds: 'queries/entities-by-ids',
  relationship: 'queries/relationship',
  sourcesByIds: 'queries/sources-by-ids',
  search: 'queries/search',
  entities: 'queries/entities',
  neighborhood: 'queries/neighborhood',
  neighborhoodSubgraph: 'queries/neighborhood-subgraph',
  upsertEntityTouching: 'queries/upsert-entity-touching',
  neighborCounts: 'queries/neighbor-counts',
  ...PATHS_STATEMENTS,
  stats: 'queries/stats',
  exportGraph: 'queries/export-graph',
  auditLog: 'queries/audit-log',
  referenced: 'queries/referenced',
  touching: 'queries/import-graph-touching',
  upsertEntityLock: 'queries/upsert-entity-lock',
  deleteEntityLock: 'queries/delete-entity-lock',
  deleteEntity: 'queries/delete-entity',
  relationshipLock: 'queries/relationship-lock',
  deleteRelationship: 'queries/delete-relationship',
  appendAudit: 'queries/append-audit',
  countAll: 'queries/count-all',
  resetForTests: 'queries/reset-for-tests',
  seedSources: 'seed/sources',
  seedEntities: 'seed/entities',
  seedRelationships: 'seed/relationships',
} as const;
type StatementName = keyof typeof STATEMENTS;

/** The cypher/ files the store uses (a unit test checks that every query file is one of them). */
export const USED_CYPHER_FILES: readonly string[] = Object.values(STATEMENTS);

type Row = Record<string, unknown>;
type Params = Record<string, unknown>;

/** Rows per statement when writing a batch (one transaction still holds them all for an import). */
const CHUNK = 5000;
/**
 * Server-side timeout of a seed chunk or the test reset, which may legitimately take longer than a
 * read (an import gets `importTimeoutMs`, the bound the API waits on).
 */
const LONG_TRANSACTION_MS = 300_000;

export interface Counts {
  entities: number;
  relationships: number;
  sources: number;
  auditEntries: number;
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function uniqueStrings(values: Iterable<unknown>): string[] {
  return [...new Set([...values].filter((v): v is string => typeof v === 'string'))];
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const field = (v: unknown, key: string): unknown =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;

/** The ids a raw batch refers to, so one query can fetch what the store holds of them. */
function referencedIds(data: unknown): { entityIds: string[]; sourceIds: string[] } {
  const entities = list(field(data, 'entities'));
  const relationships = list(field(data, 'relationships'));
  return {
    entityIds: uniqueStrings([
      ...entities.map((e) => field(e, 'id')),
      ...relationships.flatMap((r) => [field(r, 'from'), field(r, 'to')]),
    ]),
    sourceIds: uniqueStrings([...entities, ...relationships].flatMap((x) => list(field(x, 'sources')))),
  };
}

/** `expectedVersion` semantics: null = unconditional, 0 = create only, n = must be at n. */
function checkVersion(what: string, id: string, expected: number | null | undefined, actual: number | null): void {
  if (expected === undefined || expected === null) return;
  if (!Number.isInteger(expected) || expected < 0) {
    throw new BadUserInputError('expectedVersion', `must be a non-negative integer, got ${String(expected)}`);
  }
  if (expected === 0 ? actual !== null : actual !== expected) {
    throw new ConflictError(what, id, expected, actual ?? 0);
  }
}

/** A write's first problem as the error the API reports, its field under `input.` (as MemoryStore). */
function firstProblem(problems: ImportProblem[]): BadUserInputError {
  const p = problems[0]!;
  const field = p.field === '(entry)' || p.field === '(file)' ? 'input' : `input.${p.field}`;
  return new BadUserInputError(field, p.message);
}

interface Touching {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  fromKind: Kind;
  toKind: Kind;
}

/**
 * Stored relationships that new kinds would leave with disallowed endpoints, per changed entity
 * (`touching` lists each entity's relationships; `replaced` are rewritten by the same write).
 */
function kindChangeProblems(
  kinds: ReadonlyMap<string, Kind>,
  before: (id: string) => Kind | undefined,
  touching: (id: string) => readonly Touching[],
  replaced: ReadonlySet<string> = new Set(),
): { id: string; message: string }[] {
  const problems: { id: string; message: string }[] = [];
  for (const [id, kind] of kinds) {
    const was = before(id);
    if (was === undefined || was === kind) continue;
    for (const t of [...touching(id)].sort((a, b) => compareStrings(a.id, b.id))) {
      if (replaced.has(t.id)) continue;
      const fromKind = kinds.get(t.from) ?? t.fromKind;
      const toKind = kinds.get(t.to) ?? t.toKind;
      if (!endpointsAllowed(t.type, fromKind, toKind)) {
        problems.push({
          id,
          message: `cannot become ${kind}: relationship '${t.id}' (${t.type}) would link ${fromKind} to ${toKind}`,
        });
      }
    }
  }
  return problems;
}

/** The id a raw relationship input will get, when it can be told before validation. */
/** The id to lock before validating, or null when the input cannot name one (the validator then says why). */
function rawRelationshipId(input: RelationshipInput): string | null {
  const id = typeof input.id === 'string' ? input.id : null;
  if (id !== null) return id.length <= MAX_RELATIONSHIP_ID_LENGTH ? id : null;
  if (!isWellFormedEntityId(input.from) || !isWellFormedEntityId(input.to) || typeof input.type !== 'string') return null;
  return defaultRelationshipId(input);
}

/** One write transaction: runs named statements and returns plain rows. */
/** Runs one statement and returns its rows, traced on atlas:cypher (DEBUG=atlas:cypher). */
async function runStatement(name: StatementName, params: Params, run: () => Promise<QueryResult>): Promise<Row[]> {
  const started = performance.now();
  let outcome = 'failed';
  try {
    const result = await run();
    outcome = `${result.records.length} rows`;
    return result.records.map((r) => r.toObject());
  } finally {
    if (trace.cypher.enabled) {
      trace.cypher('%s %dms %s %s', STATEMENTS[name], Math.round(performance.now() - started), outcome, briefParams(params));
    }
  }
}

class Tx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly statements: Record<StatementName, string>,
  ) {}

  run(name: StatementName, params: Params = {}): Promise<Row[]> {
    return runStatement(name, params, () => this.tx.run(this.statements[name], params));
  }

  async one(name: StatementName, params: Params = {}): Promise<Row | undefined> {
    return (await this.run(name, params))[0];
  }
}

/**
 * GraphStore over Neo4j 5.26 (and 2025+): every statement is a file under cypher/, parameters
 * only. Behaviour is docs/store-semantics.md, checked by the contract suite shared with MemoryStore.
 */
export class Neo4jStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  private readonly statements: Record<StatementName, string>;

  private constructor(
    private readonly driver: Driver,
    private readonly config: Neo4jConfig,
    private readonly cypher: CypherFiles,
  ) {
    this.statements = Object.fromEntries(
      Object.entries(STATEMENTS).map(([key, name]) => [key, cypher.statement(name)]),
    ) as Record<StatementName, string>;
  }

  /**
   * Connects (UNAVAILABLE within `timeoutMs` when the database is down), then applies the schema
   * unless told not to.
   */
  static async open(config: Neo4jConfig, options: { applySchema?: boolean } = {}): Promise<Neo4jStore> {
    const cypher = CypherFiles.load();
    const driver = createDriver(config);
    try {
      const store = new Neo4jStore(driver, config, cypher);
      await store.ping();
      if (options.applySchema !== false) {
        await mapErrors(() => applySchema(driver, config.database, cypher));
      }
      return store;
    } catch (e) {
      await driver.close();
      throw e;
    }
  }

  async ping(): Promise<void> {
    await mapErrors(() => this.driver.verifyConnectivity({ database: this.config.database }));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  // ---------------------------------------------------------------- reads

  private async read(name: StatementName, params: Params = {}): Promise<Row[]> {
    return mapErrors(() =>
      retryConcurrentDelete(() =>
        runStatement(name, params, () =>
          this.driver.executeQuery(this.statements[name], params, {
            routing: routing.READ,
            database: this.config.database,
            transactionConfig: transactionConfig(this.config),
          }),
        ),
      ),
    );
  }

  private async write<T>(work: (tx: Tx) => Promise<T>, longMs?: number): Promise<T> {
    const session = this.driver.session({ database: this.config.database });
    try {
      return await mapErrors(() =>
        retryConcurrentDelete(() =>
          session.executeWrite((tx) => work(new Tx(tx, this.statements)), transactionConfig(this.config, longMs)),
        ),
      );
    } finally {
      await session.close();
    }
  }

  private async readTx<T>(work: (tx: Tx) => Promise<T>, longMs?: number): Promise<T> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: 'READ' });
    try {
      return await mapErrors(() =>
        retryConcurrentDelete(() =>
          session.executeRead((tx) => work(new Tx(tx, this.statements)), transactionConfig(this.config, longMs)),
        ),
      );
    } finally {
      await session.close();
    }
  }

  async entity(id: string): Promise<Entity | null> {
    const row = (await this.read('entity', { id }))[0];
    return row ? toEntity(row.entity as Row) : null;
  }

  async entitiesByIds(ids: readonly string[]): Promise<Entity[]> {
    if (ids.length === 0) return [];
    const rows = await this.read('entitiesByIds', { ids: [...new Set(ids)] });
    return inIdOrder(ids, new Map(rows.map((r) => toEntity(r.entity as Row)).map((e) => [e.id, e])));
  }

  async relationship(id: string): Promise<Relationship | null> {
    const row = (await this.read('relationship', { id }))[0];
    return row ? toRelationship(row.relationship as Row) : null;
  }

  async sourcesByIds(ids: readonly string[]): Promise<Source[]> {
    if (ids.length === 0) return [];
    const rows = await this.read('sourcesByIds', { ids: [...new Set(ids)] });
    return inIdOrder(ids, new Map(rows.map((r) => toSource(r.source as Row)).map((s) => [s.id, s])));
  }

  async search(text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const args = searchArgs(text, options);
    const ws = words(args.text);
    if (ws.length === 0) return [];
    // After folding, words hold letters and digits only; escaping anyway keeps Lucene syntax out.
    const lucene = ws.map((w) => `${w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')}*`).join(' AND ');
    const rows = await this.read('search', {
      lucene,
      q: ws.join(' '),
      words: ws,
      kinds: args.kinds,
      asOf: toInt(args.asOf),
      first: toInt(args.first),
      exact: SCORE_EXACT,
      prefix: SCORE_PREFIX,
      wordScore: SCORE_WORDS,
    });
    return rows.map((r) => ({ entity: toEntity(r.entity as Row), score: r.score as number }));
  }

  async entities(options: EntitiesOptions = {}): Promise<EntityPage> {
    const args = entitiesArgs(options);
    const row = (
      await this.read('entities', {
        kind: args.kind,
        asOf: toInt(args.asOf),
        afterName: args.after?.name ?? null,
        afterId: args.after?.id ?? null,
        take: toInt(args.first + 1),
      })
    )[0]!;
    const all = (row.items as Row[]).map(toEntity);
    const items = all.slice(0, args.first);
    const last = items[items.length - 1];
    return {
      items,
      totalCount: toNumber(row.total) ?? 0,
      endCursor: last ? encodeCursor(last) : null,
      hasNextPage: all.length > args.first,
    };
  }

  async neighborhood(options: NeighborhoodOptions): Promise<Subgraph> {
    const args = neighborhoodArgs(options);
    const filters = { types: args.relationTypes, asOf: toInt(args.asOf) };
    // Both steps read one snapshot.
    return this.readTx(async (tx) => {
      const row = await tx.one('neighborhood', {
        id: args.id,
        depth: toInt(args.depth),
        kinds: args.kinds,
        ...filters,
      });
      if (!row) throw new NotFoundError('Entity', args.id, 'id');
      const focus = toEntity(row.focus as Row);
      if (row.visible !== true) return { nodes: [focus], edges: [], truncated: false, total: 0 };
      const levels = [row.level1, row.level2, row.level3].map((l) => (l as string[]).sort(compareStrings));
      const total = levels.reduce((n, l) => n + l.length, 0);
      const kept = levels.flat().slice(0, args.limit);
      const sub = (await tx.one('neighborhoodSubgraph', { ids: [focus.id, ...kept], ...filters }))!;
      const byId = new Map((sub.nodes as Row[]).map((n) => [n.id as string, toEntity(n)]));
      return {
        // An entity deleted by a commit between the two statements is gone from the second (read committed).
        nodes: [focus, ...kept.flatMap((id) => byId.get(id) ?? [])],
        edges: (sub.edges as Row[]).map(toRelationship),
        truncated: total > args.limit,
        total,
      };
    });
  }

  async neighborCounts(id: string, asOf?: number | null): Promise<NeighborCount[]> {
    const y = year('asOf', asOf);
    const row = (await this.read('neighborCounts', { id, asOf: toInt(y) }))[0]!;
    if (row.found !== true) throw new NotFoundError('Entity', id, 'id');
    return (row.counts as Row[]).map((c) => ({
      relationType: c.relationType as RelationType,
      kind: c.kind as Kind,
      count: toNumber(c.count) ?? 0,
    }));
  }

  async paths(options: PathsOptions): Promise<Path[]> {
    const args = pathsArgs(options);
    if (args.from === args.to) throw new BadUserInputError('to', 'must differ from from');
    // Every step reads in one transaction; the walk asks only for what it needs.
    return this.readTx((tx) => pathsOverNeo4j((name, params) => tx.run(name, params), args));
  }

  async stats(asOf?: number | null): Promise<Stats> {
    const y = year('asOf', asOf);
    const row = (await this.read('stats', { asOf: toInt(y) }))[0]!;
    const byKind = new Map((row.byKind as Row[]).map((r) => [r.kind as string, toNumber(r.count) ?? 0]));
    const byType = new Map((row.byRelationType as Row[]).map((r) => [r.relationType as string, toNumber(r.count) ?? 0]));
    const kinds = KINDS.map((kind) => ({ kind, count: byKind.get(kind) ?? 0 }));
    const types = RELATION_TYPES.map((relationType) => ({ relationType, count: byType.get(relationType) ?? 0 }));
    return {
      entities: kinds.reduce((n, k) => n + k.count, 0),
      relationships: types.reduce((n, t) => n + t.count, 0),
      sources: toNumber(row.sources) ?? 0,
      byKind: kinds,
      byRelationType: types,
    };
  }

  async exportGraph(options: ExportOptions = {}): Promise<GraphData> {
    const ids = options.ids == null ? null : [...new Set(options.ids)];
    const asOf = year('asOf', options.asOf);
    const row = (
      await this.read('exportGraph', { ids, asOf: toInt(asOf), allSources: ids === null && asOf === null })
    )[0]!;
    return toGraphData(
      (row.sources as Row[]).map(toSource),
      (row.entities as Row[]).map(toEntity),
      (row.relationships as Row[]).map(toRelationship),
    );
  }

  async auditLog(options: { first?: number; after?: string | null } = {}): Promise<AuditPage> {
    const args = auditArgs(options);
    const row = (
      await this.read('auditLog', { afterSeq: toInt(args.afterSeq), take: toInt(args.first + 1) })
    )[0]!;
    const all = (row.items as Row[]).map(toAuditEntry);
    const items = all.slice(0, args.first);
    const last = items[items.length - 1];
    return {
      items,
      totalCount: toNumber(row.total) ?? 0,
      endCursor: last ? auditCursor(last.seq) : null,
      hasNextPage: all.length > args.first,
    };
  }

  // ---------------------------------------------------------------- writes

  /** What the store holds of the ids a write refers to, as validateGraphData wants it. */
  private async existing(tx: Tx, ids: { entityIds: string[]; sourceIds: string[] }): Promise<ExistingGraph> {
    const row = (await tx.one('referenced', ids))!;
    const kinds = new Map((row.kinds as Row[]).map((k) => [k.id as string, k.kind as Kind]));
    const sources = new Set(row.sources as string[]);
    return { entityKind: (id) => kinds.get(id), hasSource: (id) => sources.has(id) };
  }

  private async audit(
    tx: Tx,
    ctx: WriteContext,
    operation: AuditEntry['operation'],
    ids: string[],
    before: unknown,
    after: unknown,
  ): Promise<void> {
    await tx.run('appendAudit', {
      actor: ctx.actor,
      at: new Date().toISOString(),
      operation,
      ids,
      before: before === null ? null : JSON.stringify(before),
      after: after === null ? null : JSON.stringify(after),
    });
  }

  async upsertEntity(input: EntityInput, ctx: WriteContext, expectedVersion?: number | null): Promise<Entity> {
    return this.write(async (tx) => {
      // Lock first (a placeholder when new; a rollback removes it), so the reads below hold.
      const asked = input as Partial<EntityInput> | null;
      // An id that cannot be one (too long to index, say) is left to the validator to name.
      const locked = isWellFormedEntityId(asked?.id) ? await tx.one('upsertEntityLock', { id: asked.id }) : undefined;
      const current = locked?.entity ? toEntity(locked.entity as Row) : null;
      // A kind change that breaks a relationship is named before the id's prefix (which a new kind
      // also contradicts): the kind is what the caller changed.
      if (current && KINDS.includes(asked?.kind as Kind) && asked?.kind !== current.kind) {
        // Only a kind change needs the relationships (a hub has 100k+ of them).
        const touching = (await tx.run('upsertEntityTouching', { id: current.id })).map((r) => r.touching as Touching);
        const problem = kindChangeProblems(new Map([[current.id, asked!.kind!]]), () => current.kind, () => touching)[0];
        if (problem) throw new BadUserInputError('input.kind', problem.message);
      }
      const existing = await this.existing(tx, referencedIds({ entities: [input] }));
      const { graph, problems } = validateGraphData({ entities: [input] }, existing);
      if (problems.length > 0) throw firstProblem(problems);
      const e = graph.entities[0]!;
      checkVersion('Entity', e.id, expectedVersion, current?.version ?? null);
      await tx.run('seedEntities', { rows: [entityRow(e)], bump: toInt(1) });
      const written: Entity = { ...e, version: (current?.version ?? 0) + 1 };
      await this.audit(tx, ctx, 'upsertEntity', [e.id], current, written);
      return written;
    });
  }

  async upsertRelationship(
    input: RelationshipInput,
    ctx: WriteContext,
    expectedVersion?: number | null,
  ): Promise<Relationship> {
    return this.write(async (tx) => {
      const rawId = input && typeof input === 'object' ? rawRelationshipId(input) : null;
      const locked =
        rawId === null
          ? undefined
          : await tx.one('relationshipLock', { id: rawId, endpoints: uniqueStrings([input.from, input.to]) });
      const existing = await this.existing(tx, referencedIds({ relationships: [input] }));
      const { graph, problems } = validateGraphData({ relationships: [input] }, existing);
      if (problems.length > 0) throw firstProblem(problems);
      const r = graph.relationships[0]!;
      const current = locked?.relationship ? toRelationship(locked.relationship as Row) : null;
      checkVersion('Relationship', r.id, expectedVersion, current?.version ?? null);
      const row = await tx.one('seedRelationships', { rows: [relationshipRow(r)], bump: toInt(1) });
      if (toNumber(row?.count) !== 1) throw new BadUserInputError('input.from', `unknown entity '${r.from}'`);
      const written: Relationship = { ...r, version: (current?.version ?? 0) + 1 };
      await this.audit(tx, ctx, 'upsertRelationship', [r.id], current, written);
      return written;
    });
  }

  async deleteEntity(
    id: string,
    ctx: WriteContext,
    expectedVersion?: number | null,
  ): Promise<{ entity: Entity; relationships: Relationship[] }> {
    return this.write(async (tx) => {
      const row = await tx.one('deleteEntityLock', { id });
      if (!row) throw new NotFoundError('Entity', id, 'id');
      const entity = toEntity(row.entity as Row);
      const relationships = (row.relationships as Row[])
        .map(toRelationship)
        .sort((a, b) => compareStrings(a.id, b.id));
      checkVersion('Entity', id, expectedVersion, entity.version);
      await tx.run('deleteEntity', { id });
      const removed = { entity, relationships };
      await this.audit(tx, ctx, 'deleteEntity', [id, ...relationships.map((r) => r.id)], removed, null);
      return removed;
    });
  }

  async deleteRelationship(id: string, ctx: WriteContext, expectedVersion?: number | null): Promise<Relationship> {
    return this.write(async (tx) => {
      const row = await tx.one('relationshipLock', { id, endpoints: [] });
      if (!row?.relationship) throw new NotFoundError('Relationship', id, 'id');
      const relationship = toRelationship(row.relationship as Row);
      checkVersion('Relationship', id, expectedVersion, relationship.version);
      await tx.run('deleteRelationship', { id });
      await this.audit(tx, ctx, 'deleteRelationship', [id], relationship, null);
      return relationship;
    });
  }

  async importGraph(data: unknown, ctx: WriteContext, options: { dryRun?: boolean } = {}): Promise<ImportReport> {
    const dryRun = options.dryRun === true;
    const work = async (tx: Tx): Promise<ImportReport> => {
      const ids = referencedIds(data);
      const existing = await this.existing(tx, ids);
      const { graph, problems } = validateGraphData(data, existing);
      problems.push(...(await this.kindChangeProblems(tx, data, graph, existing)));
      const report = importReport(graph, problems, dryRun);
      if (!report.ok || dryRun) return report;
      await this.writeGraph(tx, graph, 1);
      await this.audit(
        tx,
        ctx,
        'importGraph',
        [...graph.sources, ...graph.entities, ...graph.relationships].map((x) => x.id),
        null,
        { sources: report.sources, entities: report.entities, relationships: report.relationships },
      );
      return report;
    };
    // A dry run reads only, so it can never write or audit.
    const timeoutMs = importTransactionMs(this.config);
    return dryRun ? this.readTx(work, timeoutMs) : this.write(work, timeoutMs);
  }

  /** Batch entities whose kind changes must keep the endpoints of relationships the batch does not replace. */
  private async kindChangeProblems(
    tx: Tx,
    data: unknown,
    graph: NormalizedGraph,
    existing: ExistingGraph,
  ): Promise<ImportProblem[]> {
    const kinds = new Map(graph.entities.map((e) => [e.id, e.kind]));
    const changed = graph.entities.filter((e) => {
      const before = existing.entityKind(e.id);
      return before !== undefined && before !== e.kind;
    });
    if (changed.length === 0) return [];
    const touching = new Map<string, Touching[]>();
    for (const row of await tx.run('touching', { ids: changed.map((e) => e.id) })) {
      const id = row.id as string;
      touching.set(id, [...(touching.get(id) ?? []), row.touching as Touching]);
    }
    const replaced = new Set(graph.relationships.map((r) => r.id));
    const rawEntities = list(field(data, 'entities'));
    return kindChangeProblems(kinds, (id) => existing.entityKind(id), (id) => touching.get(id) ?? [], replaced).map(
      (p) => ({
        entry: `entities[${rawEntities.findIndex((e) => field(e, 'id') === p.id)}] (${p.id})`,
        field: 'kind',
        message: p.message,
      }),
    );
  }

  /** The seed statements, chunked; `bump` 1 adds one to the version of what is replaced. */
  private async writeGraph(tx: Tx, graph: NormalizedGraph, bump: 0 | 1): Promise<void> {
    for (const rows of chunks(graph.sources.map(sourceRow))) await tx.run('seedSources', { rows });
    for (const rows of chunks(graph.entities.map(entityRow))) await tx.run('seedEntities', { rows, bump: toInt(bump) });
    for (const rows of chunks(graph.relationships.map(relationshipRow))) {
      await tx.run('seedRelationships', { rows, bump: toInt(bump) });
    }
  }

  // ---------------------------------------------------------------- seeding and tests

  /**
   * Loads an already validated graph with the cypher/seed statements (idempotent: existing ids are
   * replaced and keep their version; nothing is audited). One transaction per chunk of rows.
   */
  async seedGraph(graph: NormalizedGraph): Promise<Counts> {
    for (const rows of chunks(graph.sources.map(sourceRow))) {
      await this.write((tx) => tx.run('seedSources', { rows }), LONG_TRANSACTION_MS);
    }
    for (const rows of chunks(graph.entities.map(entityRow))) {
      await this.write((tx) => tx.run('seedEntities', { rows, bump: toInt(0) }), LONG_TRANSACTION_MS);
    }
    for (const rows of chunks(graph.relationships.map(relationshipRow))) {
      await this.write((tx) => tx.run('seedRelationships', { rows, bump: toInt(0) }), LONG_TRANSACTION_MS);
    }
    return this.counts();
  }

  /** How many entities, relationships, sources and audit entries the database holds. */
  async counts(): Promise<Counts> {
    const row = (await this.read('countAll'))[0]!;
    return {
      entities: toNumber(row.entities) ?? 0,
      relationships: toNumber(row.relationships) ?? 0,
      sources: toNumber(row.sources) ?? 0,
      auditEntries: toNumber(row.auditEntries) ?? 0,
    };
  }

  /**
   * TEST ONLY, DESTRUCTIVE: deletes every node and relationship of the configured database (the
   * schema stays). Never call it on a database you care about.
   */
  async resetForTests(): Promise<void> {
    const session = this.driver.session({ database: this.config.database });
    try {
      // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction.
      await mapErrors(async () => {
        await session.run(this.statements.resetForTests, {}, transactionConfig(this.config, LONG_TRANSACTION_MS));
      });
    } finally {
      await session.close();
    }
  }
}

/** Seeds `graph` into the store's database with the cypher/seed statements (see Neo4jStore.seedGraph). */
export function seedGraph(store: Neo4jStore, graph: NormalizedGraph): Promise<Counts> {
  return store.seedGraph(graph);
}
