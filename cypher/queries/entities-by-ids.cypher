// entitiesByIds: the entities among $ids (order restored by the store)
// params: $ids: [String]
// returns: entity: Map, one row per known id
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS entity
