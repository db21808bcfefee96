// bench/paths-all-shortest: paths as one statement, the way a @cypher field of @neo4j/graphql expresses it (the benchmark's target (c) only; the store walks paths-levels, paths-links and paths-hops instead)
// params: $from: String, $to: String, $maxLength: Integer (= «maxLength», written in by bench/lib/neo4j-graphql.ts), $limit: Integer, $kinds: [String]|null, $lo, $hi: String|null, $minReliability: String|null, $maxCredibility: Integer|null, $includeSuspended: Boolean (as paths-levels)
// returns: paths: [{nodes: [Map], edges: [Map]}] ordered by node ids then relationship ids; none when an end is unknown or does not hold at the time
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
  WHERE ($lo IS NULL OR ((a.startDay IS NULL OR a.startDay <= $hi) AND (a.endDay IS NULL OR $lo <= a.endDay)))
    AND ($lo IS NULL OR ((b.startDay IS NULL OR b.startDay <= $hi) AND (b.endDay IS NULL OR $lo <= b.endDay)))
// Bounded like the store's walk: at most «maxLength» steps (a variable-length bound cannot be a
// parameter), over the relationships and entities paths-levels steps over (usable at the time,
// passing the evidence filter, suspended only when asked; inner entities of $kinds). Every
// shortest path is still enumerated before ORDER BY and LIMIT: this is what the store's walk avoids.
MATCH p = ALL SHORTEST (a)(()-[r]-(x:Entity)
    WHERE ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END))
      AND ($lo IS NULL OR ((x.startDay IS NULL OR x.startDay <= $hi) AND (x.endDay IS NULL OR $lo <= x.endDay)))
      AND (x = b OR $kinds IS NULL OR x.kind IN $kinds)){1,«maxLength»}(b)
  WHERE length(p) <= $maxLength
WITH p, [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | r.id] AS relIds
  ORDER BY nodeIds, relIds
  LIMIT $limit
RETURN collect({nodes: [n IN nodes(p) | n {.*}], edges: [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}]}) AS paths
