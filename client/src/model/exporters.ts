import { CLAIM_SEPARATOR, claimText, csvField, TITLE_SEPARATOR } from '../../../domain/export-text.js';
import type { Credibility, Source } from '../../../domain/model.js';
import { toGraphData } from '../../../domain/to-graph-data.js';
import type { VisibleGraph } from './graph-model.js';
import { escapeXml } from './shapes.js';

/*
 * The visible subgraph as files (pure): JSON in the data/ format, GraphML for Gephi/yEd/Cytoscape
 * desktop, CSV of relationships (one row each, sources joined by spaces). GraphML and CSV carry each
 * fact's dates, grade and status at the view's time; suspensions and alternatives in words.
 */

type Rel = VisibleGraph['edges'][number]['rel'];
type Claim = Rel['suspensions'][number];

/** Suspensions or alternatives in words, with their sources' titles. */
function claimWords(claims: readonly Claim[]): string {
  return claims
    .map((c) =>
      claimText(
        c,
        c.sources.map((s) => s.title),
      ),
    )
    .join(CLAIM_SEPARATOR);
}

/** The visible subgraph in the data/ format, written as the stores write their exports (toGraphData). */
export function toJsonExport(
  graph: VisibleGraph,
  meta: { asOf: number | null; at?: string | null; url: string },
): string {
  const sources = new Map<string, Source>();
  const cite = (list: readonly Rel['sources'][number][]) => list.forEach((s) => sources.set(s.id, s));
  graph.edges.forEach(({ rel: r }) => {
    cite(r.sources);
    [...r.suspensions, ...r.alternatives].forEach((c) => cite(c.sources));
  });
  const claim = (c: Claim) => ({ ...c, sources: c.sources.map((s) => s.id) });
  const when = meta.at ? ` on ${meta.at}` : meta.asOf === null ? '' : ` as of ${meta.asOf}`;
  const data = toGraphData(
    [...sources.values()],
    graph.nodes.map(({ entity: e }) => ({ ...e, sources: [] })),
    graph.edges.map(({ rel: r }) => ({
      id: r.id,
      type: r.type,
      from: r.from.id,
      to: r.to.id,
      since: r.since,
      until: r.until,
      sinceDate: r.sinceDate,
      untilDate: r.untilDate,
      credibility: r.credibility as Credibility,
      sources: r.sources.map((s) => s.id),
      role: r.role,
      note: r.note,
      suspensions: r.suspensions.map(claim),
      alternatives: r.alternatives.map(claim),
    })),
  );
  // The explorer does not load entities' sources: the field is left out rather than claimed empty.
  const entities = data.entities.map(({ sources: _none, ...e }) => e);
  return JSON.stringify({ $comment: `Alliance Atlas view ${meta.url}${when}`, ...data, entities }, null, 2);
}

export function toGraphml(graph: VisibleGraph): string {
  const keys = [
    ['name', 'node', 'string'],
    ['kind', 'node', 'string'],
    ['since', 'node', 'int'],
    ['until', 'node', 'int'],
    ['sinceDate', 'node', 'string'],
    ['untilDate', 'node', 'string'],
    ['type', 'edge', 'string'],
    ['esince', 'edge', 'int'],
    ['euntil', 'edge', 'int'],
    ['esinceDate', 'edge', 'string'],
    ['euntilDate', 'edge', 'string'],
    ['status', 'edge', 'string'],
    ['credibility', 'edge', 'int'],
    ['reliability', 'edge', 'string'],
    ['grade', 'edge', 'string'],
    ['disputed', 'edge', 'boolean'],
    ['role', 'edge', 'string'],
    ['sources', 'edge', 'string'],
    ['source_titles', 'edge', 'string'],
    ['source_urls', 'edge', 'string'],
    ['suspensions', 'edge', 'string'],
    ['alternatives', 'edge', 'string'],
  ];
  const data = (key: string, value: string | number | boolean | null) =>
    value === null || value === '' ? '' : `<data key="${key}">${escapeXml(String(value))}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(
      ([id, forWhat, type]) =>
        `  <key id="${id}" for="${forWhat}" attr.name="${id!.replace(/^e(since|until)/, '$1')}" attr.type="${type}"/>`,
    ),
    '  <graph id="alliance-atlas" edgedefault="directed">',
    ...graph.nodes.map(
      ({ entity: e }) =>
        `    <node id="${escapeXml(e.id)}">${data('name', e.name)}${data('kind', e.kind)}${data('since', e.since)}` +
        `${data('until', e.until)}${data('sinceDate', e.sinceDate)}${data('untilDate', e.untilDate)}</node>`,
    ),
    ...graph.edges.map(
      ({ rel: r, status }) =>
        `    <edge id="${escapeXml(r.id)}" source="${escapeXml(r.from.id)}" target="${escapeXml(r.to.id)}">` +
        `${data('type', r.type)}${data('esince', r.since)}${data('euntil', r.until)}` +
        `${data('esinceDate', r.sinceDate)}${data('euntilDate', r.untilDate)}${data('status', status)}` +
        `${data('credibility', r.credibility)}${data('reliability', r.reliability)}${data('grade', r.grade)}` +
        `${data('disputed', r.disputed)}${data('role', r.role)}${data('sources', r.sources.map((s) => s.id).join(' '))}` +
        `${data('source_titles', r.sources.map((s) => s.title).join(TITLE_SEPARATOR))}` +
        `${data('source_urls', r.sources.flatMap((s) => s.url ?? []).join(' '))}` +
        `${data('suspensions', claimWords(r.suspensions))}${data('alternatives', claimWords(r.alternatives))}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
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
    'sinceDate',
    'untilDate',
    'status',
    'credibility',
    'reliability',
    'grade',
    'disputed',
    'role',
    'sources',
    'source_titles',
    'source_urls',
    'suspensions',
    'alternatives',
  ];
  const rows = graph.edges.map(({ rel: r, status }) => [
    r.id,
    r.type,
    r.from.id,
    names.get(r.from.id) ?? '',
    r.to.id,
    names.get(r.to.id) ?? '',
    r.since,
    r.until,
    r.sinceDate,
    r.untilDate,
    status,
    r.credibility,
    r.reliability,
    r.grade,
    r.disputed,
    r.role,
    r.sources.map((s) => s.id).join(' '),
    r.sources.map((s) => s.title).join(TITLE_SEPARATOR),
    r.sources.flatMap((s) => s.url ?? []).join(' '),
    claimWords(r.suspensions),
    claimWords(r.alternatives),
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
