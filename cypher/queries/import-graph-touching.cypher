// importGraph (kind changes): the relationships touching entities whose kind the batch changes
// params: $ids: [String]
// returns: touching: {id, type, from, to, fromKind, toKind}, one row per relationship
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(:Entity)
WITH DISTINCT r
MATCH (a:Entity)-[r]->(b:Entity)
RETURN {id: r.id, type: type(r), from: a.id, to: b.id, fromKind: a.kind, toKind: b.kind} AS touching
