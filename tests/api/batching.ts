/** The resolvers batch their store calls: the count stays the same whatever the size of the answer. */
import { BALTIC, type StoreHarness } from '../contract/graph-store.contract.js';
import { appFor, countingStore, gql, type Subgraph } from './api-support.js';

export function describeBatching(harness: StoreHarness): void {
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
}
