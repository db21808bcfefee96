import { csvField } from '../../domain/export-text.js';
import type { GraphData } from '../../domain/model.js';
import { ALWAYS, type When } from '../../domain/valid-at.js';
import { derivedFacts, sourceIndex } from './export-facts.js';

export const RELATIONSHIP_COLUMNS = [
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
  'note',
  'sources',
  'source_titles',
  'suspensions',
  'alternatives',
] as const;

/**
 * One row per relationship with both endpoints' names, for spreadsheets. RFC 4180: a header row,
 * CRLF line ends, UTF-8. `sources` holds source ids joined by ';', `source_titles` their titles
 * joined by '; '. `status` is at the time the export asked about (without one: SUSPENDED while an
 * open-ended suspension lasts); `reliability` is the best cited source's, `grade` reliability and
 * credibility (B2). `suspensions` and `alternatives` are in words, claims joined by ' | ' (e.g.
 * `from 2014-04-01: cooperation suspended [NATO: relations with Russia]`); `disputed` is true
 * when any alternative exists.
 */
export function relationshipsToCsv(graph: GraphData, when: When = ALWAYS): string {
  const names = new Map(graph.entities.map((e) => [e.id, e.name]));
  const sources = sourceIndex(graph);
  const rows = graph.relationships.map((r) => {
    const d = derivedFacts(r, sources, when);
    return [
      r.id,
      r.type,
      r.from,
      names.get(r.from),
      r.to,
      names.get(r.to),
      r.since,
      r.until,
      r.sinceDate,
      r.untilDate,
      d.status,
      r.credibility,
      d.reliability,
      d.grade,
      d.disputed,
      r.role,
      r.note,
      r.sources.join(';'),
      sources.titles(r.sources),
      d.suspensions,
      d.alternatives,
    ]
      .map(csvField)
      .join(',');
  });
  return [RELATIONSHIP_COLUMNS.join(','), ...rows].map((line) => `${line}\r\n`).join('');
}
