/** Reads a GraphML export (server/http/to-graphml.ts) back into the data/ shape, for the export tests. */
import { XMLParser } from 'fast-xml-parser';
import type { GraphData } from '../../domain/model.js';

/** What an edge carries besides its data/ fields (derived, or claims and sources in words), as text. */
export const DERIVED_EDGE_FIELDS = [
  'status',
  'reliability',
  'grade',
  'disputed',
  'source_titles',
  'source_urls',
  'suspensions',
  'alternatives',
] as const;
export type DerivedEdge = Partial<Record<(typeof DERIVED_EDGE_FIELDS)[number], string>>;

type Data = { '@key': string; '#text': string }[] | undefined;

/**
 * The graph a GraphML export describes, back in the data/ shape (suspensions and alternatives are
 * in words only, so they are not read back); `derived` adds each edge's derived and worded fields.
 */
export function graphFromGraphML(
  xml: string,
  options: { derived?: boolean } = {},
): GraphData & { relationships: (GraphData['relationships'][number] & DerivedEdge)[] } {
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    htmlEntities: true, // numeric character references (&#13;) as every XML parser reads them
    isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
  }).parse(xml) as {
    graphml: {
      key: { '@id': string; '@for': string; '@attr.name': string; '@attr.type': string }[];
      graph: {
        '@edgedefault': string;
        node?: { '@id': string; data?: Data }[];
        edge?: { '@source': string; '@target': string; data?: Data }[];
      };
    };
  };
  const keys = new Map(parsed.graphml.key.map((k) => [k['@id'], k]));
  const read = (data: Data) => {
    const out: Record<string, string | number> = {};
    for (const d of data ?? []) {
      const key = keys.get(d['@key'])!;
      out[key['@attr.name']] = key['@attr.type'] === 'int' ? Number(d['#text']) : d['#text'];
    }
    return out;
  };
  const list = (v: unknown, sep: string) => (typeof v === 'string' && v !== '' ? v.split(sep) : []);
  const pick = (d: Record<string, string | number>, names: readonly string[]) =>
    Object.fromEntries(names.filter((k) => d[k] !== undefined).map((k) => [k, d[k]]));
  return {
    sources: [],
    entities: (parsed.graphml.graph.node ?? []).map((n) => {
      const d = read(n.data);
      return {
        id: n['@id'],
        kind: d.kind,
        name: d.name,
        ...(d.aliases !== undefined ? { aliases: list(d.aliases, '; ') } : {}),
        ...pick(d, ['summary', 'since', 'until', 'sinceDate', 'untilDate']),
        sources: list(d.sources, ';'),
      } as GraphData['entities'][number];
    }),
    relationships: (parsed.graphml.graph.edge ?? []).map((e) => {
      const d = read(e.data);
      return {
        id: d.id,
        type: d.type,
        from: e['@source'],
        to: e['@target'],
        ...pick(d, ['since', 'until', 'sinceDate', 'untilDate', 'credibility', 'role', 'note']),
        sources: list(d.sources, ';'),
        ...(options.derived ? pick(d, DERIVED_EDGE_FIELDS) : {}),
      } as GraphData['relationships'][number] & DerivedEdge;
    }),
  };
}
