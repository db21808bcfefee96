/** Reads a GraphML export (server/http/to-graphml.ts) back into the data/ shape, for the export tests. */
import { XMLParser } from 'fast-xml-parser';
import type { GraphData } from '../../domain/model.js';

/** The graph a GraphML export describes, back in the data/ shape. */
export function graphFromGraphML(xml: string): GraphData {
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
        node?: { '@id': string; data?: { '@key': string; '#text': string }[] }[];
        edge?: { '@source': string; '@target': string; data?: { '@key': string; '#text': string }[] }[];
      };
    };
  };
  const keys = new Map(parsed.graphml.key.map((k) => [k['@id'], k]));
  const read = (data: { '@key': string; '#text': string }[] | undefined) => {
    const out: Record<string, string | number> = {};
    for (const d of data ?? []) {
      const key = keys.get(d['@key'])!;
      out[key['@attr.name']] = key['@attr.type'] === 'int' ? Number(d['#text']) : d['#text'];
    }
    return out;
  };
  const list = (v: unknown, sep: string) => (typeof v === 'string' && v !== '' ? v.split(sep) : []);
  const opt = <T>(v: T | undefined) => (v === undefined ? {} : v);
  return {
    sources: [],
    entities: (parsed.graphml.graph.node ?? []).map((n) => {
      const d = read(n.data);
      return {
        id: n['@id'],
        kind: d.kind,
        name: d.name,
        ...(d.aliases !== undefined ? { aliases: list(d.aliases, '; ') } : {}),
        ...opt(d.summary !== undefined ? { summary: d.summary } : undefined),
        ...opt(d.since !== undefined ? { since: d.since } : undefined),
        ...opt(d.until !== undefined ? { until: d.until } : undefined),
        sources: list(d.sources, ';'),
      } as GraphData['entities'][number];
    }),
    relationships: (parsed.graphml.graph.edge ?? []).map((e) => {
      const d = read(e.data);
      const r: Record<string, unknown> = { id: d.id, type: d.type, from: e['@source'], to: e['@target'] };
      for (const k of ['since', 'until', 'confidence', 'role', 'note'] as const) if (d[k] !== undefined) r[k] = d[k];
      r.sources = list(d.sources, ';');
      return r as GraphData['relationships'][number];
    }),
  };
}
