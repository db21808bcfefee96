import { describe, expect, it } from '@jest/globals';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'csv-parse/sync';
import { withFragments } from '../../../client/src/api/with-fragments.js';
import { toCsv, toGraphml, toJsonExport } from '../../../client/src/model/exporters.js';
import { composeGraph } from '../../../client/src/model/graph-model.js';
import { viewQuery } from '../../../client/src/model/view-query.js';
import { toSvg } from '../../../client/src/network/to-svg.js';
import { partKey } from '../../../client/src/model/server-filters.js';
import { defaultView } from '../../../client/src/state.js';
import { bgPart, estPart, rel } from './fixtures.js';
import { readFileSync } from 'node:fs';
import { buildSchema, parse as parseGraphQL, validate } from 'graphql';

const est = { id: 'state:est', limit: 20, kinds: [], types: [] };
const bg = { id: 'activity:efp-estonia', limit: 20, kinds: [], types: ['LEADS' as const] };
const view = { ...defaultView(), focus: 'state:est', expansions: [est, bg], year: 2020 };
const graph = composeGraph({
  view,
  parts: new Map([
    [partKey(est, view), estPart],
    [partKey(bg, view), bgPart],
  ]),
  singles: new Map(),
  paths: null,
});

describe('exports of the visible subgraph', () => {
  it('writes JSON in the data/ format', () => {
    const json = JSON.parse(toJsonExport(graph, { asOf: 2020, url: 'http://x/?f=state:est' })) as Record<
      string,
      { id: string }[]
    >;
    expect(json.entities!.map((e) => e.id)).toContain('state:gbr');
    expect(json.relationships!.map((r) => r.id)).toContain('state:gbr/LEADS/activity:efp-estonia/2017');
    expect(json.sources!.map((s) => s.id)).toEqual(['source:test']);
  });

  it('writes GraphML that parses, with every node and edge', () => {
    const xml = toGraphml(graph);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      graphml: { graph: { node: unknown[]; edge: unknown[] } };
    };
    expect(doc.graphml.graph.node).toHaveLength(graph.nodes.length);
    expect(doc.graphml.graph.edge).toHaveLength(graph.edges.length);
  });

  it('writes CSV with one row per relationship and quoted commas', () => {
    const rows = parse<Record<string, string>>(toCsv(graph), { columns: true });
    expect(rows).toHaveLength(graph.edges.length);
    const lead = rows.find((r) => r.type === 'LEADS')!;
    expect(lead).toMatchObject({
      from_name: 'United Kingdom',
      role: 'framework nation',
      source_urls: 'https://example.org/t',
    });
  });

  it('carries credibility and claims in the data format, and dates, status at the view, grade and claims in words in GraphML and CSV', () => {
    const suspended = rel('PARTNER_IN', 'state:rus', 'framework:pfp', {
      since: 1994,
      sinceDate: '1994-06-22',
      credibility: 1,
      grade: 'A1',
      disputed: true,
      suspensions: [
        {
          since: 2014,
          until: null,
          sinceDate: '2014-04-01',
          untilDate: null,
          note: 'cooperation suspended',
          sources: [
            { id: 'source:test', title: 'Test source', url: null, publisher: null, date: null, reliability: 'F' },
          ],
        },
      ],
      alternatives: [],
    });
    const one = {
      nodes: [],
      edges: [
        { rel: suspended, source: 'state:rus', target: 'framework:pfp', onPath: false, status: 'SUSPENDED' as const },
      ],
      filteredOut: 0,
    };
    const json = JSON.parse(toJsonExport(one, { asOf: null, at: '2015-01-01', url: 'u' })) as {
      $comment: string;
      relationships: Record<string, unknown>[];
    };
    expect(json.$comment).toContain('on 2015-01-01');
    expect(json.relationships[0]).toMatchObject({
      credibility: 1,
      sinceDate: '1994-06-22',
      suspensions: [{ since: 2014, sinceDate: '2014-04-01', note: 'cooperation suspended', sources: ['source:test'] }],
    });
    expect(json.relationships[0]).not.toHaveProperty('confidence');
    expect(json.relationships[0]).not.toHaveProperty('alternatives');
    const [row] = parse<Record<string, string>>(toCsv(one), { columns: true });
    expect(row).toMatchObject({
      sinceDate: '1994-06-22',
      status: 'SUSPENDED',
      credibility: '1',
      grade: 'A1',
      disputed: 'true',
      source_titles: 'Test source',
      suspensions: 'from 2014-04-01: cooperation suspended [Test source]',
    });
    const xml = toGraphml(one);
    expect(xml).toContain('<data key="status">SUSPENDED</data>');
    expect(xml).toContain('<data key="grade">A1</data>');
    expect(xml).toContain('<data key="esinceDate">1994-06-22</data>');
    expect(xml).toContain('<data key="source_titles">Test source</data>');
  });

  it('serializes SVG with shapes, labels and escaped text', () => {
    const svg = toSvg(
      [
        {
          x: 0,
          y: 0,
          size: 30,
          shape: 'star',
          color: '#D55E00',
          borderColor: '#333',
          borderWidth: 1,
          label: 'A & B <C>',
          opacity: 1,
        },
      ],
      [{ sx: 0, sy: 0, tx: 100, ty: 50, color: '#332288', width: 2, lineStyle: 'dashed', label: null, opacity: 1 }],
      'Test',
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('A &amp; B &lt;C&gt;');
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(() => {
      new XMLParser().parse(svg);
    }).not.toThrow();
  });
});

describe('Copy GraphQL', () => {
  const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
  const fragments = readFileSync('client/src/api/operations/fragments.graphql', 'utf8');

  it('gives an operation valid against schema.graphql, with the view in variables', () => {
    const { query, variables } = viewQuery({ ...view, path: { from: 'state:jpn', to: 'state:tun' } }, fragments);
    expect(validate(schema, parseGraphQL(query))).toEqual([]);
    expect(variables).toMatchObject({
      asOf: 2020,
      focus: 'state:est',
      n0: 'state:est',
      n1: 'activity:efp-estonia',
      n1Types: ['LEADS'],
      from: 'state:jpn',
    });
  });

  it('stays valid for an empty view and a focus alone', () => {
    for (const v of [
      { ...defaultView(), focus: null, expansions: [] },
      { ...defaultView(), expansions: [] },
    ]) {
      expect(validate(schema, parseGraphQL(viewQuery(v, fragments).query))).toEqual([]);
    }
  });

  it('attaches only the fragments an operation uses', () => {
    for (const name of [
      'search',
      'neighborhood',
      'neighbor-counts',
      'entity-details',
      'relationship-details',
      'paths',
    ]) {
      const op = readFileSync(`client/src/api/operations/${name}.graphql`, 'utf8');
      expect(validate(schema, parseGraphQL(withFragments(op, fragments)))).toEqual([]);
    }
  });
});
