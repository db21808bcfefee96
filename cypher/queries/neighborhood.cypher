// neighborhood (step 1): the ids at each breadth-first distance (1, 2, 3) from $id over usable relationships of $types, entering entities of $kinds that hold at the time asked
// params: $id: String, $depth: Integer (1–3), $kinds: [String]|null, $types: [String]|null (relationTypes), $lo, $hi: String|null (the first and last day asked about: a year's 1 Jan and 31 Dec, a day twice; null: all time), $minReliability: String|null, $maxCredibility: Integer|null, $includeSuspended: Boolean (the evidence filter)
// returns: focus: Map, visible: Boolean (focus holds at the time; else no levels), level1, level2, level3: [String] (unordered); zero rows when $id is unknown
MATCH (f:Entity {id: $id})
WITH f, ($lo IS NULL OR ((f.startDay IS NULL OR f.startDay <= $hi) AND (f.endDay IS NULL OR $lo <= f.endDay))) AS visible
// Level by level: a neighbour of a node at distance k is at k-1, k or k+1, so the next level is
// the neighbours of this one minus this level and the one before (IN on a list shared by every
// row is a hash lookup). No path is enumerated, so a hub with 100k+ relationships stays fast.
// The store orders and cuts the levels: a sort here over rows that share a large list runs out of
// transaction memory on a hub. A relationship is usable when it holds, passes the evidence filter
// and, unless suspended ones are included, is not suspended at the time (fact-visibility.ts).
WITH f, visible, CASE WHEN visible THEN [f] ELSE [] END AS l0
CALL (l0) {
  UNWIND l0 AS a
  MATCH (a)-[r]-(b:Entity)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END))
      AND ($lo IS NULL OR ((b.startDay IS NULL OR b.startDay <= $hi) AND (b.endDay IS NULL OR $lo <= b.endDay))) AND ($kinds IS NULL OR b.kind IN $kinds)
      AND b <> a
  RETURN collect(DISTINCT b) AS l1
}
CALL (l0, l1) {
  WITH l0, l1
    WHERE $depth >= 2
  UNWIND l1 AS a
  MATCH (a)-[r]-(b:Entity)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END))
      AND ($lo IS NULL OR ((b.startDay IS NULL OR b.startDay <= $hi) AND (b.endDay IS NULL OR $lo <= b.endDay))) AND ($kinds IS NULL OR b.kind IN $kinds)
      AND NOT b IN l1 AND NOT b IN l0
  RETURN collect(DISTINCT b) AS l2
}
CALL (l1, l2) {
  WITH l1, l2
    WHERE $depth >= 3
  UNWIND l2 AS a
  MATCH (a)-[r]-(b:Entity)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END))
      AND ($lo IS NULL OR ((b.startDay IS NULL OR b.startDay <= $hi) AND (b.endDay IS NULL OR $lo <= b.endDay))) AND ($kinds IS NULL OR b.kind IN $kinds)
      AND NOT b IN l2 AND NOT b IN l1
  RETURN collect(DISTINCT b) AS l3
}
RETURN f {.*} AS focus, visible,
       [n IN l1 | n.id] AS level1, [n IN l2 | n.id] AS level2, [n IN l3 | n.id] AS level3
