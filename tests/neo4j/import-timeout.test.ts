/**
 * An import that outlives its server-side timeout (`importTimeoutMs`, IMPORT_TIMEOUT_MS) is rolled
 * back by the database and reported UNAVAILABLE: nothing of it is in the graph, so a retry cannot
 * write it twice.
 */
import neo4j from 'neo4j-driver';
import { AppError } from '../../server/errors.js';
import { CypherFiles } from '../../server/store/neo4j/cypher-files.js';
import { APP_NAME } from '../../server/store/neo4j/transactions.js';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import { BALTIC } from '../contract/graph-store.contract.js';
import { neo4jHarness } from '../support/store-harnesses.js';
import { testNeo4j } from '../support/test-neo4j.js';

const db = testNeo4j();
const cypher = CypherFiles.load();

/** Polls SHOW TRANSACTIONS until no importGraph transaction of the app runs (bounded: a hang fails). */
async function importTransactionGone(): Promise<void> {
  if (db.skip !== null) return;
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password));
  try {
    for (const started = Date.now(); Date.now() - started < 60_000;) {
      const { records } = await driver.executeQuery(
        cypher.statement('tools/app-transactions'),
        { app: APP_NAME, operation: 'importGraph' },
        { database: 'neo4j' },
      );
      if (records.length === 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the import transaction was still running after 60 s');
  } finally {
    await driver.close();
  }
}
const harness = neo4jHarness();
const alice = { actor: 'alice' };
const ROWS = 3000;

/** ROWS new states, each a member of NATO: a few thousand rows in one import transaction. */
const batch = {
  entities: Array.from({ length: ROWS }, (_, i) => ({
    id: `state:t${i}`,
    kind: 'STATE',
    name: `Test state ${i}`,
    sources: ['source:nato-members'],
  })),
  relationships: Array.from({ length: ROWS }, (_, i) => ({
    type: 'MEMBER_OF',
    from: `state:t${i}`,
    to: 'org:nato',
    since: 2000,
    credibility: 2,
    sources: ['source:nato-members'],
  })),
};

(db.skip === null && !('skip' in harness) ? describe : describe.skip)(
  `Neo4jStore importGraph under importTimeoutMs${db.skip === null ? '' : ` (skipped: ${db.skip})`}`,
  () => {
    if (db.skip !== null || 'skip' in harness) return;
    let tiny: Neo4jStore;

    beforeAll(async () => {
      await harness.fresh(BALTIC);
      tiny = await Neo4jStore.open(
        {
          uri: db.uri,
          username: db.username,
          password: db.password,
          database: 'neo4j',
          timeoutMs: 10_000,
          importTimeoutMs: 1,
        },
        { applySchema: false },
      );
    });
    afterAll(async () => {
      await tiny?.close();
      await harness.close();
    });

    it('an import over a 1 ms server-side timeout is UNAVAILABLE and leaves the graph unchanged', async () => {
      const before = await tiny.exportGraph();
      const audit = (await tiny.auditLog()).totalCount;
      const error = await tiny.importGraph(batch, alice).then(
        () => null,
        (e: unknown) => e,
      );
      // The code of whatever came back, so a failure names the database's code when it was not mapped.
      expect(error instanceof AppError ? error.code : (error as { code?: unknown } | null)?.code).toBe('UNAVAILABLE');
      // Look only once the database has ended the import's transaction (found by its metadata), so a
      // (wrongly) late commit would have landed by then.
      await importTransactionGone();
      expect(await tiny.exportGraph()).toEqual(before);
      expect((await tiny.auditLog()).totalCount).toBe(audit);
      expect(await tiny.entity('state:t0')).toBeNull();
    });

    it('the same import within the default bound is written (the timeout, not the batch, refused it)', async () => {
      const store = await harness.fresh(BALTIC);
      const report = await store.importGraph(batch, alice);
      expect(report).toMatchObject({ ok: true, entities: ROWS, relationships: ROWS });
      expect(await store.entity(`state:t${ROWS - 1}`)).toMatchObject({ name: `Test state ${ROWS - 1}` });
    });
  },
);
