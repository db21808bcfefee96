/**
 * Every transaction the store runs is tagged `{ app, operation, requestId }`, so SHOW TRANSACTIONS
 * names what is running and for which request; and the store's sessions share the driver's bookmark
 * manager with executeQuery, so a read after a write sees it on any member of a cluster.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { runWithRequestId } from '../../server/request-id.js';
import { CypherFiles } from '../../server/store/neo4j/cypher-files.js';
import type { Neo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import { loadStatements } from '../../server/store/neo4j/statements.js';
import { APP_NAME, Transactions } from '../../server/store/neo4j/transactions.js';
import { BALTIC } from '../contract/graph-store.contract.js';
import { neo4jHarness } from '../support/store-harnesses.js';
import { testNeo4j } from '../support/test-neo4j.js';

const db = testNeo4j();
const harness = neo4jHarness();
const cypher = CypherFiles.load();

(db.skip === null && !('skip' in harness) ? describe : describe.skip)(
  `Neo4jStore transaction metadata and bookmarks${db.skip === null ? '' : ` (skipped: ${db.skip})`}`,
  () => {
    if (db.skip !== null || 'skip' in harness) return;
    let store: Neo4jStore;
    let driver: Driver;

    beforeAll(async () => {
      store = (await harness.fresh(BALTIC)) as Neo4jStore;
      driver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password));
    });
    afterAll(async () => {
      await driver?.close();
      await harness.close();
    });

    it('a write waiting on a lock shows its app, operation and request id in SHOW TRANSACTIONS', async () => {
      // Another transaction holds Estonia's write lock (the store's own lock statement), so the
      // store's upsert waits and can be watched.
      const holder = driver.session({ database: 'neo4j' });
      const held = await holder.beginTransaction();
      await held.run(cypher.statement('queries/upsert-entity-lock'), { id: 'state:est' });
      const { version: _version, ...est } = (await store.entity('state:est'))!;
      const write = runWithRequestId('req-metadata-1', () =>
        store.upsertEntity({ ...est, summary: 'Tagged write' }, { actor: 'alice' }),
      );
      let seen: { requestId: unknown; status: unknown } | null = null;
      try {
        for (const started = Date.now(); seen === null && Date.now() - started < 30_000;) {
          const { records } = await driver.executeQuery(
            cypher.statement('tools/app-transactions'),
            { app: APP_NAME, operation: 'upsertEntity' },
            { database: 'neo4j' },
          );
          const row = records.find((r) => r.get('requestId') === 'req-metadata-1');
          if (row) seen = { requestId: row.get('requestId'), status: row.get('status') };
          else await new Promise((r) => setTimeout(r, 20));
        }
      } finally {
        await held.rollback();
        await holder.close();
      }
      expect(seen).toMatchObject({ requestId: 'req-metadata-1' });
      expect(await write).toMatchObject({ id: 'state:est', summary: 'Tagged write' });
    });

    it('a write session leaves its bookmark in the bookmark manager executeQuery reads with', async () => {
      const own = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password));
      try {
        const config = {
          uri: db.uri,
          username: db.username,
          password: db.password,
          database: 'neo4j',
          timeoutMs: 10_000,
        };
        const transactions = new Transactions(own, config, loadStatements(cypher));
        expect([...(await own.executeQueryBookmarkManager.getBookmarks())]).toEqual([]);
        await transactions.write('bookmarkCheck', (tx) => tx.run('countAll'));
        expect([...(await own.executeQueryBookmarkManager.getBookmarks())].length).toBeGreaterThan(0);
      } finally {
        await own.close();
      }
    });
  },
);
