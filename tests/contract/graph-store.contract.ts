/**
 * One contract for every GraphStore, run once per implementation with identical expectations
 * (docs/store-semantics.md). Expectations are written by hand from tests/fixtures/baltic.json.
 * This is the entry point both stores' test files call; the cases live by area beside it (reads,
 * neighbours, paths, writes, imports-audit, workbench), what they share in contract-support.ts.
 */
import type { GraphStore } from '../../server/store/graph-store.js';
import { BALTIC, type StoreHarness } from './contract-support.js';
import { describeImportsAndAudit } from './imports-audit.js';
import { describeNeighbours } from './neighbours.js';
import { describeBalticPaths, describePathsGraph } from './paths.js';
import { describeLookups, describeSummaries } from './reads.js';
import { describeWrites } from './writes.js';
import { describeTime } from './time.js';
import { describeSuspensions } from './suspensions.js';
import { describeEvidence } from './evidence.js';
import { describeModelRules } from './model-rules.js';
import { describeWorkbench } from './workbench.js';

export { BALTIC, EMPTY, type StoreHarness } from './contract-support.js';

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
      const current = () => store;
      describeLookups(current);
      describeNeighbours(current);
      describeBalticPaths(current);
      describeSummaries(current);
    });

    describePathsGraph(harness);
    describeTime(harness);
    describeSuspensions(harness);
    describeEvidence(harness);
    describeModelRules(harness);
    describeWorkbench(harness);

    describe('writes', () => {
      let store: GraphStore;
      beforeEach(async () => {
        store = await harness.fresh(BALTIC);
      });
      const current = () => store;
      describeWrites(current);
      describeImportsAndAudit(current, harness);
    });
  });
}
