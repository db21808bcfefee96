export default async function teardown() {
  const neo4j = globalThis.__ATLAS_LOCAL_NEO4J__;
  if (neo4j) {
    await neo4j.stop();
    globalThis.__ATLAS_LOCAL_NEO4J__ = undefined;
  }
}
