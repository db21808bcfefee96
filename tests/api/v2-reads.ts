/**
 * The v2 read side over tests/api/v2-graph.ts: days (`at`), suspensions and `includeSuspended`,
 * the evidence filters (paths included), grades and the confidence they map to, disputed facts,
 * stats counted active and suspended apart, and BAD_USER_INPUT naming the argument.
 */
import type { Express } from 'express';
import type { StoreHarness } from '../contract/graph-store.contract.js';
import { appFor, expectError, gql } from './api-support.js';
import { EST_NATO, EST_PFP, ICI_NATO, KWT_ICI, RUS_PFP, TUR_HOSTS, V2 } from './v2-graph.js';

interface Edge {
  id: string;
  status: string;
}
type Hood = { neighborhood: { nodes: { id: string }[]; edges: Edge[] } };
const HOOD = `query($id: ID!, $at: String, $asOf: Int, $inc: Boolean, $minR: Reliability, $maxC: Int) {
  neighborhood(id: $id, at: $at, asOf: $asOf, includeSuspended: $inc, minReliability: $minR, maxCredibility: $maxC) {
    nodes { id } edges { id status } } }`;
const PATHS = `query($from: ID!, $to: ID!, $asOf: Int, $inc: Boolean, $minR: Reliability, $maxC: Int) {
  paths(from: $from, to: $to, asOf: $asOf, includeSuspended: $inc, minReliability: $minR, maxCredibility: $maxC) {
    length weakestGrade nodes { id } edges { id grade } } }`;
type Paths = { paths: { length: number; weakestGrade: string; nodes: { id: string }[]; edges: { grade: string }[] }[] };
const CLAIM = 'since until sinceDate untilDate note sources { id title url reliability }';
const GRADED = `id sinceDate untilDate status credibility reliability grade confidence disputed
  suspensions { ${CLAIM} } alternatives { ${CLAIM} }`;

export function describeV2Reads(harness: StoreHarness): void {
  describe('v2 reads: days, suspensions, grades and evidence filters', () => {
    let app: Express;
    beforeAll(async () => {
      app = appFor(await harness.fresh(V2));
    });
    const hood = async (vars: Record<string, unknown>) => {
      const r = await gql<Hood>(app, HOOD, vars);
      expect(r.errors).toBeUndefined();
      return r.data!.neighborhood;
    };
    const edgeIds = async (vars: Record<string, unknown>) => (await hood(vars)).edges.map((e) => e.id);

    it('at a day: Estonia is a PfP partner on 2004-03-28 and an Ally on 2004-03-29; asOf 2004 shows both', async () => {
      expect(await edgeIds({ id: 'state:est', at: '2004-03-28' })).toEqual([EST_PFP]);
      expect(await edgeIds({ id: 'state:est', at: '2004-03-29' })).toEqual([EST_NATO]);
      // Both neighbours are kept, so the edge between them is too.
      expect(await edgeIds({ id: 'state:est', asOf: 2004 })).toEqual([
        'framework:pfp/PART_OF/org:nato/1994',
        EST_NATO,
        EST_PFP,
      ]);
      const counts = await gql(app, '{ neighborCounts(id: "state:est", at: "2004-03-28") { relationType count } }');
      expect(counts.data!.neighborCounts).toEqual([{ relationType: 'PARTNER_IN', count: 1 }]);
      const search = await gql(
        app,
        '{ on: search(text: "Istanbul Summit", at: "2004-06-29") { entity { id } } after: search(text: "Istanbul Summit", at: "2004-06-30") { entity { id } } }',
      );
      expect(search.data).toEqual({ on: [{ entity: { id: 'event:summit-2004-istanbul' } }], after: [] });
      const entities = await gql(app, '{ entities(kind: EVENT, at: "2004-06-28") { totalCount } }');
      expect(entities.data!.entities).toEqual({ totalCount: 1 });
    });

    it("a suspension: Russia's partnership is SUSPENDED from 2014-04-01, left out when includeSuspended is false", async () => {
      expect((await hood({ id: 'state:rus' })).edges).toEqual([{ id: RUS_PFP, status: 'SUSPENDED' }]);
      expect((await hood({ id: 'state:rus', at: '2014-03-31' })).edges).toEqual([{ id: RUS_PFP, status: 'ACTIVE' }]);
      expect((await hood({ id: 'state:rus', at: '2014-04-01' })).edges).toEqual([{ id: RUS_PFP, status: 'SUSPENDED' }]);
      expect((await hood({ id: 'state:rus', asOf: 2013, inc: false })).edges).toEqual([
        { id: RUS_PFP, status: 'ACTIVE' },
      ]);
      const without = await hood({ id: 'state:rus', asOf: 2020, inc: false });
      expect(without).toEqual({ nodes: [{ id: 'state:rus' }], edges: [] });
      const counts = await gql(
        app,
        `{ all: neighborCounts(id: "state:rus") { count }
           active: neighborCounts(id: "state:rus", includeSuspended: false) { count } }`,
      );
      expect(counts.data).toEqual({ all: [{ count: 1 }], active: [] });
    });

    it('relationship: status, grade, confidence, suspensions with their sources resolved', async () => {
      const r = await gql(app, `{ relationship(id: "${RUS_PFP}") { ${GRADED} } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data!.relationship).toEqual({
        id: RUS_PFP,
        sinceDate: '1994-06-22',
        untilDate: null,
        status: 'SUSPENDED',
        credibility: 2,
        reliability: 'A',
        grade: 'A2',
        confidence: 'HIGH',
        disputed: false,
        alternatives: [],
        suspensions: [
          {
            since: 2014,
            until: null,
            sinceDate: '2014-04-01',
            untilDate: null,
            note: 'practical cooperation suspended',
            sources: [
              {
                id: 'source:nato-russia',
                title: 'NATO: relations with Russia',
                url: 'https://www.nato.int/nato-russia',
                reliability: 'A',
              },
              {
                id: 'source:reuters',
                title: 'Reuters: NATO suspends cooperation',
                url: 'https://www.reuters.com/nato',
                reliability: 'C',
              },
            ],
          },
        ],
      });
    });

    it('a disputed fact carries its alternative claim with the sources that make it', async () => {
      const r = await gql(app, `{ relationship(id: "${KWT_ICI}") { ${GRADED} } }`);
      expect(r.data!.relationship).toMatchObject({
        status: 'ACTIVE',
        grade: 'C3',
        confidence: 'MEDIUM',
        disputed: true,
        suspensions: [],
        alternatives: [
          {
            since: 2004,
            until: null,
            sinceDate: '2004-12',
            untilDate: null,
            note: 'dated December 2004',
            sources: [
              { id: 'source:blog', title: 'A defence blog', url: 'https://blog.example/ici', reliability: 'D' },
            ],
          },
        ],
      });
    });

    it('grades map to confidence: A1 and A2 HIGH, C3 MEDIUM, D4 and F5 LOW', async () => {
      const r = await gql<Record<string, { grade: string; confidence: string }>>(
        app,
        `{ a1: relationship(id: "${EST_NATO}") { grade confidence }
           d4: relationship(id: "${ICI_NATO}") { grade confidence }
           f5: relationship(id: "${TUR_HOSTS}") { grade confidence reliability sources { reliability url } } }`,
      );
      expect(r.data).toEqual({
        a1: { grade: 'A1', confidence: 'HIGH' },
        d4: { grade: 'D4', confidence: 'LOW' },
        f5: { grade: 'F5', confidence: 'LOW', reliability: 'F', sources: [{ reliability: 'F', url: null }] },
      });
    });

    it('evidence filters: a neighbourhood never uses a fact graded worse than asked', async () => {
      expect(await edgeIds({ id: 'framework:ici' })).toHaveLength(3);
      const reliable = await hood({ id: 'framework:ici', minR: 'B' });
      expect(reliable.edges.map((e) => e.id)).toEqual(['framework:ici/DECIDED_AT/event:summit-2004-istanbul/2004']);
      expect(reliable.nodes.map((n) => n.id)).toEqual(['framework:ici', 'event:summit-2004-istanbul']);
      expect(await edgeIds({ id: 'framework:ici', maxC: 3 })).toEqual([
        'framework:ici/DECIDED_AT/event:summit-2004-istanbul/2004',
        KWT_ICI,
      ]);
      expect(await edgeIds({ id: 'framework:ici', minR: 'C', maxC: 2 })).toEqual([
        'framework:ici/DECIDED_AT/event:summit-2004-istanbul/2004',
      ]);
    });

    it('paths: the weakest grade; suspended links only when asked; no path through a filtered fact', async () => {
      const kwt = await gql<Paths>(app, PATHS, { from: 'state:kwt', to: 'state:est' });
      expect(kwt.errors).toBeUndefined();
      expect(kwt.data!.paths.map((p) => [p.nodes.map((n) => n.id), p.weakestGrade])).toEqual([
        [['state:kwt', 'framework:ici', 'org:nato', 'state:est'], 'D4'],
      ]);
      expect(kwt.data!.paths[0]!.edges.map((e) => e.grade)).toEqual(['C3', 'D4', 'A1']);
      for (const filter of [{ minR: 'C' }, { maxC: 3 }]) {
        expect((await gql<Paths>(app, PATHS, { from: 'state:kwt', to: 'state:est', ...filter })).data!.paths).toEqual(
          [],
        );
      }
      const rus = { from: 'state:rus', to: 'state:est' };
      expect((await gql<Paths>(app, PATHS, rus)).data!.paths).toEqual([]);
      const included = await gql<Paths>(app, PATHS, { ...rus, inc: true });
      expect(included.data!.paths.map((p) => [p.nodes.map((n) => n.id), p.weakestGrade])).toEqual([
        [['state:rus', 'framework:pfp', 'state:est'], 'A2'],
      ]);
      const in2010 = await gql<Paths>(app, PATHS, { ...rus, asOf: 2010 });
      expect(in2010.data!.paths.map((p) => [p.nodes.map((n) => n.id), p.weakestGrade])).toEqual([
        [['state:rus', 'framework:pfp', 'org:nato', 'state:est'], 'A2'],
      ]);
    });

    it('stats: relationships counted active and suspended apart, with the time and evidence asked', async () => {
      const r = await gql(
        app,
        `{ all: stats { relationships activeRelationships suspendedRelationships sources }
           active: stats(includeSuspended: false) { relationships activeRelationships suspendedRelationships }
           in2013: stats(asOf: 2013) { relationships activeRelationships suspendedRelationships }
           in2015: stats(asOf: 2015) { relationships activeRelationships suspendedRelationships }
           graded: stats(minReliability: A) { relationships suspendedRelationships } }`,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({
        all: { relationships: 9, activeRelationships: 8, suspendedRelationships: 1, sources: 5 },
        active: { relationships: 8, activeRelationships: 8, suspendedRelationships: 0 },
        in2013: { relationships: 6, activeRelationships: 6, suspendedRelationships: 0 },
        in2015: { relationships: 6, activeRelationships: 5, suspendedRelationships: 1 },
        graded: { relationships: 6, suspendedRelationships: 1 },
      });
    });

    it('BAD_USER_INPUT naming the argument: at with asOf, a day that is not one, a credibility out of range', async () => {
      const both = expectError(
        await gql(app, '{ neighborhood(id: "state:est", asOf: 2004, at: "2004-03-29") { total } }'),
        'BAD_USER_INPUT',
        'at',
      );
      expect(both.message).toMatch(/asOf/);
      expectError(
        await gql(app, '{ paths(from: "state:est", to: "state:rus", asOf: 2004, at: "2004-03-29") { length } }'),
        'BAD_USER_INPUT',
        'at',
      );
      expectError(await gql(app, '{ stats(at: "2023-02-29") { entities } }'), 'BAD_USER_INPUT', 'at');
      expectError(await gql(app, '{ entities(at: "2004-3-29") { totalCount } }'), 'BAD_USER_INPUT', 'at');
      expectError(await gql(app, '{ search(text: "NATO", at: "yesterday") { score } }'), 'BAD_USER_INPUT', 'at');
      expectError(
        await gql(app, '{ neighborCounts(id: "state:est", asOf: 2004, at: "2004-01-01") { count } }'),
        'BAD_USER_INPUT',
        'at',
      );
      expectError(
        await gql(app, '{ neighborhood(id: "state:est", maxCredibility: 7) { total } }'),
        'BAD_USER_INPUT',
        'maxCredibility',
      );
      expectError(await gql(app, '{ stats(maxCredibility: 0) { entities } }'), 'BAD_USER_INPUT', 'maxCredibility');
      expectError(
        await gql(
          app,
          'query($r: Reliability) { paths(from: "state:est", to: "state:rus", minReliability: $r) { length } }',
          { r: 'G' },
        ),
        'BAD_USER_INPUT',
      );
      expectError(await gql(app, '{ stats(minReliability: G) { entities } }'), 'GRAPHQL_VALIDATION_FAILED');
    });
  });
}
