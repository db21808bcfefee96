// paths (step 2): for each of $xs, those of $ys it has a usable relationship of $types with
// params: $xs: [String], $ys: [String] (entities holding at the time), $types: [String]|null (relationTypes), $lo, $hi: String|null (the first and last day asked about: a year's 1 Jan and 31 Dec, a day twice; null: all time), $minReliability: String|null, $maxCredibility: Integer|null, $includeSuspended: Boolean (the evidence filter), $fanout: Integer (relationships a node may have to be looked at from its side)
// returns: one row per found id of $xs: id: String, linked: [String] (unordered)
CALL () {
  UNWIND $ys AS y
  MATCH (b:Entity {id: y})
  RETURN collect(b) AS bs
}
UNWIND $xs AS x
MATCH (a:Entity {id: x})
// A node with few relationships is looked at from its side (IN on the shared list is a hash
// lookup); a hub is checked against each of the few $ys instead, from their side.
CALL (a, bs) {
  WITH a, bs
    WHERE COUNT { (a)--() } <= $fanout
  MATCH (a)-[r]-(b:Entity)
    WHERE b IN bs AND ($types IS NULL OR type(r) IN $types) AND ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END))
  RETURN collect(DISTINCT b.id) AS near
}
CALL (a, bs) {
  WITH a, bs
    WHERE COUNT { (a)--() } > $fanout
  UNWIND bs AS b
  WITH a, b
    WHERE b <> a AND EXISTS { (a)-[r]-(b) WHERE ($types IS NULL OR type(r) IN $types) AND ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END)) }
  RETURN collect(b.id) AS far
}
RETURN x AS id, near + far AS linked
