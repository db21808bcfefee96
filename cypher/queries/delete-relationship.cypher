// deleteRelationship (step 2): removes one relationship by id
// params: $id: String
// returns: deleted: Integer
MATCH ()-[r:MEMBER_OF|PARTNER_IN|INVITED_TO|HOSTS|LEADS|CONTRIBUTES_TO|PARTICIPATES_IN|PART_OF|USES|ADDRESSES|FOCUSES_ON|LOCATED_IN|SUCCEEDS|ATTENDS|DECIDED_AT|PARTY_TO|SPONSORS|COMMANDS|COOPERATES_WITH]->()
  WHERE r.id = $id
DELETE r
RETURN count(*) AS deleted
