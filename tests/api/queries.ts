/**
 * The read side of the API over one store seeded with tests/fixtures/baltic.json: lookups, search,
 * pages, neighbourhoods, paths, counts, and how GraphQL's own errors come back.
 */
import type { Express } from 'express';
import { fromKinds, toKinds } from '../../domain/relation-rules.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { BALTIC, type StoreHarness } from '../contract/graph-store.contract.js';
import {
  appFor,
  ENTITY_FIELDS,
  expectError,
  gql,
  REL_FIELDS,
  type PageInfo,
  type Subgraph,
  type WithId,
} from './api-support.js';

export function describeQueries(harness: StoreHarness): void {
  describe('queries', () => {
    let store: GraphStore;
    let app: Express;
    beforeAll(async () => {
      store = await harness.fresh(BALTIC);
      app = appFor(store);
    });

    it('entity: the fields, the sources resolved, null when unknown', async () => {
      const r = await gql(
        app,
        `{ est: entity(id: "state:est") { ${ENTITY_FIELDS} } none: entity(id: "state:zzz") { id } }`,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.est).toEqual({
        id: 'state:est',
        kind: 'STATE',
        name: 'Estonia',
        aliases: ['Eesti'],
        summary: null,
        since: null,
        until: null,
        sinceDate: null,
        untilDate: null,
        version: 1,
        sources: [
          {
            id: 'source:nato-members',
            title: 'NATO member countries',
            url: 'https://www.nato.int/cps/en/natohq/topics_52044.htm',
            publisher: 'NATO',
            reliability: 'A',
          },
        ],
      });
      expect(r.data!.none).toBeNull();
    });

    it('relationship: the endpoints resolved, the grade and the confidence it maps to, null when unknown', async () => {
      const r = await gql(
        app,
        `{ r: relationship(id: "state:gbr/LEADS/activity:efp-estonia/2017") { ${REL_FIELDS} } none: relationship(id: "nope") { id } }`,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.r).toEqual({
        id: 'state:gbr/LEADS/activity:efp-estonia/2017',
        type: 'LEADS',
        since: 2017,
        until: null,
        sinceDate: null,
        untilDate: null,
        status: 'ACTIVE',
        credibility: 2,
        reliability: 'B',
        grade: 'B2',
        confidence: 'HIGH',
        disputed: false,
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
      expectError(
        await gql(app, 'query($t: String!) { search(text: $t) { score } }', { t: 'x'.repeat(201) }),
        'BAD_USER_INPUT',
        'text',
      );
    });

    it('entities: ordered by name, totalCount, cursors; a bad cursor names after', async () => {
      const q =
        'query($after: String) { entities(kind: STATE, first: 3, after: $after) { totalCount nodes { name } pageInfo { endCursor hasNextPage } } }';
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
      const r = await gql<{ neighborhood: Subgraph }>(
        app,
        `{ neighborhood(id: "state:est") { total truncated nodes { id } edges { id from { id } to { id } sources { id } } } }`,
      );
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
      const in2000 = await gql<{ neighborhood: Pick<Subgraph, 'nodes'> }>(
        app,
        '{ neighborhood(id: "state:est", asOf: 2000) { total nodes { id } } }',
      );
      expect(in2000.data!.neighborhood.nodes.map((x) => x.id)).toEqual(['state:est', 'framework:pfp', 'region:baltic']);
      const filtered = await gql<{ neighborhood: Pick<Subgraph, 'nodes'> }>(
        app,
        '{ neighborhood(id: "org:nato", kinds: [STATE], relationTypes: [MEMBER_OF], asOf: 2004) { nodes { id } } }',
      );
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
      expectError(
        await gql(app, '{ neighborhood(id: "state:est", limit: 2001) { total } }'),
        'BAD_USER_INPUT',
        'limit',
      );
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
      const q =
        'query($kinds: [Kind!], $max: Int) { paths(from: "state:jpn", to: "state:tun", kinds: $kinds, maxLength: $max) { length nodes { id } edges { type from { id } to { id } } } }';
      const r = await gql<{ paths: { length: number; nodes: WithId[]; edges: unknown[] }[] }>(app, q);
      expect(r.errors).toBeUndefined();
      expect(r.data!.paths.map((p) => p.nodes.map((n) => n.id))).toEqual([
        ['state:jpn', 'framework:pag', 'org:nato', 'framework:md', 'state:tun'],
        ['state:jpn', 'framework:pag', 'threat:terrorism', 'framework:md', 'state:tun'],
      ]);
      expect(r.data!.paths[0]?.length).toBe(4);
      // Each relationship keeps its stored direction.
      expect(r.data!.paths[0]?.edges[1]).toEqual({
        type: 'PART_OF',
        from: { id: 'framework:pag' },
        to: { id: 'org:nato' },
      });
      const viaOrgs = await gql(app, q, { kinds: ['FRAMEWORK', 'ORGANIZATION'] });
      expect(viaOrgs.data!.paths).toHaveLength(1);
      expect((await gql(app, q, { max: 3 })).data!.paths).toEqual([]);
      expectError(await gql(app, q, { max: 7 }), 'BAD_USER_INPUT', 'maxLength');
      expectError(await gql(app, '{ paths(from: "state:zzz", to: "state:tun") { length } }'), 'NOT_FOUND', 'from');
      expectError(await gql(app, '{ paths(from: "state:jpn", to: "state:zzz") { length } }'), 'NOT_FOUND', 'to');
      expectError(await gql(app, '{ paths(from: "state:jpn", to: "state:jpn") { length } }'), 'BAD_USER_INPUT', 'to');
      expectError(
        await gql(app, '{ paths(from: "state:jpn", to: "state:tun", limit: 21) { length } }'),
        'BAD_USER_INPUT',
        'limit',
      );
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
      }>(
        app,
        `{
        stats { entities relationships sources byKind { kind count } byRelationType { relationType count } }
        old: stats(asOf: 2000) { entities relationships }
        kinds { kind idPrefix count }
        relationTypes { relationType fromKinds toKinds count }
      }`,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.stats).toMatchObject({ entities: 22, relationships: 33, sources: 4 });
      expect(r.data!.stats.byKind[0]).toEqual({ kind: 'STATE', count: 9 });
      expect(r.data!.stats.byRelationType).toHaveLength(19);
      expect(r.data!.old.entities).toBeLessThan(22);
      expect(r.data!.kinds).toHaveLength(11);
      expect(r.data!.kinds).toContainEqual({ kind: 'STATE', idPrefix: 'state:', count: 9 });
      expect(r.data!.kinds).toContainEqual({ kind: 'FRAMEWORK', idPrefix: 'framework:', count: 4 });
      expect(r.data!.relationTypes).toHaveLength(19);
      expect(r.data!.relationTypes).toContainEqual({
        relationType: 'MEMBER_OF',
        fromKinds: ['STATE'],
        toKinds: ['ORGANIZATION'],
        count: 7,
      });
      expect(r.data!.relationTypes).toContainEqual({
        relationType: 'SUCCEEDS',
        fromKinds: fromKinds('SUCCEEDS'),
        toKinds: toKinds('SUCCEEDS'),
        count: 0,
      });
      expect(r.data!.relationTypes).toContainEqual({
        relationType: 'ATTENDS',
        fromKinds: ['STATE', 'ORGANIZATION'],
        toKinds: ['EVENT'],
        count: 0,
      });
    });

    it('relationTypes gives each type its allowed pairs of endpoints and whether it links only like to like', async () => {
      const r = await gql<{
        relationTypes: {
          relationType: string;
          endpoints: { fromKinds: string[]; toKinds: string[] }[];
          likeToLike: boolean;
        }[];
      }>(app, '{ relationTypes { relationType endpoints { fromKinds toKinds } likeToLike } }');
      expect(r.errors).toBeUndefined();
      const byType = new Map(r.data!.relationTypes.map((t) => [t.relationType, t]));
      // A command is part of a command or an organization; an activity is never part of a command.
      expect(byType.get('PART_OF')).toEqual({
        relationType: 'PART_OF',
        endpoints: [
          { fromKinds: ['ACTIVITY', 'FRAMEWORK'], toKinds: ['ACTIVITY', 'FRAMEWORK', 'ORGANIZATION'] },
          { fromKinds: ['COMMAND'], toKinds: ['ORGANIZATION', 'COMMAND'] },
        ],
        likeToLike: false,
      });
      expect(byType.get('SUCCEEDS')?.likeToLike).toBe(true);
      expect(byType.get('COOPERATES_WITH')?.likeToLike).toBe(true);
      expect(byType.get('MEMBER_OF')?.likeToLike).toBe(false);
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
}
