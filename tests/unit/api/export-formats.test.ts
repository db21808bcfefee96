import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { csvField, periodText } from '../../../domain/export-text.js';
import { relationshipsToCsv } from '../../../server/http/to-csv.js';
import { toGraphML, xmlEscape } from '../../../server/http/to-graphml.js';
import type { GraphData } from '../../../domain/model.js';

const graph: GraphData = {
  sources: [
    { id: 'source:a', title: 'NATO: members', url: 'https://a.example', publisher: 'NATO', reliability: 'A' },
    { id: 'source:c', title: 'Press, "quoted"', url: 'https://c.example', publisher: 'Press', reliability: 'C' },
    { id: 'source:f', title: 'Seed overview', reliability: 'F' },
  ],
  entities: [
    { id: 'state:est', kind: 'STATE', name: 'Estonia', aliases: ['Eesti'], sources: ['source:a'] },
    {
      id: 'org:nato',
      kind: 'ORGANIZATION',
      name: 'NATO & "friends" <1949>',
      since: 1949,
      sinceDate: '1949-04-04',
      sources: ['source:a', 'source:f'],
    },
  ],
  relationships: [
    {
      id: 'state:est/MEMBER_OF/org:nato/2004',
      type: 'MEMBER_OF',
      from: 'state:est',
      to: 'org:nato',
      since: 2004,
      sinceDate: '2004-03-29',
      credibility: 2,
      note: 'a, "b"\r\nc',
      sources: ['source:c', 'source:a'],
      alternatives: [{ since: 2005, note: 'a later date', sources: ['source:f'] }],
    },
    {
      id: 'state:est/PARTNER_IN/org:nato/1994',
      type: 'PARTNER_IN',
      from: 'state:est',
      to: 'org:nato',
      since: 1994,
      credibility: 3,
      sources: ['source:f'],
      suspensions: [{ sinceDate: '2014-04-01', note: 'cooperation suspended', sources: ['source:c'] }],
    },
  ],
};

type Doc = {
  graphml: {
    xmlns: string;
    key: { id: string; 'attr.name': string; 'attr.type': string; for: string }[];
    graph: {
      node: { id: string; data: { key: string; '#text': string }[] }[];
      edge: { source: string; target: string; data: { key: string; '#text': string }[] }[];
    };
  };
};
const parseGraphML = (xml: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false }).parse(xml) as Doc;
const dataOf = (items: { key: string; '#text': string }[]) => Object.fromEntries(items.map((d) => [d.key, d['#text']]));

describe('GraphML', () => {
  it('is well-formed XML with typed keys and one node and edge per entity and relationship', () => {
    const xml = toGraphML(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parseGraphML(xml);
    expect(doc.graphml.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(doc.graphml.key).toContainEqual(
      expect.objectContaining({ 'attr.name': 'since', 'attr.type': 'int', for: 'node' }),
    );
    for (const name of ['grade', 'reliability', 'status', 'sinceDate', 'untilDate', 'suspensions', 'source_urls']) {
      expect(doc.graphml.key).toContainEqual(expect.objectContaining({ 'attr.name': name, for: 'edge' }));
    }
    expect(doc.graphml.key).toContainEqual(
      expect.objectContaining({ 'attr.name': 'credibility', 'attr.type': 'int', for: 'edge' }),
    );
    expect(doc.graphml.key).toContainEqual(
      expect.objectContaining({ 'attr.name': 'disputed', 'attr.type': 'boolean', for: 'edge' }),
    );
    expect(doc.graphml.graph.node).toHaveLength(2);
    expect(doc.graphml.graph.edge[0]).toMatchObject({ source: 'state:est', target: 'org:nato' });
  });

  it('edges carry grade, dates, status, disputed claims in words and source titles and URLs', () => {
    const doc = parseGraphML(toGraphML(graph));
    const [member, partner] = doc.graphml.graph.edge.map((e) => dataOf(e.data));
    expect(member).toMatchObject({
      e_sinceDate: '2004-03-29',
      e_credibility: '2',
      e_reliability: 'A',
      e_grade: 'A2',
      e_status: 'ACTIVE',
      e_disputed: 'true',
      e_sources: 'source:c;source:a',
      e_source_titles: 'Press, "quoted"; NATO: members',
      e_source_urls: 'https://c.example; https://a.example',
      e_alternatives: 'from 2005: a later date [Seed overview]',
    });
    expect(member!.e_suspensions).toBeUndefined();
    expect(partner).toMatchObject({
      e_grade: 'F3',
      e_status: 'SUSPENDED',
      e_disputed: 'false',
      e_suspensions: 'from 2014-04-01: cooperation suspended [Press, "quoted"]',
    });
    const nato = dataOf(doc.graphml.graph.node[1]!.data);
    expect(nato).toMatchObject({
      n_sinceDate: '1949-04-04',
      n_source_titles: 'NATO: members; Seed overview',
      n_source_urls: 'https://a.example',
    });
  });

  it('status is at the time the export asked about', () => {
    const before = parseGraphML(toGraphML(graph, { asOf: 2013, at: null }));
    expect(dataOf(before.graphml.graph.edge[1]!.data).e_status).toBe('ACTIVE');
    const after = parseGraphML(toGraphML(graph, { asOf: null, at: '2014-04-01' }));
    expect(dataOf(after.graphml.graph.edge[1]!.data).e_status).toBe('SUSPENDED');
  });

  it('escapes markup, keeps CR as a reference and drops characters XML cannot carry', () => {
    expect(xmlEscape('a<b>&"c\'\r\n\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&apos;&#13;\n');
  });

  it('an empty graph is still valid', () => {
    expect(XMLValidator.validate(toGraphML({ sources: [], entities: [], relationships: [] }))).toBe(true);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180 only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(2004)).toBe('2004');
    expect(csvField(false)).toBe('false');
  });

  it('has a header, CRLF line ends and parses back, with grade, dates, status and claims in words', () => {
    const csv = relationshipsToCsv(graph);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parse<Record<string, string>>(csv, { columns: true });
    expect(rows[0]).toEqual({
      id: 'state:est/MEMBER_OF/org:nato/2004',
      type: 'MEMBER_OF',
      from: 'state:est',
      from_name: 'Estonia',
      to: 'org:nato',
      to_name: 'NATO & "friends" <1949>',
      since: '2004',
      until: '',
      sinceDate: '2004-03-29',
      untilDate: '',
      status: 'ACTIVE',
      credibility: '2',
      reliability: 'A',
      grade: 'A2',
      disputed: 'true',
      role: '',
      note: 'a, "b"\r\nc',
      sources: 'source:c;source:a',
      source_titles: 'Press, "quoted"; NATO: members',
      suspensions: '',
      alternatives: 'from 2005: a later date [Seed overview]',
    });
    expect(rows[1]).toMatchObject({ status: 'SUSPENDED', grade: 'F3', disputed: 'false' });
    expect(rows[1]!.suspensions).toBe('from 2014-04-01: cooperation suspended [Press, "quoted"]');
  });
});

describe('periods in words', () => {
  it('names the exact dates where known, the years otherwise', () => {
    expect(periodText({ since: 2004, sinceDate: '2004-03-29', until: 2010 })).toBe('2004-03-29 to 2010');
    expect(periodText({ sinceDate: '2014-04' })).toBe('from 2014-04');
    expect(periodText({ until: 2005 })).toBe('until 2005');
    expect(periodText({ since: 2005, until: 2005 })).toBe('2005');
    expect(periodText({})).toBe('undated');
  });
});
