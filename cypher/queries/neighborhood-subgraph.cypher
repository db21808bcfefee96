// neighborhood (step 2): the kept entities and every usable relationship of $types among them and the focus
// params: $ids: [String] (the focus and the kept ids, all holding at the time), $types: [String]|null, $lo, $hi: String|null (the first and last day asked about: a year's 1 Jan and 31 Dec, a day twice; null: all time), $minReliability: String|null, $maxCredibility: Integer|null, $includeSuspended: Boolean (the evidence filter)
// returns: nodes: [Map] (unordered), edges: [Map] ordered by id
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n {.*}) AS nodes
}
CALL () {
  UNWIND $ids AS id
  MATCH (a:Entity {id: id})-[r]->(c:Entity)
    WHERE c.id IN $ids AND ($types IS NULL OR type(r) IN $types) AND ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END))
  WITH r
    ORDER BY r.id
  RETURN collect(r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS edges
}
RETURN nodes, edges
