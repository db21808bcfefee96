// entity: one entity by id
// params: $id: String
// returns: entity: Map (node properties), zero rows when unknown
MATCH (n:Entity {id: $id})
RETURN n {.*} AS entity
