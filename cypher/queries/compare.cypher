// compare: two entities and, for each holding at the time, its usable relationships of $types with the entity at their other end (holding at the time too)
// params: $a, $b: String, $types: [String]|null (relationTypes), $lo, $hi: String|null (the first and last day asked about: a year's 1 Jan and 31 Dec, a day twice; null: all time), $minReliability: String|null, $maxCredibility: Integer|null, $includeSuspended: Boolean (the evidence filter)
// returns: a, b: Map|null (null when unknown), aLinks, bLinks: [{relationship: Map, neighbor: Map}] (unordered)
// The store groups them by relation type and neighbour (server/store/comparison.ts).
OPTIONAL MATCH (a:Entity {id: $a})
OPTIONAL MATCH (b:Entity {id: $b})
CALL (a) {
  WITH a
    WHERE a IS NOT NULL AND ($lo IS NULL OR ((a.startDay IS NULL OR a.startDay <= $hi) AND (a.endDay IS NULL OR $lo <= a.endDay)))
  MATCH (a)-[r]-(n:Entity)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END))
      AND ($lo IS NULL OR ((n.startDay IS NULL OR n.startDay <= $hi) AND (n.endDay IS NULL OR $lo <= n.endDay)))
  RETURN collect({relationship: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}, neighbor: n {.*}}) AS aLinks
}
CALL (b) {
  WITH b
    WHERE b IS NOT NULL AND ($lo IS NULL OR ((b.startDay IS NULL OR b.startDay <= $hi) AND (b.endDay IS NULL OR $lo <= b.endDay)))
  MATCH (b)-[r]-(n:Entity)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END))
      AND ($lo IS NULL OR ((n.startDay IS NULL OR n.startDay <= $hi) AND (n.endDay IS NULL OR $lo <= n.endDay)))
  RETURN collect({relationship: r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}, neighbor: n {.*}}) AS bLinks
}
RETURN a {.*} AS a, b {.*} AS b, aLinks, bLinks
