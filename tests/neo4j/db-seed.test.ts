/** `npm run db:seed` on the real data/, twice: the second run changes no count and no fact. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { ROOT } from '../../server/paths.js';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import { testNeo4j } from '../support/test-neo4j.js';

const run = promisify(execFile);
const db = testNeo4j();

(db.skip === null ? describe : describe.skip)(
  `npm run db:seed${db.skip === null ? '' : ` (skipped: ${db.skip})`}`,
  () => {
    if (db.skip !== null) return;
    const config = { uri: db.uri, username: db.username, password: db.password, database: 'neo4j', timeoutMs: 10_000 };
    let store: Neo4jStore;

    beforeAll(async () => {
      store = await Neo4jStore.open(config);
      await store.resetForTests();
    });
    afterAll(() => store.close());

    // The child is pointed at the test database explicitly; the user's NEO4J_URI is never read.
    const seed = async (...args: string[]) => {
      const { stdout } = await run(
        process.execPath,
        [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'tools/db-seed.ts'), ...args],
        {
          cwd: ROOT,
          env: { PATH: process.env.PATH, NEO4J_URI: db.uri, NEO4J_USERNAME: db.username, NEO4J_PASSWORD: db.password },
        },
      );
      return /seeded .*: (.*)$/m.exec(stdout)?.[1];
    };

    it('loads data/ and leaves identical counts and facts when run twice', async () => {
      const first = await seed();
      const exported = await store.exportGraph();
      const stats = await store.stats();
      const second = await seed();
      expect(first).toMatch(/^\d+ entities, \d+ relationships, \d+ sources, 0 audit entries$/);
      expect(second).toBe(first);
      expect(await store.stats()).toEqual(stats);
      expect(await store.exportGraph()).toEqual(exported);
      expect(stats.relationships).toBeGreaterThanOrEqual(400);
      expect((await store.entity('state:est'))?.version).toBe(1);
    });

    it('--replace removes what the data no longer holds (an id renamed by an upgrade), and nothing else', async () => {
      await seed();
      const exported = await store.exportGraph();
      // v1's id of the 2022 Strategic Concept, which v2 made a DOCUMENT.
      await store.upsertEntity(
        {
          id: 'framework:strategic-concept-2022',
          kind: 'FRAMEWORK',
          name: 'Strategic Concept 2022',
          sources: ['source:nato-strategic-concept-2022'],
        },
        { actor: 'test' },
      );
      await store.upsertRelationship(
        {
          type: 'PART_OF',
          from: 'framework:strategic-concept-2022',
          to: 'org:nato',
          credibility: 2,
          sources: ['source:nato-strategic-concept-2022'],
        },
        { actor: 'test' },
      );
      const replaced = await seed('--replace');
      expect(replaced).toMatch(/^\d+ entities, \d+ relationships, \d+ sources, \d+ audit entries$/);
      expect(await store.entity('framework:strategic-concept-2022')).toBeNull();
      expect(await store.exportGraph()).toEqual(exported);
    });
  },
);
