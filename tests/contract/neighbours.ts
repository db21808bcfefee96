/** neighborhood and neighborCounts on tests/fixtures/baltic.json. Registered inside the contract's 'reads' block. */
import type { GraphStore } from '../../server/store/graph-store.js';
import { expectAppError, ids } from './contract-support.js';

export function describeNeighbours(current: () => GraphStore): void {
  let store: GraphStore;
  // `current` answers the store of the enclosing block, made in its beforeAll before this one runs.
  beforeAll(() => {
    store = current();
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
      expect(ids(g.edges)).toEqual(['state:est/LOCATED_IN/region:baltic', 'state:est/PARTNER_IN/framework:pfp/1994']);
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
      // every() holds for no edges at all: name the edges too.
      expect(ids(hosts.edges)).toEqual([
        'state:est/HOSTS/activity:efp-estonia/2017',
        'state:est/HOSTS/institution:ccdcoe/2008',
      ]);
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
      expect(await store.neighborCounts('org:nato', { asOf: 2010 })).toEqual([
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
}
