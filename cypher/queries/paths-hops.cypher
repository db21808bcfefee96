// paths (step 3): the entities on the chosen node sequences, and the usable relationships of $types between each pair of consecutive ones
// params: $ids: [String], $pairs: [[String, String]], $types: [String]|null (relationTypes), $lo, $hi: String|null (the first and last day asked about: a year's 1 Jan and 31 Dec, a day twice; null: all time), $minReliability: String|null, $maxCredibility: Integer|null, $includeSuspended: Boolean (the evidence filter)
// returns: nodes: [Map] (unordered), hops: [{pair: Integer (index in $pairs), edges: [Map] (unordered)}]
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n {.*}) AS nodes
}
CALL () {
  UNWIND range(0, size($pairs) - 1) AS i
  MATCH (a:Entity {id: $pairs[i][0]})-[r]-(b:Entity {id: $pairs[i][1]})
    WHERE ($types IS NULL OR type(r) IN $types) AND ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END))
  WITH i, collect(r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS edges
  RETURN collect({pair: i, edges: edges}) AS hops
}
RETURN nodes, hops
