import type { GraphData } from '../../domain/model.js';

/** Separator of list values (aliases) in one GraphML attribute; source ids are joined by ';'. */
export const LIST_SEPARATOR = '; ';

interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'int';
}

const NODE_KEYS: Key[] = [
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'n_name', for: 'node', name: 'name', type: 'string' },
  { id: 'n_aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'n_summary', for: 'node', name: 'summary', type: 'string' },
  { id: 'n_since', for: 'node', name: 'since', type: 'int' },
  { id: 'n_until', for: 'node', name: 'until', type: 'int' },
  { id: 'n_sources', for: 'node', name: 'sources', type: 'string' },
];

const EDGE_KEYS: Key[] = [
  { id: 'e_id', for: 'edge', name: 'id', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'e_since', for: 'edge', name: 'since', type: 'int' },
  { id: 'e_until', for: 'edge', name: 'until', type: 'int' },
  { id: 'e_confidence', for: 'edge', name: 'confidence', type: 'string' },
  { id: 'e_role', for: 'edge', name: 'role', type: 'string' },
  { id: 'e_note', for: 'edge', name: 'note', type: 'string' },
  { id: 'e_sources', for: 'edge', name: 'sources', type: 'string' },
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

function data(key: string, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return `\n      <data key="${key}">${xmlEscape(String(value))}</data>`;
}

/**
 * GraphML (http://graphml.graphdrawing.org/) that Gephi, Cytoscape desktop, yEd and NetworkX
 * open: one directed graph, node ids are entity ids, every attribute declared as a typed key.
 * `label` carries the name (nodes) and the relation type (edges), which Gephi shows by default.
 * Edges get positional ids (`e0`, `e1`, …) because relationship ids contain `/`, which an XML
 * NMTOKEN cannot; the relationship id is the `id` attribute.
 */
export function toGraphML(graph: GraphData): string {
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
        data('n_sources', e.sources.join(';')) +
        '\n    </node>',
    )
    .join('\n');
  const edges = graph.relationships
    .map(
      (r, i) =>
        `    <edge id="e${i}" source="${xmlEscape(r.from)}" target="${xmlEscape(r.to)}">` +
        data('e_id', r.id) +
        data('e_label', r.type) +
        data('e_type', r.type) +
        data('e_since', r.since) +
        data('e_until', r.until) +
        data('e_confidence', r.confidence) +
        data('e_role', r.role) +
        data('e_note', r.note) +
        data('e_sources', r.sources.join(';')) +
        '\n    </edge>',
    )
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
