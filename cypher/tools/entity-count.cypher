// tools/entity-count: whether an entity is in the graph (the reliability suite: did the import commit before the kill?)
// params: $id: String
// returns: n: Integer (0 or 1)
MATCH (n:Entity {id: $id})
RETURN count(n) AS n
