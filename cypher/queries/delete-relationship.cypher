// deleteRelationship (step 2): removes one relationship by id
// params: $id: String
// returns: deleted: Integer
MATCH ()-[r:MEMBER_OF|PARTNER_IN|INVITED_TO|HOSTS|LEADS|CONTRIBUTES_TO|PARTICIPATES_IN|PART_OF|USES|ADDRESSES|FOCUSES_ON|LOCATED_IN|SUCCEEDS]->()
  WHERE r.id = $id
DELETE r
RETURN count(*) AS deleted
