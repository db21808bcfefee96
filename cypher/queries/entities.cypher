// entities: a page of visible entities of a kind, by name then id, after a cursor
// params: $kind: String|null, $asOf: Integer|null, $afterName: String|null, $afterId: String|null, $take: Integer (page size + 1)
// returns: total: Integer (every match of the filter), items: [Map] (at most $take)
CALL () {
  MATCH (n:Entity)
    WHERE ($kind IS NULL OR n.kind = $kind) AND ($asOf IS NULL OR ((n.since IS NULL OR n.since <= $asOf) AND (n.until IS NULL OR $asOf <= n.until)))
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Entity)
    WHERE ($kind IS NULL OR n.kind = $kind) AND ($asOf IS NULL OR ((n.since IS NULL OR n.since <= $asOf) AND (n.until IS NULL OR $asOf <= n.until)))
      AND ($afterName IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId))
  WITH n
    ORDER BY n.name, n.id
    LIMIT $take
  RETURN collect(n {.*}) AS items
}
RETURN total, items
