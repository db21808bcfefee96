// upsertRelationship / deleteRelationship (step 1): locks the endpoints (so concurrent writers of one id queue up) and the relationship, then reads it
// params: $id: String, $endpoints: [String] (the new from and to; [] for a delete)
// returns: relationship: Map|null
CALL () {
  UNWIND $endpoints AS endpoint
  MATCH (a:Entity {id: endpoint})
  SET a._lock = true
  REMOVE a._lock
  RETURN count(a) AS locked
}
OPTIONAL MATCH ()-[r:MEMBER_OF|PARTNER_IN|INVITED_TO|HOSTS|LEADS|CONTRIBUTES_TO|PARTICIPATES_IN|PART_OF|USES|ADDRESSES|FOCUSES_ON|LOCATED_IN|SUCCEEDS|ATTENDS|DECIDED_AT|PARTY_TO|SPONSORS|COMMANDS|COOPERATES_WITH]->()
  WHERE r.id = $id
SET r._lock = true
REMOVE r._lock
RETURN CASE WHEN r IS NULL THEN null ELSE r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} END AS relationship
