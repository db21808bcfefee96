import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { CypherFiles } from '../../server/store/neo4j/cypher-files.js';
import { applySchema } from '../../server/store/neo4j/schema.js';
import { APP_NAME } from '../../server/store/neo4j/transactions.js';
import { reliabilityOf } from '../../server/store/fact-visibility.js';
import { entityRow, relationshipRow, sourceRow } from '../../server/store/neo4j/to-rows.js';
import type { NormalizedGraph } from '../../domain/graph-data.js';
import { startLocalNeo4j, type LocalNeo4j } from '../../tools/neo4j-local/start.js';
import { ROOT } from '../../server/paths.js';

export const PLUGINS_DIR = join(ROOT, 'bench/neo4j-plugins/jars');

/**
 * APOC core for @neo4j/graphql: fetched once with Maven into a git-ignored folder. Returns the
 * folder, or null with the reason (then the @neo4j/graphql column is skipped, and the report says so).
 */
export function ensureApoc(log: (line: string) => void): { dir: string } | { dir: null; why: string } {
  const has = () => existsSync(PLUGINS_DIR) && readdirSync(PLUGINS_DIR).some((f) => f.startsWith('apoc-core-'));
  if (!has()) {
    log('fetching APOC core with Maven (bench/neo4j-plugins/pom.xml)…');
    const r = spawnSync(
      'mvn',
      ['-q', '-B', '-f', join(ROOT, 'bench/neo4j-plugins/pom.xml'), 'dependency:copy-dependencies'],
      {
        encoding: 'utf8',
        timeout: 300_000,
      },
    );
    if (r.status !== 0 || !has()) {
      return {
        dir: null,
        why: `mvn dependency:copy-dependencies failed: ${(r.stderr || r.stdout || String(r.error)).slice(-500)}`,
      };
    }
  }
  return { dir: PLUGINS_DIR };
}

export interface BenchNeo4j {
  local: LocalNeo4j;
  driver: Driver;
  uri: string;
  password: string;
  /** Pid of the JVM (the launcher execs java; otherwise its java child). */
  javaPid: number | null;
  version: string;
  apoc: boolean;
  stop(): Promise<void>;
}

/** Children of a pid, from /proc (Linux). */
function childPids(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) out.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // not Linux or the process is gone
  }
  return out;
}

function comm(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

export function findJavaPid(root: number): number | null {
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (comm(pid) === 'java') return pid;
    queue.push(...childPids(pid));
  }
  return null;
}

/** VmRSS of a process in bytes, or null. */
export function rssOf(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** The last lines the JVM printed, to explain a crash. */
export function neo4jOutputTail(db: BenchNeo4j): string {
  return db.local.output();
}

/**
 * Always a fresh local Neo4j (tools/neo4j-local) on a free port, never NEO4J_URI: synthetic data
 * must never land in a user's database. Its data folder is temporary and deleted when it stops.
 */
export async function startBenchNeo4j(options: {
  plugins: string | null;
  heap: string;
  pageCacheMiB: number;
}): Promise<BenchNeo4j> {
  // In embedded mode Neo4j loads procedures from the plugin folder but finds extension factories
  // only on the classpath, and APOC's extension registers ApocConfig: the jars go in both.
  const local = await startLocalNeo4j({
    timeoutMs: 240_000,
    password: 'atlas-bench-password',
    heap: options.heap,
    pageCacheMiB: options.pageCacheMiB,
    ...(options.plugins ? { plugins: options.plugins, classpath: `${options.plugins}/*` } : {}),
  });
  const driver = neo4j.driver(local.uri, neo4j.auth.basic('neo4j', local.password), { maxConnectionPoolSize: 50 });
  try {
    await driver.verifyConnectivity();
    const cypher = CypherFiles.load();
    const info = await driver.executeQuery(cypher.statement('bench/neo4j-version'));
    const version = String(info.records[0]?.get('v') ?? 'unknown');
    let apoc = false;
    if (options.plugins) {
      try {
        await driver.executeQuery(cypher.statement('bench/apoc-version'));
        apoc = true;
      } catch {
        apoc = false;
      }
    }
    return {
      local,
      driver,
      uri: local.uri,
      password: local.password,
      javaPid: local.process.pid === undefined ? null : findJavaPid(local.process.pid),
      version,
      apoc,
      stop: async () => {
        await driver.close().catch(() => undefined);
        await local.stop();
      },
    };
  } catch (e) {
    await driver.close().catch(() => undefined);
    await local.stop();
    throw e;
  }
}

export interface LoadReport {
  mode: LoadMode;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  relationshipsPerSecond: number;
  entitiesPerSecond: number;
  batchSize: number;
}

/**
 * Bulk statements for an empty database (cypher/bench/bulk-*.cypher): the same rows (to-rows.ts,
 * so the same labels, properties and version 1) written with CREATE instead of the seed
 * statements' MERGE, write lock and lookup of a relationship to replace, which an empty database
 * does not need.
 */
const BULK: Record<string, string> = {
  'seed/sources': 'bench/bulk-sources',
  'seed/entities': 'bench/bulk-entities',
  'seed/relationships': 'bench/bulk-relationships',
};

export type LoadMode = 'seed' | 'bulk';

/** Deletes every node and relationship (the schema stays), for the next scale on the same database. */
export async function wipe(driver: Driver): Promise<void> {
  const session = driver.session({ database: 'neo4j' });
  try {
    // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction.
    await session.run(CypherFiles.load().statement('bench/wipe'));
  } finally {
    await session.close();
  }
}

/**
 * Loads a graph in batched `UNWIND $rows` transactions after applying cypher/schema (constraints
 * and indexes). `seed`: the store's own idempotent seed statements (cypher/seed/*.cypher, as
 * `npm run db:seed` and imports use); `bulk`: CREATE statements for an empty database (BULK).
 */
export async function loadIntoNeo4j(
  driver: Driver,
  graph: NormalizedGraph,
  mode: LoadMode = 'seed',
  batchSize = 5000,
): Promise<LoadReport> {
  const cypher = CypherFiles.load();
  await applySchema(driver, 'neo4j', cypher, { app: APP_NAME, operation: 'benchLoad', requestId: null });
  const run = async (name: string, rows: unknown[], bump: boolean): Promise<number> => {
    const started = performance.now();
    const statement = cypher.statement(mode === 'seed' ? name : BULK[name]!);
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize);
      const session = driver.session({ database: 'neo4j' });
      try {
        await session.executeWrite(
          (tx) => tx.run(statement, bump ? { rows: batch, bump: neo4j.int(0) } : { rows: batch }),
          // Tagged as the store tags its transactions, so SHOW TRANSACTIONS names the benchmark's load.
          { timeout: 600_000, metadata: { app: APP_NAME, operation: 'benchLoad', requestId: null } },
        );
      } finally {
        await session.close();
      }
    }
    return (performance.now() - started) / 1000;
  };
  const t0 = performance.now();
  await run('seed/sources', graph.sources.map(sourceRow), false);
  const entitySeconds = await run('seed/entities', graph.entities.map(entityRow), true);
  // The seed statement grades each relationship from its stored sources; a bulk CREATE cannot look
  // them up row by row cheaply, so its rows carry the grade the store would compute.
  const sourcesById = new Map(graph.sources.map((src) => [src.id, src]));
  const relationshipRows = graph.relationships.map((r) => {
    const row = relationshipRow(r);
    if (mode === 'seed') return row;
    return { ...row, props: { ...row.props, reliability: reliabilityOf(r, (id) => sourcesById.get(id)) } };
  });
  const relationshipSeconds = await run('seed/relationships', relationshipRows, true);
  await driver.executeQuery(cypher.statement('bench/await-indexes'));
  const seconds = (performance.now() - t0) / 1000;
  const rows = graph.sources.length + graph.entities.length + graph.relationships.length;
  return {
    mode,
    rows,
    seconds,
    rowsPerSecond: rows / seconds,
    entitiesPerSecond: graph.entities.length / entitySeconds,
    relationshipsPerSecond: graph.relationships.length / relationshipSeconds,
    batchSize,
  };
}
