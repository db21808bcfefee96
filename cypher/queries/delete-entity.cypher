// deleteEntity (step 2): removes the entity and every relationship touching it
// params: $id: String
// returns: deleted: Integer
MATCH (n:Entity {id: $id})
DETACH DELETE n
RETURN count(*) AS deleted
