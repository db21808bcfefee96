/**
 * The GraphQL endpoint's own guards (query limits, error masking, store timeouts, request-level
 * errors), on the MemoryStore: none of it depends on which store answers. The server around it
 * (health, rate limits, CORS, headers, shutdown) is in http-server.test.ts.
 */
import type { Express } from 'express';
import request from 'supertest';
import { UnavailableError } from '../../server/errors.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { MemoryStore } from '../../server/store/memory/memory-store.js';
import { ALICE, appFor, expectError, gql, type GqlBody, type RouteErrorBody } from '../api/api-support.js';
import { BALTIC } from '../contract/graph-store.contract.js';
import { withMethod, withWriteBounds } from '../support/with-method.js';

const baltic = () => MemoryStore.fromGraph(BALTIC);

describe('query limits (graphql-armor)', () => {
  let app: Express;
  beforeAll(() => {
    app = appFor(baltic());
  });

  it('more than 15 aliases is refused', async () => {
    const fields = Array.from({ length: 16 }, (_, i) => `a${i}: entity(id: "state:est") { id }`).join(' ');
    const r = await gql(app, `{ ${fields} }`);
    expect(expectError(r, 'BAD_USER_INPUT').message).toMatch(/Aliases limit of 15/);
    expect(r.data ?? null).toBeNull();
  });

  it('more than 5000 tokens is refused', async () => {
    const r = await gql(app, `{ entity(id: "state:est") { ${'id '.repeat(5000)} } }`);
    expect(expectError(r, 'GRAPHQL_PARSE_FAILED').message).toMatch(/Token limit of 5000/);
  });

  it('more than 50 directives is refused', async () => {
    const r = await gql(app, `{ entity(id: "state:est") { id ${'@include(if: true) '.repeat(51)} } }`);
    expect(expectError(r, 'BAD_USER_INPUT').message).toMatch(/Directives limit of 50/);
  });

  it('a costly query is refused', async () => {
    const source = 'sources { id title url publisher date reliability }';
    const entity = `id name kind since until aliases ${source}`;
    const edges = `edges { from { ${entity} } to { ${entity} } ${source} }`;
    const fields = Array.from(
      { length: 15 },
      (_, i) => `n${i}: neighborhood(id: "state:est", depth: 3) { nodes { ${entity} summary version } ${edges} }`,
    ).join(' ');
    const r = await gql(app, `{ ${fields} }`);
    expect(expectError(r, 'BAD_USER_INPUT').message).toMatch(/Cost limit of 2000/);
    expect(r.data ?? null).toBeNull();
  });

  it('a selection deeper than 10 (fragment spreads count) is refused', async () => {
    const nested = `${'... on Entity { '.repeat(10)}id${' }'.repeat(10)}`;
    const r = await gql(app, `{ entity(id: "state:est") { ${nested} } }`);
    expect(expectError(r, 'BAD_USER_INPUT').message).toMatch(/depth limit of 10/);
  });

  it('the deepest query the schema allows passes the depth limit; introspection is on by default', async () => {
    const deep = await gql(app, '{ deleteProbe: neighborhood(id: "state:est") { edges { from { sources { id } } } } }');
    expect(deep.errors).toBeUndefined();
    const intro = await gql(app, '{ __schema { queryType { name } } }');
    expect(intro.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('ATLAS_INTROSPECTION=false refuses introspection and GraphiQL, still answers queries', async () => {
    const closed = appFor(baltic(), { ATLAS_INTROSPECTION: 'false' });
    const refused = await gql(closed, '{ __schema { queryType { name } } }');
    const disabled: unknown = expect.stringMatching(/introspection has been disabled/);
    expect(refused.errors?.[0]).toMatchObject({
      message: disabled,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect((await gql(closed, '{ entity(id: "state:est") { name } }')).data).toEqual({ entity: { name: 'Estonia' } });
    const page = await request(closed).get('/graphql').set('Accept', 'text/html');
    // Refused, not merely missing the page: 406, as yoga answers an HTML request it will not serve.
    expect(page.status).toBe(406);
    expect(page.text).not.toContain('YogaGraphiQL');
  });

  it('a body over ATLAS_BODY_LIMIT_BYTES is 413 with a GraphQL error', async () => {
    const small = appFor(baltic(), { ATLAS_BODY_LIMIT_BYTES: '2048' });
    const res = await request(small)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: '{ stats { entities } }', variables: { pad: 'x'.repeat(4096) } });
    expect(res.status).toBe(413);
    const [error] = (res.body as GqlBody).errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/2048 bytes/);
    expect((await gql(small, '{ stats { entities } }')).data).toEqual({ stats: { entities: 22 } });
  });
});

describe('errors', () => {
  it('an unexpected store error is masked: "Unexpected error.", no details, no stack', async () => {
    const store = withMethod(baltic(), 'stats', () =>
      Promise.reject(new Error('secret detail: bolt://db:7687 password=hunter2')),
    );
    const r = await gql(appFor(store), '{ stats { entities } }');
    const error = expectError(r, 'INTERNAL_SERVER_ERROR');
    expect(error.message).toBe('Unexpected error.');
    expect(r.text).not.toMatch(/secret|hunter2|bolt:|stack/);
  });

  it('a store call slower than STORE_TIMEOUT_MS is UNAVAILABLE, not a hang', async () => {
    const store = withMethod(baltic(), 'entity', () => new Promise(() => undefined));
    const r = await gql(appFor(store, { STORE_TIMEOUT_MS: '50' }), '{ entity(id: "state:est") { id } }');
    expect(expectError(r, 'UNAVAILABLE').message).toMatch(/50 ms/);
  }, 10_000);

  it('importGraph is bounded by IMPORT_TIMEOUT_MS (plus the commit margin), not STORE_TIMEOUT_MS', async () => {
    const base = baltic();
    const slow = withMethod(base, 'importGraph', async (...args: unknown[]) => {
      await new Promise((r) => setTimeout(r, 300));
      return base.importGraph(...(args as Parameters<GraphStore['importGraph']>));
    });
    const app = appFor(slow, { STORE_TIMEOUT_MS: '50', IMPORT_TIMEOUT_MS: '1000' });
    const r = await gql(
      app,
      'mutation($input: GraphInput!) { importGraph(input: $input) { ok entities } }',
      { input: { entities: [{ id: 'state:pol', kind: 'STATE', name: 'Poland', sources: ['source:nato-members'] }] } },
      ALICE,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ importGraph: { ok: true, entities: 1 } });
    expect(await base.entity('state:pol')).toMatchObject({ name: 'Poland' });
    // Reads keep STORE_TIMEOUT_MS.
    const slowRead = withMethod(base, 'stats', () => new Promise((r) => setTimeout(() => r(base.stats()), 300)));
    expectError(
      await gql(appFor(slowRead, { STORE_TIMEOUT_MS: '50', IMPORT_TIMEOUT_MS: '1000' }), '{ stats { entities } }'),
      'UNAVAILABLE',
    );
  }, 10_000);

  it('an import slower than IMPORT_TIMEOUT_MS plus the margin is UNAVAILABLE naming that bound', async () => {
    const hung = withMethod(baltic(), 'importGraph', () => new Promise(() => undefined));
    // As Neo4j's bounds for STORE_TIMEOUT_MS=50, IMPORT_TIMEOUT_MS=1000: 1000 ms server-side + 500 + 3000.
    const app = appFor(withWriteBounds(hung, { writeMs: 3550, importMs: 4500 }), {
      STORE_TIMEOUT_MS: '50',
      IMPORT_TIMEOUT_MS: '1000',
    });
    const r = await gql(
      app,
      'mutation($input: GraphInput!) { importGraph(input: $input) { ok } }',
      { input: { entities: [] } },
      ALICE,
    );
    expect(expectError(r, 'UNAVAILABLE').message).toMatch(/within 4500 ms \(importGraph\)/);
    // The embedded store's writes cannot outlive their call: it adds no margin.
    const embedded = await gql(
      appFor(hung, { STORE_TIMEOUT_MS: '50', IMPORT_TIMEOUT_MS: '1000' }),
      'mutation($input: GraphInput!) { importGraph(input: $input) { ok } }',
      { input: { entities: [] } },
      ALICE,
    );
    expect(expectError(embedded, 'UNAVAILABLE').message).toMatch(/within 1000 ms \(importGraph\)/);
  }, 15_000);

  it("a single write waits its store's commit margin longer than its transaction timeout (STORE_TIMEOUT_MS) before UNAVAILABLE", async () => {
    const base = baltic();
    const slow = withWriteBounds(
      withMethod(base, 'deleteRelationship', async (...args: unknown[]) => {
        await new Promise((r) => setTimeout(r, 200));
        return base.deleteRelationship(...(args as Parameters<GraphStore['deleteRelationship']>));
      }),
      { writeMs: 3550, importMs: 123_500 },
    );
    const r = await gql(
      appFor(slow, { STORE_TIMEOUT_MS: '50' }),
      'mutation { deleteRelationship(id: "state:lva/LOCATED_IN/region:baltic") { id } }',
      {},
      ALICE,
    );
    expect(r.errors).toBeUndefined();
    expect(await base.relationship('state:lva/LOCATED_IN/region:baltic')).toBeNull();
  }, 10_000);

  it('a store that is down is UNAVAILABLE with its message', async () => {
    const store = withMethod(baltic(), 'search', () => Promise.reject(new UnavailableError()));
    expectError(await gql(appFor(store), '{ search(text: "x") { score } }'), 'UNAVAILABLE');
  });

  it('an unknown route is a JSON 404', async () => {
    const res = await request(appFor(baltic())).get('/nope').expect(404);
    expect((res.body as RouteErrorBody).error.code).toBe('NOT_FOUND');
  });
});

describe('request-level errors: a JSON body with a documented code', () => {
  let app: Express;
  beforeAll(() => {
    app = appFor(baltic());
  });
  const STATS = '{ stats { entities } }';
  const post = (contentType: string | null, body: string | Buffer) => {
    const req = request(app).post('/graphql').set('Accept', 'application/json');
    return (contentType === null ? req : req.set('Content-Type', contentType)).send(body);
  };
  /** The one error, its status and code; never yoga's own codes or an empty body. */
  const refused = (res: request.Response, status: number, message: RegExp) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);
    const matching: unknown = expect.stringMatching(message);
    expect(res.body).toEqual({ errors: [{ message: matching, extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(res.text).not.toMatch(/BAD_REQUEST|OPERATION_RESOLUTION_FAILURE|originalError/);
  };

  it.each([
    ['malformed JSON', '{"query":'],
    ['an empty body', ''],
    ['JSON behind a byte-order mark', `\uFEFF${JSON.stringify({ query: STATS })}`],
  ])('%s is 400 BAD_USER_INPUT', async (_name, body) => {
    refused(await post('application/json', body), 400, /invalid JSON/);
  });

  it.each([
    ['JSON that is not an object', '"{ stats { entities } }"', /expected to be object/],
    ['null', 'null', /expected to be object/],
    ['a batch (array)', JSON.stringify([{ query: STATS }, { query: STATS }]), /Batching is not supported/],
    ['query that is not a string', JSON.stringify({ query: 42 }), /"query" param to be a string/],
    ['an unknown key', JSON.stringify({ query: STATS, extra: 1 }), /Unexpected parameter "extra"/],
    ['variables that are not an object', JSON.stringify({ query: STATS, variables: 'x' }), /"variables" param/],
  ])('%s is 400 BAD_USER_INPUT', async (_name, body, message) => {
    refused(await post('application/json', body), 400, message);
  });

  it('no query at all is 400 (not 200), in JSON, in a form and over GET', async () => {
    refused(await post('application/json', '{}'), 400, /Must provide query string/);
    refused(await post('application/x-www-form-urlencoded', 'a=b'), 400, /Must provide query string/);
    refused(await request(app).get('/graphql').set('Accept', 'application/json'), 400, /Must provide query string/);
    // A form that does carry a query still works.
    const form = await post('application/x-www-form-urlencoded', `query=${encodeURIComponent(STATS)}`).expect(200);
    expect(form.body).toEqual({ data: { stats: { entities: 22 } } });
  });

  it('an unknown operationName or two operations without one is 400 BAD_USER_INPUT', async () => {
    const two = 'query A { stats { entities } } query B { stats { sources } }';
    refused(await post('application/json', JSON.stringify({ query: two, operationName: 'C' })), 400, /operation/);
    refused(await post('application/json', JSON.stringify({ query: two })), 400, /operation/);
    refused(await post('application/json', JSON.stringify({ query: `${STATS} ${STATS}` })), 400, /operation/);
    const picked = await post('application/json', JSON.stringify({ query: two, operationName: 'A' })).expect(200);
    expect(picked.body).toEqual({ data: { stats: { entities: 22 } } });
  });

  it('a mutation over GET, and PUT, DELETE and PATCH, are 405 BAD_USER_INPUT with Allow', async () => {
    const mutation = encodeURIComponent('mutation { deleteEntity(id: "state:est") { entity { id } } }');
    const viaGet = await request(app).get(`/graphql?query=${mutation}`).set('Accept', 'application/json');
    refused(viaGet, 405, /mutation operation from a POST/);
    for (const method of ['put', 'delete', 'patch'] as const) {
      const agent = request(app);
      const res = await agent[method]('/graphql')
        .set('Content-Type', 'application/json')
        .set('Accept', 'application/json')
        .send({ query: STATS });
      refused(res, 405, /only supports GET and POST/);
      expect(res.headers.allow).toBe('GET, POST');
    }
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['application/xml', 'application/xml'],
    ['no Content-Type', null],
  ])('a POST with %s is 415 BAD_USER_INPUT with a body', async (_name, contentType) => {
    const res = await post(contentType, Buffer.from(JSON.stringify({ query: STATS })));
    refused(res, 415, /Content-Type.*application\/json/);
  });

  it('every Content-Type yoga reads still reaches it', async () => {
    const data = (res: request.Response) => (res.body as GqlBody).data;
    expect(data(await post('application/json; charset=utf-8', JSON.stringify({ query: STATS })).expect(200))).toEqual({
      stats: { entities: 22 },
    });
    expect(data(await post('application/graphql+json', JSON.stringify({ query: STATS })).expect(200))).toEqual({
      stats: { entities: 22 },
    });
    expect(data(await post('application/graphql', STATS).expect(200))).toEqual({ stats: { entities: 22 } });
  });

  it('documents keep GRAPHQL_PARSE_FAILED and GRAPHQL_VALIDATION_FAILED', async () => {
    expectError(await gql(app, '{ stats { entities '), 'GRAPHQL_PARSE_FAILED');
    expectError(await gql(app, '{ nope }'), 'GRAPHQL_VALIDATION_FAILED');
  });
});
