/** The resolvers batch their store calls: the count stays the same whatever the size of the answer. */
import { BALTIC, type StoreHarness } from '../contract/graph-store.contract.js';
import { appFor, countingStore, gql, type Subgraph, type WithId } from './api-support.js';

export function describeBatching(harness: StoreHarness): void {
  describe('no N+1: a bounded number of store calls whatever the size of the answer', () => {
    const SUBGRAPH = `query($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth, limit: 2000) {
      nodes { id sources { id title } }
      edges { id from { id name sources { id } } to { id name sources { title } } sources { id url } }
    } }`;

    it('a 3-hop neighbourhood with from/to/sources takes as many calls as a 1-hop one', async () => {
      const counting = countingStore(await harness.fresh(BALTIC));
      const app = appFor(counting.store);
      const small = await gql<{ neighborhood: Pick<Subgraph, 'edges'> }>(app, SUBGRAPH, {
        id: 'region:baltic',
        depth: 1,
      });
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
      // Each answer is checked first: a refused query makes no store calls and passes any bound (as
      // entities(first: 500) did, over the cost limit: 50 covers the fixture's 22 entities).
      const counting = countingStore(await harness.fresh(BALTIC));
      const app = appFor(counting.store);
      const entities = await gql<{ entities: { nodes: WithId[] } }>(
        app,
        '{ entities(first: 50) { nodes { id sources { id } } } }',
      );
      expect(entities.errors).toBeUndefined();
      expect(entities.data!.entities.nodes).toHaveLength(22);
      expect(counting.total()).toBeLessThanOrEqual(2);
      counting.calls.clear();
      const search = await gql<{ search: unknown[] }>(
        app,
        '{ search(text: "forward") { entity { id sources { id } } } }',
      );
      expect(search.errors).toBeUndefined();
      expect(search.data!.search).toHaveLength(3);
      // search, one sourcesByIds for every hit.
      expect(counting.total()).toBeLessThanOrEqual(2);
      counting.calls.clear();
      const paths = await gql<{ paths: unknown[] }>(
        app,
        '{ paths(from: "state:jpn", to: "state:tun", limit: 20) { edges { from { name sources { id } } to { name } sources { id } } } }',
      );
      expect(paths.errors).toBeUndefined();
      expect(paths.data!.paths).toHaveLength(2);
      expect(counting.total()).toBeLessThanOrEqual(3);
      counting.calls.clear();
      const rel = await gql(
        app,
        '{ relationship(id: "state:est/MEMBER_OF/org:nato/2004") { from { sources { id } } to { sources { id } } sources { id } } }',
      );
      expect(rel.errors).toBeUndefined();
      expect(rel.data!.relationship).not.toBeNull();
      // relationship, one entitiesByIds for both endpoints, one or two sourcesByIds.
      expect(counting.calls.get('entitiesByIds')).toBe(1);
      expect(counting.total()).toBeLessThanOrEqual(4);
    });
  });
}
