// stats: visible entities per kind, visible relationships per type, all sources
// params: $asOf: Integer|null
// returns: byKind: [{kind, count}], byRelationType: [{relationType, count}], sources: Integer (zero rows left out; the store fills KINDS and RELATION_TYPES)
CALL () {
  MATCH (n:Entity)
    WHERE ($asOf IS NULL OR ((n.since IS NULL OR n.since <= $asOf) AND (n.until IS NULL OR $asOf <= n.until)))
  WITH n.kind AS kind, count(*) AS count
  RETURN collect({kind: kind, count: count}) AS byKind
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
    WHERE ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until))) AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR $asOf <= a.until))) AND ($asOf IS NULL OR ((b.since IS NULL OR b.since <= $asOf) AND (b.until IS NULL OR $asOf <= b.until)))
  WITH type(r) AS relationType, count(*) AS count
  RETURN collect({relationType: relationType, count: count}) AS byRelationType
}
CALL () {
  MATCH (s:Source)
  RETURN count(s) AS sources
}
RETURN byKind, byRelationType, sources
