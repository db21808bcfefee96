// entities: a page of entities of a kind holding at the time asked, by name then id, after a cursor
// params: $kind: String|null, $lo, $hi: String|null (the first and last day asked about: a year's 1 Jan and 31 Dec, a day twice; null: all time), $afterName: String|null, $afterId: String|null, $take: Integer (page size + 1)
// returns: total: Integer (every match of the filter), items: [Map] (at most $take)
CALL () {
  MATCH (n:Entity)
    WHERE ($kind IS NULL OR n.kind = $kind) AND ($lo IS NULL OR ((n.startDay IS NULL OR n.startDay <= $hi) AND (n.endDay IS NULL OR $lo <= n.endDay)))
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Entity)
    WHERE ($kind IS NULL OR n.kind = $kind) AND ($lo IS NULL OR ((n.startDay IS NULL OR n.startDay <= $hi) AND (n.endDay IS NULL OR $lo <= n.endDay)))
      AND ($afterName IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId))
  WITH n
    ORDER BY n.name, n.id
    LIMIT $take
  RETURN collect(n {.*}) AS items
}
RETURN total, items
