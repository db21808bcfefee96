// auditLog: newest audit entries first, before a cursor
// params: $afterSeq: Integer|null, $take: Integer (page size + 1)
// returns: total: Integer, items: [Map]
CALL () {
  MATCH (a:AuditEntry)
  RETURN count(a) AS total
}
CALL () {
  MATCH (a:AuditEntry)
    WHERE $afterSeq IS NULL OR a.seq < $afterSeq
  WITH a
    ORDER BY a.seq DESC
    LIMIT $take
  RETURN collect(a {.*}) AS items
}
RETURN total, items
