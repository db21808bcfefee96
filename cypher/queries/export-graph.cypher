// exportGraph: visible entities (of $ids when given), the visible relationships among them and the sources they cite
// params: $ids: [String]|null, $asOf: Integer|null, $allSources: Boolean (every source, when neither ids nor asOf is given)
// returns: entities: [Map], relationships: [Map], sources: [Map] (unordered; toGraphData sorts)
CALL () {
  MATCH (n:Entity)
    WHERE ($ids IS NULL OR n.id IN $ids) AND ($asOf IS NULL OR ((n.since IS NULL OR n.since <= $asOf) AND (n.until IS NULL OR $asOf <= n.until)))
  RETURN collect(n {.*}) AS entities
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
    WHERE ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids)) AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until))) AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR $asOf <= a.until))) AND ($asOf IS NULL OR ((b.since IS NULL OR b.since <= $asOf) AND (b.until IS NULL OR $asOf <= b.until)))
  RETURN collect(r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS relationships
}
CALL (entities, relationships) {
  UNWIND entities + relationships AS fact
  UNWIND fact.sources AS sourceId
  WITH DISTINCT sourceId
  RETURN collect(sourceId) AS cited
}
CALL (cited) {
  MATCH (s:Source)
    WHERE $allSources OR s.id IN cited
  RETURN collect(s {.*}) AS sources
}
RETURN entities, relationships, sources
