/**
 * Suspensions (domain/valid-at.ts statusAt): a suspended relationship still exists; its status is
 * SUSPENDED at a time a suspension holds and, with no time, while one is open-ended. Neighbourhoods,
 * counts, stats and exports include suspended facts by default, paths leave them out unless asked.
 */
import type { NormalizedGraph } from '../../domain/graph-data.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { alice, EMPTY, ids, type StoreHarness } from './contract-support.js';
import { claim, entity, link, source } from './graph-builders.js';

const S = ['source:nato'];
const RUS = 'state:rus/PARTNER_IN/framework:pfp';
const GEO = 'state:geo/PARTNER_IN/framework:pfp';
const FIN = 'state:fin/PARTNER_IN/framework:pfp';
const SUSPENSIONS_GRAPH: NormalizedGraph = {
  sources: [source('nato', 'A'), source('press', 'C', 'Press')],
  entities: [
    entity('state:rus', 'STATE', S),
    entity('state:geo', 'STATE', S),
    entity('state:fin', 'STATE', S),
    entity('framework:pfp', 'FRAMEWORK', S, { since: 1994 }),
  ],
  relationships: [
    // Suspended since 2014 and still.
    link('state:rus', 'PARTNER_IN', 'framework:pfp', S, {
      since: 1994,
      suspensions: [claim(['source:press'], { since: 2014 }, 'Crimea')],
    }),
    // Suspended for a while, then active again.
    link('state:geo', 'PARTNER_IN', 'framework:pfp', S, {
      since: 1994,
      suspensions: [claim(S, { sinceDate: '2008-08-19', untilDate: '2009-12' })],
    }),
    link('state:fin', 'PARTNER_IN', 'framework:pfp', S, { since: 1994 }),
  ],
};

export function describeSuspensions(harness: StoreHarness): void {
  describe('suspensions', () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await harness.fresh(SUSPENSIONS_GRAPH);
    });
    const statusIn = async (id: string, when: { asOf?: number; at?: string }) =>
      (await store.neighborhood({ id, ...when })).edges.map((e) => e.status);

    it('is SUSPENDED at a time a suspension holds and with no time while it lasts, ACTIVE before', async () => {
      expect(await statusIn('state:rus', { asOf: 2015 })).toEqual(['SUSPENDED']);
      expect(await statusIn('state:rus', {})).toEqual(['SUSPENDED']);
      expect(await statusIn('state:rus', { asOf: 2010 })).toEqual(['ACTIVE']);
      expect(await statusIn('state:rus', { at: '2013-12-31' })).toEqual(['ACTIVE']);
      expect(await statusIn('state:rus', { at: '2014-01-01' })).toEqual(['SUSPENDED']);
      expect(await store.relationship(RUS)).toMatchObject({
        status: 'SUSPENDED',
        suspensions: [
          { since: 2014, until: null, sinceDate: null, untilDate: null, note: 'Crimea', sources: ['source:press'] },
        ],
      });
    });

    it('is ACTIVE again once a suspension has ended', async () => {
      expect(await store.relationship(GEO)).toMatchObject({ status: 'ACTIVE' });
      expect(await statusIn('state:geo', { at: '2008-08-18' })).toEqual(['ACTIVE']);
      expect(await statusIn('state:geo', { at: '2008-08-19' })).toEqual(['SUSPENDED']);
      expect(await statusIn('state:geo', { at: '2009-12-31' })).toEqual(['SUSPENDED']);
      expect(await statusIn('state:geo', { asOf: 2010 })).toEqual(['ACTIVE']);
    });

    it('keeps suspended facts in neighbourhoods and counts unless includeSuspended is false', async () => {
      const all = await store.neighborhood({ id: 'framework:pfp', asOf: 2015 });
      expect(ids(all.edges)).toEqual([FIN, GEO, RUS]);
      const active = await store.neighborhood({ id: 'framework:pfp', asOf: 2015, includeSuspended: false });
      expect(ids(active.edges)).toEqual([FIN, GEO]);
      expect(ids(active.nodes)).toEqual(['framework:pfp', 'state:fin', 'state:geo']);
      expect(
        ids((await store.neighborhood({ id: 'framework:pfp', asOf: 2010, includeSuspended: false })).edges),
      ).toEqual([FIN, GEO, RUS]);
      expect(await store.neighborCounts('framework:pfp')).toEqual([
        { relationType: 'PARTNER_IN', kind: 'STATE', count: 3 },
      ]);
      expect(await store.neighborCounts('framework:pfp', { includeSuspended: false })).toEqual([
        { relationType: 'PARTNER_IN', kind: 'STATE', count: 2 },
      ]);
    });

    it('leaves suspended facts out of paths by default, and uses them when asked', async () => {
      expect(await store.paths({ from: 'state:rus', to: 'state:fin' })).toEqual([]);
      expect(await store.paths({ from: 'state:rus', to: 'state:fin', asOf: 2015 })).toEqual([]);
      const asked = await store.paths({ from: 'state:rus', to: 'state:fin', includeSuspended: true });
      expect(asked.map((p) => ids(p.edges))).toEqual([[RUS, FIN]]);
      expect(asked[0]!.edges.map((e) => e.status)).toEqual(['SUSPENDED', 'ACTIVE']);
      const before = await store.paths({ from: 'state:rus', to: 'state:fin', asOf: 2010 });
      expect(before.map((p) => ids(p.nodes))).toEqual([['state:rus', 'framework:pfp', 'state:fin']]);
      expect(await store.paths({ from: 'state:geo', to: 'state:fin', at: '2009-01-01' })).toEqual([]);
    });

    it('counts active and suspended relationships apart', async () => {
      expect(await store.stats()).toMatchObject({
        relationships: 3,
        activeRelationships: 2,
        suspendedRelationships: 1,
      });
      expect(await store.stats({ asOf: 2009 })).toMatchObject({
        relationships: 3,
        activeRelationships: 2,
        suspendedRelationships: 1,
      });
      expect(await store.stats({ asOf: 2010 })).toMatchObject({
        relationships: 3,
        activeRelationships: 3,
        suspendedRelationships: 0,
      });
      expect(await store.stats({ includeSuspended: false })).toMatchObject({
        relationships: 2,
        activeRelationships: 2,
        suspendedRelationships: 0,
      });
    });

    it('exports suspensions with their sources, and leaves suspended facts out only when asked', async () => {
      const g = await store.exportGraph();
      expect(g.relationships.find((r) => r.id === RUS)).toEqual({
        id: RUS,
        type: 'PARTNER_IN',
        from: 'state:rus',
        to: 'framework:pfp',
        since: 1994,
        credibility: 2,
        sources: S,
        suspensions: [{ since: 2014, note: 'Crimea', sources: ['source:press'] }],
      });
      const active = await store.exportGraph({ includeSuspended: false });
      expect(active.relationships.map((r) => r.id)).toEqual([FIN, GEO]);
      expect(active.entities).toHaveLength(4);
      const partial = await store.exportGraph({ ids: ['state:rus', 'framework:pfp'] });
      expect(partial.sources.map((s) => s.id)).toEqual(['source:nato', 'source:press']);
    });

    // Last in the block: on Neo4j the harness's one database now holds `copy`.
    it('round-trips suspensions through an export and an import, and through a write', async () => {
      const exported = await store.exportGraph();
      const copy = await harness.fresh(EMPTY);
      expect((await copy.importGraph(exported, alice)).ok).toBe(true);
      expect(await copy.exportGraph()).toEqual(exported);
      const input = exported.relationships.find((r) => r.id === FIN)!;
      const written = await copy.upsertRelationship(
        { ...input, suspensions: [{ sinceDate: '2030-01-02', sources: S }] },
        alice,
      );
      expect(written).toMatchObject({
        version: 2,
        status: 'SUSPENDED',
        suspensions: [{ since: 2030, until: null, sinceDate: '2030-01-02', untilDate: null, note: null, sources: S }],
      });
      expect(await copy.relationship(FIN)).toEqual(written);
    });
  });
}
