// neighborCounts: distinct neighbours of a focus holding at the time, per (relation type, neighbour kind), over usable relationships
// params: $id: String, $lo, $hi: String|null (the first and last day asked about: a year's 1 Jan and 31 Dec, a day twice; null: all time), $minReliability: String|null, $maxCredibility: Integer|null, $includeSuspended: Boolean (the evidence filter)
// returns: found: Boolean, counts: [{relationType, kind, count}] ordered by relationType then kind
OPTIONAL MATCH (f:Entity {id: $id})
CALL (f) {
  WITH f
    WHERE f IS NOT NULL AND ($lo IS NULL OR ((f.startDay IS NULL OR f.startDay <= $hi) AND (f.endDay IS NULL OR $lo <= f.endDay)))
  MATCH (f)-[r]-(b:Entity)
    WHERE ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END))
      AND ($lo IS NULL OR ((b.startDay IS NULL OR b.startDay <= $hi) AND (b.endDay IS NULL OR $lo <= b.endDay)))
  WITH type(r) AS relationType, b.kind AS kind, count(DISTINCT b) AS count
    ORDER BY relationType, kind
  RETURN collect({relationType: relationType, kind: kind, count: count}) AS counts
}
RETURN f IS NOT NULL AS found, counts
