import type { Integer } from 'neo4j-driver';
import type { NormalizedEntity, NormalizedRelationship, NormalizedSource } from '../../../domain/graph-data.js';
import type { Period } from '../../../domain/model.js';
import { endDay, startDay } from '../../../domain/valid-at.js';
import { KIND_LABEL } from './kind-label.js';
import { searchNames } from '../search-text.js';
import { toInt } from './to-domain.js';

/**
 * Domain objects → the `$rows` of cypher/seed/*.cypher. Every optional property is present (null
 * removes it on a replacement) and every integer is a Neo4j Integer. Beside the domain fields a row
 * carries what the queries filter on (docs/store-semantics.md, Neo4j notes): `startDay`/`endDay`
 * (domain/valid-at.ts) for the time rule, and for suspensions their days as flat lists (Neo4j
 * lists cannot hold nulls: an open start is NO_START, an open end NO_END), `openSuspension`, and
 * `claimSources`, the sources its suspensions and alternatives cite (an export includes them).
 * A relationship's `reliability` (its best source's) is computed by the seed statement from the
 * stored sources.
 */
export interface SourceRow {
  id: string;
  props: Record<string, string | null>;
}
type Props = Record<string, string | string[] | Integer | boolean | null>;
export interface EntityRow {
  id: string;
  label: string;
  props: Props;
}
export interface RelationshipRow {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Props;
}

/** Sentinels of the suspension day lists: before and after every day. */
export const NO_START = '0000-00-00';
export const NO_END = '9999-99-99';

export function sourceRow(s: NormalizedSource): SourceRow {
  return {
    id: s.id,
    props: { title: s.title, url: s.url, publisher: s.publisher, date: s.date, reliability: s.reliability },
  };
}

function periodProps(p: Period): Props {
  return {
    since: toInt(p.since),
    until: toInt(p.until),
    sinceDate: p.sinceDate,
    untilDate: p.untilDate,
    startDay: startDay(p),
    endDay: endDay(p),
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
      ...periodProps(e),
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
      ...periodProps(r),
      credibility: toInt(r.credibility),
      sources: r.sources,
      role: r.role,
      note: r.note,
      suspensions: JSON.stringify(r.suspensions),
      alternatives: JSON.stringify(r.alternatives),
      suspensionStarts: r.suspensions.map((s) => startDay(s) ?? NO_START),
      suspensionEnds: r.suspensions.map((s) => endDay(s) ?? NO_END),
      openSuspension: r.suspensions.some((s) => endDay(s) === null),
      claimSources: [...new Set([...r.suspensions, ...r.alternatives].flatMap((c) => c.sources))],
    },
  };
}
