/** Builders for the small graphs some contract areas seed instead of tests/fixtures/baltic.json. */
import type { NormalizedEntity, NormalizedRelationship, NormalizedSource } from '../../domain/graph-data.js';
import type { Credibility, Kind, Period, RelationType, Reliability } from '../../domain/model.js';

/** A source graded `reliability`, from `publisher` (a URL beside it); F without URL or publisher. */
export function source(id: string, reliability: Reliability, publisher: string | null = 'NATO'): NormalizedSource {
  const graded = reliability !== 'F' || publisher !== null;
  return {
    id: `source:${id}`,
    title: id,
    url: graded ? `https://example.org/${id}` : null,
    publisher: graded ? publisher : null,
    date: null,
    reliability,
  };
}

/** Years (and dates) as a period; years default to the dates' years, as normalisation does. */
export function period(p: Partial<Period> = {}): Period {
  const sinceDate = p.sinceDate ?? null;
  const untilDate = p.untilDate ?? null;
  return {
    since: p.since ?? (sinceDate === null ? null : Number(sinceDate.slice(0, 4))),
    until: p.until ?? (untilDate === null ? null : Number(untilDate.slice(0, 4))),
    sinceDate,
    untilDate,
  };
}

/** An entity named by its id unless `name` is given. */
export function entity(
  id: string,
  kind: Kind,
  sources: string[],
  p: Partial<Period> = {},
  name = id,
): NormalizedEntity {
  return { id, kind, name, aliases: [], summary: null, ...period(p), sources };
}

export interface LinkOptions extends Partial<Period> {
  id?: string;
  credibility?: Credibility;
  sources?: string[];
  suspensions?: NormalizedRelationship['suspensions'];
  alternatives?: NormalizedRelationship['alternatives'];
}

/** A relationship with credibility 2 by default, its id `from/TYPE/to` unless given. */
export function link(
  from: string,
  type: RelationType,
  to: string,
  sources: string[],
  o: LinkOptions = {},
): NormalizedRelationship {
  return {
    id: o.id ?? `${from}/${type}/${to}`,
    type,
    from,
    to,
    ...period(o),
    credibility: o.credibility ?? 2,
    sources: o.sources ?? sources,
    role: null,
    note: null,
    suspensions: o.suspensions ?? [],
    alternatives: o.alternatives ?? [],
  };
}

/** A suspension or alternative claim over `p`, citing `sources`. */
export function claim(sources: string[], p: Partial<Period> = {}, note: string | null = null) {
  return { ...period(p), note, sources };
}
