// referenced: what the store already holds of the ids a write refers to, for validateGraphData
// params: $entityIds: [String], $sourceIds: [String]
// returns: kinds: [{id, kind}], sources: [{id, publisher, reliability}] (the known ones)
CALL () {
  UNWIND $entityIds AS id
  MATCH (n:Entity {id: id})
  RETURN collect({id: n.id, kind: n.kind}) AS kinds
}
CALL () {
  UNWIND $sourceIds AS id
  MATCH (s:Source {id: id})
  RETURN collect({id: s.id, publisher: s.publisher, reliability: s.reliability}) AS sources
}
RETURN kinds, sources
