// bench/paths-all-shortest: paths as one statement, the way a @cypher field of @neo4j/graphql expresses it (the benchmark's target (c) only; the store walks paths-levels, paths-links and paths-hops instead)
// params: $from: String, $to: String, $maxLength: Integer (1–6), $limit: Integer
// returns: paths: [{nodes: [Map], edges: [Map]}] ordered by node ids then relationship ids; none when an end is unknown
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
// Cypher cannot take a parameter as a variable-length bound: search up to 6, then filter. Every
// shortest path is enumerated before ORDER BY and LIMIT: this is what the store's walk avoids.
MATCH p = ALL SHORTEST (a)(()-[r]-(x:Entity)){1,6}(b)
  WHERE length(p) <= $maxLength
WITH p, [n IN nodes(p) | n.id] AS nodeIds, [r IN relationships(p) | r.id] AS relIds
  ORDER BY nodeIds, relIds
  LIMIT $limit
RETURN collect({nodes: [n IN nodes(p) | n {.*}], edges: [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}]}) AS paths
