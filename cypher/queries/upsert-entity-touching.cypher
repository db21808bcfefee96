// upsertEntity (kind change): the relationships touching the entity, with the kinds of both ends
// params: $id: String
// returns: touching: {id, type, from, to, fromKind, toKind}, one row per relationship
MATCH (n:Entity {id: $id})-[r]-(:Entity)
WITH DISTINCT r
MATCH (a:Entity)-[r]->(b:Entity)
RETURN {id: r.id, type: type(r), from: a.id, to: b.id, fromKind: a.kind, toKind: b.kind} AS touching
