/** Reads a relationships.csv export (server/http/to-csv.ts) back into the data/ shape, for the export tests. */
import { parse as parseCsv } from 'csv-parse/sync';
import type { GraphData } from '../../domain/model.js';

/** The relationships a CSV export lists, back in the data/ shape (plus the endpoint names). */
export function relationshipsFromCsv(
  csv: string,
): (GraphData['relationships'][number] & { from_name: string; to_name: string })[] {
  const rows = parseCsv<Record<string, string>>(csv, { columns: true, skip_empty_lines: true });
  return rows.map((row) => {
    const r: Record<string, unknown> = { id: row.id, type: row.type, from: row.from, to: row.to };
    if (row.since) r.since = Number(row.since);
    if (row.until) r.until = Number(row.until);
    r.confidence = row.confidence;
    if (row.role) r.role = row.role;
    if (row.note) r.note = row.note;
    r.sources = row.sources ? row.sources.split(';') : [];
    r.from_name = row.from_name;
    r.to_name = row.to_name;
    return r as GraphData['relationships'][number] & { from_name: string; to_name: string };
  });
}
