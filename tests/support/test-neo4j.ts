/** The database the Neo4j suites may wipe, or why they are skipped (the reason is in the test name). */
export function testNeo4j(): { uri: string; username: string; password: string; skip: null } | { skip: string } {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) {
    return { skip: process.env.ATLAS_NEO4J_SKIP ?? 'TEST_NEO4J_URI is not set and no local Neo4j was started' };
  }
  return {
    uri,
    username: process.env.TEST_NEO4J_USERNAME ?? 'neo4j',
    password: process.env.TEST_NEO4J_PASSWORD ?? '',
    skip: null,
  };
}
