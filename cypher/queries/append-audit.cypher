// appendAudit: appends the audit entry of a write, in the write's transaction; seq counts 1, 2, … under the counter's lock
// params: $actor: String, $at: String (ISO time), $operation: String, $ids: [String], $before: String|null, $after: String|null
// returns: seq: Integer
MERGE (c:AuditCounter {id: 'audit'})
  ON CREATE SET c.seq = 0
SET c._lock = true
REMOVE c._lock
WITH c
SET c.seq = c.seq + 1
CREATE (a:AuditEntry {
  seq: c.seq,
  id: 'audit:' + toString(c.seq),
  actor: $actor,
  at: $at,
  operation: $operation,
  ids: $ids,
  before: $before,
  after: $after
})
RETURN a.seq AS seq
