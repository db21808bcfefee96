import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { briefParams, trace } from '../../trace.js';
import type { CypherFiles } from './cypher-files.js';
import { PATHS_STATEMENTS } from './paths-graph.js';

/** Every statement the store runs, resolved when the store opens so a missing file fails at boot. */
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
  changes: 'queries/changes',
  compare: 'queries/compare',
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
  refreshReliability: 'queries/refresh-reliability',
  schemaVersion: 'queries/schema-version',
  recordMigrations: 'queries/record-migrations',
  seedSources: 'seed/sources',
  seedEntities: 'seed/entities',
  seedRelationships: 'seed/relationships',
  seedPrune: 'seed/prune',
} as const;
export type StatementName = keyof typeof STATEMENTS;
export type Statements = Record<StatementName, string>;

/** The cypher/ files the store uses, each once (a unit test checks that every query file is one of them). */
export const USED_CYPHER_FILES: readonly string[] = [...new Set(Object.values(STATEMENTS))];

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export function loadStatements(cypher: CypherFiles): Statements {
  return Object.fromEntries(
    Object.entries(STATEMENTS).map(([key, name]) => [key, cypher.statement(name)]),
  ) as Statements;
}

/** Runs one statement and returns its rows, traced on atlas:cypher (DEBUG=atlas:cypher). */
export async function runStatement(
  name: StatementName,
  params: Params,
  run: () => Promise<QueryResult>,
): Promise<Row[]> {
  const started = performance.now();
  let outcome = 'failed';
  try {
    const result = await run();
    outcome = `${result.records.length} rows`;
    return result.records.map((r) => r.toObject());
  } finally {
    if (trace.cypher.enabled) {
      trace.cypher(
        '%s %dms %s %s',
        STATEMENTS[name],
        Math.round(performance.now() - started),
        outcome,
        briefParams(params),
      );
    }
  }
}

/** One transaction: runs named statements and returns plain rows. */
export class Tx {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly statements: Statements,
  ) {}

  run(name: StatementName, params: Params = {}): Promise<Row[]> {
    return runStatement(name, params, () => this.tx.run(this.statements[name], params));
  }

  async one(name: StatementName, params: Params = {}): Promise<Row | undefined> {
    return (await this.run(name, params))[0];
  }
}
