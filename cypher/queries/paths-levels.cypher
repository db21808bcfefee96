// paths (step 1, per end; mode SIMPLE: its candidates): breadth-first levels from $id over usable relationships of $types, entering entities holding at the time of $kinds not in $exclude and $other, never going through $other
// params: $id: String, $other: String, $depth: Integer (0–3), $kinds: [String]|null, $types: [String]|null (relationTypes), $exclude: [String] (excludeIds), $lo, $hi: String|null (the first and last day asked about: a year's 1 Jan and 31 Dec, a day twice; null: all time), $minReliability: String|null, $maxCredibility: Integer|null, $includeSuspended: Boolean (the evidence filter)
// returns: found, otherFound, visible: Boolean (both ends hold at the time; else no levels), level1, level2, level3: [String] (unordered), degree: Integer (relationships of the level at $depth, $other left out), otherDegree: Integer (relationships of $other), linked: Boolean ($id and $other share a usable relationship of $types)
OPTIONAL MATCH (f:Entity {id: $id})
OPTIONAL MATCH (o:Entity {id: $other})
WITH f, o, f IS NOT NULL AND o IS NOT NULL
       AND ($lo IS NULL OR ((f.startDay IS NULL OR f.startDay <= $hi) AND (f.endDay IS NULL OR $lo <= f.endDay)))
       AND ($lo IS NULL OR ((o.startDay IS NULL OR o.startDay <= $hi) AND (o.endDay IS NULL OR $lo <= o.endDay))) AS visible
// As neighborhood.cypher: level by level, the next level being the neighbours of this one minus
// this level and the one before, so no path is enumerated. $other is entered (an end) but never
// gone through; a node of another kind is neither. Only usable relationships are stepped over
// (fact-visibility.ts): holding at the time, passing the evidence filter, suspended only when asked.
WITH f, o, visible, CASE WHEN visible THEN [f] ELSE [] END AS l0
CALL (l0, o) {
  WITH l0, o
    WHERE $depth >= 1
  UNWIND l0 AS a
  MATCH (a)-[r]-(b:Entity)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END))
      AND ($lo IS NULL OR ((b.startDay IS NULL OR b.startDay <= $hi) AND (b.endDay IS NULL OR $lo <= b.endDay))) AND (b = o OR (($kinds IS NULL OR b.kind IN $kinds) AND NOT b.id IN $exclude))
      AND b <> a
  RETURN collect(DISTINCT b) AS l1
}
CALL (l0, l1, o) {
  WITH l0, l1, o
    WHERE $depth >= 2
  UNWIND l1 AS a
  WITH a, o
    WHERE a <> o
  MATCH (a)-[r]-(b:Entity)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END))
      AND ($lo IS NULL OR ((b.startDay IS NULL OR b.startDay <= $hi) AND (b.endDay IS NULL OR $lo <= b.endDay))) AND (b = o OR (($kinds IS NULL OR b.kind IN $kinds) AND NOT b.id IN $exclude))
      AND NOT b IN l1 AND NOT b IN l0
  RETURN collect(DISTINCT b) AS l2
}
CALL (l1, l2, o) {
  WITH l1, l2, o
    WHERE $depth >= 3
  UNWIND l2 AS a
  WITH a, o
    WHERE a <> o
  MATCH (a)-[r]-(b:Entity)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END))
      AND ($lo IS NULL OR ((b.startDay IS NULL OR b.startDay <= $hi) AND (b.endDay IS NULL OR $lo <= b.endDay))) AND (b = o OR (($kinds IS NULL OR b.kind IN $kinds) AND NOT b.id IN $exclude))
      AND NOT b IN l2 AND NOT b IN l1
  RETURN collect(DISTINCT b) AS l3
}
CALL (l0, l1, l2, l3, o) {
  UNWIND [l0, l1, l2, l3][$depth] AS n
  WITH n, o
    WHERE n <> o
  RETURN sum(COUNT { (n)--() }) AS degree
}
RETURN f IS NOT NULL AS found, o IS NOT NULL AS otherFound, visible,
       [n IN l1 | n.id] AS level1, [n IN l2 | n.id] AS level2, [n IN l3 | n.id] AS level3, degree,
       CASE WHEN o IS NULL THEN 0 ELSE COUNT { (o)--() } END AS otherDegree,
       visible AND EXISTS { (f)-[r]-(o) WHERE ($types IS NULL OR type(r) IN $types) AND ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END)) } AS linked
