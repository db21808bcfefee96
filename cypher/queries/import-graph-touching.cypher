// importGraph (kind changes): the relationships touching each entity whose kind the batch changes
// params: $ids: [String]
// returns: id: String (the entity), touching: {id, type, from, to, fromKind, toKind}; one row per entity and relationship
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(:Entity)
WITH DISTINCT id, r
MATCH (a:Entity)-[r]->(b:Entity)
RETURN id, {id: r.id, type: type(r), from: a.id, to: b.id, fromKind: a.kind, toKind: b.kind} AS touching
