import type { GraphData } from '../../domain/model.js';
import { ALWAYS, type When } from '../../domain/valid-at.js';
import { derivedFacts, sourceIndex } from './export-facts.js';

/** Separator of list values (aliases, source titles, source URLs) in one GraphML attribute; source ids are joined by ';'. */
export const LIST_SEPARATOR = '; ';

interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'int' | 'boolean';
}

const NODE_KEYS: Key[] = [
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'n_name', for: 'node', name: 'name', type: 'string' },
  { id: 'n_aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'n_summary', for: 'node', name: 'summary', type: 'string' },
  { id: 'n_since', for: 'node', name: 'since', type: 'int' },
  { id: 'n_until', for: 'node', name: 'until', type: 'int' },
  { id: 'n_sinceDate', for: 'node', name: 'sinceDate', type: 'string' },
  { id: 'n_untilDate', for: 'node', name: 'untilDate', type: 'string' },
  { id: 'n_sources', for: 'node', name: 'sources', type: 'string' },
  { id: 'n_source_titles', for: 'node', name: 'source_titles', type: 'string' },
  { id: 'n_source_urls', for: 'node', name: 'source_urls', type: 'string' },
];

const EDGE_KEYS: Key[] = [
  { id: 'e_id', for: 'edge', name: 'id', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'e_since', for: 'edge', name: 'since', type: 'int' },
  { id: 'e_until', for: 'edge', name: 'until', type: 'int' },
  { id: 'e_sinceDate', for: 'edge', name: 'sinceDate', type: 'string' },
  { id: 'e_untilDate', for: 'edge', name: 'untilDate', type: 'string' },
  { id: 'e_status', for: 'edge', name: 'status', type: 'string' },
  { id: 'e_credibility', for: 'edge', name: 'credibility', type: 'int' },
  { id: 'e_reliability', for: 'edge', name: 'reliability', type: 'string' },
  { id: 'e_grade', for: 'edge', name: 'grade', type: 'string' },
  { id: 'e_disputed', for: 'edge', name: 'disputed', type: 'boolean' },
  { id: 'e_role', for: 'edge', name: 'role', type: 'string' },
  { id: 'e_note', for: 'edge', name: 'note', type: 'string' },
  { id: 'e_sources', for: 'edge', name: 'sources', type: 'string' },
  { id: 'e_source_titles', for: 'edge', name: 'source_titles', type: 'string' },
  { id: 'e_source_urls', for: 'edge', name: 'source_urls', type: 'string' },
  { id: 'e_suspensions', for: 'edge', name: 'suspensions', type: 'string' },
  { id: 'e_alternatives', for: 'edge', name: 'alternatives', type: 'string' },
];

/** XML 1.0 text: escaped markup, CR kept as a reference, and the control characters XML cannot carry dropped. */
export function xmlEscape(value: string): string {
  return (
    value
      .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // XML parsers turn a raw CR (or CRLF) into LF; a character reference survives.
      .replace(/\r/g, '&#13;')
  );
}

function data(key: string, value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return `\n      <data key="${key}">${xmlEscape(String(value))}</data>`;
}

/**
 * GraphML (http://graphml.graphdrawing.org/) that Gephi, Cytoscape desktop, yEd and NetworkX
 * open: one directed graph, node ids are entity ids, every attribute declared as a typed key.
 * `label` carries the name (nodes) and the relation type (edges), which Gephi shows by default.
 * Edges get positional ids (`e0`, `e1`, …) because relationship ids contain `/`, which an XML
 * NMTOKEN cannot; the relationship id is the `id` attribute. Sources are not nodes: each node and
 * edge carries its source ids, titles and URLs. Edges carry their grade, their best source's
 * reliability, their status at `when` (the time the export asked about), and their suspensions and
 * alternative claims in words (server/http/export-facts.ts).
 */
export function toGraphML(graph: GraphData, when: When = ALWAYS): string {
  const sources = sourceIndex(graph);
  const keys = [...NODE_KEYS, ...EDGE_KEYS]
    .map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`)
    .join('\n');
  const nodes = graph.entities
    .map(
      (e) =>
        `    <node id="${xmlEscape(e.id)}">` +
        data('n_label', e.name) +
        data('n_kind', e.kind) +
        data('n_name', e.name) +
        data('n_aliases', (e.aliases ?? []).join(LIST_SEPARATOR)) +
        data('n_summary', e.summary) +
        data('n_since', e.since) +
        data('n_until', e.until) +
        data('n_sinceDate', e.sinceDate) +
        data('n_untilDate', e.untilDate) +
        data('n_sources', e.sources.join(';')) +
        data('n_source_titles', sources.titles(e.sources)) +
        data('n_source_urls', sources.urls(e.sources)) +
        '\n    </node>',
    )
    .join('\n');
  const edges = graph.relationships
    .map((r, i) => {
      const d = derivedFacts(r, sources, when);
      return (
        `    <edge id="e${i}" source="${xmlEscape(r.from)}" target="${xmlEscape(r.to)}">` +
        data('e_id', r.id) +
        data('e_label', r.type) +
        data('e_type', r.type) +
        data('e_since', r.since) +
        data('e_until', r.until) +
        data('e_sinceDate', r.sinceDate) +
        data('e_untilDate', r.untilDate) +
        data('e_status', d.status) +
        data('e_credibility', r.credibility) +
        data('e_reliability', d.reliability) +
        data('e_grade', d.grade) +
        data('e_disputed', d.disputed) +
        data('e_role', r.role) +
        data('e_note', r.note) +
        data('e_sources', r.sources.join(';')) +
        data('e_source_titles', sources.titles(r.sources)) +
        data('e_source_urls', sources.urls(r.sources)) +
        data('e_suspensions', d.suspensions) +
        data('e_alternatives', d.alternatives) +
        '\n    </edge>'
      );
    })
    .join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    keys,
    '  <graph id="alliance-atlas" edgedefault="directed">',
    ...(nodes ? [nodes] : []),
    ...(edges ? [edges] : []),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
