/**
 * With REDIS_URL, replicas share the rate limit and the response cache through a real redis-server
 * (Debian's, started by the test on a free port). Two apps in this process stand for two replicas.
 */
import type { Express } from 'express';
import request from 'supertest';
import { closeSharedRedis } from '../../server/redis.js';
import { MemoryStore } from '../../server/store/memory/memory-store.js';
import { BOOKMARK_HEADER, encodeBookmarkHeader } from '../../server/store/neo4j/bookmarks.js';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from '../../tools/neo4j-local/start.js';
import { ALICE, appFor, countingStore } from '../api/api-support.js';
import { BALTIC } from '../contract/graph-store.contract.js';

const skip =
  spawnSync('sh', ['-c', 'command -v redis-server']).status === 0
    ? null
    : 'redis-server is not installed (apt-get install -y redis-server; .ci/run does it)';

/** A redis-server of the test's own (never the system service): a free port, no persistence, a temporary folder. */
async function startRedis(): Promise<{ url: string; stop: (signal?: NodeJS.Signals) => Promise<void> }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'atlas-redis-test-'));
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `redis://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    const pong = await probe
      .connect()
      .then(() => probe.ping())
      .catch(() => null);
    probe.disconnect();
    if (pong === 'PONG') break;
    if (tries > 100) throw new Error('redis-server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const READ = `query($id: ID!) { entity(id: $id) { id name } }`;
const STATS = `{ stats { entities } }`;
const UPSERT = `mutation($input: EntityInput!) { upsertEntity(input: $input) { id name } }`;

/** The answers these tests read (every field they touch, as the queries above select them). */
interface Answer {
  data: {
    entity: { id: string; name: string };
    stats: { entities: number };
    upsertEntity: { id: string; name: string };
  };
  errors?: { message: string }[];
}

async function post(
  app: Express,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const req = request(app).post('/graphql').set('Content-Type', 'application/json');
  for (const [k, v] of Object.entries(headers)) req.set(k, v);
  const res = await req.send({ query, variables });
  return { status: res.status, body: res.body as Answer };
}

(skip === null ? describe : describe.skip)(
  `REDIS_URL: replicas share Redis${skip === null ? '' : ` (skipped: ${skip})`}`,
  () => {
    let redis: Awaited<ReturnType<typeof startRedis>>;
    beforeAll(async () => {
      redis = await startRedis();
    });
    afterAll(async () => {
      await closeSharedRedis();
      await redis?.stop();
    });

    describe('the rate limit', () => {
      it('counts one client once across replicas (not the limit times the replicas)', async () => {
        const store = MemoryStore.fromGraph(BALTIC);
        const env = { REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '6', RESPONSE_CACHE_TTL_MS: '0' };
        const replicas = [appFor(store, env), appFor(store, env), appFor(store, env)];
        const statuses: number[] = [];
        for (let i = 0; i < 12; i++) statuses.push((await post(replicas[i % 3]!, STATS)).status);
        expect(statuses.filter((s) => s === 200)).toHaveLength(6);
        expect(statuses.slice(6).every((s) => s === 429)).toBe(true);
      });

      it('without REDIS_URL each replica counts alone, as before', async () => {
        const store = MemoryStore.fromGraph(BALTIC);
        const env = { RATE_LIMIT_PER_MINUTE: '6' };
        const replicas = [appFor(store, env), appFor(store, env), appFor(store, env)];
        const statuses: number[] = [];
        for (let i = 0; i < 12; i++) statuses.push((await post(replicas[i % 3]!, STATS)).status);
        expect(statuses.every((s) => s === 200)).toBe(true);
      });
    });

    describe('the response cache', () => {
      let calls: ReturnType<typeof countingStore>;
      let a: Express;
      let b: Express;
      beforeEach(async () => {
        // One database behind both replicas (as Neo4j is); the counter shows which reads reached it.
        await closeSharedRedis();
        const flush = new Redis(redis.url);
        await flush.flushall();
        await flush.quit();
        calls = countingStore(MemoryStore.fromGraph(BALTIC));
        const env = { REDIS_URL: redis.url, RESPONSE_CACHE_TTL_MS: '60000' };
        a = appFor(calls.store, env);
        b = appFor(calls.store, env);
      });

      it('a read cached by one replica is served by another without reaching the store', async () => {
        const first = await post(a, READ, { id: 'state:est' });
        expect(first.body).toEqual({ data: { entity: { id: 'state:est', name: 'Estonia' } } });
        const before = calls.total();
        const second = await post(b, READ, { id: 'state:est' });
        expect(second.body).toEqual(first.body);
        expect(calls.total()).toBe(before);
      });

      it('a write on one replica clears what every replica cached: the entity and graph-wide answers', async () => {
        await post(a, READ, { id: 'state:est' });
        const stats = (await post(a, STATS)).body;
        expect((await post(b, STATS)).body).toEqual(stats);

        const renamed = await post(
          a,
          UPSERT,
          { input: { id: 'state:est', kind: 'STATE', name: 'Eesti Vabariik', sources: ['source:nato-members'] } },
          {
            Authorization: `Bearer ${ALICE}`,
          },
        );
        expect(renamed.body.errors).toBeUndefined();
        expect((await post(b, READ, { id: 'state:est' })).body.data.entity.name).toBe('Eesti Vabariik');

        // A new entity names nothing cached, yet every count moved: stats is not served from before.
        await post(
          b,
          UPSERT,
          { input: { id: 'state:pol', kind: 'STATE', name: 'Poland', sources: ['source:nato-members'] } },
          {
            Authorization: `Bearer ${ALICE}`,
          },
        );
        expect((await post(a, STATS)).body.data.stats.entities).toBe(stats.data.stats.entities + 1);
      });

      it('a request carrying a recent bookmark skips the cache; an old one does not', async () => {
        await post(a, READ, { id: 'state:est' });
        const before = calls.total();
        const recent = encodeBookmarkHeader({ bookmarks: [], writtenAt: Date.now() });
        await post(b, READ, { id: 'state:est' }, { [BOOKMARK_HEADER]: recent });
        expect(calls.total()).toBeGreaterThan(before);
        const after = calls.total();
        const old = encodeBookmarkHeader({ bookmarks: [], writtenAt: Date.now() - 3_600_000 });
        await post(b, READ, { id: 'state:est' }, { [BOOKMARK_HEADER]: old });
        expect(calls.total()).toBe(after);
      });
    });

    describe('when Redis is down', () => {
      it('reads and writes still answer (no cache, the rate limit lets requests through)', async () => {
        const own = await startRedis();
        const store = MemoryStore.fromGraph(BALTIC);
        const app = appFor(store, { REDIS_URL: own.url, RATE_LIMIT_PER_MINUTE: '100', RESPONSE_CACHE_TTL_MS: '60000' });
        expect((await post(app, READ, { id: 'state:est' })).body.data.entity.name).toBe('Estonia');
        await own.stop('SIGKILL');
        const read = await post(app, READ, { id: 'state:lva' });
        expect(read.status).toBe(200);
        expect(read.body).toEqual({ data: { entity: { id: 'state:lva', name: 'Latvia' } } });
        const wrote = await post(
          app,
          UPSERT,
          { input: { id: 'state:pol', kind: 'STATE', name: 'Poland', sources: ['source:nato-members'] } },
          {
            Authorization: `Bearer ${ALICE}`,
          },
        );
        expect(wrote.body).toEqual({ data: { upsertEntity: { id: 'state:pol', name: 'Poland' } } });
      }, 30_000);
    });
  },
);
