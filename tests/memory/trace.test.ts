/**
 * The `debug` namespaces (server/trace.ts): silent by default, and when enabled each GraphQL
 * operation shows on atlas:api and each store call on atlas:store, with its outcome.
 *
 * These tests set DEBUG themselves and put the developer's back afterwards, so they behave the
 * same whatever DEBUG the run was started with (unset, atlas:*, or anything else).
 */
import createDebug from 'debug';
import { format } from 'node:util';
import { MemoryStore } from '../../server/store/memory/memory-store.js';
import { briefParams, trace } from '../../server/trace.js';
import { appFor, gql } from '../api/api-support.js';
import { BALTIC } from '../contract/graph-store.contract.js';

const developerDebug = process.env.DEBUG;

/**
 * Sets DEBUG as if the server had started with it. debug reads DEBUG once, when it loads;
 * enable() is how it reads a new value (and it writes process.env.DEBUG, deleting it for none).
 */
function setDebug(namespaces: string | undefined): void {
  createDebug.enable(namespaces ?? '');
}

beforeEach(() => setDebug(undefined));
afterAll(() => {
  setDebug(developerDebug);
  if (developerDebug !== undefined) process.env.DEBUG = developerDebug;
});

/** A namespace with debug's per-namespace colour switch, which its types leave out. */
type Namespace = typeof trace.api & { useColors: boolean };

/** Enables the namespaces through DEBUG for the duration of `work` and returns what they printed. */
async function traced(work: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const namespaces = [trace.api, trace.store] as Namespace[];
  const saved = namespaces.map((ns) => ({ log: ns.log, useColors: ns.useColors }));
  setDebug('atlas:api,atlas:store');
  for (const ns of namespaces) {
    ns.log = (...args: unknown[]) => lines.push(format(...args));
    ns.useColors = false; // plain lines whether or not stderr is a terminal or DEBUG_COLORS is set
  }
  try {
    await work();
  } finally {
    setDebug(undefined);
    namespaces.forEach((ns, i) => Object.assign(ns, saved[i]));
  }
  return lines;
}

describe('debug namespaces', () => {
  it('are off unless DEBUG names them', () => {
    // debug answers undefined, not false, for a namespace DEBUG does not name.
    const on = () => [trace.api, trace.store, trace.cypher].filter((ns) => ns.enabled).map((ns) => ns.namespace);
    expect(on()).toEqual([]);
    expect(trace.cypher.namespace).toBe('atlas:cypher');
    setDebug('something-else');
    expect(on()).toEqual([]);
    setDebug('atlas:cypher');
    expect(on()).toEqual(['atlas:cypher']);
    setDebug('atlas:*');
    expect(on()).toEqual(['atlas:api', 'atlas:store', 'atlas:cypher']);
  });

  it('trace each operation on atlas:api and each store call, with its outcome, on atlas:store', async () => {
    const lines = await traced(async () => {
      // The app reads the namespaces when it is built: build it while they are on.
      const app = appFor(MemoryStore.fromGraph(BALTIC));
      expect(
        (await gql<{ entity: { name: string } }>(app, 'query Estonia { entity(id: "state:est") { name } }')).data
          ?.entity.name,
      ).toBe('Estonia');
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
