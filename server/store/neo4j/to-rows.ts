import type { Integer } from 'neo4j-driver';
import type { NormalizedEntity, NormalizedRelationship, NormalizedSource } from '../../../domain/graph-data.js';
import { KIND_LABEL } from './kind-label.js';
import { searchNames } from '../search-text.js';
import { toInt } from './to-domain.js';

/**
 * Domain objects → the `$rows` of cypher/seed/*.cypher. Every optional property is present (null
 * removes it on a replacement) and every integer is a Neo4j Integer.
 */
export interface SourceRow {
  id: string;
  props: Record<string, string | null>;
}
export interface EntityRow {
  id: string;
  label: string;
  props: Record<string, string | string[] | Integer | null>;
}
export interface RelationshipRow {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, string | string[] | Integer | null>;
}

export function sourceRow(s: NormalizedSource): SourceRow {
  return {
    id: s.id,
    props: { title: s.title, url: s.url, publisher: s.publisher, date: s.date, reliability: s.reliability },
  };
}

export function entityRow(e: NormalizedEntity): EntityRow {
  return {
    id: e.id,
    label: KIND_LABEL[e.kind],
    props: {
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
      summary: e.summary,
      since: toInt(e.since),
      until: toInt(e.until),
      sources: e.sources,
      searchNames: searchNames(e),
    },
  };
}

export function relationshipRow(r: NormalizedRelationship): RelationshipRow {
  return {
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    props: {
      since: toInt(r.since),
      until: toInt(r.until),
      confidence: r.confidence,
      sources: r.sources,
      role: r.role,
      note: r.note,
    },
  };
}
