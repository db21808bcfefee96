// seed/prune: deletes what the seeded dataset does not hold (db:seed --replace), so entities, relationships and sources that the data renamed or dropped leave the database; audit entries and migrations stay
// params: $entityIds: [String], $relationshipIds: [String], $sourceIds: [String] (every id of the dataset just seeded)
// returns: entities, relationships, sources: Integer (how many were deleted)
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
    WHERE NOT r.id IN $relationshipIds
  DELETE r
  RETURN count(r) AS relationships
}
CALL () {
  MATCH (n:Entity)
    WHERE NOT n.id IN $entityIds
  DETACH DELETE n
  RETURN count(n) AS entities
}
CALL () {
  MATCH (s:Source)
    WHERE NOT s.id IN $sourceIds
  DELETE s
  RETURN count(s) AS sources
}
RETURN entities, relationships, sources
