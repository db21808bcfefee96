/** Reads a relationships.csv export (server/http/to-csv.ts) back into the data/ shape, for the export tests. */
import { parse as parseCsv } from 'csv-parse/sync';
import type { GraphData } from '../../domain/model.js';

/** The columns that are not data/ fields: derived, or claims and source titles in words. */
const DERIVED = ['status', 'reliability', 'grade', 'disputed', 'source_titles', 'suspensions', 'alternatives'] as const;

export type CsvRelationship = GraphData['relationships'][number] & {
  from_name: string;
  to_name: string;
  derived: Record<(typeof DERIVED)[number], string>;
};

/**
 * The relationships a CSV export lists, back in the data/ shape (suspensions and alternatives are
 * in words only, in `derived`), plus the endpoint names.
 */
export function relationshipsFromCsv(csv: string): CsvRelationship[] {
  const rows = parseCsv<Record<string, string>>(csv, { columns: true, skip_empty_lines: true });
  return rows.map((row) => {
    const r: Record<string, unknown> = { id: row.id, type: row.type, from: row.from, to: row.to };
    if (row.since) r.since = Number(row.since);
    if (row.until) r.until = Number(row.until);
    if (row.sinceDate) r.sinceDate = row.sinceDate;
    if (row.untilDate) r.untilDate = row.untilDate;
    r.credibility = Number(row.credibility);
    if (row.role) r.role = row.role;
    if (row.note) r.note = row.note;
    r.sources = row.sources ? row.sources.split(';') : [];
    r.from_name = row.from_name;
    r.to_name = row.to_name;
    r.derived = Object.fromEntries(DERIVED.map((k) => [k, row[k] ?? '']));
    return r as CsvRelationship;
  });
}
