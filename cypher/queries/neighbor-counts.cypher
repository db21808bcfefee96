// neighborCounts: distinct visible neighbours of a valid focus per (relation type, neighbour kind)
// params: $id: String, $asOf: Integer|null
// returns: found: Boolean, counts: [{relationType, kind, count}] ordered by relationType then kind
OPTIONAL MATCH (f:Entity {id: $id})
CALL (f) {
  WITH f
    WHERE f IS NOT NULL AND ($asOf IS NULL OR ((f.since IS NULL OR f.since <= $asOf) AND (f.until IS NULL OR $asOf <= f.until)))
  MATCH (f)-[r]-(b:Entity)
    WHERE ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until))) AND ($asOf IS NULL OR ((b.since IS NULL OR b.since <= $asOf) AND (b.until IS NULL OR $asOf <= b.until)))
  WITH type(r) AS relationType, b.kind AS kind, count(DISTINCT b) AS count
    ORDER BY relationType, kind
  RETURN collect({relationType: relationType, kind: kind, count: count}) AS counts
}
RETURN f IS NOT NULL AS found, counts
