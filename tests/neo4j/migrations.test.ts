/**
 * Migrations (cypher/migrations, npm run db:migrate): a database seeded with the v1 model is
 * refused at open naming the command, is migrated (twice: the second run changes nothing), and then
 * answers exactly as a fresh v2 seed of the same graph does.
 */
import neo4j from 'neo4j-driver';
import type { NormalizedGraph } from '../../domain/graph-data.js';
import type { Credibility, Reliability } from '../../domain/model.js';
import { searchNames } from '../../server/store/search-text.js';
import { CypherFiles } from '../../server/store/neo4j/cypher-files.js';
import { KIND_LABEL } from '../../server/store/neo4j/kind-label.js';
import { migrateDatabase as migrate, Neo4jStore, type Neo4jConfig } from '../../server/store/neo4j/neo4j-store.js';
import { testNeo4j } from '../support/test-neo4j.js';

const db = testNeo4j();

/** A v1 graph as v1's data files had it: free-text reliability, confidence, years only. */
const V1 = {
  sources: [
    {
      id: 'source:nato',
      title: 'NATO members',
      url: 'https://www.nato.int/m',
      publisher: 'NATO',
      date: '2024',
      reliability: 'B',
    },
    {
      id: 'source:press',
      title: 'Press',
      url: 'https://example.org/p',
      publisher: 'Press',
      date: null,
      reliability: 'official',
    },
    {
      id: 'source:overview',
      title: 'Seed overview',
      url: null,
      publisher: null,
      date: null,
      reliability: 'ai-generated',
    },
    {
      id: 'source:blog',
      title: 'A blog',
      url: 'https://example.org/b',
      publisher: 'Blog',
      date: null,
      reliability: null,
    },
  ],
  entities: [
    {
      id: 'org:nato',
      kind: 'ORGANIZATION',
      name: 'NATO',
      aliases: ['OTAN'],
      summary: 'The Alliance',
      since: 1949,
      until: null,
      sources: ['source:nato'],
    },
    {
      id: 'state:est',
      kind: 'STATE',
      name: 'Estonia',
      aliases: [],
      summary: null,
      since: null,
      until: null,
      sources: ['source:nato'],
    },
    {
      id: 'state:rus',
      kind: 'STATE',
      name: 'Russia',
      aliases: [],
      summary: null,
      since: null,
      until: null,
      sources: ['source:overview'],
    },
    {
      id: 'framework:pfp',
      kind: 'FRAMEWORK',
      name: 'Partnership for Peace',
      aliases: ['PfP'],
      summary: null,
      since: 1994,
      until: null,
      sources: ['source:press'],
    },
    {
      id: 'org:old',
      kind: 'ORGANIZATION',
      name: 'Old body',
      aliases: [],
      summary: null,
      since: 1950,
      until: 1991,
      sources: ['source:blog'],
    },
  ],
  relationships: [
    {
      id: 'state:est/MEMBER_OF/org:nato/2004',
      type: 'MEMBER_OF',
      from: 'state:est',
      to: 'org:nato',
      since: 2004,
      until: null,
      confidence: 'high',
      sources: ['source:nato', 'source:press'],
      role: null,
      note: null,
    },
    {
      id: 'state:est/PARTNER_IN/framework:pfp/1994',
      type: 'PARTNER_IN',
      from: 'state:est',
      to: 'framework:pfp',
      since: 1994,
      until: 2004,
      confidence: 'medium',
      sources: ['source:press'],
      role: null,
      note: 'until accession',
    },
    {
      id: 'state:rus/PARTNER_IN/framework:pfp/1994',
      type: 'PARTNER_IN',
      from: 'state:rus',
      to: 'framework:pfp',
      since: 1994,
      until: 2014,
      confidence: 'low',
      sources: ['source:overview', 'source:blog'],
      role: 'partner',
      note: null,
    },
    {
      id: 'org:old/PART_OF/org:nato',
      type: 'PART_OF',
      from: 'org:old',
      to: 'org:nato',
      since: null,
      until: null,
      confidence: 'medium',
      sources: ['source:blog'],
      role: null,
      note: null,
    },
  ],
};

const GRADES: Record<string, Reliability> = { A: 'A', B: 'B', C: 'C', D: 'D', E: 'E', F: 'F' };
const CREDIBILITY: Record<string, Credibility> = { high: 2, medium: 3, low: 4 };

/** The same graph in model v2, as a fresh seed writes it. */
const V2: NormalizedGraph = {
  sources: V1.sources.map((s) => ({ ...s, reliability: GRADES[s.reliability ?? ''] ?? 'F' })),
  entities: V1.entities.map((e) => ({ ...e, kind: e.kind as 'STATE', sinceDate: null, untilDate: null })),
  relationships: V1.relationships.map(({ confidence, ...r }) => ({
    ...r,
    type: r.type as 'MEMBER_OF',
    sinceDate: null,
    untilDate: null,
    credibility: CREDIBILITY[confidence]!,
    suspensions: [],
    alternatives: [],
  })),
};

/** What v1's seed statements stored for V1. */
const v1Rows = () => ({
  sources: V1.sources.map(({ id, ...props }) => ({ id, props })),
  entities: V1.entities.map(({ id, ...e }) => ({
    id,
    label: KIND_LABEL[e.kind as 'STATE'],
    props: {
      ...e,
      since: toInt(e.since),
      until: toInt(e.until),
      searchNames: searchNames({ name: e.name, aliases: e.aliases }),
    },
  })),
  relationships: V1.relationships.map(({ id, type, from, to, ...r }) => ({
    id,
    type,
    from,
    to,
    props: { ...r, since: toInt(r.since), until: toInt(r.until) },
  })),
});
const toInt = (n: number | null) => (n === null ? null : neo4j.int(n));

(db.skip === null ? describe : describe.skip)(
  `Neo4j migrations (npm run db:migrate)${db.skip === null ? '' : ` (skipped: ${db.skip})`}`,
  () => {
    if (db.skip !== null) return;
    const config: Neo4jConfig = {
      uri: db.uri,
      username: db.username,
      password: db.password,
      database: 'neo4j',
      timeoutMs: 10_000,
    };
    let store: Neo4jStore;

    /** Runs the test-only v1 seed statement on the test database. */
    const v1Seed = async (rows: ReturnType<typeof v1Rows>) => {
      const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password));
      try {
        await driver.executeQuery(CypherFiles.load().statement('test-fixtures/v1-seed'), rows, { database: 'neo4j' });
      } finally {
        await driver.close();
      }
    };

    /** What the comparison reads: the export, stats at times, every relationship's view, a filtered neighbourhood. */
    const answers = async (s: Neo4jStore) => ({
      exported: await s.exportGraph(),
      stats: [await s.stats(), await s.stats({ asOf: 2004 }), await s.stats({ at: '2014-06-01' })],
      relationships: await Promise.all(V1.relationships.map((r) => s.relationship(r.id))),
      strong: await s.neighborhood({ id: 'state:est', minReliability: 'B', maxCredibility: 2 }),
      old: await s.neighborhood({ id: 'org:nato', asOf: 1990 }),
    });

    beforeAll(async () => {
      store = await Neo4jStore.open(config);
    });
    afterAll(async () => {
      // Leaves an empty database at the latest version for the suites after this one.
      await store.resetForTests();
      await migrate(config);
      await store.close();
    });

    it('refuses a v1 database naming db:migrate, migrates it idempotently, and matches a fresh v2 seed', async () => {
      await store.resetForTests();
      await v1Seed(v1Rows());
      await expect(Neo4jStore.open(config)).rejects.toThrow(/behind this code.*npm run db:migrate/s);

      expect(await migrate(config)).toEqual(['001-model-v2']);
      expect(await migrate(config)).toEqual([]);
      const migrated = await Neo4jStore.open(config);
      const afterMigration = await answers(migrated);
      await migrated.close();

      await store.resetForTests();
      await store.seedGraph(V2);
      const fresh = await answers(store);

      expect(afterMigration).toEqual(fresh);
      // The comparison saw the conversion: grades, credibility, the time rule and the filters.
      expect(fresh.relationships.map((r) => r && `${r.reliability}${r.credibility}`)).toEqual(['B2', 'F3', 'F4', 'F3']);
      expect(fresh.exported.sources.map((s) => s.reliability)).toEqual(['F', 'B', 'F', 'F']);
      expect(fresh.strong.edges.map((e) => e.id)).toEqual(['state:est/MEMBER_OF/org:nato/2004']);
      expect(fresh.old.nodes.map((n) => n.id)).toEqual(['org:nato', 'org:old']);
      expect(fresh.stats[1]).toMatchObject({ relationships: 3, activeRelationships: 3, suspendedRelationships: 0 });
    });

    it('an empty database is created at the latest version: open neither refuses it nor needs db:migrate', async () => {
      await store.resetForTests();
      await v1Seed({ sources: [], entities: [], relationships: [] }); // forgets the migration record only
      await (await Neo4jStore.open(config)).close();
      expect(await migrate(config)).toEqual([]);
    });
  },
);
