// countAll: how many of each thing the database holds (db:seed prints it; tests compare it)
// params: none
// returns: entities, relationships, sources, auditEntries: Integer
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () { MATCH (a:AuditEntry) RETURN count(a) AS auditEntries }
RETURN entities, relationships, sources, auditEntries
