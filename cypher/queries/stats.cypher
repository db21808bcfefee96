// stats: entities holding at the time per kind, usable relationships between them per type and status, all sources
// params: $lo, $hi: String|null (the first and last day asked about: a year's 1 Jan and 31 Dec, a day twice; null: all time), $minReliability: String|null, $maxCredibility: Integer|null, $includeSuspended: Boolean (the evidence filter)
// returns: byKind: [{kind, count}], byRelationType: [{relationType, suspended: Boolean (at the time; without one, an open-ended suspension), count}], sources: Integer (zero rows left out; the store fills KINDS and RELATION_TYPES)
CALL () {
  MATCH (n:Entity)
    WHERE ($lo IS NULL OR ((n.startDay IS NULL OR n.startDay <= $hi) AND (n.endDay IS NULL OR $lo <= n.endDay)))
  WITH n.kind AS kind, count(*) AS count
  RETURN collect({kind: kind, count: count}) AS byKind
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
    WHERE ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END))
      AND ($lo IS NULL OR ((a.startDay IS NULL OR a.startDay <= $hi) AND (a.endDay IS NULL OR $lo <= a.endDay))) AND ($lo IS NULL OR ((b.startDay IS NULL OR b.startDay <= $hi) AND (b.endDay IS NULL OR $lo <= b.endDay)))
  WITH type(r) AS relationType, (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END) AS suspended, count(*) AS count
  RETURN collect({relationType: relationType, suspended: suspended, count: count}) AS byRelationType
}
CALL () {
  MATCH (s:Source)
  RETURN count(s) AS sources
}
RETURN byKind, byRelationType, sources
