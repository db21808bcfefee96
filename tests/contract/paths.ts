/**
 * paths: on tests/fixtures/baltic.json (inside the contract's 'reads' block), and on a small graph
 * built for the cases the fixture does not have (parallel relationships, dead ends, long routes).
 */
import type { NormalizedGraph } from '../../domain/graph-data.js';
import type { GraphStore, Path } from '../../server/store/graph-store.js';
import type { Kind, RelationType } from '../../domain/model.js';
import { ends, expectAppError, ids, type StoreHarness } from './contract-support.js';
import { entity, link, source } from './graph-builders.js';

/** The graph of the paths cases (see there). */
const PATHS_GRAPH: NormalizedGraph = (() => {
  const cites = ['source:paths'];
  const node = (id: string, kind: Kind, since: number | null = null, until: number | null = null) =>
    entity(id, kind, cites, { since, until });
  const hop = (from: string, type: RelationType, to: string, n = 1) =>
    link(from, type, to, cites, { id: `${from}/${type}/${to}/${n}` });
  const frameworks = ['p', 'p2', 'p3', 'q', 'q3', 'r', 's'].map((f) => node(`framework:${f}`, 'FRAMEWORK'));
  return {
    sources: [source('paths', 'B')],
    entities: [
      node('state:a', 'STATE'),
      node('state:b', 'STATE'),
      node('org:x', 'ORGANIZATION', 2010),
      node('org:y', 'ORGANIZATION'),
      node('activity:z', 'ACTIVITY', null, 2000),
      ...frameworks,
    ],
    relationships: [
      hop('state:a', 'MEMBER_OF', 'org:x', 1),
      hop('state:a', 'MEMBER_OF', 'org:x', 2),
      hop('state:b', 'MEMBER_OF', 'org:x'),
      hop('state:a', 'MEMBER_OF', 'org:y'),
      hop('state:b', 'MEMBER_OF', 'org:y', 2),
      hop('state:b', 'MEMBER_OF', 'org:y', 1),
      hop('state:a', 'PARTICIPATES_IN', 'activity:z'),
      hop('state:b', 'PARTICIPATES_IN', 'activity:z'),
      hop('state:a', 'PARTNER_IN', 'framework:p'),
      hop('state:a', 'PARTNER_IN', 'framework:p2'),
      hop('state:a', 'PARTNER_IN', 'framework:p3'),
      hop('framework:p', 'PART_OF', 'framework:q'),
      hop('framework:p2', 'PART_OF', 'framework:q'),
      hop('framework:p3', 'PART_OF', 'framework:q3'),
      hop('framework:q', 'PART_OF', 'framework:r'),
      hop('framework:r', 'PART_OF', 'framework:s'),
      hop('state:b', 'PARTNER_IN', 'framework:s'),
    ],
  };
})();

export function describeBalticPaths(current: () => GraphStore): void {
  let store: GraphStore;
  // `current` answers the store of the enclosing block, made in its beforeAll before this one runs.
  beforeAll(() => {
    store = current();
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
}

export function describePathsGraph(harness: StoreHarness): void {
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
      expect(routes(await store.paths({ from: a, to: b, asOf: 2005, limit: 20 })).map((r) => r[1])).toEqual([
        'org:y',
        'org:y',
      ]);
      expect(routes(await store.paths({ from: a, to: b, asOf: 1995, limit: 20 })).map((r) => r[1])).toEqual([
        'activity:z',
        'org:y',
        'org:y',
      ]);
      expect(
        routes(await store.paths({ from: a, to: b, asOf: 2015, kinds: ['ORGANIZATION'], limit: 20 })).map((r) => r[1]),
      ).toEqual(['org:x', 'org:x', 'org:y', 'org:y']);
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
      expect(back.map((p) => ids(p.nodes))).toEqual([
        [b, 'framework:s', 'framework:r', 'framework:q', 'framework:p', a],
      ]);
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
      expect((await store.paths({ from: 'framework:q3', to: b, maxLength: 4 })).map((p) => p.length)).toEqual([
        4, 4, 4,
      ]);
    });
  });
}
