/**
 * The GraphQL API and HTTP routes over one store, through createApp in-process (supertest), with
 * expectations written by hand from tests/fixtures/baltic.json. Run once per store by
 * tests/memory/api.test.ts and tests/neo4j/api.test.ts.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import type { Express } from 'express';
import { XMLParser } from 'fast-xml-parser';
import { pino } from 'pino';
import request from 'supertest';
import { createApp } from '../../server/app.js';
import { loadConfig, type Config } from '../../server/config.js';
import type { GraphData } from '../../domain/model.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { BALTIC, type StoreHarness } from '../contract/graph-store.contract.js';

export const ALICE = 'alice-token-0123456789';
export const BOB = 'bob-token-9876543210';
const silent = pino({ level: 'silent' });

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    ATLAS_EDITOR_TOKENS: `alice:${ALICE},bob:${BOB}`,
    ATLAS_CLIENT_DIR: '/nonexistent/client/dist',
    ...env,
  });
}

export function appFor(store: GraphStore, env: Record<string, string> = {}): Express {
  return createApp({ config: testConfig(env), store, logger: silent });
}

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string };
}
/** A /graphql response body. */
export interface GqlBody<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GqlError[];
}
/** The JSON body of a refused HTTP route (server/http/errors.ts). */
export interface RouteErrorBody {
  error: { code: string; message: string; field?: string };
}
export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: GqlError[] | undefined;
  text: string;
}

/** POST /graphql; `token` sends `Authorization: Bearer <token>`. */
export async function gql<T = Record<string, unknown>>(
  app: Express,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult<T>> {
  let req = request(app).post('/graphql').set('Content-Type', 'application/json').set('Accept', 'application/json');
  if (token !== undefined) req = req.set('Authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  const body = res.body as GqlBody<T>;
  return { status: res.status, data: body.data, errors: body.errors, text: res.text };
}

/** The one error of a result, with its code (and field). */
export function expectError(result: GqlResult, code: string, field?: string): GqlError {
  expect(result.errors).toHaveLength(1);
  const error = result.errors![0]!;
  expect(error.extensions?.code).toBe(code);
  if (field !== undefined) expect(error.extensions?.field).toBe(field);
  expect(error.message.length).toBeGreaterThan(10);
  expect(result.text).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
  return error;
}

/** Counts every store method call; the N+1 tests read it. */
export function countingStore(store: GraphStore): { store: GraphStore; calls: Map<string, number>; total(): number } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(prop), (calls.get(String(prop)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls, total: () => [...calls.values()].reduce((a, b) => a + b, 0) };
}

/** The graph a GraphML export describes, back in the data/ shape. */
export function graphFromGraphML(xml: string): GraphData {
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    htmlEntities: true, // numeric character references (&#13;) as every XML parser reads them
    isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
  }).parse(xml) as {
    graphml: {
      key: { '@id': string; '@for': string; '@attr.name': string; '@attr.type': string }[];
      graph: {
        '@edgedefault': string;
        node?: { '@id': string; data?: { '@key': string; '#text': string }[] }[];
        edge?: { '@source': string; '@target': string; data?: { '@key': string; '#text': string }[] }[];
      };
    };
  };
  const keys = new Map(parsed.graphml.key.map((k) => [k['@id'], k]));
  const read = (data: { '@key': string; '#text': string }[] | undefined) => {
    const out: Record<string, string | number> = {};
    for (const d of data ?? []) {
      const key = keys.get(d['@key'])!;
      out[key['@attr.name']] = key['@attr.type'] === 'int' ? Number(d['#text']) : d['#text'];
    }
    return out;
  };
  const list = (v: unknown, sep: string) => (typeof v === 'string' && v !== '' ? v.split(sep) : []);
  const opt = <T>(v: T | undefined) => (v === undefined ? {} : v);
  return {
    sources: [],
    entities: (parsed.graphml.graph.node ?? []).map((n) => {
      const d = read(n.data);
      return {
        id: n['@id'],
        kind: d.kind,
        name: d.name,
        ...(d.aliases !== undefined ? { aliases: list(d.aliases, '; ') } : {}),
        ...opt(d.summary !== undefined ? { summary: d.summary } : undefined),
        ...opt(d.since !== undefined ? { since: d.since } : undefined),
        ...opt(d.until !== undefined ? { until: d.until } : undefined),
        sources: list(d.sources, ';'),
      } as GraphData['entities'][number];
    }),
    relationships: (parsed.graphml.graph.edge ?? []).map((e) => {
      const d = read(e.data);
      const r: Record<string, unknown> = { id: d.id, type: d.type, from: e['@source'], to: e['@target'] };
      for (const k of ['since', 'until', 'confidence', 'role', 'note'] as const) if (d[k] !== undefined) r[k] = d[k];
      r.sources = list(d.sources, ';');
      return r as GraphData['relationships'][number];
    }),
  };
}

/** The relationships a CSV export lists, back in the data/ shape (plus the endpoint names). */
export function relationshipsFromCsv(csv: string): (GraphData['relationships'][number] & { from_name: string; to_name: string })[] {
  const rows = parseCsv<Record<string, string>>(csv, { columns: true, skip_empty_lines: true });
  return rows.map((row) => {
    const r: Record<string, unknown> = { id: row.id, type: row.type, from: row.from, to: row.to };
    if (row.since) r.since = Number(row.since);
    if (row.until) r.until = Number(row.until);
    r.confidence = row.confidence;
    if (row.role) r.role = row.role;
    if (row.note) r.note = row.note;
    r.sources = row.sources ? row.sources.split(';') : [];
    r.from_name = row.from_name;
    r.to_name = row.to_name;
    return r as GraphData['relationships'][number] & { from_name: string; to_name: string };
  });
}

/** An export's entities and relationships without the order-free and source-only parts, for comparing. */
function comparable(graph: GraphData) {
  const byId = <T extends { id?: string }>(a: T, b: T) => ((a.id ?? '') < (b.id ?? '') ? -1 : 1);
  return {
    entities: graph.entities.map((e) => ({ ...e, aliases: e.aliases ?? [] })).sort(byId),
    relationships: [...graph.relationships].sort(byId),
  };
}

/** Parts of the answers the tests below read, picked per query. */
interface WithId {
  id: string;
}
interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}
interface Subgraph {
  total: number;
  truncated: boolean;
  nodes: WithId[];
  edges: WithId[];
}

const ENTITY_FIELDS = 'id kind name aliases summary since until version sources { id title url publisher }';
const REL_FIELDS = 'id type since until confidence role note version from { id name } to { id name } sources { id }';

export function describeApi(name: string, makeHarness: () => StoreHarness | { skip: string }): void {
  const made = makeHarness();
  if ('skip' in made) {
    describe.skip(`API over HTTP: ${name} (skipped: ${made.skip})`, () => {
      it('is skipped', () => undefined);
    });
    return;
  }
  const harness = made;

  describe(`API over HTTP: ${name}`, () => {
    afterAll(() => harness.close());

    describe('queries', () => {
      let store: GraphStore;
      let app: Express;
      beforeAll(async () => {
        store = await harness.fresh(BALTIC);
        app = appFor(store);
      });

      it('entity: the fields, the sources resolved, null when unknown', async () => {
        const r = await gql(app, `{ est: entity(id: "state:est") { ${ENTITY_FIELDS} } none: entity(id: "state:zzz") { id } }`);
        expect(r.errors).toBeUndefined();
        expect(r.data!.est).toEqual({
          id: 'state:est',
          kind: 'STATE',
          name: 'Estonia',
          aliases: ['Eesti'],
          summary: null,
          since: null,
          until: null,
          version: 1,
          sources: [
            {
              id: 'source:nato-members',
              title: 'NATO member countries',
              url: 'https://www.nato.int/cps/en/natohq/topics_52044.htm',
              publisher: 'NATO',
            },
          ],
        });
        expect(r.data!.none).toBeNull();
      });

      it('relationship: the endpoints resolved, confidence as the GraphQL enum, null when unknown', async () => {
        const r = await gql(app, `{ r: relationship(id: "state:gbr/LEADS/activity:efp-estonia/2017") { ${REL_FIELDS} } none: relationship(id: "nope") { id } }`);
        expect(r.errors).toBeUndefined();
        expect(r.data!.r).toEqual({
          id: 'state:gbr/LEADS/activity:efp-estonia/2017',
          type: 'LEADS',
          since: 2017,
          until: null,
          confidence: 'HIGH',
          role: 'framework nation',
          note: null,
          version: 1,
          from: { id: 'state:gbr', name: 'United Kingdom' },
          to: { id: 'activity:efp-estonia', name: 'Forward presence battlegroup Estonia' },
          sources: [{ id: 'source:shape-efp' }],
        });
        expect(r.data!.none).toBeNull();
      });

      it('search: acronyms with a score; kinds filter; bounds of text and first', async () => {
        const r = await gql(app, '{ search(text: "PfP") { score entity { id name } } }');
        expect(r.data!.search).toEqual([{ score: 1, entity: { id: 'framework:pfp', name: 'Partnership for Peace' } }]);
        const folded = await gql(app, '{ search(text: "turkiye", kinds: [STATE]) { entity { id } } }');
        expect(folded.data!.search).toEqual([{ entity: { id: 'state:tur' } }]);
        const none = await gql(app, '{ search(text: "PfP", kinds: [STATE]) { entity { id } } }');
        expect(none.data!.search).toEqual([]);
        expectError(await gql(app, '{ search(text: "PfP", first: 51) { score } }'), 'BAD_USER_INPUT', 'first');
        expectError(await gql(app, 'query($t: String!) { search(text: $t) { score } }', { t: 'x'.repeat(201) }), 'BAD_USER_INPUT', 'text');
      });

      it('entities: ordered by name, totalCount, cursors; a bad cursor names after', async () => {
        const q = 'query($after: String) { entities(kind: STATE, first: 3, after: $after) { totalCount nodes { name } pageInfo { endCursor hasNextPage } } }';
        type Page = { entities: { totalCount: number; nodes: { name: string }[]; pageInfo: PageInfo } };
        const first = await gql<Page>(app, q);
        expect(first.data!.entities.totalCount).toBe(9);
        expect(first.data!.entities.nodes.map((n) => n.name)).toEqual(['Canada', 'Estonia', 'Finland']);
        expect(first.data!.entities.pageInfo.hasNextPage).toBe(true);
        const second = await gql<Page>(app, q, { after: first.data!.entities.pageInfo.endCursor });
        expect(second.data!.entities.nodes.map((n) => n.name)).toEqual(['Japan', 'Latvia', 'Sweden']);
        expect(second.data!.entities.totalCount).toBe(9);
        expectError(await gql(app, q, { after: 'not-a-cursor' }), 'BAD_USER_INPUT', 'after');
        expectError(await gql(app, '{ entities(first: 501) { totalCount } }'), 'BAD_USER_INPUT', 'first');
      });

      it("neighborhood: Estonia's neighbours nearest first, every edge among them, endpoints and sources resolved", async () => {
        const r = await gql<{ neighborhood: Subgraph }>(app, `{ neighborhood(id: "state:est") { total truncated nodes { id } edges { id from { id } to { id } sources { id } } } }`);
        expect(r.errors).toBeUndefined();
        const n = r.data!.neighborhood;
        expect(n.total).toBe(5);
        expect(n.truncated).toBe(false);
        expect(n.nodes.map((x) => x.id)).toEqual([
          'state:est',
          'activity:efp-estonia',
          'framework:pfp',
          'institution:ccdcoe',
          'org:nato',
          'region:baltic',
        ]);
        expect(n.edges.map((e) => e.id)).toEqual([
          'framework:pfp/PART_OF/org:nato/1994',
          'state:est/HOSTS/activity:efp-estonia/2017',
          'state:est/HOSTS/institution:ccdcoe/2008',
          'state:est/LOCATED_IN/region:baltic',
          'state:est/MEMBER_OF/org:nato/2004',
          'state:est/PARTNER_IN/framework:pfp/1994',
        ]);
        expect(n.edges[4]).toEqual({
          id: 'state:est/MEMBER_OF/org:nato/2004',
          from: { id: 'state:est' },
          to: { id: 'org:nato' },
          sources: [{ id: 'source:nato-members' }],
        });
      });

      it('neighborhood: limit truncates, asOf filters, kinds and relationTypes filter', async () => {
        const cut = await gql(app, '{ neighborhood(id: "state:est", limit: 2) { total truncated nodes { id } } }');
        expect(cut.data!.neighborhood).toEqual({
          total: 5,
          truncated: true,
          nodes: [{ id: 'state:est' }, { id: 'activity:efp-estonia' }, { id: 'framework:pfp' }],
        });
        const in2000 = await gql<{ neighborhood: Pick<Subgraph, 'nodes'> }>(app, '{ neighborhood(id: "state:est", asOf: 2000) { total nodes { id } } }');
        expect(in2000.data!.neighborhood.nodes.map((x) => x.id)).toEqual(['state:est', 'framework:pfp', 'region:baltic']);
        const filtered = await gql<{ neighborhood: Pick<Subgraph, 'nodes'> }>(app, '{ neighborhood(id: "org:nato", kinds: [STATE], relationTypes: [MEMBER_OF], asOf: 2004) { nodes { id } } }');
        expect(filtered.data!.neighborhood.nodes.map((x) => x.id)).toEqual([
          'org:nato',
          'state:can',
          'state:est',
          'state:gbr',
          'state:lva',
          'state:tur',
        ]);
      });

      it('neighborhood: NOT_FOUND for an unknown id, BAD_USER_INPUT naming depth, limit, asOf', async () => {
        expectError(await gql(app, '{ neighborhood(id: "state:zzz") { total } }'), 'NOT_FOUND', 'id');
        expectError(await gql(app, '{ neighborhood(id: "state:est", depth: 4) { total } }'), 'BAD_USER_INPUT', 'depth');
        expectError(await gql(app, '{ neighborhood(id: "state:est", limit: 2001) { total } }'), 'BAD_USER_INPUT', 'limit');
        expectError(await gql(app, '{ neighborhood(id: "state:est", asOf: 1800) { total } }'), 'BAD_USER_INPUT', 'asOf');
      });

      it('neighborCounts: per relation type and kind; NOT_FOUND for an unknown id', async () => {
        const r = await gql(app, '{ neighborCounts(id: "state:est") { relationType kind count } }');
        expect(r.data!.neighborCounts).toEqual([
          { relationType: 'HOSTS', kind: 'ACTIVITY', count: 1 },
          { relationType: 'HOSTS', kind: 'INSTITUTION', count: 1 },
          { relationType: 'LOCATED_IN', kind: 'REGION', count: 1 },
          { relationType: 'MEMBER_OF', kind: 'ORGANIZATION', count: 1 },
          { relationType: 'PARTNER_IN', kind: 'FRAMEWORK', count: 1 },
        ]);
        const in2000 = await gql(app, '{ neighborCounts(id: "state:est", asOf: 2000) { relationType count } }');
        expect(in2000.data!.neighborCounts).toEqual([
          { relationType: 'LOCATED_IN', count: 1 },
          { relationType: 'PARTNER_IN', count: 1 },
        ]);
        expectError(await gql(app, '{ neighborCounts(id: "nope:x") { count } }'), 'NOT_FOUND', 'id');
      });

      it('paths: every shortest path Japan→Tunisia in node-id order; kinds, maxLength, errors', async () => {
        const q = 'query($kinds: [Kind!], $max: Int) { paths(from: "state:jpn", to: "state:tun", kinds: $kinds, maxLength: $max) { length nodes { id } edges { type from { id } to { id } } } }';
        const r = await gql<{ paths: { length: number; nodes: WithId[]; edges: unknown[] }[] }>(app, q);
        expect(r.errors).toBeUndefined();
        expect(r.data!.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
          ['state:jpn', 'framework:pag', 'org:nato', 'framework:md', 'state:tun'],
          ['state:jpn', 'framework:pag', 'threat:terrorism', 'framework:md', 'state:tun'],
        ]);
        expect(r.data!.paths[0]?.length).toBe(4);
        // Each relationship keeps its stored direction.
        expect(r.data!.paths[0]?.edges[1]).toEqual({ type: 'PART_OF', from: { id: 'framework:pag' }, to: { id: 'org:nato' } });
        const viaOrgs = await gql(app, q, { kinds: ['FRAMEWORK', 'ORGANIZATION'] });
        expect(viaOrgs.data!.paths).toHaveLength(1);
        expect((await gql(app, q, { max: 3 })).data!.paths).toEqual([]);
        expectError(await gql(app, q, { max: 7 }), 'BAD_USER_INPUT', 'maxLength');
        expectError(await gql(app, '{ paths(from: "state:zzz", to: "state:tun") { length } }'), 'NOT_FOUND', 'from');
        expectError(await gql(app, '{ paths(from: "state:jpn", to: "state:zzz") { length } }'), 'NOT_FOUND', 'to');
        expectError(await gql(app, '{ paths(from: "state:jpn", to: "state:jpn") { length } }'), 'BAD_USER_INPUT', 'to');
        expectError(await gql(app, '{ paths(from: "state:jpn", to: "state:tun", limit: 21) { length } }'), 'BAD_USER_INPUT', 'limit');
      });

      it('stats, kinds and relationTypes: counts for legends, endpoints from the rules', async () => {
        const r = await gql<{
          stats: {
            entities: number;
            relationships: number;
            sources: number;
            byKind: { kind: string; count: number }[];
            byRelationType: { relationType: string; count: number }[];
          };
          old: { entities: number; relationships: number };
          kinds: { kind: string; idPrefix: string; count: number }[];
          relationTypes: { relationType: string; fromKinds: string[]; toKinds: string[]; count: number }[];
        }>(app, `{
          stats { entities relationships sources byKind { kind count } byRelationType { relationType count } }
          old: stats(asOf: 2000) { entities relationships }
          kinds { kind idPrefix count }
          relationTypes { relationType fromKinds toKinds count }
        }`);
        expect(r.errors).toBeUndefined();
        expect(r.data!.stats).toMatchObject({ entities: 22, relationships: 33, sources: 4 });
        expect(r.data!.stats.byKind[0]).toEqual({ kind: 'STATE', count: 9 });
        expect(r.data!.stats.byRelationType).toHaveLength(13);
        expect(r.data!.old.entities).toBeLessThan(22);
        expect(r.data!.kinds).toHaveLength(8);
        expect(r.data!.kinds).toContainEqual({ kind: 'STATE', idPrefix: 'state:', count: 9 });
        expect(r.data!.kinds).toContainEqual({ kind: 'FRAMEWORK', idPrefix: 'framework:', count: 4 });
        expect(r.data!.relationTypes).toHaveLength(13);
        expect(r.data!.relationTypes).toContainEqual({
          relationType: 'MEMBER_OF',
          fromKinds: ['STATE'],
          toKinds: ['ORGANIZATION'],
          count: 7,
        });
        expect(r.data!.relationTypes).toContainEqual({
          relationType: 'SUCCEEDS',
          fromKinds: ['ACTIVITY', 'FRAMEWORK'],
          toKinds: ['ACTIVITY', 'FRAMEWORK'],
          count: 0,
        });
      });

      it('GraphQL validation errors keep graphql’s message with code GRAPHQL_VALIDATION_FAILED and no field suggestions', async () => {
        const unknown = await gql(app, '{ entty(id: "state:est") { id } }');
        expect(expectError(unknown, 'GRAPHQL_VALIDATION_FAILED').message).not.toMatch(/Did you mean/);
        const wrongType = await gql(app, '{ neighborhood(id: "state:est", depth: "two") { total } }');
        expectError(wrongType, 'GRAPHQL_VALIDATION_FAILED');
        const badEnum = await gql(app, '{ entities(kind: COUNTRY) { totalCount } }');
        expectError(badEnum, 'GRAPHQL_VALIDATION_FAILED');
      });

      it('a variable of the wrong type is BAD_USER_INPUT', async () => {
        const r = await gql(app, 'query($d: Int) { neighborhood(id: "state:est", depth: $d) { total } }', { d: 'two' });
        expectError(r, 'BAD_USER_INPUT');
      });

      it('a syntax error is GRAPHQL_PARSE_FAILED', async () => {
        expectError(await gql(app, '{ entity(id: "state:est") { id '), 'GRAPHQL_PARSE_FAILED');
      });
    });

    describe('no N+1: a bounded number of store calls whatever the size of the answer', () => {
      const SUBGRAPH = `query($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth, limit: 2000) {
        nodes { id sources { id title } }
        edges { id from { id name sources { id } } to { id name sources { title } } sources { id url } }
      } }`;

      it('a 3-hop neighbourhood with from/to/sources takes as many calls as a 1-hop one', async () => {
        const counting = countingStore(await harness.fresh(BALTIC));
        const app = appFor(counting.store);
        const small = await gql<{ neighborhood: Pick<Subgraph, 'edges'> }>(app, SUBGRAPH, { id: 'region:baltic', depth: 1 });
        const smallCalls = counting.total();
        counting.calls.clear();
        const large = await gql<{ neighborhood: Pick<Subgraph, 'edges'> }>(app, SUBGRAPH, { id: 'state:est', depth: 3 });
        expect(large.errors).toBeUndefined();
        expect(large.data!.neighborhood.edges.length).toBeGreaterThan(4 * small.data!.neighborhood.edges.length);
        expect(counting.total()).toBe(smallCalls);
        expect(counting.calls.get('neighborhood')).toBe(1);
        expect(counting.calls.get('sourcesByIds') ?? 0).toBeLessThanOrEqual(2);
        expect(counting.total()).toBeLessThanOrEqual(4);
      });

      it('entities, search and paths batch their sources and endpoints too', async () => {
        const counting = countingStore(await harness.fresh(BALTIC));
        const app = appFor(counting.store);
        await gql(app, '{ entities(first: 500) { nodes { id sources { id } } } }');
        expect(counting.total()).toBeLessThanOrEqual(2);
        counting.calls.clear();
        await gql(app, '{ paths(from: "state:jpn", to: "state:tun", limit: 20) { edges { from { name sources { id } } to { name } sources { id } } } }');
        expect(counting.total()).toBeLessThanOrEqual(3);
        counting.calls.clear();
        await gql(app, '{ relationship(id: "state:est/MEMBER_OF/org:nato/2004") { from { sources { id } } to { sources { id } } sources { id } } }');
        // relationship, one entitiesByIds for both endpoints, one or two sourcesByIds.
        expect(counting.calls.get('entitiesByIds')).toBe(1);
        expect(counting.total()).toBeLessThanOrEqual(4);
      });
    });

    describe('mutations, auth and the audit log', () => {
      let store: GraphStore;
      let app: Express;
      beforeEach(async () => {
        store = await harness.fresh(BALTIC);
        app = appFor(store);
      });

      const POLAND = {
        id: 'state:pol',
        kind: 'STATE',
        name: 'Poland',
        aliases: ['Polska'],
        sources: ['source:nato-members'],
      };
      const UPSERT_ENTITY = `mutation($input: EntityInput!, $v: Int) { upsertEntity(input: $input, expectedVersion: $v) { ${ENTITY_FIELDS} } }`;
      const UPSERT_REL = `mutation($input: RelationshipInput!, $v: Int) { upsertRelationship(input: $input, expectedVersion: $v) { ${REL_FIELDS} } }`;

      it('writes need an editor token: none or a wrong one is UNAUTHENTICATED; reads stay public', async () => {
        const none = expectError(await gql(app, UPSERT_ENTITY, { input: POLAND }), 'UNAUTHENTICATED');
        expect(none.message).toMatch(/Authorization: Bearer/);
        expectError(await gql(app, UPSERT_ENTITY, { input: POLAND }, 'wrong-token'), 'UNAUTHENTICATED');
        expectError(await gql(app, UPSERT_ENTITY, { input: POLAND }, `${ALICE}x`), 'UNAUTHENTICATED');
        expect((await gql(app, '{ entity(id: "state:pol") { id } }')).data!.entity).toBeNull();
        const read = await gql(app, '{ entity(id: "state:est") { name } }', {}, 'wrong-token');
        expect(read.data!.entity).toEqual({ name: 'Estonia' });
      });

      it('no editor tokens configured: writes and the audit log are FORBIDDEN, saying how to enable them', async () => {
        const closed = appFor(store, { ATLAS_EDITOR_TOKENS: '' });
        const error = expectError(await gql(closed, UPSERT_ENTITY, { input: POLAND }, ALICE), 'FORBIDDEN');
        expect(error.message).toMatch(/ATLAS_EDITOR_TOKENS/);
        expectError(await gql(closed, '{ auditLog { totalCount } }'), 'FORBIDDEN');
        expectError(await gql(closed, 'mutation { deleteEntity(id: "state:est") { entity { id } } }', {}, ALICE), 'FORBIDDEN');
      });

      it('upsertEntity creates (version 1) and replaces (version 2), returning what was saved', async () => {
        const created = await gql<{ upsertEntity: { sources: WithId[] } }>(app, UPSERT_ENTITY, { input: POLAND, v: 0 }, ALICE);
        expect(created.errors).toBeUndefined();
        expect(created.data!.upsertEntity).toMatchObject({ id: 'state:pol', name: 'Poland', aliases: ['Polska'], version: 1 });
        expect(created.data!.upsertEntity.sources).toEqual([expect.objectContaining({ id: 'source:nato-members' })]);
        const replaced = await gql(app, UPSERT_ENTITY, { input: { ...POLAND, since: 1918, summary: 'A NATO member since 1999.' }, v: 1 }, ALICE);
        expect(replaced.data!.upsertEntity).toMatchObject({ since: 1918, summary: 'A NATO member since 1999.', version: 2 });
        const read = await gql(app, '{ entity(id: "state:pol") { version since } }');
        expect(read.data!.entity).toEqual({ version: 2, since: 1918 });
      });

      it('a stale expectedVersion is CONFLICT; nothing changes', async () => {
        const stale = await gql(app, UPSERT_ENTITY, { input: { ...POLAND, id: 'state:est', name: 'Eesti' }, v: 7 }, ALICE);
        expect(expectError(stale, 'CONFLICT').message).toMatch(/version/);
        expectError(await gql(app, UPSERT_ENTITY, { input: { ...POLAND, id: 'state:est' }, v: 0 }, ALICE), 'CONFLICT');
        expectError(await gql(app, 'mutation { deleteEntity(id: "state:est", expectedVersion: 3) { entity { id } } }', {}, ALICE), 'CONFLICT');
        expect((await gql(app, '{ entity(id: "state:est") { name version } }')).data!.entity).toEqual({ name: 'Estonia', version: 1 });
      });

      it('invalid input is BAD_USER_INPUT naming the field', async () => {
        expectError(await gql(app, UPSERT_ENTITY, { input: { ...POLAND, id: 'org:pol' } }, ALICE), 'BAD_USER_INPUT', 'input.id');
        expectError(
          await gql(app, UPSERT_ENTITY, { input: { ...POLAND, sources: ['source:nope'] } }, ALICE),
          'BAD_USER_INPUT',
          'input.sources.0',
        );
        expectError(
          await gql(app, UPSERT_REL, { input: { type: 'MEMBER_OF', from: 'state:est', to: 'framework:pfp', confidence: 'HIGH', sources: ['source:nato-members'] } }, ALICE),
          'BAD_USER_INPUT',
          'input.type',
        );
        expectError(
          await gql(app, UPSERT_REL, { input: { type: 'MEMBER_OF', from: 'state:zzz', to: 'org:nato', confidence: 'HIGH', sources: ['source:nato-members'] } }, ALICE),
          'BAD_USER_INPUT',
          'input.from',
        );
      });

      it('upsertRelationship: the default id, confidence as an enum, endpoints resolved', async () => {
        const input = {
          type: 'PARTNER_IN',
          from: 'state:swe',
          to: 'framework:pfp',
          since: 1994,
          until: 2023,
          confidence: 'MEDIUM',
          note: 'joined with Finland',
          sources: ['source:nato-partnerships'],
        };
        const r = await gql(app, UPSERT_REL, { input }, BOB);
        expect(r.errors).toBeUndefined();
        expect(r.data!.upsertRelationship).toEqual({
          id: 'state:swe/PARTNER_IN/framework:pfp/1994',
          type: 'PARTNER_IN',
          since: 1994,
          until: 2023,
          confidence: 'MEDIUM',
          role: null,
          note: 'joined with Finland',
          version: 1,
          from: { id: 'state:swe', name: 'Sweden' },
          to: { id: 'framework:pfp', name: 'Partnership for Peace' },
          sources: [{ id: 'source:nato-partnerships' }],
        });
        const again = await gql(app, UPSERT_REL, { input: { ...input, confidence: 'HIGH' }, v: 1 }, BOB);
        expect(again.data!.upsertRelationship).toMatchObject({ confidence: 'HIGH', version: 2 });
      });

      it('deleteRelationship and deleteEntity return what was removed; unknown ids are NOT_FOUND', async () => {
        const rel = await gql(app, `mutation { deleteRelationship(id: "state:lva/LOCATED_IN/region:baltic") { ${REL_FIELDS} } }`, {}, ALICE);
        expect(rel.data!.deleteRelationship).toMatchObject({ id: 'state:lva/LOCATED_IN/region:baltic', from: { name: 'Latvia' } });
        expect((await gql(app, '{ relationship(id: "state:lva/LOCATED_IN/region:baltic") { id } }')).data!.relationship).toBeNull();
        const ent = await gql<{ deleteEntity: { entity: unknown; relationships: WithId[] } }>(app, 'mutation { deleteEntity(id: "state:lva", expectedVersion: 1) { entity { id name } relationships { id } } }', {}, ALICE);
        expect(ent.errors).toBeUndefined();
        expect(ent.data!.deleteEntity.entity).toEqual({ id: 'state:lva', name: 'Latvia' });
        expect(ent.data!.deleteEntity.relationships.map((r) => r.id)).toEqual([
          'state:lva/HOSTS/activity:efp-latvia/2017',
          'state:lva/MEMBER_OF/org:nato/2004',
        ]);
        expectError(await gql(app, 'mutation { deleteEntity(id: "state:lva") { entity { id } } }', {}, ALICE), 'NOT_FOUND', 'id');
        expectError(await gql(app, 'mutation { deleteRelationship(id: "nope") { id } }', {}, ALICE), 'NOT_FOUND', 'id');
      });

      it('importGraph: a dry run reports every problem and writes nothing; a real run writes all', async () => {
        const IMPORT = 'mutation($input: GraphInput!, $dry: Boolean) { importGraph(input: $input, dryRun: $dry) { dryRun ok problems { entry field message } sources entities relationships } }';
        const bad = {
          entities: [{ ...POLAND, kind: 'REGION' }],
          relationships: [{ type: 'MEMBER_OF', from: 'state:pol', to: 'org:nope', confidence: 'HIGH', sources: ['source:nato-members'] }],
        };
        const report = await gql<{ importGraph: { ok: boolean; dryRun: boolean; problems: { field: string }[] } }>(app, IMPORT, { input: bad, dry: true }, ALICE);
        expect(report.errors).toBeUndefined();
        expect(report.data!.importGraph.ok).toBe(false);
        expect(report.data!.importGraph.dryRun).toBe(true);
        const fields = report.data!.importGraph.problems.map((p) => p.field);
        expect(fields).toEqual(expect.arrayContaining(['id', 'to']));
        const good = {
          sources: [{ id: 'source:pl', title: 'Poland joins NATO', url: 'https://www.nato.int/pl' }],
          entities: [POLAND],
          relationships: [{ type: 'MEMBER_OF', from: 'state:pol', to: 'org:nato', since: 1999, confidence: 'HIGH', sources: ['source:pl'] }],
        };
        const dry = await gql(app, IMPORT, { input: good, dry: true }, ALICE);
        expect(dry.data!.importGraph).toMatchObject({ ok: true, dryRun: true, entities: 1 });
        expect((await gql(app, '{ entity(id: "state:pol") { id } }')).data!.entity).toBeNull();
        const done = await gql(app, IMPORT, { input: good }, ALICE);
        expect(done.data!.importGraph).toEqual({ dryRun: false, ok: true, problems: [], sources: 1, entities: 1, relationships: 1 });
        const rel = await gql(app, '{ relationship(id: "state:pol/MEMBER_OF/org:nato/1999") { from { name } sources { title } } }');
        expect(rel.data!.relationship).toEqual({ from: { name: 'Poland' }, sources: [{ title: 'Poland joins NATO' }] });
      });

      it('the audit log: editors only, newest first, the token name as actor; dry runs leave no entry', async () => {
        await gql(app, UPSERT_ENTITY, { input: POLAND }, ALICE);
        await gql(app, 'mutation { deleteRelationship(id: "state:lva/LOCATED_IN/region:baltic") { id } }', {}, BOB);
        await gql(app, 'mutation($i: GraphInput!) { importGraph(input: $i, dryRun: true) { ok } }', { i: { entities: [] } }, BOB);
        expectError(await gql(app, '{ auditLog { totalCount } }'), 'UNAUTHENTICATED');
        expectError(await gql(app, '{ auditLog { totalCount } }', {}, 'wrong'), 'UNAUTHENTICATED');
        type AuditPage = { auditLog: { totalCount: number; nodes: { before: string | null }[]; pageInfo: PageInfo } };
        const log = await gql<AuditPage>(app, '{ auditLog(first: 1) { totalCount nodes { id seq actor at operation ids before after } pageInfo { endCursor hasNextPage } } }', {}, ALICE);
        expect(log.errors).toBeUndefined();
        const page = log.data!.auditLog;
        expect(page.totalCount).toBe(2);
        expect(page.nodes[0]).toMatchObject({ seq: 2, actor: 'bob', operation: 'deleteRelationship', ids: ['state:lva/LOCATED_IN/region:baltic'], after: null });
        expect(JSON.parse(page.nodes[0]?.before ?? 'null')).toMatchObject({ id: 'state:lva/LOCATED_IN/region:baltic' });
        expect(page.pageInfo.hasNextPage).toBe(true);
        const next = await gql<AuditPage>(app, 'query($a: String) { auditLog(first: 5, after: $a) { nodes { seq actor operation ids before } pageInfo { hasNextPage } } }', { a: page.pageInfo.endCursor }, BOB);
        expect(next.data!.auditLog.nodes).toEqual([{ seq: 1, actor: 'alice', operation: 'upsertEntity', ids: ['state:pol'], before: null }]);
        expect(next.data!.auditLog.pageInfo.hasNextPage).toBe(false);
        expectError(await gql(app, '{ auditLog(first: 501) { totalCount } }', {}, ALICE), 'BAD_USER_INPUT', 'first');
      });

      it('exports carry awkward text (markup, commas, quotes, new lines) through GraphML and CSV unchanged', async () => {
        const name = 'Tom & Jerry <"Alliance"> \'test\'';
        await gql(app, UPSERT_ENTITY, { input: { ...POLAND, name, aliases: ['A, B', 'C "D" <E>'], summary: 'line one\nline two' } }, ALICE);
        const note = 'said "yes", then\r\nsigned';
        const rel = await gql(app, UPSERT_REL, { input: { type: 'MEMBER_OF', from: 'state:pol', to: 'org:nato', since: 1999, confidence: 'LOW', role: 'member, full', note, sources: ['source:nato-members'] } }, ALICE);
        expect(rel.errors).toBeUndefined();
        const json = (await request(app).get('/export/graph.json?ids=state:pol,org:nato')).body as GraphData;
        const graphml = await request(app).get('/export/graph.graphml?ids=state:pol,org:nato');
        expect(comparable(graphFromGraphML(graphml.text))).toEqual(comparable(json));
        expect(json.entities.find((e) => e.id === 'state:pol')!.name).toBe(name);
        const csv = await request(app).get('/export/relationships.csv?ids=state:pol,org:nato');
        const rows = relationshipsFromCsv(csv.text);
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ note, role: 'member, full', from_name: name });
      });
    });

    describe('exports', () => {
      let store: GraphStore;
      let app: Express;
      let json: GraphData;
      beforeAll(async () => {
        store = await harness.fresh(BALTIC);
        app = appFor(store);
        json = (await request(app).get('/export/graph.json').expect(200)).body as GraphData;
      });

      it('graph.json: the data/ format, the same as the store exports', async () => {
        expect(json).toEqual(await store.exportGraph());
        expect(json.entities).toHaveLength(22);
        expect(json.relationships).toHaveLength(33);
        expect(json.sources).toHaveLength(4);
      });

      it('graph.graphml: valid GraphML with typed keys, parsed back to the same graph', async () => {
        const res = await request(app).get('/export/graph.graphml').expect(200);
        expect(res.headers['content-type']).toMatch(/^application\/graphml\+xml/);
        expect(res.headers['content-disposition']).toMatch(/attachment; filename="alliance-atlas.graphml"/);
        expect(res.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
        for (const attr of ['kind', 'name', 'since', 'until', 'type', 'confidence', 'sources', 'role', 'note']) {
          expect(res.text).toContain(`attr.name="${attr}"`);
        }
        expect(res.text).toContain('attr.name="since" attr.type="int"');
        expect(res.text).toContain('edgedefault="directed"');
        expect(comparable(graphFromGraphML(res.text))).toEqual(comparable(json));
      });

      it('relationships.csv: RFC 4180 with a header and CRLF, parsed back to the same relationships', async () => {
        const res = await request(app).get('/export/relationships.csv').expect(200);
        expect(res.headers['content-type']).toMatch(/^text\/csv/);
        expect(res.text.split('\r\n')[0]).toBe('id,type,from,from_name,to,to_name,since,until,confidence,role,note,sources');
        const rows = relationshipsFromCsv(res.text);
        expect(rows.map(({ from_name: _f, to_name: _t, ...r }) => r)).toEqual(comparable(json).relationships);
        const leads = rows.find((r) => r.id === 'state:gbr/LEADS/activity:efp-estonia/2017')!;
        expect(leads).toMatchObject({ from_name: 'United Kingdom', to_name: 'Forward presence battlegroup Estonia' });
      });

      it('?ids= and ?asOf= select entities and the relationships among them valid that year', async () => {
        const picked = (await request(app).get('/export/graph.json?ids=state:est,org:nato,framework:pfp').expect(200)).body as GraphData;
        expect(picked.entities.map((e) => e.id)).toEqual(['framework:pfp', 'org:nato', 'state:est']);
        expect(picked.relationships).toHaveLength(3);
        const in2000 = (await request(app).get('/export/graph.json?ids=state:est,org:nato,framework:pfp&asOf=2000').expect(200)).body as GraphData;
        expect(in2000.relationships.map((r) => r.id)).toEqual([
          'framework:pfp/PART_OF/org:nato/1994',
          'state:est/PARTNER_IN/framework:pfp/1994',
        ]);
        const graphml = await request(app).get('/export/graph.graphml?ids=state:est,org:nato,framework:pfp&asOf=2000').expect(200);
        expect(graphFromGraphML(graphml.text).relationships).toHaveLength(2);
        const csv = await request(app).get('/export/relationships.csv?asOf=2000&ids=state:est,org:nato,framework:pfp').expect(200);
        expect(relationshipsFromCsv(csv.text)).toHaveLength(2);
      });

      it('an invalid parameter is 400 with a JSON error naming it', async () => {
        for (const [query, field] of [
          ['asOf=abc', 'asOf'],
          ['asOf=1800', 'asOf'],
          ['asOf=2000&asOf=2001', 'asOf'],
          ['ids=', 'ids'],
          ['ids=,,', 'ids'],
          ['as_of=2000', 'as_of'],
        ] as const) {
          const message: unknown = expect.stringContaining(field);
          for (const file of ['graph.json', 'graph.graphml', 'relationships.csv']) {
            const res = await request(app).get(`/export/${file}?${query}`).expect(400);
            expect(res.body).toEqual({ error: { code: 'BAD_USER_INPUT', field, message } });
          }
        }
      });
    });
  });
}
