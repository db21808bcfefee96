/**
 * The v2 write side and exports over tests/api/v2-graph.ts: a relationship written with its
 * credibility, exact dates, suspensions and alternatives (ClaimInput) and read back; the exports
 * in the v2 data format, GraphML and CSV carrying grade, dates, status, claims in words and source
 * titles and URLs; the exports' time and evidence parameters and their 400s.
 */
import type { Express } from 'express';
import request from 'supertest';
import type { GraphData } from '../../domain/model.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import type { StoreHarness } from '../contract/graph-store.contract.js';
import { graphFromGraphML } from '../support/graphml.js';
import { relationshipsFromCsv } from '../support/relationships-csv.js';
import { ALICE, appFor, comparable, expectError, gql } from './api-support.js';
import { EST_NATO, EST_PFP, KWT_ICI, RUS_PFP, V2, V2_DATA } from './v2-graph.js';

const UPSERT = `mutation($input: RelationshipInput!) { upsertRelationship(input: $input) {
  id since sinceDate untilDate status credibility reliability grade confidence disputed version
  suspensions { since sinceDate untilDate note sources { id title } }
  alternatives { since until note sources { id } } } }`;
const ids = (g: GraphData) => g.relationships.map((r) => r.id);

export function describeV2WritesAndExports(harness: StoreHarness): void {
  describe('v2 writes and exports', () => {
    let store: GraphStore;
    let app: Express;
    beforeAll(async () => {
      store = await harness.fresh(V2);
      app = appFor(store);
    });
    const get = (path: string) => request(app).get(path).expect(200);

    it('upsertRelationship with credibility, dates, suspensions and alternatives (ClaimInput), read back', async () => {
      const input = {
        type: 'PARTNER_IN',
        from: 'state:tur',
        to: 'framework:pfp',
        sinceDate: '1994-05',
        credibility: 2,
        sources: ['source:nato-members'],
        suspensions: [{ sinceDate: '2016-07-15', untilDate: '2016-08', note: 'a test', sources: ['source:reuters'] }],
        alternatives: [{ since: 1995, note: 'later', sources: ['source:blog'] }],
      };
      const r = await gql(app, UPSERT, { input }, ALICE);
      expect(r.errors).toBeUndefined();
      const expected = {
        id: 'state:tur/PARTNER_IN/framework:pfp/1994',
        since: 1994,
        sinceDate: '1994-05',
        untilDate: null,
        status: 'ACTIVE',
        credibility: 2,
        reliability: 'A',
        grade: 'A2',
        confidence: 'HIGH',
        disputed: true,
        version: 1,
        suspensions: [
          {
            since: 2016,
            sinceDate: '2016-07-15',
            untilDate: '2016-08',
            note: 'a test',
            sources: [{ id: 'source:reuters', title: 'Reuters: NATO suspends cooperation' }],
          },
        ],
        alternatives: [{ since: 1995, until: null, note: 'later', sources: [{ id: 'source:blog' }] }],
      };
      expect(r.data!.upsertRelationship).toEqual(expected);
      const read = await gql(
        app,
        `{ relationship(id: "${expected.id}") { status grade disputed suspensions { untilDate } } }`,
      );
      expect(read.data!.relationship).toEqual({
        status: 'ACTIVE',
        grade: 'A2',
        disputed: true,
        suspensions: [{ untilDate: '2016-08' }],
      });
      const exported = (await get('/export/graph.json?ids=state:tur,framework:pfp')).body as GraphData;
      expect(exported.relationships.find((x) => x.id === expected.id)).toMatchObject({
        credibility: 2,
        sinceDate: '1994-05',
        suspensions: [{ sinceDate: '2016-07-15', untilDate: '2016-08', note: 'a test', sources: ['source:reuters'] }],
        alternatives: [{ since: 1995, note: 'later', sources: ['source:blog'] }],
      });
      const deleted = await gql(app, `mutation { deleteRelationship(id: "${expected.id}") { id grade } }`, {}, ALICE);
      expect(deleted.data!.deleteRelationship).toEqual({ id: expected.id, grade: 'A2' });
    });

    it('writes refuse what the evidence rules refuse, naming the field', async () => {
      const input = {
        type: 'PARTNER_IN',
        from: 'state:tur',
        to: 'framework:pfp',
        since: 1994,
        sources: ['source:nato-members'],
      };
      expectError(
        await gql(app, UPSERT, { input: { ...input, credibility: 1 } }, ALICE),
        'BAD_USER_INPUT',
        'input.credibility',
      );
      expectError(
        await gql(app, UPSERT, { input: { ...input, credibility: 7 } }, ALICE),
        'BAD_USER_INPUT',
        'input.credibility',
      );
      const badDate = await gql(app, UPSERT, { input: { ...input, credibility: 2, sinceDate: '1995-01-01' } }, ALICE);
      expectError(badDate, 'BAD_USER_INPUT', 'input.sinceDate');
      const claim = { ...input, credibility: 2, suspensions: [{ since: 2000, sources: ['source:nope'] }] };
      expectError(await gql(app, UPSERT, { input: claim }, ALICE), 'BAD_USER_INPUT', 'input.suspensions.0.sources.0');
    });

    it('graph.json: the v2 data format (credibility, dates, suspensions, alternatives, graded sources), no derived fields', async () => {
      const json = (await get('/export/graph.json')).body as GraphData;
      expect(json).toEqual(await store.exportGraph());
      expect(json.sources).toHaveLength(5);
      expect(json.sources.find((s) => s.id === 'source:overview')).toEqual({
        id: 'source:overview',
        title: 'Seed overview (AI-written)',
        reliability: 'F',
      });
      const rus = json.relationships.find((r) => r.id === RUS_PFP)!;
      expect(rus).toMatchObject({
        credibility: 2,
        sinceDate: '1994-06-22',
        suspensions: [{ sinceDate: '2014-04-01' }],
      });
      for (const r of json.relationships) {
        expect(Object.keys(r)).not.toEqual(expect.arrayContaining(['reliability']));
        expect(r).not.toHaveProperty('status');
        expect(r).not.toHaveProperty('version');
        expect(r).not.toHaveProperty('confidence');
      }
      expect(json.relationships).toHaveLength(V2_DATA.relationships.length);
    });

    it('graph.graphml: grade, dates, status, claims in words, source titles and URLs; round-trips the data fields', async () => {
      const res = await get('/export/graph.graphml');
      const json = (await get('/export/graph.json')).body as GraphData;
      expect(comparable(graphFromGraphML(res.text))).toEqual(comparable(json));
      const edges = graphFromGraphML(res.text, { derived: true }).relationships;
      expect(edges.find((e) => e.id === RUS_PFP)).toMatchObject({
        status: 'SUSPENDED',
        grade: 'A2',
        reliability: 'A',
        disputed: 'false',
        source_titles: 'NATO: relations with Russia',
        source_urls: 'https://www.nato.int/nato-russia',
        suspensions:
          'from 2014-04-01: practical cooperation suspended [NATO: relations with Russia; Reuters: NATO suspends cooperation]',
      });
      expect(edges.find((e) => e.id === KWT_ICI)).toMatchObject({
        grade: 'C3',
        disputed: 'true',
        alternatives: 'from 2004-12: dated December 2004 [A defence blog]',
      });
      expect(res.text).toContain('<data key="n_source_titles">NATO member countries</data>');
    });

    it('relationships.csv: grade, dates and status columns; status at the time asked', async () => {
      const rows = relationshipsFromCsv((await get('/export/relationships.csv')).text);
      expect(rows.find((r) => r.id === EST_NATO)).toMatchObject({
        sinceDate: '2004-03-29',
        credibility: 1,
        derived: { status: 'ACTIVE', reliability: 'A', grade: 'A1', disputed: 'false' },
      });
      expect(rows.find((r) => r.id === RUS_PFP)!.derived).toMatchObject({ status: 'SUSPENDED' });
      const in2013 = relationshipsFromCsv((await get('/export/relationships.csv?asOf=2013')).text);
      expect(in2013.find((r) => r.id === RUS_PFP)!.derived).toMatchObject({ status: 'ACTIVE' });
    });

    it('exports take at, includeSuspended, minReliability and maxCredibility like the reads', async () => {
      const est = '/export/graph.json?ids=state:est,org:nato,framework:pfp';
      expect(ids((await get(`${est}&at=2004-03-28`)).body as GraphData)).toEqual([
        'framework:pfp/PART_OF/org:nato/1994',
        EST_PFP,
      ]);
      expect(ids((await get(`${est}&at=2004-03-29`)).body as GraphData)).toEqual([
        'framework:pfp/PART_OF/org:nato/1994',
        EST_NATO,
      ]);
      expect(ids((await get('/export/graph.json?ids=state:rus,framework:pfp')).body as GraphData)).toEqual([RUS_PFP]);
      expect(
        ids((await get('/export/graph.json?ids=state:rus,framework:pfp&includeSuspended=false')).body as GraphData),
      ).toEqual([]);
      const reliable = (await get('/export/graph.json?minReliability=B')).body as GraphData;
      expect(reliable.relationships).toHaveLength(6);
      const credible = relationshipsFromCsv((await get('/export/relationships.csv?maxCredibility=1')).text);
      expect(credible.map((r) => r.id)).toEqual([EST_NATO]);
      const graphml = await get('/export/graph.graphml?minReliability=C&maxCredibility=3&at=2015-01-01');
      expect(graphFromGraphML(graphml.text).relationships.map((r) => r.id)).toEqual([
        'framework:pfp/PART_OF/org:nato/1994',
        EST_NATO,
        KWT_ICI,
        RUS_PFP,
        'state:tur/MEMBER_OF/org:nato/1952',
      ]);
      expect(
        graphFromGraphML(graphml.text, { derived: true }).relationships.find((r) => r.id === RUS_PFP),
      ).toMatchObject({ status: 'SUSPENDED' });
    });

    it('a bad time or evidence parameter is 400 naming it', async () => {
      for (const [query, field] of [
        ['at=2023-02-29', 'at'],
        ['at=2004', 'at'],
        ['at=2004-03-29&asOf=2004', 'at'],
        ['includeSuspended=yes', 'includeSuspended'],
        ['minReliability=G', 'minReliability'],
        ['minReliability=a', 'minReliability'],
        ['maxCredibility=7', 'maxCredibility'],
        ['maxCredibility=2.5', 'maxCredibility'],
      ] as const) {
        for (const file of ['graph.json', 'graph.graphml', 'relationships.csv']) {
          const res = await request(app).get(`/export/${file}?${query}`).expect(400);
          expect(res.body).toEqual({
            error: { code: 'BAD_USER_INPUT', field, message: expect.stringContaining(field) as unknown },
          });
        }
      }
    });
  });
}
