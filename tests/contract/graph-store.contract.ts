/**
 * One contract for every GraphStore, run once per implementation with identical expectations
 * (docs/store-semantics.md). Expectations are written by hand from tests/fixtures/baltic.json.
 */
import { join } from 'node:path';
import { AppError, type ErrorCode } from '../../server/errors.js';
import type { NormalizedGraph } from '../../domain/graph-data.js';
import { loadGraphFiles } from '../../server/data/load-data-dir.js';
import type { GraphStore, Path } from '../../server/store/graph-store.js';
import type { Kind, Relationship, RelationType } from '../../domain/model.js';
import { ROOT } from '../../server/paths.js';

export interface StoreHarness {
  /** A store holding exactly `graph`, whatever it held before. */
  fresh(graph: NormalizedGraph): Promise<GraphStore>;
  close(): Promise<void>;
}

export const BALTIC: NormalizedGraph = loadGraphFiles([join(ROOT, 'tests/fixtures/baltic.json')]);
/** The graph of the paths cases (see there). */
const PATHS_GRAPH: NormalizedGraph = (() => {
  const source = { id: 'source:paths', title: 'Paths', url: 'https://example.org/paths', publisher: null, date: null, reliability: null };
  const entity = (id: string, kind: Kind, since: number | null = null, until: number | null = null) => ({
    id, kind, name: id, aliases: [], summary: null, since, until, sources: [source.id],
  });
  const link = (from: string, type: RelationType, to: string, n = 1) => ({
    id: `${from}/${type}/${to}/${n}`, type, from, to, since: null, until: null, confidence: 'high' as const, sources: [source.id], role: null, note: null,
  });
  const frameworks = ['p', 'p2', 'p3', 'q', 'q3', 'r', 's'].map((f) => entity(`framework:${f}`, 'FRAMEWORK'));
  return {
    sources: [source],
    entities: [
      entity('state:a', 'STATE'),
      entity('state:b', 'STATE'),
      entity('org:x', 'ORGANIZATION', 2010),
      entity('org:y', 'ORGANIZATION'),
      entity('activity:z', 'ACTIVITY', null, 2000),
      ...frameworks,
    ],
    relationships: [
      link('state:a', 'MEMBER_OF', 'org:x', 1),
      link('state:a', 'MEMBER_OF', 'org:x', 2),
      link('state:b', 'MEMBER_OF', 'org:x'),
      link('state:a', 'MEMBER_OF', 'org:y'),
      link('state:b', 'MEMBER_OF', 'org:y', 2),
      link('state:b', 'MEMBER_OF', 'org:y', 1),
      link('state:a', 'PARTICIPATES_IN', 'activity:z'),
      link('state:b', 'PARTICIPATES_IN', 'activity:z'),
      link('state:a', 'PARTNER_IN', 'framework:p'),
      link('state:a', 'PARTNER_IN', 'framework:p2'),
      link('state:a', 'PARTNER_IN', 'framework:p3'),
      link('framework:p', 'PART_OF', 'framework:q'),
      link('framework:p2', 'PART_OF', 'framework:q'),
      link('framework:p3', 'PART_OF', 'framework:q3'),
      link('framework:q', 'PART_OF', 'framework:r'),
      link('framework:r', 'PART_OF', 'framework:s'),
      link('state:b', 'PARTNER_IN', 'framework:s'),
    ],
  };
})();
export const EMPTY: NormalizedGraph = { sources: [], entities: [], relationships: [] };

const alice = { actor: 'alice' };

async function expectAppError(
  promise: Promise<unknown>,
  code: ErrorCode,
  field?: string,
): Promise<AppError> {
  let caught: unknown;
  try {
    await promise;
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(AppError);
  const error = caught as AppError;
  expect(error.code).toBe(code);
  if (field !== undefined) expect(error.field).toBe(field);
  return error;
}

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
const ends = (r: Relationship) => [r.from, r.to];

export function describeGraphStore(name: string, makeHarness: () => StoreHarness | { skip: string }): void {
  const made = makeHarness();
  if ('skip' in made) {
    describe.skip(`GraphStore contract: ${name} (skipped: ${made.skip})`, () => {
      it('is skipped', () => undefined);
    });
    return;
  }
  const harness = made;

  describe(`GraphStore contract: ${name}`, () => {
    afterAll(() => harness.close());

    describe('reads', () => {
      let store: GraphStore;
      beforeAll(async () => {
        store = await harness.fresh(BALTIC);
      });

      describe('entity, relationship and batched lookups', () => {
        it('returns an entity with its fields and version 1', async () => {
          expect(await store.entity('state:est')).toEqual({
            id: 'state:est',
            kind: 'STATE',
            name: 'Estonia',
            aliases: ['Eesti'],
            summary: null,
            since: null,
            until: null,
            sources: ['source:nato-members'],
            version: 1,
          });
        });

        it('returns null for an unknown id', async () => {
          expect(await store.entity('state:zzz')).toBeNull();
          expect(await store.relationship('nope')).toBeNull();
        });

        it('returns a relationship with its years, role and confidence', async () => {
          expect(await store.relationship('state:gbr/LEADS/activity:efp-estonia/2017')).toEqual({
            id: 'state:gbr/LEADS/activity:efp-estonia/2017',
            type: 'LEADS',
            from: 'state:gbr',
            to: 'activity:efp-estonia',
            since: 2017,
            until: null,
            confidence: 'high',
            sources: ['source:shape-efp'],
            role: 'framework nation',
            note: null,
            version: 1,
          });
        });

        it('looks entities up in the order asked, leaving unknown ids out', async () => {
          expect(ids(await store.entitiesByIds(['state:fin', 'nope', 'state:est']))).toEqual([
            'state:fin',
            'state:est',
          ]);
        });

        it('looks sources up, the AI-written overview without a URL', async () => {
          expect(await store.sourcesByIds(['source:overview', 'source:missing', 'source:shape-efp'])).toEqual([
            { id: 'source:overview', title: 'Seed overview (AI-written)', url: null, publisher: null, date: null, reliability: 'ai-generated' },
            {
              id: 'source:shape-efp',
              title: 'SHAPE: battlegroups present structure',
              url: 'https://shape.nato.int/efp/efp/present-structure',
              publisher: 'SHAPE',
              date: null,
              reliability: null,
            },
          ]);
        });
      });

      describe('search', () => {
        it('ranks an exact name first with score 1', async () => {
          const hits = await store.search('estonia');
          expect(hits[0]).toMatchObject({ entity: { id: 'state:est' }, score: 1 });
        });

        it('finds acronyms among aliases, ignoring case', async () => {
          expect((await store.search('PfP')).map((h) => [h.entity.id, h.score])).toEqual([['framework:pfp', 1]]);
          expect((await store.search('efp')).map((h) => [h.entity.id, h.score])).toEqual([['framework:efp', 1]]);
        });

        it('ignores diacritics in names and queries', async () => {
          expect((await store.search('turkiye'))[0]).toMatchObject({ entity: { id: 'state:tur' }, score: 1 });
          expect((await store.search('TÜRK'))[0]).toMatchObject({ entity: { id: 'state:tur' }, score: 0.8 });
        });

        it('orders exact, then prefix, then word matches, ties by name', async () => {
          const hits = await store.search('forward');
          expect(hits.map((h) => [h.entity.id, h.score])).toEqual([
            ['activity:efp-estonia', 0.8],
            ['activity:efp-latvia', 0.8],
            ['framework:efp', 0.6],
          ]);
          expect((await store.search('cyber')).map((h) => h.entity.id)).toEqual([
            'threat:cyber',
            'institution:ccdcoe',
          ]);
        });

        it('filters by kind and by year, and honours first', async () => {
          expect(ids((await store.search('forward', { kinds: ['FRAMEWORK'] })).map((h) => h.entity))).toEqual([
            'framework:efp',
          ]);
          expect(await store.search('forward', { asOf: 2010 })).toEqual([]);
          expect(await store.search('forward', { first: 1 })).toHaveLength(1);
        });

        it('returns nothing for a blank query', async () => {
          expect(await store.search('  ')).toEqual([]);
          expect(await store.search('+-&&||!(){}[]^"~*?:\\/')).toEqual([]);
        });

        it('rejects a too long text and a too large page naming the argument', async () => {
          await expectAppError(store.search('x'.repeat(201)), 'BAD_USER_INPUT', 'text');
          await expectAppError(store.search('a', { first: 51 }), 'BAD_USER_INPUT', 'first');
        });
      });

      describe('entities', () => {
        it('orders by name then id and pages with cursors', async () => {
          const p1 = await store.entities({ kind: 'STATE', first: 4 });
          expect(p1.items.map((e) => e.name)).toEqual(['Canada', 'Estonia', 'Finland', 'Japan']);
          expect(p1).toMatchObject({ totalCount: 9, hasNextPage: true });
          const p2 = await store.entities({ kind: 'STATE', first: 4, after: p1.endCursor });
          expect(p2.items.map((e) => e.name)).toEqual(['Latvia', 'Sweden', 'Tunisia', 'Türkiye']);
          const p3 = await store.entities({ kind: 'STATE', first: 4, after: p2.endCursor });
          expect(p3.items.map((e) => e.name)).toEqual(['United Kingdom']);
          expect(p3).toMatchObject({ totalCount: 9, hasNextPage: false });
        });

        it('counts only entities valid in asOf', async () => {
          expect((await store.entities({ asOf: 2000 })).totalCount).toBe(17);
          expect((await store.entities()).totalCount).toBe(22);
        });

        it('returns an empty last page with a null cursor', async () => {
          const all = await store.entities({ kind: 'REGION' });
          const after = await store.entities({ kind: 'REGION', after: all.endCursor });
          expect(after).toEqual({ items: [], totalCount: 1, endCursor: null, hasNextPage: false });
        });

        it('rejects a cursor it did not make', async () => {
          await expectAppError(store.entities({ after: 'garbage' }), 'BAD_USER_INPUT', 'after');
          await expectAppError(store.entities({ first: 0 }), 'BAD_USER_INPUT', 'first');
        });
      });

      describe('neighborhood', () => {
        it('follows relationships both ways and returns every edge among the kept nodes', async () => {
          const g = await store.neighborhood({ id: 'state:est' });
          expect(ids(g.nodes)).toEqual([
            'state:est',
            'activity:efp-estonia',
            'framework:pfp',
            'institution:ccdcoe',
            'org:nato',
            'region:baltic',
          ]);
          expect(ids(g.edges)).toEqual([
            'framework:pfp/PART_OF/org:nato/1994',
            'state:est/HOSTS/activity:efp-estonia/2017',
            'state:est/HOSTS/institution:ccdcoe/2008',
            'state:est/LOCATED_IN/region:baltic',
            'state:est/MEMBER_OF/org:nato/2004',
            'state:est/PARTNER_IN/framework:pfp/1994',
          ]);
          expect(g).toMatchObject({ truncated: false, total: 5 });
        });

        it('reaches incoming relationships too', async () => {
          const g = await store.neighborhood({ id: 'activity:efp-estonia' });
          expect(ids(g.nodes)).toEqual(['activity:efp-estonia', 'framework:efp', 'state:est', 'state:gbr']);
        });

        it('keeps nearest first, then by id, and reports the truncation', async () => {
          const g = await store.neighborhood({ id: 'state:est', limit: 2 });
          expect(ids(g.nodes)).toEqual(['state:est', 'activity:efp-estonia', 'framework:pfp']);
          expect(ids(g.edges)).toEqual([
            'state:est/HOSTS/activity:efp-estonia/2017',
            'state:est/PARTNER_IN/framework:pfp/1994',
          ]);
          expect(g).toMatchObject({ truncated: true, total: 5 });
        });

        it('goes to depth 2 with distance order', async () => {
          const g = await store.neighborhood({ id: 'state:jpn', depth: 2 });
          expect(ids(g.nodes)).toEqual(['state:jpn', 'framework:pag', 'org:nato', 'threat:terrorism']);
          expect(g.total).toBe(3);
          const est = await store.neighborhood({ id: 'state:est', depth: 2, limit: 6 });
          expect(ids(est.nodes).slice(0, 6)).toEqual([
            'state:est',
            'activity:efp-estonia',
            'framework:pfp',
            'institution:ccdcoe',
            'org:nato',
            'region:baltic',
          ]);
          expect(est.nodes[6]!.id).toBe('activity:locked-shields');
          expect(est.total).toBe(15);
          expect(est.truncated).toBe(true);
        });

        it('applies the time rule to edges and nodes', async () => {
          const g = await store.neighborhood({ id: 'state:est', asOf: 2000 });
          expect(ids(g.nodes)).toEqual(['state:est', 'framework:pfp', 'region:baltic']);
          expect(ids(g.edges)).toEqual([
            'state:est/LOCATED_IN/region:baltic',
            'state:est/PARTNER_IN/framework:pfp/1994',
          ]);
        });

        it('returns a focus that is not valid then alone, with its years', async () => {
          const g = await store.neighborhood({ id: 'activity:efp-estonia', asOf: 2000 });
          expect(g).toEqual({
            nodes: [expect.objectContaining({ id: 'activity:efp-estonia', since: 2017 })],
            edges: [],
            truncated: false,
            total: 0,
          });
        });

        it('returns parallel relationships (left and rejoined) separately', async () => {
          const g = await store.neighborhood({ id: 'state:tur' });
          expect(ids(g.edges)).toEqual([
            'state:tur/CONTRIBUTES_TO/activity:efp-latvia/2017',
            'state:tur/CONTRIBUTES_TO/activity:efp-latvia/2022',
            'state:tur/MEMBER_OF/org:nato/1952',
          ]);
          const gap = await store.neighborhood({ id: 'state:tur', asOf: 2020 });
          expect(ids(gap.nodes)).toEqual(['state:tur', 'org:nato']);
        });

        it('filters by kind (never the focus) and by relation type', async () => {
          const states = await store.neighborhood({ id: 'org:nato', depth: 2, kinds: ['STATE'] });
          expect(ids(states.nodes)).toEqual([
            'org:nato',
            'state:can',
            'state:est',
            'state:fin',
            'state:gbr',
            'state:lva',
            'state:swe',
            'state:tur',
          ]);
          const hosts = await store.neighborhood({ id: 'state:est', relationTypes: ['HOSTS'] });
          expect(ids(hosts.nodes)).toEqual(['state:est', 'activity:efp-estonia', 'institution:ccdcoe']);
          expect(hosts.edges.every((e) => e.type === 'HOSTS')).toBe(true);
        });

        it('fails for an unknown focus and for arguments out of bounds', async () => {
          await expectAppError(store.neighborhood({ id: 'state:zzz' }), 'NOT_FOUND', 'id');
          await expectAppError(store.neighborhood({ id: 'state:est', depth: 4 }), 'BAD_USER_INPUT', 'depth');
          await expectAppError(store.neighborhood({ id: 'state:est', depth: 0 }), 'BAD_USER_INPUT', 'depth');
          await expectAppError(store.neighborhood({ id: 'state:est', limit: 2001 }), 'BAD_USER_INPUT', 'limit');
          await expectAppError(
            store.neighborhood({ id: 'state:est', kinds: ['BOGUS' as never] }),
            'BAD_USER_INPUT',
            'kinds',
          );
          await expectAppError(store.neighborhood({ id: 'state:est', asOf: 1066 }), 'BAD_USER_INPUT', 'asOf');
        });
      });

      describe('neighborCounts', () => {
        it('counts direct neighbours per relation type and kind', async () => {
          expect(await store.neighborCounts('org:nato')).toEqual([
            { relationType: 'MEMBER_OF', kind: 'STATE', count: 7 },
            { relationType: 'PART_OF', kind: 'FRAMEWORK', count: 4 },
          ]);
          expect(await store.neighborCounts('org:nato', 2010)).toEqual([
            { relationType: 'MEMBER_OF', kind: 'STATE', count: 5 },
            { relationType: 'PART_OF', kind: 'FRAMEWORK', count: 3 },
          ]);
        });

        it('counts a neighbour linked twice once', async () => {
          expect(await store.neighborCounts('state:tur')).toEqual([
            { relationType: 'CONTRIBUTES_TO', kind: 'ACTIVITY', count: 1 },
            { relationType: 'MEMBER_OF', kind: 'ORGANIZATION', count: 1 },
          ]);
        });

        it('fails for an unknown id', async () => {
          await expectAppError(store.neighborCounts('state:zzz'), 'NOT_FOUND', 'id');
        });
      });

      describe('paths', () => {
        it('returns all shortest paths ordered by their node ids, edges in stored direction', async () => {
          const paths = await store.paths({ from: 'state:jpn', to: 'state:tun' });
          expect(paths.map((p) => ids(p.nodes))).toEqual([
            ['state:jpn', 'framework:pag', 'org:nato', 'framework:md', 'state:tun'],
            ['state:jpn', 'framework:pag', 'threat:terrorism', 'framework:md', 'state:tun'],
          ]);
          expect(paths.map((p) => p.length)).toEqual([4, 4]);
          expect(paths[0]!.edges.map(ends)).toEqual([
            ['state:jpn', 'framework:pag'],
            ['framework:pag', 'org:nato'],
            ['framework:md', 'org:nato'],
            ['state:tun', 'framework:md'],
          ]);
        });

        it('takes the first limit paths', async () => {
          const paths = await store.paths({ from: 'state:jpn', to: 'state:tun', limit: 1 });
          expect(paths.map((p) => p.nodes[2]!.id)).toEqual(['org:nato']);
        });

        it('restricts intermediate nodes, never the endpoints, to kinds', async () => {
          const viaThreats = await store.paths({ from: 'state:jpn', to: 'state:tun', kinds: ['FRAMEWORK', 'THREAT'] });
          expect(viaThreats.map((p) => p.nodes[2]!.id)).toEqual(['threat:terrorism']);
          const viaNato = await store.paths({ from: 'state:gbr', to: 'state:can', kinds: ['ORGANIZATION'] });
          expect(viaNato.map((p) => ids(p.nodes))).toEqual([['state:gbr', 'org:nato', 'state:can']]);
        });

        it('finds only minimum-length paths within maxLength', async () => {
          const est = await store.paths({ from: 'state:est', to: 'state:lva' });
          expect(est.map((p) => ids(p.nodes))).toEqual([
            ['state:est', 'org:nato', 'state:lva'],
            ['state:est', 'region:baltic', 'state:lva'],
          ]);
          expect(await store.paths({ from: 'state:jpn', to: 'state:tun', maxLength: 3 })).toEqual([]);
        });

        it('applies the time rule', async () => {
          expect(await store.paths({ from: 'state:jpn', to: 'state:tun', asOf: 2010 })).toEqual([]);
        });

        it('gives parallel relationships as distinct paths, ordered by relationship id', async () => {
          const both = await store.paths({ from: 'state:tur', to: 'activity:efp-latvia' });
          expect(both.map((p) => ids(p.edges))).toEqual([
            ['state:tur/CONTRIBUTES_TO/activity:efp-latvia/2017'],
            ['state:tur/CONTRIBUTES_TO/activity:efp-latvia/2022'],
          ]);
          const one = await store.paths({ from: 'state:tur', to: 'activity:efp-latvia', asOf: 2018 });
          expect(one).toHaveLength(1);
        });

        it('fails for unknown endpoints and bad arguments, naming them', async () => {
          await expectAppError(store.paths({ from: 'state:zzz', to: 'state:tun' }), 'NOT_FOUND', 'from');
          await expectAppError(store.paths({ from: 'state:jpn', to: 'state:zzz' }), 'NOT_FOUND', 'to');
          await expectAppError(store.paths({ from: 'state:jpn', to: 'state:jpn' }), 'BAD_USER_INPUT', 'to');
          await expectAppError(
            store.paths({ from: 'state:jpn', to: 'state:tun', maxLength: 7 }),
            'BAD_USER_INPUT',
            'maxLength',
          );
          await expectAppError(store.paths({ from: 'state:jpn', to: 'state:tun', limit: 21 }), 'BAD_USER_INPUT', 'limit');
        });
      });

      describe('stats', () => {
        it('counts every kind and relation type, zeros included', async () => {
          const s = await store.stats();
          expect(s).toMatchObject({ entities: 22, relationships: 33, sources: 4 });
          expect(s.byKind).toEqual([
            { kind: 'STATE', count: 9 },
            { kind: 'ORGANIZATION', count: 1 },
            { kind: 'FRAMEWORK', count: 4 },
            { kind: 'MECHANISM', count: 1 },
            { kind: 'ACTIVITY', count: 3 },
            { kind: 'INSTITUTION', count: 1 },
            { kind: 'THREAT', count: 2 },
            { kind: 'REGION', count: 1 },
          ]);
          expect(Object.fromEntries(s.byRelationType.map((r) => [r.relationType, r.count]))).toEqual({
            MEMBER_OF: 7,
            PARTNER_IN: 4,
            INVITED_TO: 0,
            HOSTS: 3,
            LEADS: 3,
            CONTRIBUTES_TO: 3,
            PARTICIPATES_IN: 0,
            PART_OF: 6,
            USES: 1,
            ADDRESSES: 3,
            FOCUSES_ON: 1,
            LOCATED_IN: 2,
            SUCCEEDS: 0,
          });
        });

        it('counts what is valid in a year (Finland a partner in 2010, a member in 2023)', async () => {
          expect(await store.stats(2010)).toMatchObject({ entities: 19, relationships: 17 });
          const in2010 = await store.neighborhood({ id: 'state:fin', asOf: 2010 });
          expect(ids(in2010.edges)).toEqual(['state:fin/PARTNER_IN/framework:pfp/1994']);
          const in2023 = await store.neighborhood({ id: 'state:fin', asOf: 2023 });
          expect(ids(in2023.edges)).toEqual(['state:fin/MEMBER_OF/org:nato/2023']);
        });
      });

      describe('exportGraph', () => {
        it('exports an id set with the relationships among it and the sources it cites', async () => {
          expect(await store.exportGraph({ ids: ['state:est', 'org:nato', 'state:nope'] })).toEqual({
            sources: [
              {
                id: 'source:nato-members',
                title: 'NATO member countries',
                url: 'https://www.nato.int/cps/en/natohq/topics_52044.htm',
                publisher: 'NATO',
              },
            ],
            entities: [
              {
                id: 'org:nato',
                kind: 'ORGANIZATION',
                name: 'North Atlantic Treaty Organization',
                aliases: ['NATO', 'OTAN'],
                since: 1949,
                sources: ['source:nato-members'],
              },
              { id: 'state:est', kind: 'STATE', name: 'Estonia', aliases: ['Eesti'], sources: ['source:nato-members'] },
            ],
            relationships: [
              {
                id: 'state:est/MEMBER_OF/org:nato/2004',
                type: 'MEMBER_OF',
                from: 'state:est',
                to: 'org:nato',
                since: 2004,
                confidence: 'high',
                sources: ['source:nato-members'],
              },
            ],
          });
        });

        it('exports what was valid in a year', async () => {
          const g = await store.exportGraph({ asOf: 2000 });
          expect(g.entities).toHaveLength(17);
          expect(g.relationships).toHaveLength(12);
        });
      });
    });

    describe('paths on a graph built for them', () => {
      // Between state:a and state:b: three two-hop routes (activity:z until 2000, org:x since 2010
      // with two parallel relationships to state:a, org:y with two to state:b), and a five-hop
      // route through frameworks (p or p2, q, r, s) beside a dead end (p3, q3).
      let store: GraphStore;
      beforeAll(async () => {
        store = await harness.fresh(PATHS_GRAPH);
      });
      const a = 'state:a';
      const b = 'state:b';
      const routes = (paths: readonly Path[]) => paths.map((p) => [...ids(p.nodes), '|', ...ids(p.edges)]);

      it('orders by node ids, then parallel relationships by id, in either direction', async () => {
        expect(routes(await store.paths({ from: a, to: b, limit: 20 }))).toEqual([
          [a, 'activity:z', b, '|', 'state:a/PARTICIPATES_IN/activity:z/1', 'state:b/PARTICIPATES_IN/activity:z/1'],
          [a, 'org:x', b, '|', 'state:a/MEMBER_OF/org:x/1', 'state:b/MEMBER_OF/org:x/1'],
          [a, 'org:x', b, '|', 'state:a/MEMBER_OF/org:x/2', 'state:b/MEMBER_OF/org:x/1'],
          [a, 'org:y', b, '|', 'state:a/MEMBER_OF/org:y/1', 'state:b/MEMBER_OF/org:y/1'],
          [a, 'org:y', b, '|', 'state:a/MEMBER_OF/org:y/1', 'state:b/MEMBER_OF/org:y/2'],
        ]);
        const back = await store.paths({ from: b, to: a, limit: 20 });
        expect(routes(back)).toEqual([
          [b, 'activity:z', a, '|', 'state:b/PARTICIPATES_IN/activity:z/1', 'state:a/PARTICIPATES_IN/activity:z/1'],
          [b, 'org:x', a, '|', 'state:b/MEMBER_OF/org:x/1', 'state:a/MEMBER_OF/org:x/1'],
          [b, 'org:x', a, '|', 'state:b/MEMBER_OF/org:x/1', 'state:a/MEMBER_OF/org:x/2'],
          [b, 'org:y', a, '|', 'state:b/MEMBER_OF/org:y/1', 'state:a/MEMBER_OF/org:y/1'],
          [b, 'org:y', a, '|', 'state:b/MEMBER_OF/org:y/2', 'state:a/MEMBER_OF/org:y/1'],
        ]);
        expect(back[1]!.edges.map(ends)).toEqual([
          [b, 'org:x'],
          [a, 'org:x'],
        ]);
      });

      it('cuts at limit, also between parallel relationships', async () => {
        const all = routes(await store.paths({ from: a, to: b, limit: 20 }));
        for (const limit of [1, 2, 3, 4]) {
          expect(routes(await store.paths({ from: a, to: b, limit }))).toEqual(all.slice(0, limit));
        }
      });

      it('hides middle nodes not valid at asOf', async () => {
        expect(routes(await store.paths({ from: a, to: b, asOf: 2005, limit: 20 })).map((r) => r[1])).toEqual(['org:y', 'org:y']);
        expect(routes(await store.paths({ from: a, to: b, asOf: 1995, limit: 20 })).map((r) => r[1])).toEqual([
          'activity:z',
          'org:y',
          'org:y',
        ]);
        expect(routes(await store.paths({ from: a, to: b, asOf: 2015, kinds: ['ORGANIZATION'], limit: 20 })).map((r) => r[1])).toEqual([
          'org:x',
          'org:x',
          'org:y',
          'org:y',
        ]);
      });

      it('restricts intermediates to kinds, within maxLength, past dead ends', async () => {
        expect(await store.paths({ from: a, to: b, kinds: ['FRAMEWORK'] })).toEqual([]);
        const through = [a, 'framework:q', 'framework:r', 'framework:s', b];
        for (const maxLength of [5, 6]) {
          const paths = await store.paths({ from: a, to: b, kinds: ['FRAMEWORK'], maxLength, limit: 20 });
          expect(paths.map((p) => ids(p.nodes))).toEqual([
            [a, 'framework:p', ...through.slice(1)],
            [a, 'framework:p2', ...through.slice(1)],
          ]);
          expect(paths.map((p) => p.length)).toEqual([5, 5]);
        }
        const back = await store.paths({ from: b, to: a, kinds: ['FRAMEWORK'], maxLength: 6, limit: 1 });
        expect(back.map((p) => ids(p.nodes))).toEqual([[b, 'framework:s', 'framework:r', 'framework:q', 'framework:p', a]]);
      });

      it('finds three-hop paths from a middle node, leaving out the other ends of its dead end', async () => {
        expect(routes(await store.paths({ from: 'framework:p3', to: b, limit: 20 })).map((r) => r.slice(0, 4))).toEqual([
          ['framework:p3', a, 'activity:z', b],
          ['framework:p3', a, 'org:x', b],
          ['framework:p3', a, 'org:x', b],
          ['framework:p3', a, 'org:y', b],
          ['framework:p3', a, 'org:y', b],
        ]);
        expect(await store.paths({ from: 'framework:q3', to: b, maxLength: 3 })).toEqual([]);
        expect((await store.paths({ from: 'framework:q3', to: b, maxLength: 4 })).map((p) => p.length)).toEqual([4, 4, 4]);
      });
    });

    describe('writes', () => {
      let store: GraphStore;
      beforeEach(async () => {
        store = await harness.fresh(BALTIC);
      });
      const poland = { id: 'state:pol', kind: 'STATE' as const, name: 'Poland', sources: ['source:nato-members'] };

      it('creates an entity at version 1 and finds it', async () => {
        const saved = await store.upsertEntity(poland, alice);
        expect(saved).toEqual({ ...poland, aliases: [], summary: null, since: null, until: null, version: 1 });
        expect(await store.entity('state:pol')).toEqual(saved);
        expect((await store.search('pol'))[0]!.entity.id).toBe('state:pol');
      });

      it('replaces an entity, adding one to its version', async () => {
        const saved = await store.upsertEntity({ ...poland, id: 'state:est', name: 'Eesti Vabariik' }, alice);
        expect(saved).toMatchObject({ name: 'Eesti Vabariik', version: 2, aliases: [] });
        expect((await store.search('vabariik'))[0]!.entity.id).toBe('state:est');
        expect((await store.search('estonia')).map((h) => h.entity.id)).not.toContain('state:est');
      });

      it('fails with CONFLICT on a stale version and changes nothing', async () => {
        await store.upsertEntity({ ...poland, id: 'state:est', name: 'Estonia (1)' }, alice, 1);
        await expectAppError(store.upsertEntity({ ...poland, id: 'state:est', name: 'Lost' }, alice, 1), 'CONFLICT');
        expect(await store.entity('state:est')).toMatchObject({ name: 'Estonia (1)', version: 2 });
        await expectAppError(store.upsertEntity({ ...poland, id: 'state:est' }, alice, 0), 'CONFLICT');
        await expectAppError(store.upsertEntity(poland, alice, 3), 'CONFLICT');
        expect(await store.entity('state:pol')).toBeNull();
        expect(await store.upsertEntity(poland, alice, 0)).toMatchObject({ version: 1 });
      });

      it('rejects invalid entities naming the field', async () => {
        await expectAppError(store.upsertEntity({ ...poland, kind: 'BOGUS' as never }, alice), 'BAD_USER_INPUT', 'input.kind');
        await expectAppError(store.upsertEntity({ ...poland, sources: ['source:nope'] }, alice), 'BAD_USER_INPUT', 'input.sources.0');
        await expectAppError(store.upsertEntity({ ...poland, sources: [] }, alice), 'BAD_USER_INPUT', 'input.sources');
        await expectAppError(store.upsertEntity({ ...poland, id: 'org:pol' }, alice), 'BAD_USER_INPUT', 'input.id');
        await expectAppError(store.upsertEntity({ ...poland, since: 1800 }, alice), 'BAD_USER_INPUT', 'input.since');
        await expectAppError(store.upsertEntity({ ...poland, since: 2000, until: 1999 }, alice), 'BAD_USER_INPUT', 'input.until');
        expect(await store.entity('state:pol')).toBeNull();
      });

      it('refuses ids too long to be keys, naming the field (found by the reliability fuzzer)', async () => {
        const huge = `state:${'x'.repeat(10_000)}`;
        await expectAppError(store.upsertEntity({ ...poland, id: huge }, alice), 'BAD_USER_INPUT', 'input.id');
        const rel = { type: 'MEMBER_OF' as const, from: huge, to: 'org:nato', confidence: 'high' as const, sources: ['source:nato-members'] };
        await expectAppError(store.upsertRelationship(rel, alice), 'BAD_USER_INPUT', 'input.from');
        await expectAppError(store.upsertRelationship({ ...rel, from: 'state:est', id: huge }, alice), 'BAD_USER_INPUT', 'input.id');
        const report = await store.importGraph({ entities: [{ ...poland, id: huge }] }, alice);
        expect(report.problems.map((p) => p.field)).toEqual(['id']);
        await expectAppError(store.neighborhood({ id: huge }), 'BAD_USER_INPUT', 'id');
        await expectAppError(store.paths({ from: 'state:est', to: huge }), 'BAD_USER_INPUT', 'to');
        expect(await store.stats()).toMatchObject({ entities: 22, relationships: 33 });
      });

      it('refuses a kind change that would break a relationship', async () => {
        await expectAppError(
          store.upsertEntity({ id: 'state:est', kind: 'REGION', name: 'Estonia', sources: ['source:nato-members'] }, alice),
          'BAD_USER_INPUT',
          'input.kind',
        );
        expect(await store.entity('state:est')).toMatchObject({ kind: 'STATE', version: 1 });
      });

      it('creates a relationship with the default id and checks its endpoints', async () => {
        await store.upsertEntity(poland, alice);
        const rel = { type: 'MEMBER_OF' as const, from: 'state:pol', to: 'org:nato', since: 1999, confidence: 'high' as const, sources: ['source:nato-members'] };
        const saved = await store.upsertRelationship(rel, alice);
        expect(saved).toEqual({ ...rel, id: 'state:pol/MEMBER_OF/org:nato/1999', until: null, role: null, note: null, version: 1 });
        expect(await store.neighborCounts('state:pol')).toEqual([{ relationType: 'MEMBER_OF', kind: 'ORGANIZATION', count: 1 }]);
        expect(await store.upsertRelationship({ ...rel, note: 'Madrid 1997 invitation' }, alice, 1)).toMatchObject({ version: 2 });
        await expectAppError(store.upsertRelationship(rel, alice, 1), 'CONFLICT');
        await expectAppError(store.upsertRelationship({ ...rel, type: 'HOSTS' }, alice), 'BAD_USER_INPUT', 'input.type');
        await expectAppError(store.upsertRelationship({ ...rel, to: 'org:nope' }, alice), 'BAD_USER_INPUT', 'input.to');
        await expectAppError(store.upsertRelationship({ ...rel, from: 'state:nope' }, alice), 'BAD_USER_INPUT', 'input.from');
        await expectAppError(store.upsertRelationship({ ...rel, confidence: 'sure' as never }, alice), 'BAD_USER_INPUT', 'input.confidence');
      });

      it('deletes an entity with its relationships, and refuses a stale delete', async () => {
        await expectAppError(store.deleteEntity('state:est', alice, 2), 'CONFLICT');
        expect(await store.entity('state:est')).not.toBeNull();
        const deleted = await store.deleteEntity('state:est', alice, 1);
        expect(deleted.entity.id).toBe('state:est');
        expect(ids(deleted.relationships)).toEqual([
          'state:est/HOSTS/activity:efp-estonia/2017',
          'state:est/HOSTS/institution:ccdcoe/2008',
          'state:est/LOCATED_IN/region:baltic',
          'state:est/MEMBER_OF/org:nato/2004',
          'state:est/PARTNER_IN/framework:pfp/1994',
        ]);
        expect(await store.entity('state:est')).toBeNull();
        expect(await store.relationship('state:est/MEMBER_OF/org:nato/2004')).toBeNull();
        expect(await store.stats()).toMatchObject({ entities: 21, relationships: 28 });
        await expectAppError(store.deleteEntity('state:est', alice), 'NOT_FOUND', 'id');
      });

      it('deletes a relationship', async () => {
        const id = 'state:est/MEMBER_OF/org:nato/2004';
        expect((await store.deleteRelationship(id, alice)).id).toBe(id);
        expect(await store.relationship(id)).toBeNull();
        await expectAppError(store.deleteRelationship(id, alice), 'NOT_FOUND', 'id');
      });

      it('imports all or nothing, reporting every problem at once', async () => {
        const before = await store.exportGraph();
        const report = await store.importGraph(
          {
            entities: [
              { id: 'state:pol', kind: 'STATE', name: 'Poland', sources: ['source:nato-members'] },
              { id: 'state:ltu', kind: 'STAT', name: 'Lithuania', sources: ['source:nato-members'] },
            ],
            relationships: [
              { type: 'MEMBER_OF', from: 'state:pol', to: 'org:nato', since: 1999, confidence: 'high', sources: ['source:nato-members'] },
              { type: 'MEMBER_OF', from: 'state:pol', to: 'org:nope', since: 1999, confidence: 'high', sources: ['source:nato-members'] },
            ],
          },
          alice,
        );
        expect(report.ok).toBe(false);
        expect(report.problems.map((p) => p.field).sort()).toEqual(['kind', 'to']);
        expect(await store.exportGraph()).toEqual(before);
        expect((await store.auditLog()).totalCount).toBe(0);
      });

      it('validates a dry run without writing, then imports for real', async () => {
        const batch = {
          sources: [{ id: 'source:nato-poland', title: 'NATO: Poland', url: 'https://www.nato.int/' }],
          entities: [{ id: 'state:pol', kind: 'STATE', name: 'Poland', sources: ['source:nato-poland'] }],
          relationships: [
            { type: 'MEMBER_OF', from: 'state:pol', to: 'org:nato', since: 1999, confidence: 'high', sources: ['source:nato-poland'] },
          ],
        };
        const dry = await store.importGraph(batch, alice, { dryRun: true });
        expect(dry).toEqual({ dryRun: true, ok: true, problems: [], sources: 1, entities: 1, relationships: 1 });
        expect(await store.entity('state:pol')).toBeNull();
        const real = await store.importGraph(batch, alice);
        expect(real).toMatchObject({ dryRun: false, ok: true, entities: 1 });
        expect(await store.stats()).toMatchObject({ entities: 23, relationships: 34, sources: 5 });
        await store.importGraph(batch, alice);
        expect(await store.entity('state:pol')).toMatchObject({ version: 2 });
      });

      it('round-trips an export through an import into an empty store', async () => {
        const exported = await store.exportGraph();
        const empty = await harness.fresh(EMPTY);
        expect((await empty.importGraph(exported, alice)).ok).toBe(true);
        expect(await empty.exportGraph()).toEqual(exported);
        expect(exported.entities).toHaveLength(22);
        expect(exported.relationships).toHaveLength(33);
        expect(exported.sources).toHaveLength(4);
      });

      it('audits every landed write, newest first, and no failed one', async () => {
        await store.upsertEntity(poland, alice);
        await expectAppError(store.upsertEntity(poland, { actor: 'bob' }, 5), 'CONFLICT');
        await store.upsertEntity({ ...poland, name: 'Polska' }, { actor: 'bob' });
        await store.deleteRelationship('state:est/MEMBER_OF/org:nato/2004', alice);
        const log = await store.auditLog();
        expect(log.totalCount).toBe(3);
        expect(log.items.map((e) => [e.seq, e.actor, e.operation, e.ids])).toEqual([
          [3, 'alice', 'deleteRelationship', ['state:est/MEMBER_OF/org:nato/2004']],
          [2, 'bob', 'upsertEntity', ['state:pol']],
          [1, 'alice', 'upsertEntity', ['state:pol']],
        ]);
        const update = log.items[1]!;
        expect(JSON.parse(update.before!)).toMatchObject({ name: 'Poland', version: 1 });
        expect(JSON.parse(update.after!)).toMatchObject({ name: 'Polska', version: 2 });
        expect(log.items[2]!.before).toBeNull();
        expect(log.items[0]!.after).toBeNull();
        expect(Number.isNaN(Date.parse(log.items[0]!.at))).toBe(false);
        const page = await store.auditLog({ first: 2 });
        expect(page.items.map((e) => e.seq)).toEqual([3, 2]);
        expect(page.hasNextPage).toBe(true);
        const rest = await store.auditLog({ first: 2, after: page.endCursor });
        expect(rest.items.map((e) => e.seq)).toEqual([1]);
        expect(rest.hasNextPage).toBe(false);
      });
    });
  });
}
