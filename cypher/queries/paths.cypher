// paths: all shortest paths (at most $maxLength) between two entities over visible relationships, intermediate nodes of $kinds
// params: $from: String, $to: String, $maxLength: Integer (1–6), $kinds: [String]|null, $asOf: Integer|null, $limit: Integer
// returns: fromFound: Boolean, toFound: Boolean, paths: [{nodes: [Map], edges: [Map]}] ordered by node ids then relationship ids
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b
    WHERE a IS NOT NULL AND b IS NOT NULL AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR $asOf <= a.until))) AND ($asOf IS NULL OR ((b.since IS NULL OR b.since <= $asOf) AND (b.until IS NULL OR $asOf <= b.until)))
  // Cypher cannot take a parameter as a variable-length bound: search up to 6, then filter.
  MATCH p = ALL SHORTEST (a)(()-[r WHERE ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)))]-(x:Entity WHERE ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR $asOf <= x.until))) AND ($kinds IS NULL OR x.kind IN $kinds OR x.id = $to))){1,6}(b)
    WHERE length(p) <= $maxLength
  WITH p, [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | r.id] AS relIds
    ORDER BY nodeIds, relIds
    LIMIT $limit
  RETURN collect({nodes: [n IN nodes(p) | n {.*}], edges: [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}]}) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths
