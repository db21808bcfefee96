// paths (step 3): the entities on the chosen node sequences, and the relationships visible at $asOf between each pair of consecutive ones
// params: $ids: [String], $pairs: [[String, String]], $asOf: Integer|null
// returns: nodes: [Map] (unordered), hops: [{pair: Integer (index in $pairs), edges: [Map] (unordered)}]
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n {.*}) AS nodes
}
CALL () {
  UNWIND range(0, size($pairs) - 1) AS i
  MATCH (a:Entity {id: $pairs[i][0]})-[r]-(b:Entity {id: $pairs[i][1]})
    WHERE $asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until))
  WITH i, collect(r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS edges
  RETURN collect({pair: i, edges: edges}) AS hops
}
RETURN nodes, hops
