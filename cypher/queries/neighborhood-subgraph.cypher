// neighborhood (step 2): the kept entities and every visible relationship of $types among them and the focus
// params: $ids: [String] (the focus and the kept ids), $types: [String]|null, $asOf: Integer|null
// returns: nodes: [Map] (unordered), edges: [Map] ordered by id
CALL () {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n {.*}) AS nodes
}
CALL () {
  UNWIND $ids AS id
  MATCH (a:Entity {id: id})-[r]->(c:Entity)
    WHERE c.id IN $ids AND ($types IS NULL OR type(r) IN $types) AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)))
  WITH r
    ORDER BY r.id
  RETURN collect(r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS edges
}
RETURN nodes, edges
