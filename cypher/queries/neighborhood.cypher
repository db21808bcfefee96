// neighborhood (step 1): the ids at each breadth-first distance (1, 2, 3) from $id over visible relationships of $types, entering visible nodes of $kinds
// params: $id: String, $depth: Integer (1–3), $kinds: [String]|null, $types: [String]|null (relationTypes), $asOf: Integer|null
// returns: focus: Map, visible: Boolean (focus valid at $asOf; else no levels), level1, level2, level3: [String] (unordered); zero rows when $id is unknown
MATCH (f:Entity {id: $id})
WITH f, ($asOf IS NULL OR ((f.since IS NULL OR f.since <= $asOf) AND (f.until IS NULL OR $asOf <= f.until))) AS visible
// Level by level: a neighbour of a node at distance k is at k-1, k or k+1, so the next level is
// the neighbours of this one minus this level and the one before (IN on a list shared by every
// row is a hash lookup). No path is enumerated, so a hub with 100k+ relationships stays fast.
// The store orders and cuts the levels: a sort here over rows that share a large list runs out of
// transaction memory on a hub.
WITH f, visible, CASE WHEN visible THEN [f] ELSE [] END AS l0
CALL (l0) {
  UNWIND l0 AS a
  MATCH (a)-[r]-(b:Entity)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)))
      AND ($asOf IS NULL OR ((b.since IS NULL OR b.since <= $asOf) AND (b.until IS NULL OR $asOf <= b.until))) AND ($kinds IS NULL OR b.kind IN $kinds)
      AND b <> a
  RETURN collect(DISTINCT b) AS l1
}
CALL (l0, l1) {
  WITH l0, l1
    WHERE $depth >= 2
  UNWIND l1 AS a
  MATCH (a)-[r]-(b:Entity)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)))
      AND ($asOf IS NULL OR ((b.since IS NULL OR b.since <= $asOf) AND (b.until IS NULL OR $asOf <= b.until))) AND ($kinds IS NULL OR b.kind IN $kinds)
      AND NOT b IN l1 AND NOT b IN l0
  RETURN collect(DISTINCT b) AS l2
}
CALL (l1, l2) {
  WITH l1, l2
    WHERE $depth >= 3
  UNWIND l2 AS a
  MATCH (a)-[r]-(b:Entity)
    WHERE ($types IS NULL OR type(r) IN $types) AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)))
      AND ($asOf IS NULL OR ((b.since IS NULL OR b.since <= $asOf) AND (b.until IS NULL OR $asOf <= b.until))) AND ($kinds IS NULL OR b.kind IN $kinds)
      AND NOT b IN l2 AND NOT b IN l1
  RETURN collect(DISTINCT b) AS l3
}
RETURN f {.*} AS focus, visible,
       [n IN l1 | n.id] AS level1, [n IN l2 | n.id] AS level2, [n IN l3 | n.id] AS level3
