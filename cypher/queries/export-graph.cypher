// exportGraph: entities holding at the time (of $ids when given), the usable relationships among them and the sources they cite
// params: $ids: [String]|null, $lo, $hi: String|null (the first and last day asked about: a year's 1 Jan and 31 Dec, a day twice; null: all time), $minReliability: String|null, $maxCredibility: Integer|null, $includeSuspended: Boolean (the evidence filter), $allSources: Boolean (every source, when the export selects nothing out)
// returns: entities: [Map], relationships: [Map], sources: [Map] (unordered; toGraphData sorts)
CALL () {
  MATCH (n:Entity)
    WHERE ($ids IS NULL OR n.id IN $ids) AND ($lo IS NULL OR ((n.startDay IS NULL OR n.startDay <= $hi) AND (n.endDay IS NULL OR $lo <= n.endDay)))
  RETURN collect(n {.*}) AS entities
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
    WHERE ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids)) AND ($lo IS NULL OR ((r.startDay IS NULL OR r.startDay <= $hi) AND (r.endDay IS NULL OR $lo <= r.endDay)))
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($includeSuspended OR NOT (CASE WHEN $lo IS NULL THEN r.openSuspension ELSE any(i IN range(0, size(r.suspensionStarts) - 1) WHERE r.suspensionStarts[i] <= $hi AND $lo <= r.suspensionEnds[i]) END))
      AND ($lo IS NULL OR ((a.startDay IS NULL OR a.startDay <= $hi) AND (a.endDay IS NULL OR $lo <= a.endDay))) AND ($lo IS NULL OR ((b.startDay IS NULL OR b.startDay <= $hi) AND (b.endDay IS NULL OR $lo <= b.endDay)))
  RETURN collect(r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS relationships
}
CALL (entities, relationships) {
  UNWIND entities + relationships AS fact
  // A relationship's suspensions and alternatives cite sources too (claimSources lists them).
  UNWIND fact.sources + coalesce(fact.claimSources, []) AS sourceId
  WITH DISTINCT sourceId
  RETURN collect(sourceId) AS cited
}
CALL (cited) {
  MATCH (s:Source)
    WHERE $allSources OR s.id IN cited
  RETURN collect(s {.*}) AS sources
}
RETURN entities, relationships, sources
