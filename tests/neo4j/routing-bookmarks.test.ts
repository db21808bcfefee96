/**
 * The cluster path on one real Neo4j, through the `neo4j://` scheme (a routing driver: it asks the
 * server for its routing table, as against a cluster or Aura): reads are routed as reads, writes as
 * writes, and a client reads its own writes on another replica by sending back the X-Atlas-Bookmark
 * its write was answered with. Two apps with their own stores (own drivers, own bookmark managers)
 * stand for two replicas.
 */
import { jest } from '@jest/globals';
import type { Express } from 'express';
import type { Driver, SessionConfig } from 'neo4j-driver';
import request from 'supertest';
import { BOOKMARK_HEADER, decodeBookmarkHeader, encodeBookmarkHeader } from '../../server/store/neo4j/bookmarks.js';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import { ALICE, appFor } from '../api/api-support.js';
import { BALTIC } from '../contract/graph-store.contract.js';
import { testNeo4j } from '../support/test-neo4j.js';

const db = testNeo4j();
const routingUri = db.skip === null ? db.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:') : '';

const UPSERT = `mutation($input: EntityInput!) { upsertEntity(input: $input) { id version } }`;
const READ = `query($id: ID!) { entity(id: $id) { id name version } }`;

/** The answers these tests read. */
interface Answer {
  data?: { entity: { id: string; name: string; version: number } };
  errors?: { message: string; extensions: { code: string } }[];
}
const answer = (res: { body: unknown }) => res.body as Answer;

(db.skip === null ? describe : describe.skip)(
  `Neo4j over neo4j:// with bookmarks across replicas${db.skip === null ? '' : ` (skipped: ${db.skip})`}`,
  () => {
    if (db.skip !== null) return;
    let a: Neo4jStore;
    let b: Neo4jStore;
    let appA: Express;
    let appB: Express;
    const open = () =>
      Neo4jStore.open({
        uri: routingUri,
        username: db.username,
        password: db.password,
        database: 'neo4j',
        timeoutMs: 10_000,
      });

    beforeAll(async () => {
      expect(routingUri).toMatch(/^neo4j:\/\//);
      a = await open();
      b = await open();
      await a.resetForTests();
      await a.seedGraph(BALTIC);
      appA = appFor(a);
      appB = appFor(b);
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
    });

    /** Every session the store opens (its access mode and starting bookmarks) and every executeQuery's routing. */
    function watch(store: Neo4jStore) {
      const driver = (store as unknown as { driver: Driver }).driver;
      const sessions: SessionConfig[] = [];
      const queries: unknown[] = [];
      const openSession = driver.session.bind(driver);
      const runQuery = driver.executeQuery.bind(driver) as (...args: unknown[]) => unknown;
      const session = jest.spyOn(driver, 'session').mockImplementation((config) => {
        sessions.push(config ?? {});
        return openSession(config);
      });
      const query = jest.spyOn(driver, 'executeQuery').mockImplementation(((...args: unknown[]) => {
        queries.push((args[2] as { routing?: unknown } | undefined)?.routing);
        return runQuery(...args);
      }) as Driver['executeQuery']);
      return {
        sessions,
        queries,
        restore: () => {
          session.mockRestore();
          query.mockRestore();
        },
      };
    }

    it('a neo4j:// URI connects through the routing driver and serves reads and writes', async () => {
      const res = await request(appA)
        .post('/graphql')
        .send({ query: READ, variables: { id: 'state:est' } });
      expect(res.body).toEqual({
        data: { entity: { id: 'state:est', name: 'Estonia', version: expect.any(Number) as unknown } },
      });
    });

    it('reads run as READ (executeQuery routing READ, READ sessions), writes as WRITE', async () => {
      const seen = watch(a);
      try {
        await a.entity('state:est');
        await a.neighborhood({ id: 'state:est', depth: 2 });
        await a.paths({ from: 'state:est', to: 'state:lva' });
        const { version: _v, ...est } = (await a.entity('state:est'))!;
        const modesBefore = seen.sessions.map((s) => s.defaultAccessMode);
        expect(seen.queries.length + modesBefore.length).toBeGreaterThan(0);
        expect(seen.queries.every((r) => r === 'READ')).toBe(true);
        expect(modesBefore.every((m) => m === 'READ')).toBe(true);
        await a.upsertEntity({ ...est, summary: 'Routed as a write' }, { actor: 'alice' });
        expect(seen.sessions.at(-1)?.defaultAccessMode).toBe('WRITE');
      } finally {
        seen.restore();
      }
    });

    it('a write answers with X-Atlas-Bookmark; sent to another replica, its reads begin with that bookmark and see the write', async () => {
      const input = { id: 'state:pol', kind: 'STATE', name: 'Poland', sources: ['source:nato-members'] };
      const wrote = await request(appA)
        .post('/graphql')
        .set('Authorization', `Bearer ${ALICE}`)
        .send({ query: UPSERT, variables: { input } });
      expect(wrote.body).toEqual({ data: { upsertEntity: { id: 'state:pol', version: 1 } } });
      const header = wrote.get(BOOKMARK_HEADER);
      expect(header).toBeDefined();
      const token = decodeBookmarkHeader(header!);
      expect(token.bookmarks.length).toBeGreaterThan(0);
      expect(Math.abs(Date.now() - token.writtenAt)).toBeLessThan(60_000);

      const seen = watch(b);
      try {
        const read = await request(appB)
          .post('/graphql')
          .set(BOOKMARK_HEADER, header!)
          .send({ query: READ, variables: { id: 'state:pol' } });
        expect(read.body).toEqual({ data: { entity: { id: 'state:pol', name: 'Poland', version: 1 } } });
        // A read sends no new bookmark: the client keeps the one it has.
        expect(read.get(BOOKMARK_HEADER)).toBeUndefined();
        const reads = seen.sessions.filter((s) => s.defaultAccessMode === 'READ');
        expect(reads.length).toBeGreaterThan(0);
        for (const s of reads) expect(s.bookmarks).toEqual(token.bookmarks);
      } finally {
        seen.restore();
      }

      // A second write on B, begun with A's bookmark, answers with a newer one that B's and A's reads accept.
      const again = await request(appB)
        .post('/graphql')
        .set('Authorization', `Bearer ${ALICE}`)
        .set(BOOKMARK_HEADER, header!)
        .send({ query: UPSERT, variables: { input: { ...input, name: 'Republic of Poland' } } });
      expect(again.body).toEqual({ data: { upsertEntity: { id: 'state:pol', version: 2 } } });
      const next = again.get(BOOKMARK_HEADER)!;
      expect(decodeBookmarkHeader(next).bookmarks).not.toEqual(token.bookmarks);
      const back = await request(appA)
        .post('/graphql')
        .set(BOOKMARK_HEADER, next)
        .send({ query: READ, variables: { id: 'state:pol' } });
      expect(answer(back).data?.entity).toEqual({ id: 'state:pol', name: 'Republic of Poland', version: 2 });
    });

    it('a header that is not ours is refused with 400; a well-formed bookmark the database never issued is BAD_USER_INPUT', async () => {
      const garbage = await request(appA)
        .post('/graphql')
        .set(BOOKMARK_HEADER, 'not a token!')
        .send({ query: READ, variables: { id: 'state:est' } });
      expect(garbage.status).toBe(400);
      expect(answer(garbage).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      const forged = encodeBookmarkHeader({ bookmarks: ['FB:not-a-real-bookmark'], writtenAt: Date.now() });
      const res = await request(appA)
        .post('/graphql')
        .set(BOOKMARK_HEADER, forged)
        .send({ query: READ, variables: { id: 'state:est' } });
      expect(answer(res).errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(answer(res).errors?.[0]?.message).toMatch(/X-Atlas-Bookmark/);
    });
  },
);
