// upsertEntity (step 1): takes the write lock on the entity (creating a placeholder that the write fills or the rollback removes), then reads it
// params: $id: String
// returns: entity: Map|null (null when new)
MERGE (n:Entity {id: $id})
  ON CREATE SET n._new = true
SET n._lock = true
REMOVE n._lock
WITH n
RETURN CASE WHEN n._new THEN null ELSE n {.*} END AS entity
