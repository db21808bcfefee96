import type { StoreHarness } from '../contract/graph-store.contract.js';
import { MemoryStore } from '../../server/store/memory/memory-store.js';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import { testNeo4j } from './test-neo4j.js';

/** A fresh MemoryStore per graph. */
export function memoryHarness(): StoreHarness {
  return {
    fresh: (graph) => Promise.resolve(MemoryStore.fromGraph(graph)),
    close: () => Promise.resolve(),
  };
}

/**
 * One Neo4jStore on the test database, wiped and reseeded for each graph; or why it is skipped.
 * `timeoutMs` bounds each transaction (STORE_TIMEOUT_MS's role).
 */
export function neo4jHarness(timeoutMs = 10_000): StoreHarness | { skip: string } {
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
        timeoutMs,
      });
      await store.resetForTests();
      await store.seedGraph(graph);
      return store;
    },
    close: async () => {
      await store?.close();
    },
  };
}
