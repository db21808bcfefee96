import type { VisibleGraph } from './graph-model.js';
import { escapeXml } from './shapes.js';

/*
 * The visible subgraph as files (pure): JSON in the data/ format, GraphML for Gephi/yEd/Cytoscape
 * desktop, CSV of relationships (one row each, sources joined by spaces).
 */

export function toJsonExport(graph: VisibleGraph, meta: { asOf: number | null; url: string }): string {
  const sources = new Map<string, unknown>();
  graph.edges.forEach((e) => e.rel.sources.forEach((s) => sources.set(s.id, s)));
  return JSON.stringify(
    {
      $comment: `Alliance Atlas view ${meta.url}${meta.asOf === null ? '' : ` as of ${meta.asOf}`}`,
      sources: [...sources.values()],
      entities: graph.nodes.map(({ entity: e }) => ({
        id: e.id,
        kind: e.kind,
        name: e.name,
        aliases: e.aliases,
        summary: e.summary,
        since: e.since,
        until: e.until,
      })),
      relationships: graph.edges.map(({ rel: r }) => ({
        id: r.id,
        type: r.type,
        from: r.from.id,
        to: r.to.id,
        since: r.since,
        until: r.until,
        confidence: r.confidence.toLowerCase(),
        role: r.role,
        note: r.note,
        sources: r.sources.map((s) => s.id),
      })),
    },
    null,
    2,
  );
}

export function toGraphml(graph: VisibleGraph): string {
  const keys = [
    ['name', 'node', 'string'],
    ['kind', 'node', 'string'],
    ['since', 'node', 'int'],
    ['until', 'node', 'int'],
    ['type', 'edge', 'string'],
    ['esince', 'edge', 'int'],
    ['euntil', 'edge', 'int'],
    ['confidence', 'edge', 'string'],
    ['role', 'edge', 'string'],
    ['sources', 'edge', 'string'],
  ];
  const data = (key: string, value: string | number | null) =>
    value === null || value === '' ? '' : `<data key="${key}">${escapeXml(String(value))}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(
      ([id, forWhat, type]) =>
        `  <key id="${id}" for="${forWhat}" attr.name="${id!.replace(/^e(since|until)$/, '$1')}" attr.type="${type}"/>`,
    ),
    '  <graph id="alliance-atlas" edgedefault="directed">',
    ...graph.nodes.map(
      ({ entity: e }) =>
        `    <node id="${escapeXml(e.id)}">${data('name', e.name)}${data('kind', e.kind)}${data('since', e.since)}${data('until', e.until)}</node>`,
    ),
    ...graph.edges.map(
      ({ rel: r }) =>
        `    <edge id="${escapeXml(r.id)}" source="${escapeXml(r.from.id)}" target="${escapeXml(r.to.id)}">` +
        `${data('type', r.type)}${data('esince', r.since)}${data('euntil', r.until)}${data('confidence', r.confidence)}` +
        `${data('role', r.role)}${data('sources', r.sources.map((s) => s.id).join(' '))}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}

function csvCell(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(graph: VisibleGraph): string {
  const names = new Map(graph.nodes.map((n) => [n.entity.id, n.entity.name]));
  const header = [
    'id',
    'type',
    'from',
    'from_name',
    'to',
    'to_name',
    'since',
    'until',
    'confidence',
    'role',
    'sources',
    'source_urls',
  ];
  const rows = graph.edges.map(({ rel: r }) => [
    r.id,
    r.type,
    r.from.id,
    names.get(r.from.id) ?? '',
    r.to.id,
    names.get(r.to.id) ?? '',
    r.since,
    r.until,
    r.confidence,
    r.role,
    r.sources.map((s) => s.id).join(' '),
    r.sources
      .map((s) => s.url ?? '')
      .filter(Boolean)
      .join(' '),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
