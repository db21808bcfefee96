// relationship: one relationship by id, whatever its type
// params: $id: String
// returns: relationship: Map (properties, type, from, to), zero rows when unknown
MATCH ()-[r:MEMBER_OF|PARTNER_IN|INVITED_TO|HOSTS|LEADS|CONTRIBUTES_TO|PARTICIPATES_IN|PART_OF|USES|ADDRESSES|FOCUSES_ON|LOCATED_IN|SUCCEEDS|ATTENDS|DECIDED_AT|PARTY_TO|SPONSORS|COMMANDS|COOPERATES_WITH]->()
  WHERE r.id = $id
RETURN r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id} AS relationship
