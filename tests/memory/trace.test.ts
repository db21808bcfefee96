/**
 * The `debug` namespaces (server/trace.ts): silent by default, and when enabled each GraphQL
 * operation shows on atlas:api and each store call on atlas:store, with its outcome.
 */
import { format } from 'node:util';
import { MemoryStore } from '../../server/store/memory/memory-store.js';
import { briefParams, trace } from '../../server/trace.js';
import { appFor, gql } from '../api/api-support.js';
import { BALTIC } from '../contract/graph-store.contract.js';

/** Enables the namespaces for the duration of `work` and returns what they printed. */
async function traced(work: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const namespaces = [trace.api, trace.store];
  for (const ns of namespaces) {
    ns.enabled = true;
    ns.log = (...args: unknown[]) => lines.push(format(...args));
  }
  try {
    await work();
  } finally {
    for (const ns of namespaces) ns.enabled = false;
  }
  return lines;
}

describe('debug namespaces', () => {
  it('are off unless DEBUG names them', () => {
    // debug answers undefined, not false, for a namespace DEBUG does not name.
    expect([trace.api, trace.store, trace.cypher].filter((ns) => ns.enabled)).toEqual([]);
    expect(trace.cypher.namespace).toBe('atlas:cypher');
  });

  it('trace each operation on atlas:api and each store call, with its outcome, on atlas:store', async () => {
    const lines = await traced(async () => {
      // The app reads the namespaces when it is built: build it while they are on.
      const app = appFor(MemoryStore.fromGraph(BALTIC));
      expect((await gql<{ entity: { name: string } }>(app, 'query Estonia { entity(id: "state:est") { name } }')).data?.entity.name).toBe('Estonia');
      await gql(app, 'query Nowhere { neighborhood(id: "state:nowhere") { total } }');
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/atlas:api Estonia \d+ms 0 errors/),
        expect.stringMatching(/atlas:store memory\.entity \d+ms ok/),
        expect.stringMatching(/atlas:store memory\.neighborhood \d+ms failed: NOT_FOUND/),
        expect.stringMatching(/atlas:api Nowhere \d+ms 1 errors/),
      ]),
    );
  });

  it('show statement parameters in brief: lists by length, long values cut', () => {
    expect(briefParams({ id: 'state:est', rows: [1, 2, 3], asOf: null, text: 'x'.repeat(100) })).toBe(
      `id="state:est" rows=[3] asOf=null text="${'x'.repeat(56)}...`,
    );
  });
});
