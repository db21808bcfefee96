import type { GraphData } from '../../domain/model.js';

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, and its quotes doubled. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const RELATIONSHIP_COLUMNS = [
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
  'note',
  'sources',
] as const;

/**
 * One row per relationship with both endpoints' names, for spreadsheets. RFC 4180: a header row,
 * CRLF line ends, UTF-8; `sources` holds source ids joined by ';'.
 */
export function relationshipsToCsv(graph: GraphData): string {
  const names = new Map(graph.entities.map((e) => [e.id, e.name]));
  const rows = graph.relationships.map((r) =>
    [
      r.id,
      r.type,
      r.from,
      names.get(r.from),
      r.to,
      names.get(r.to),
      r.since,
      r.until,
      r.confidence,
      r.role,
      r.note,
      r.sources.join(';'),
    ]
      .map(csvField)
      .join(','),
  );
  return [RELATIONSHIP_COLUMNS.join(','), ...rows].map((line) => `${line}\r\n`).join('');
}
