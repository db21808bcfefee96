import { describeGraphStore } from '../contract/graph-store.contract.js';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import { testNeo4j } from '../support/test-neo4j.js';

describeGraphStore('Neo4jStore', () => {
  const db = testNeo4j();
  if (db.skip !== null) return { skip: db.skip };
  let store: Neo4jStore | undefined;
  return {
    async fresh(graph) {
      store ??= await Neo4jStore.open({
        uri: db.uri,
        username: db.username,
        password: db.password,
        database: 'neo4j',
        timeoutMs: 10_000,
      });
      await store.resetForTests();
      await store.seedGraph(graph);
      return store;
    },
    close: async () => {
      await store?.close();
    },
  };
});
