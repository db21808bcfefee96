/**
 * Hardening at the HTTP layer (docs/security.md): smaller bodies and shorter request times for
 * clients without a token, timeouts for slow clients on a real listening server, trusted proxies by
 * address, GraphiQL's assets compressed and cached, and production's defaults.
 */
import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import request from 'supertest';
import { createApp } from '../../server/app.js';
import { createHttpServer } from '../../server/http/server.js';
import { MemoryStore } from '../../server/store/memory/memory-store.js';
import { ALICE, appFor, testConfig, type GqlBody } from '../api/api-support.js';
import { BALTIC } from '../contract/graph-store.contract.js';
import { pino } from 'pino';

const baltic = () => MemoryStore.fromGraph(BALTIC);

/** A body of about `bytes` bytes that is a valid query. */
const padded = (bytes: number) => JSON.stringify({ query: `{ stats { entities } } #${'x'.repeat(bytes)}` });

describe('request bodies', () => {
  it('a client without a token may send 64 KiB by default; an editor the full 2 MiB', async () => {
    const app = appFor(baltic());
    const anonymous = await request(app).post('/graphql').set('Content-Type', 'application/json').send(padded(100_000));
    expect(anonymous.status).toBe(413);
    expect((anonymous.body as GqlBody).errors?.[0]).toEqual({
      message: expect.stringMatching(
        /larger than this server accepts \(65536 bytes; editors may send larger ones\)/,
      ) as unknown,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const wrongToken = await request(app)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Authorization', 'Bearer not-a-token')
      .send(padded(100_000));
    expect(wrongToken.status).toBe(413);
    const editor = await request(app)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Authorization', `Bearer ${ALICE}`)
      .send(padded(100_000));
    expect(editor.status).toBe(200);
    expect((editor.body as GqlBody).data).toEqual({ stats: { entities: expect.any(Number) as unknown } });
  });
});

describe('slow clients, on a listening server', () => {
  let server: ReturnType<typeof createHttpServer>;
  let port: number;
  beforeAll(async () => {
    const config = testConfig({
      HEADERS_TIMEOUT_MS: '300',
      REQUEST_TIMEOUT_MS: '600',
      EDITOR_REQUEST_TIMEOUT_MS: '3000',
    });
    server = createHttpServer(createApp({ config, store: baltic(), logger: pino({ level: 'silent' }) }), config);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** Opens a connection, writes `first`, and collects what comes back until the server closes it. */
  function slowClient(first: string): { socket: Socket; closed: Promise<{ ms: number; answer: string }> } {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    socket.write(first);
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    const closed = new Promise<{ ms: number; answer: string }>((resolve) =>
      socket.on('close', () => resolve({ ms: Date.now() - started, answer })),
    );
    return { socket, closed };
  }

  const head = (length: number, token?: string) =>
    'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
    (token ? `Authorization: Bearer ${token}\r\n` : '') +
    `Content-Length: ${length}\r\n\r\n`;

  it('headers that do not arrive within HEADERS_TIMEOUT_MS: the connection is closed', async () => {
    const { closed } = slowClient('POST /graphql HTTP/1.1\r\nHost: localhost\r\n');
    const { ms, answer } = await closed;
    expect(ms).toBeLessThan(2500);
    expect(answer).toMatch(/^HTTP\/1\.1 408|^$/);
  });

  it('a body that does not arrive within REQUEST_TIMEOUT_MS: 408 and the connection closed', async () => {
    const body = JSON.stringify({ query: '{ stats { entities } }' });
    const { closed } = slowClient(head(body.length) + body.slice(0, 5));
    const { ms, answer } = await closed;
    expect(ms).toBeLessThan(2500);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('"code":"BAD_USER_INPUT"');
  });

  it("an editor's slow body (an import) gets EDITOR_REQUEST_TIMEOUT_MS", async () => {
    const body = JSON.stringify({ query: '{ stats { entities } }' });
    const { socket, closed } = slowClient(head(body.length, ALICE) + body.slice(0, 5));
    await new Promise((resolve) => setTimeout(resolve, 1200));
    socket.end(body.slice(5));
    const { answer } = await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
  });
});

describe('trusted proxies', () => {
  const hits = (app: ReturnType<typeof appFor>, forwardedFor: string) =>
    request(app).get('/export/graph.json').set('X-Forwarded-For', forwardedFor);

  it('a listed proxy names the client, so each client has its own rate limit', async () => {
    const app = appFor(baltic(), { RATE_LIMIT_PER_MINUTE: '2', ATLAS_TRUST_PROXY: '127.0.0.1/8,::1' });
    for (const client of ['203.0.113.1', '203.0.113.1', '203.0.113.2', '203.0.113.2']) {
      expect((await hits(app, client)).status).toBe(200);
    }
    expect((await hits(app, '203.0.113.1')).status).toBe(429);
  });

  it('from an address not listed, X-Forwarded-For is not believed', async () => {
    const app = appFor(baltic(), { RATE_LIMIT_PER_MINUTE: '2', ATLAS_TRUST_PROXY: '10.0.0.2' });
    expect((await hits(app, '203.0.113.1')).status).toBe(200);
    expect((await hits(app, '203.0.113.2')).status).toBe(200);
    expect((await hits(app, '203.0.113.3')).status).toBe(429);
  });
});

describe("GraphiQL's assets", () => {
  it('are files apart from the page, compressed, and cached for good under a name of their content', async () => {
    const app = appFor(baltic());
    const page = await request(app).get('/graphql').set('Accept', 'text/html').expect(200);
    expect(page.text.length).toBeLessThan(500_000);
    const scripts = [...page.text.matchAll(/src="(\/graphql\/graphiql-[0-9a-f]+\.js)"/g)].map((m) => m[1]!);
    const styles = [...page.text.matchAll(/href="(\/graphql\/graphiql-[0-9a-f]+\.css)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    // Raw bytes over a real connection: supertest would decompress them.
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const fetchRaw = (path: string, headers: Record<string, string>) =>
      new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const { port } = server.address() as AddressInfo;
        get({ host: '127.0.0.1', port, path, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject);
      });
    try {
      const br = await fetchRaw(scripts[0]!, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(br.status).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.headers['content-type']).toMatch(/javascript/);
      const script = brotliDecompressSync(br.body).toString();
      expect(script).toContain('YogaGraphiQL');
      expect(script.length).toBeGreaterThan(3 * br.body.length);
      const gz = await fetchRaw(styles[0]!, { 'Accept-Encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).toString()).toContain('.graphiql-container');
      const again = await fetchRaw(scripts[0]!, { 'If-None-Match': br.headers.etag! });
      expect(again.status).toBe(304);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }, 30_000);
});

describe('NODE_ENV=production', () => {
  it('serves no GraphiQL and refuses introspection unless ATLAS_INTROSPECTION enables them', async () => {
    const app = appFor(baltic(), { NODE_ENV: 'production' });
    const page = await request(app).get('/graphql').set('Accept', 'text/html');
    expect(page.text).not.toContain('YogaGraphiQL');
    const intro = await request(app).post('/graphql').send({ query: '{ __schema { queryType { name } } }' });
    expect((intro.body as GqlBody).errors?.[0]?.message).toMatch(/introspection has been disabled/);
    const enabled = appFor(baltic(), { NODE_ENV: 'production', ATLAS_INTROSPECTION: 'true' });
    expect((await request(enabled).get('/graphql').set('Accept', 'text/html')).text).toContain('YogaGraphiQL');
  });
});
