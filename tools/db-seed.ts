/**
 * npm run db:seed [-- [--replace] dir-or-files...]: validates data/ (or the given folder or files),
 * applies cypher/schema and loads the graph with the cypher/seed statements. Idempotent: running it
 * twice leaves the same counts, which it prints. `--replace` then deletes every entity, relationship
 * and source the data does not hold, for a database that holds only the shipped dataset (ids the data
 * renamed or dropped, e.g. after an upgrade); export curated edits first. A database behind the code's model version is refused
 * (run `npm run db:migrate` first); after migrating a v1 database, seeding the v2 data/ brings the
 * sources' real reliability grades (the migration sets F where v1 had free text) and refreshes the
 * relationships citing them. Reads NEO4J_URI, NEO4J_USERNAME (default neo4j), NEO4J_PASSWORD and
 * NEO4J_DATABASE (default neo4j).
 */
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DataError, dataFiles, loadGraphFiles } from '../server/data/load-data-dir.js';
import { AppError } from '../server/errors.js';
import { DATA_DIR } from '../server/paths.js';
import { Neo4jStore, seedGraph, type Counts, type Neo4jConfig } from '../server/store/neo4j/neo4j-store.js';

export { seedGraph };

/** The connection settings from the environment, or an error naming the missing variable. */
export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const uri = env.NEO4J_URI;
  if (!uri) {
    throw new Error('NEO4J_URI is not set: set it to the database to seed, e.g. NEO4J_URI=bolt://127.0.0.1:7687');
  }
  return {
    uri,
    username: env.NEO4J_USERNAME ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE ?? 'neo4j',
    timeoutMs: 10_000,
  };
}

export async function main(argv: string[]): Promise<Counts> {
  const config = neo4jConfigFromEnv();
  const replace = argv.includes('--replace');
  const args = argv.filter((a) => a !== '--replace');
  const files = (args.length > 0 ? args : [DATA_DIR]).flatMap((p) => (statSync(p).isDirectory() ? dataFiles(p) : [p]));
  const graph = loadGraphFiles(files);
  console.log(
    `data: ${files.length} files, ${graph.entities.length} entities, ${graph.relationships.length} relationships, ` +
      `${graph.sources.length} sources`,
  );
  const store = await Neo4jStore.open(config);
  try {
    const started = Date.now();
    let counts = await seedGraph(store, graph);
    if (replace) {
      const pruned = await store.pruneTo(graph);
      console.log(
        `--replace: deleted ${pruned.entities} entities, ${pruned.relationships} relationships and ` +
          `${pruned.sources} sources the data does not hold`,
      );
      counts = await store.counts();
    }
    console.log(
      `seeded ${config.uri} (${config.database}) in ${Date.now() - started} ms: ${counts.entities} entities, ` +
        `${counts.relationships} relationships, ${counts.sources} sources, ${counts.auditEntries} audit entries`,
    );
    return counts;
  } finally {
    await store.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    if (e instanceof DataError || e instanceof AppError) console.error(e.message);
    else console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
