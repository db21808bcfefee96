/**
 * The HTTP server around the API (health, rate limiting, CORS, GraphiQL and security headers, the
 * explorer's files, graceful shutdown), on the MemoryStore: none of it depends on which store answers.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { UnavailableError } from '../../server/errors.js';
import { DATA_DIR } from '../../server/paths.js';
import { MemoryStore } from '../../server/store/memory/memory-store.js';
import { ALICE, appFor, countingStore, gql, type GqlBody, type RouteErrorBody } from '../api/api-support.js';
import { BALTIC } from '../contract/graph-store.contract.js';
import { waitFor } from '../support/wait-for.js';
import { withMethod } from '../support/with-method.js';

const baltic = () => MemoryStore.fromGraph(BALTIC);

describe('health', () => {
  it('/health/live is always 200; /health/ready is 200 when the store answers ping()', async () => {
    const app = appFor(baltic());
    expect((await request(app).get('/health/live').expect(200)).body).toEqual({ status: 'live' });
    expect((await request(app).get('/health/ready').expect(200)).body).toEqual({ status: 'ready', store: 'memory' });
  });

  it('/health/ready is 503 when ping() rejects or hangs; live stays 200', async () => {
    const down = appFor(withMethod(baltic(), 'ping', () => Promise.reject(new UnavailableError())));
    expect(((await request(down).get('/health/ready').expect(503)).body as { status: string }).status).toBe(
      'unavailable',
    );
    await request(down).get('/health/live').expect(200);
    const hung = appFor(
      withMethod(baltic(), 'ping', () => new Promise(() => undefined)),
      { STORE_TIMEOUT_MS: '50' },
    );
    await request(hung).get('/health/ready').expect(503);
  }, 10_000);
});

describe('rate limiting', () => {
  it('over RATE_LIMIT_PER_MINUTE a client gets 429 with a clear error and Retry-After; health is not limited', async () => {
    const app = appFor(baltic(), { RATE_LIMIT_PER_MINUTE: '3' });
    for (let i = 0; i < 3; i++) expect((await gql(app, '{ stats { entities } }')).status).toBe(200);
    const limited = await request(app)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: '{ stats { entities } }' });
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    const perMinute: unknown = expect.stringMatching(/3 requests a minute/);
    expect((limited.body as GqlBody).errors?.[0]).toEqual({
      message: perMinute,
      extensions: { code: 'RATE_LIMITED' },
    });
    const exportLimited = await request(app).get('/export/graph.json').expect(429);
    expect((exportLimited.body as RouteErrorBody).error.code).toBe('RATE_LIMITED');
    await request(app).get('/health/live').expect(200);
  });

  it('RATE_LIMIT_PER_MINUTE=0 disables it', async () => {
    const app = appFor(baltic(), { RATE_LIMIT_PER_MINUTE: '0' });
    for (let i = 0; i < 5; i++) expect((await gql(app, '{ stats { entities } }')).status).toBe(200);
  });
});

describe('CORS', () => {
  it('is closed by default: no Access-Control-Allow-Origin', async () => {
    const res = await request(appFor(baltic()))
      .post('/graphql')
      .set('Origin', 'https://evil.example')
      .send({ query: '{ stats { entities } }' });
    // Answered (so the missing header is CORS's doing, not a failed request's).
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('ATLAS_CORS_ORIGINS allows exactly those origins, with preflight', async () => {
    const app = appFor(baltic(), { ATLAS_CORS_ORIGINS: 'https://atlas.example,http://localhost:5173' });
    const pre = await request(app)
      .options('/graphql')
      .set('Origin', 'http://localhost:5173')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type, authorization')
      .expect(204);
    expect(pre.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(pre.headers['access-control-allow-headers']).toMatch(/Authorization/);
    const ok = await request(app).get('/export/graph.json').set('Origin', 'https://atlas.example').expect(200);
    expect(ok.headers['access-control-allow-origin']).toBe('https://atlas.example');
    const other = await request(app).get('/export/graph.json').set('Origin', 'https://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('GraphiQL and security headers', () => {
  it('a browser GET /graphql gets GraphiQL from the installed package with the example operations, under a CSP that allows exactly its script', async () => {
    const res = await request(appFor(baltic())).get('/graphql').set('Accept', 'text/html').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('YogaGraphiQL.renderYogaGraphiQL');
    expect(res.text).not.toMatch(/unpkg\.com|cdn\.jsdelivr/);
    for (const example of ['state:est', 'state:jpn', 'PfP']) expect(res.text).toContain(example);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('other routes carry the explorer CSP (self scripts, inline styles, data:/blob: images) and helmet headers', async () => {
    const res = await request(appFor(baltic())).get('/health/live');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the built explorer at / when its folder exists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-client-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Alliance Atlas</title>');
    writeFileSync(join(dir, 'assets', 'main-abc123.js'), 'console.log(1)');
    const app = appFor(baltic(), { ATLAS_CLIENT_DIR: dir });
    const index = await request(app).get('/').expect(200);
    expect(index.text).toContain('Alliance Atlas');
    expect(index.headers['cache-control']).toBe('no-cache');
    const asset = await request(app).get('/assets/main-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    await request(app).get('/graphql').set('Accept', 'text/html').expect(200);
  });
});

describe('no N+1 on the real data/ (the largest neighbourhood there is)', () => {
  it('NATO at depth 3 with from/to/sources: a handful of store calls', async () => {
    const counting = countingStore(MemoryStore.fromDataDir(DATA_DIR));
    const app = appFor(counting.store);
    const r = await gql<{ neighborhood: { edges: unknown[] } }>(
      app,
      `{ neighborhood(id: "org:nato", depth: 3, limit: 2000) {
        nodes { id sources { id } }
        edges { from { name sources { title } } to { name sources { title } } sources { url } }
      } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.neighborhood.edges.length).toBeGreaterThan(100);
    expect(counting.calls.get('neighborhood')).toBe(1);
    expect(counting.total()).toBeLessThanOrEqual(4);
  });
});

describe('writes through the HTTP layer', () => {
  it('an editor token in a different case of "Bearer" still works; the actor is the token name', async () => {
    const store = baltic();
    const app = appFor(store);
    const res = await request(app)
      .post('/graphql')
      .set('Authorization', `bearer ${ALICE}`)
      .set('Content-Type', 'application/json')
      .send({ query: 'mutation { deleteRelationship(id: "state:lva/LOCATED_IN/region:baltic") { id } }' })
      .expect(200);
    expect((res.body as GqlBody).errors).toBeUndefined();
    expect((await store.auditLog()).items[0]!.actor).toBe('alice');
  });
});

describe('graceful shutdown', () => {
  it('finishes an in-flight request, refuses new connections, then closes the store', async () => {
    const { createServer } = await import('node:http');
    const { pino } = await import('pino');
    const { gracefulShutdown } = await import('../../server/http/graceful-shutdown.js');
    const base = baltic();
    let closed = 0;
    let reachedStore = false;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const store = new Proxy(base, {
      get(target, prop) {
        if (prop === 'stats') {
          return async () => {
            reachedStore = true;
            await gate;
            return target.stats();
          };
        }
        if (prop === 'close') {
          return () => {
            closed += 1;
            return Promise.resolve();
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    const server = createServer(appFor(store));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { entities } }' }),
    });
    // Shut down only once the request is in flight, held at the store.
    await waitFor(() => reachedStore, 'the in-flight request to reach the store');
    const done = gracefulShutdown({ server, store, logger: pino({ level: 'silent' }), timeoutMs: 10_000 });
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
    expect(closed).toBe(0);
    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { stats: { entities: 22 } } });
    await done;
    expect(closed).toBe(1);
  }, 20_000);
});
