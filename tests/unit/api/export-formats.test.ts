import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { csvField, relationshipsToCsv } from '../../../server/http/to-csv.js';
import { toGraphML, xmlEscape } from '../../../server/http/to-graphml.js';
import type { GraphData } from '../../../domain/model.js';

const graph: GraphData = {
  sources: [{ id: 'source:a', title: 'A', url: 'https://a.example' }],
  entities: [
    { id: 'state:est', kind: 'STATE', name: 'Estonia', aliases: ['Eesti'], sources: ['source:a'] },
    { id: 'org:nato', kind: 'ORGANIZATION', name: 'NATO & "friends" <1949>', since: 1949, sources: ['source:a'] },
  ],
  relationships: [
    {
      id: 'state:est/MEMBER_OF/org:nato/2004',
      type: 'MEMBER_OF',
      from: 'state:est',
      to: 'org:nato',
      since: 2004,
      confidence: 'high',
      note: 'a, "b"\r\nc',
      sources: ['source:a'],
    },
  ],
};

describe('GraphML', () => {
  it('is well-formed XML with typed keys and one node and edge per entity and relationship', () => {
    const xml = toGraphML(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      graphml: {
        xmlns: string;
        key: { 'attr.name': string; 'attr.type': string; for: string }[];
        graph: { node: unknown[]; edge: { source: string; target: string } };
      };
    };
    expect(doc.graphml.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(doc.graphml.key).toContainEqual(
      expect.objectContaining({ 'attr.name': 'since', 'attr.type': 'int', for: 'node' }),
    );
    expect(doc.graphml.key).toContainEqual(expect.objectContaining({ 'attr.name': 'confidence', for: 'edge' }));
    expect(doc.graphml.graph.node).toHaveLength(2);
    expect(doc.graphml.graph.edge).toMatchObject({ source: 'state:est', target: 'org:nato' });
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
  });

  it('has a header, CRLF line ends and parses back', () => {
    const csv = relationshipsToCsv(graph);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parse<Record<string, string>>(csv, { columns: true });
    expect(rows).toEqual([
      {
        id: 'state:est/MEMBER_OF/org:nato/2004',
        type: 'MEMBER_OF',
        from: 'state:est',
        from_name: 'Estonia',
        to: 'org:nato',
        to_name: 'NATO & "friends" <1949>',
        since: '2004',
        until: '',
        confidence: 'high',
        role: '',
        note: 'a, "b"\r\nc',
        sources: 'source:a',
      },
    ]);
  });
});
