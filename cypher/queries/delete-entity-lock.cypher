// deleteEntity (step 1): takes the write lock on the entity, then reads it and every relationship touching it
// params: $id: String
// returns: entity: Map, relationships: [Map] (by id); zero rows when unknown
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
WITH n
CALL (n) {
  MATCH (n)-[r]-()
  WITH DISTINCT r
    ORDER BY r.id
  RETURN collect(r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS relationships
}
RETURN n {.*} AS entity, relationships
