// seed/relationships: creates or replaces relationships by id, keeping the version, with their best source's reliability (seedGraph, importGraph, upsertRelationship)
// params: $rows: [{id: String, type: String, from: String, to: String, props: Map (since, until, sinceDate, untilDate, startDay, endDay, credibility, sources, role, note, suspensions, alternatives (JSON), suspensionStarts, suspensionEnds, openSuspension, claimSources)}], $bump: Integer (0 keeps the version, 1 adds one)
// returns: count: Integer
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
OPTIONAL MATCH ()-[old:MEMBER_OF|PARTNER_IN|INVITED_TO|HOSTS|LEADS|CONTRIBUTES_TO|PARTICIPATES_IN|PART_OF|USES|ADDRESSES|FOCUSES_ON|LOCATED_IN|SUCCEEDS|ATTENDS|DECIDED_AT|PARTY_TO|SPONSORS|COMMANDS|COOPERATES_WITH]->()
  WHERE old.id = row.id
// Lock before reading the version (a no-op when there is no old relationship).
SET old._lock = true
WITH row, a, b, old, old.version AS oldVersion,
     old IS NOT NULL AND type(old) = row.type AND startNode(old) = a AND endNode(old) = b AS inPlace
// Same type and endpoints: the properties are replaced in place, because a reader at read-committed
// isolation that meets a relationship deleted under it fails (EntityNotFound). A new type or
// endpoint needs a new relationship.
CALL (row, a, b, old, inPlace) {
  WITH row, old, inPlace
    WHERE inPlace
  SET old = row.props
  RETURN old AS r
UNION
  WITH row, a, b, old, inPlace
    WHERE NOT inPlace
  DELETE old
  CREATE (a)-[r:$(row.type)]->(b)
  SET r += row.props
  RETURN r
}
// Its reliability is its best cited source's, read from the stored sources (written first).
CALL (row) {
  UNWIND row.props.sources AS sourceId
  OPTIONAL MATCH (s:Source {id: sourceId})
  RETURN min(s.reliability) AS best
}
SET r.id = row.id,
    r.reliability = coalesce(best, 'F'),
    r.version = CASE WHEN oldVersion IS NULL THEN 1 ELSE oldVersion + $bump END
RETURN count(r) AS count
