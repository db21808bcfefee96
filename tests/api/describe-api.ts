/**
 * The GraphQL API and HTTP routes over one store, through createApp in-process (supertest), with
 * expectations written by hand from tests/fixtures/baltic.json. Run once per store by
 * tests/memory/api.test.ts and tests/neo4j/api.test.ts; the cases live by area beside this file
 * (queries, batching, mutations, exports; the v2 cases over their own graph, v2-graph.ts, in
 * v2-reads and v2-writes-exports; the analyst's reads over the contract's graph in workbench), the shared helpers in api-support.ts.
 */
import type { StoreHarness } from '../contract/graph-store.contract.js';
import { describeBatching } from './batching.js';
import { describeExports } from './exports.js';
import { describeMutations } from './mutations.js';
import { describeQueries } from './queries.js';
import { describeV2Reads } from './v2-reads.js';
import { describeV2WritesAndExports } from './v2-writes-exports.js';
import { describeWorkbenchApi } from './workbench.js';

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

    describeQueries(harness);
    describeBatching(harness);
    describeMutations(harness);
    describeExports(harness);
    describeV2Reads(harness);
    describeV2WritesAndExports(harness);
    describeWorkbenchApi(harness);
  });
}
