/**
 * npm run db:migrate: brings the Neo4j database to the code's model version by running the
 * migrations it lacks (cypher/migrations/*.cypher, in order, each recorded once it ran; see
 * server/store/neo4j/migrations.ts). Idempotent: a database already at the latest version is left
 * as it is, and a migration interrupted half-way is run again in full. The server and db:seed refuse
 * a database behind the code and name this command. Reads NEO4J_URI, NEO4J_USERNAME (default
 * neo4j), NEO4J_PASSWORD and NEO4J_DATABASE (default neo4j).
 */
import { pathToFileURL } from 'node:url';
import { AppError } from '../server/errors.js';
import { migrateDatabase } from '../server/store/neo4j/neo4j-store.js';
import { neo4jConfigFromEnv } from './db-seed.js';

export async function main(): Promise<string[]> {
  const config = neo4jConfigFromEnv();
  const started = Date.now();
  const ran = await migrateDatabase(config);
  console.log(
    ran.length === 0
      ? `${config.uri} (${config.database}) is at the latest version: nothing to migrate`
      : `migrated ${config.uri} (${config.database}) in ${Date.now() - started} ms: ran ${ran.join(', ')}`,
  );
  return ran;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    if (e instanceof AppError || e instanceof Error) console.error(e.message);
    else console.error(e);
    process.exit(1);
  });
}
