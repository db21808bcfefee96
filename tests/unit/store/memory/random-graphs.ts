/**
 * Small random v2 graphs and queries for the memory store's property tests, and the naive
 * reference rule of which relationships a read may use (fact-visibility.ts, spelled out).
 */
import fc from 'fast-check';
import type { NormalizedGraph, NormalizedRelationship } from '../../../../domain/graph-data.js';
import type { Credibility, Kind, RelationType, Reliability, Source } from '../../../../domain/model.js';
import { defaultRelationshipId, ID_PREFIX } from '../../../../domain/ids.js';
import { endpointsAllowed } from '../../../../domain/relation-rules.js';
import { bestReliability, passesEvidence } from '../../../../domain/evidence.js';
import { holdsAt, statusAt, type When } from '../../../../domain/valid-at.js';

const source = (id: string, reliability: Reliability, publisher: string): Source => ({
  id,
  title: id,
  url: `https://example.org/${id}`,
  publisher,
  date: null,
  reliability,
});
export const SOURCE = source('source:s', 'A', 'P1');
export const SOURCES: Source[] = [SOURCE, source('source:t', 'C', 'P2'), source('source:u', 'E', 'P3')];
export const GRAPH_KINDS: Kind[] = ['STATE', 'ORGANIZATION', 'FRAMEWORK', 'ACTIVITY'];
export const GRAPH_TYPES: RelationType[] = ['MEMBER_OF', 'PARTNER_IN', 'PARTICIPATES_IN', 'PART_OF', 'SUCCEEDS'];
export const years = fc.option(fc.integer({ min: 1990, max: 2010 }), { nil: null });

/** Years as valid data has them: `until` never before `since`. */
export function ordered(since: number | null, until: number | null) {
  return since !== null && until !== null && until < since ? { since: until, until: since } : { since, until };
}

const noDates = { sinceDate: null, untilDate: null };

/** A suspension as the validator allows it: with a start, within its relationship's years. */
function suspensionWithin(
  period: { since: number | null; until: number | null },
  drawn: { since: number | null; until: number | null },
) {
  const lo = period.since ?? 1990;
  const hi = period.until ?? 2010;
  const since = Math.min(hi, Math.max(lo, drawn.since ?? lo));
  const until = drawn.until === null ? null : Math.max(since, drawn.until);
  return { since, until, ...noDates, note: null, sources: [SOURCE.id] };
}

/** Small random graphs whose relationships all have allowed endpoints, parallels, grades and suspensions included. */
export const graphs = fc
  .record({
    entities: fc.array(fc.record({ kind: fc.constantFrom(...GRAPH_KINDS), since: years, until: years }), {
      minLength: 2,
      maxLength: 9,
    }),
    links: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        type: fc.constantFrom(...GRAPH_TYPES),
        since: years,
        until: years,
        credibility: fc.integer({ min: 2, max: 6 }),
        sources: fc.subarray(
          SOURCES.map((s) => s.id),
          { minLength: 1 },
        ),
        suspended: fc.option(fc.record({ since: years, until: years }), { nil: null }),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ entities, links }): NormalizedGraph => {
    const es = entities.map((e, i) => ({
      id: `${ID_PREFIX[e.kind]}e${i}`,
      kind: e.kind,
      name: `Entity ${i % 3}`,
      aliases: [],
      summary: null,
      ...ordered(e.since, e.until),
      ...noDates,
      sources: [SOURCE.id],
    }));
    const relationships: NormalizedRelationship[] = [];
    const taken = new Set<string>();
    links.forEach((l) => {
      const from = es[l.from % es.length]!;
      const to = es[l.to % es.length]!;
      if (from === to || !endpointsAllowed(l.type, from.kind, to.kind)) return;
      const period = ordered(l.since, l.until);
      // The default id (from/TYPE/to/since), the only kind an import accepts; a second fact with it is left out.
      const id = defaultRelationshipId({ from: from.id, type: l.type, to: to.id, since: period.since });
      if (taken.has(id)) return;
      taken.add(id);
      relationships.push({
        id,
        type: l.type,
        from: from.id,
        to: to.id,
        ...period,
        ...noDates,
        credibility: l.credibility as Credibility,
        sources: l.sources,
        role: null,
        note: null,
        suspensions: l.suspended ? [suspensionWithin(period, l.suspended)] : [],
        alternatives: [],
      });
    });
    return { sources: SOURCES, entities: es, relationships };
  });

const time = fc.oneof(
  fc.constant({ asOf: null, at: null }),
  fc.integer({ min: 1990, max: 2010 }).map((asOf) => ({ asOf, at: null })),
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2010-12-31'), noInvalidDate: true })
    .map((d) => ({ asOf: null, at: d.toISOString().slice(0, 10) })),
);

export const queries = fc.record({
  time,
  minReliability: fc.option(fc.constantFrom<Reliability>('A', 'C', 'E'), { nil: null }),
  maxCredibility: fc.option(fc.constantFrom<Credibility>(2, 4, 6), { nil: null }),
  includeSuspended: fc.option(fc.boolean(), { nil: null }),
  kinds: fc.option(fc.subarray(GRAPH_KINDS, { minLength: 1 }), { nil: null }),
  relationTypes: fc.option(fc.subarray(GRAPH_TYPES, { minLength: 1 }), { nil: null }),
  depth: fc.integer({ min: 1, max: 3 }),
  maxLength: fc.integer({ min: 1, max: 6 }),
  limit: fc.integer({ min: 0, max: 20 }),
  a: fc.nat(),
  b: fc.nat(),
});

export type Query = typeof queries extends fc.Arbitrary<infer T> ? T : never;

/** The read options of a query (time and evidence). */
export function readOptions(q: Query) {
  return {
    ...q.time,
    minReliability: q.minReliability,
    maxCredibility: q.maxCredibility,
    includeSuspended: q.includeSuspended,
  };
}

/** Whether a read of `q` may use `r` (its ends apart), `includeSuspended` defaulting as given. */
export function usable(graph: NormalizedGraph, r: NormalizedRelationship, q: Query, includeByDefault: boolean) {
  const when: When = q.time;
  const reliability = bestReliability(r.sources.map((id) => graph.sources.find((s) => s.id === id)!.reliability));
  return (
    holdsAt(r, when) &&
    passesEvidence({ reliability, credibility: r.credibility }, q) &&
    ((q.includeSuspended ?? includeByDefault) || statusAt(r, when) === 'ACTIVE')
  );
}
