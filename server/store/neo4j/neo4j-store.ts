import type { Driver } from 'neo4j-driver';
import type { NormalizedGraph } from '../../../domain/graph-data.js';
import type { GraphStore, ImportReport, WriteBounds, WriteContext } from '../graph-store.js';
import { CypherFiles } from './cypher-files.js';
import { createDriver, writeBounds, type Neo4jConfig } from './driver.js';
import { importGraph, writeGraph } from './import-graph.js';
import { mapErrors } from './map-neo4j-error.js';
import { ensureSchemaVersion } from './migrations.js';
import { Neo4jReads } from './reads.js';
import { applySchema } from './schema.js';
import { loadStatements } from './statements.js';
import { toNumber } from './to-domain.js';
import { Transactions } from './transactions.js';
import { Neo4jWrites } from './writes.js';

export type { Neo4jConfig } from './driver.js';
export { SchemaVersionError } from './migrations.js';
export { USED_CYPHER_FILES } from './statements.js';

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

/**
 * GraphStore over Neo4j 5.26 (and 2025+): every statement is a file under cypher/, parameters
 * only. Behaviour is docs/store-semantics.md, checked by the contract suite shared with MemoryStore.
 * This class wires the parts: reads.ts, writes.ts and import-graph.ts over transactions.ts.
 */
export class Neo4jStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  readonly writeBounds: WriteBounds;
  private readonly tx: Transactions;
  private readonly reads: Neo4jReads;
  private readonly writes: Neo4jWrites;

  private constructor(
    private readonly driver: Driver,
    private readonly config: Neo4jConfig,
    cypher: CypherFiles,
  ) {
    this.tx = new Transactions(driver, config, loadStatements(cypher));
    this.reads = new Neo4jReads(this.tx);
    this.writes = new Neo4jWrites(this.tx);
    this.writeBounds = writeBounds(config);
  }

  /**
   * Connects (UNAVAILABLE within `timeoutMs` when the database is down), then applies the schema and
   * checks the database's version (migrations.ts): an empty database is recorded at the latest, one
   * behind the code is a SchemaVersionError naming `npm run db:migrate`, or, with `migrate`, is
   * migrated now. `applySchema: false` skips both (the caller manages the database, as the bench does).
   */
  static async open(
    config: Neo4jConfig,
    options: { applySchema?: boolean; migrate?: boolean; onMigrated?: (ran: string[]) => void } = {},
  ): Promise<Neo4jStore> {
    const cypher = CypherFiles.load();
    const driver = createDriver(config);
    try {
      const store = new Neo4jStore(driver, config, cypher);
      await store.ping();
      if (options.applySchema !== false) {
        await mapErrors(() => applySchema(driver, config.database, cypher, store.tx.metadata('applySchema')));
        const { ran } = await ensureSchemaVersion(store.tx, cypher, options.migrate === true ? 'apply' : 'check');
        options.onMigrated?.(ran);
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

  // Reads and writes live in their own modules; these bind the interface to them.
  readonly entity: GraphStore['entity'] = (...args) => this.reads.entity(...args);
  readonly entitiesByIds: GraphStore['entitiesByIds'] = (...args) => this.reads.entitiesByIds(...args);
  readonly relationship: GraphStore['relationship'] = (...args) => this.reads.relationship(...args);
  readonly sourcesByIds: GraphStore['sourcesByIds'] = (...args) => this.reads.sourcesByIds(...args);
  readonly search: GraphStore['search'] = (...args) => this.reads.search(...args);
  readonly entities: GraphStore['entities'] = (...args) => this.reads.entities(...args);
  readonly neighborhood: GraphStore['neighborhood'] = (...args) => this.reads.neighborhood(...args);
  readonly neighborCounts: GraphStore['neighborCounts'] = (...args) => this.reads.neighborCounts(...args);
  readonly paths: GraphStore['paths'] = (...args) => this.reads.paths(...args);
  readonly changes: GraphStore['changes'] = (...args) => this.reads.changes(...args);
  readonly compare: GraphStore['compare'] = (...args) => this.reads.compare(...args);
  readonly stats: GraphStore['stats'] = (...args) => this.reads.stats(...args);
  readonly exportGraph: GraphStore['exportGraph'] = (...args) => this.reads.exportGraph(...args);
  readonly auditLog: GraphStore['auditLog'] = (...args) => this.reads.auditLog(...args);
  readonly upsertEntity: GraphStore['upsertEntity'] = (...args) => this.writes.upsertEntity(...args);
  readonly upsertRelationship: GraphStore['upsertRelationship'] = (...args) => this.writes.upsertRelationship(...args);
  readonly deleteEntity: GraphStore['deleteEntity'] = (...args) => this.writes.deleteEntity(...args);
  readonly deleteRelationship: GraphStore['deleteRelationship'] = (...args) => this.writes.deleteRelationship(...args);

  importGraph(data: unknown, ctx: WriteContext, options: { dryRun?: boolean } = {}): Promise<ImportReport> {
    return importGraph(this.tx, this.config, data, ctx, options.dryRun === true);
  }

  // ---------------------------------------------------------------- seeding and tests

  /**
   * Loads an already validated graph with the cypher/seed statements (idempotent: existing ids are
   * replaced and keep their version; nothing is audited), in one transaction, so a relationship's
   * reliability is read from its sources as this seed writes them.
   */
  async seedGraph(graph: NormalizedGraph): Promise<Counts> {
    await this.tx.write('seedGraph', (tx) => writeGraph(tx, graph, 0), LONG_TRANSACTION_MS);
    return this.counts();
  }

  /**
   * Deletes every entity, relationship and source whose id `graph` does not hold (after seeding the
   * whole dataset: `npm run db:seed -- --replace`), in one transaction; audit entries stay.
   */
  async pruneTo(graph: NormalizedGraph): Promise<{ entities: number; relationships: number; sources: number }> {
    const row = await this.tx.write(
      'pruneTo',
      (tx) =>
        tx.one('seedPrune', {
          entityIds: graph.entities.map((e) => e.id),
          relationshipIds: graph.relationships.map((r) => r.id),
          sourceIds: graph.sources.map((s) => s.id),
        }),
      LONG_TRANSACTION_MS,
    );
    return {
      entities: toNumber(row?.entities) ?? 0,
      relationships: toNumber(row?.relationships) ?? 0,
      sources: toNumber(row?.sources) ?? 0,
    };
  }

  /** How many entities, relationships, sources and audit entries the database holds. */
  async counts(): Promise<Counts> {
    const row = (await this.tx.read('counts', 'countAll'))[0]!;
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
  resetForTests(): Promise<void> {
    return this.tx.autoCommit('resetForTests', 'resetForTests', LONG_TRANSACTION_MS);
  }
}

/**
 * npm run db:migrate: runs the migrations the database lacks (migrations.ts) and returns their ids,
 * none when it was already at the latest version or empty.
 */
export async function migrateDatabase(config: Neo4jConfig): Promise<string[]> {
  let ran: string[] = [];
  const store = await Neo4jStore.open(config, { migrate: true, onMigrated: (ids) => (ran = ids) });
  await store.close();
  return ran;
}

/** Seeds `graph` into the store's database with the cypher/seed statements (see Neo4jStore.seedGraph). */
export function seedGraph(store: Neo4jStore, graph: NormalizedGraph): Promise<Counts> {
  return store.seedGraph(graph);
}
