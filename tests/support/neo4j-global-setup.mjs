// Jest loads global setup outside its module transform, so this file is plain ESM and loads the
// TypeScript launcher helper through tsx.
import { tsImport } from 'tsx/esm/api';

/**
 * Tests never read NEO4J_URI (a user's real database). They use TEST_NEO4J_URI, which they may
 * wipe; otherwise they start tools/neo4j-local; otherwise they skip loudly, and under
 * REQUIRE_NEO4J=1 a skip fails the run.
 */
export default async function setup() {
  if (process.env.TEST_NEO4J_URI) return;
  const { canStartLocalNeo4j, startLocalNeo4j } = await tsImport('../../tools/neo4j-local/start.ts', import.meta.url);
  const can = canStartLocalNeo4j();
  if (!can.ok) {
    if (process.env.REQUIRE_NEO4J === '1') {
      throw new Error(`REQUIRE_NEO4J=1 but no Neo4j for the tests: ${can.why}`);
    }
    process.env.ATLAS_NEO4J_SKIP = can.why;
    console.warn(`\n\n*** SKIPPING every Neo4j suite: ${can.why} (set TEST_NEO4J_URI to use a database) ***\n\n`);
    return;
  }
  const started = Date.now();
  const neo4j = await startLocalNeo4j();
  globalThis.__ATLAS_LOCAL_NEO4J__ = neo4j;
  process.env.TEST_NEO4J_URI = neo4j.uri;
  process.env.TEST_NEO4J_PASSWORD = neo4j.password;
  console.log(`\nneo4j-local started for the tests at ${neo4j.uri} in ${Date.now() - started} ms`);
}
