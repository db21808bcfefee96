// neighborhood: breadth-first distances from $id over visible relationships, the nearest $limit nodes and the edges among them
// params: $id: String, $depth: Integer (1–3), $kinds: [String]|null, $types: [String]|null (relationTypes), $asOf: Integer|null, $limit: Integer
// returns: focus: Map, visible: Boolean (focus valid at $asOf), nodes: [Map] (kept, nearest first then id), total: Integer, edges: [Map] (by id); zero rows when $id is unknown
MATCH (f:Entity {id: $id})
WITH f, ($asOf IS NULL OR ((f.since IS NULL OR f.since <= $asOf) AND (f.until IS NULL OR $asOf <= f.until))) AS visible
// One shortest path per reached node gives its BFS distance (a StatefulShortestPath search, not an
// enumeration of every path). A quantifier cannot be a parameter, so one branch per depth runs.
CALL (f, visible) {
  CALL (f, visible) {
    WITH f
      WHERE visible AND $depth = 1
    MATCH p = ANY SHORTEST (f)(()-[r WHERE ($types IS NULL OR type(r) IN $types) AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)))]-(x:Entity WHERE ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR $asOf <= x.until))) AND ($kinds IS NULL OR x.kind IN $kinds))){1,1}(b)
      WHERE b <> f
    RETURN b, length(p) AS d
    UNION ALL
    WITH f
      WHERE visible AND $depth = 2
    MATCH p = ANY SHORTEST (f)(()-[r WHERE ($types IS NULL OR type(r) IN $types) AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)))]-(x:Entity WHERE ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR $asOf <= x.until))) AND ($kinds IS NULL OR x.kind IN $kinds))){1,2}(b)
      WHERE b <> f
    RETURN b, length(p) AS d
    UNION ALL
    WITH f
      WHERE visible AND $depth = 3
    MATCH p = ANY SHORTEST (f)(()-[r WHERE ($types IS NULL OR type(r) IN $types) AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)))]-(x:Entity WHERE ($asOf IS NULL OR ((x.since IS NULL OR x.since <= $asOf) AND (x.until IS NULL OR $asOf <= x.until))) AND ($kinds IS NULL OR x.kind IN $kinds))){1,3}(b)
      WHERE b <> f
    RETURN b, length(p) AS d
  }
  WITH b, d
    ORDER BY d, b.id
  RETURN collect(b) AS reached
}
WITH f, visible, reached[..$limit] AS kept, size(reached) AS total
CALL (f, visible, kept) {
  WITH [f] + kept AS members
    WHERE visible
  UNWIND members AS a
  MATCH (a)-[r]->(c:Entity)
    WHERE c IN members AND ($types IS NULL OR type(r) IN $types) AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)))
  WITH r
    ORDER BY r.id
  RETURN collect(r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS edges
}
RETURN f {.*} AS focus, visible, [n IN kept | n {.*}] AS nodes, total, edges
