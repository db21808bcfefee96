import { canStartLocalNeo4j, startLocalNeo4j, type LocalNeo4j } from './neo4j-local.js';

declare global {
  var __ATLAS_LOCAL_NEO4J__: LocalNeo4j | undefined;
}

/**
 * Tests never read NEO4J_URI (a user's real database). They use TEST_NEO4J_URI, which they may
 * wipe; otherwise they start tools/neo4j-local; otherwise they skip loudly, and under
 * REQUIRE_NEO4J=1 a skip fails the run.
 */
export default async function setup(): Promise<void> {
  if (process.env.TEST_NEO4J_URI) return;
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
