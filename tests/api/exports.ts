/** The export routes (graph.json, graph.graphml, relationships.csv), their filters and their errors. */
import type { Express } from 'express';
import request from 'supertest';
import type { GraphData } from '../../domain/model.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import { BALTIC, type StoreHarness } from '../contract/graph-store.contract.js';
import { graphFromGraphML } from '../support/graphml.js';
import { relationshipsFromCsv } from '../support/relationships-csv.js';
import { appFor, comparable } from './api-support.js';

export function describeExports(harness: StoreHarness): void {
  describe('exports', () => {
    let store: GraphStore;
    let app: Express;
    let json: GraphData;
    beforeAll(async () => {
      store = await harness.fresh(BALTIC);
      app = appFor(store);
      json = (await request(app).get('/export/graph.json').expect(200)).body as GraphData;
    });

    it('graph.json: the data/ format, the same as the store exports', async () => {
      expect(json).toEqual(await store.exportGraph());
      expect(json.entities).toHaveLength(22);
      expect(json.relationships).toHaveLength(33);
      expect(json.sources).toHaveLength(4);
    });

    it('graph.graphml: valid GraphML with typed keys, parsed back to the same graph', async () => {
      const res = await request(app).get('/export/graph.graphml').expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/graphml\+xml/);
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="alliance-atlas.graphml"/);
      expect(res.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
      for (const attr of ['kind', 'name', 'since', 'until', 'type', 'grade', 'status', 'sources', 'role', 'note']) {
        expect(res.text).toContain(`attr.name="${attr}"`);
      }
      expect(res.text).toContain('attr.name="since" attr.type="int"');
      expect(res.text).toContain('edgedefault="directed"');
      expect(comparable(graphFromGraphML(res.text))).toEqual(comparable(json));
    });

    it('relationships.csv: RFC 4180 with a header and CRLF, parsed back to the same relationships', async () => {
      const res = await request(app).get('/export/relationships.csv').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.text.split('\r\n')[0]).toBe(
        'id,type,from,from_name,to,to_name,since,until,sinceDate,untilDate,status,credibility,reliability,grade,disputed,' +
          'role,note,sources,source_titles,suspensions,alternatives',
      );
      const rows = relationshipsFromCsv(res.text);
      expect(rows.map(({ from_name: _f, to_name: _t, derived: _d, ...r }) => r)).toEqual(
        comparable(json).relationships,
      );
      const leads = rows.find((r) => r.id === 'state:gbr/LEADS/activity:efp-estonia/2017')!;
      expect(leads).toMatchObject({ from_name: 'United Kingdom', to_name: 'Forward presence battlegroup Estonia' });
    });

    it('?ids= and ?asOf= select entities and the relationships among them valid that year', async () => {
      const picked = (await request(app).get('/export/graph.json?ids=state:est,org:nato,framework:pfp').expect(200))
        .body as GraphData;
      expect(picked.entities.map((e) => e.id)).toEqual(['framework:pfp', 'org:nato', 'state:est']);
      expect(picked.relationships).toHaveLength(3);
      const in2000 = (
        await request(app).get('/export/graph.json?ids=state:est,org:nato,framework:pfp&asOf=2000').expect(200)
      ).body as GraphData;
      expect(in2000.relationships.map((r) => r.id)).toEqual([
        'framework:pfp/PART_OF/org:nato/1994',
        'state:est/PARTNER_IN/framework:pfp/1994',
      ]);
      const graphml = await request(app)
        .get('/export/graph.graphml?ids=state:est,org:nato,framework:pfp&asOf=2000')
        .expect(200);
      expect(graphFromGraphML(graphml.text).relationships).toHaveLength(2);
      const csv = await request(app)
        .get('/export/relationships.csv?asOf=2000&ids=state:est,org:nato,framework:pfp')
        .expect(200);
      expect(relationshipsFromCsv(csv.text)).toHaveLength(2);
    });

    it('an invalid parameter is 400 with a JSON error naming it', async () => {
      for (const [query, field] of [
        ['asOf=abc', 'asOf'],
        ['asOf=1800', 'asOf'],
        ['asOf=2000&asOf=2001', 'asOf'],
        ['ids=', 'ids'],
        ['ids=,,', 'ids'],
        ['as_of=2000', 'as_of'],
      ] as const) {
        const message: unknown = expect.stringContaining(field);
        for (const file of ['graph.json', 'graph.graphml', 'relationships.csv']) {
          const res = await request(app).get(`/export/${file}?${query}`).expect(400);
          expect(res.body).toEqual({ error: { code: 'BAD_USER_INPUT', field, message } });
        }
      }
    });
  });
}
