// paths (step 2): for each of $xs, those of $ys it has a relationship visible at $asOf with
// params: $xs: [String], $ys: [String] (visible entities), $asOf: Integer|null, $fanout: Integer (relationships a node may have to be looked at from its side)
// returns: one row per found id of $xs: id: String, linked: [String] (unordered)
CALL () {
  UNWIND $ys AS y
  MATCH (b:Entity {id: y})
  RETURN collect(b) AS bs
}
UNWIND $xs AS x
MATCH (a:Entity {id: x})
// A node with few relationships is looked at from its side (IN on the shared list is a hash
// lookup); a hub is checked against each of the few $ys instead, from their side.
CALL (a, bs) {
  WITH a, bs
    WHERE COUNT { (a)--() } <= $fanout
  MATCH (a)-[r]-(b:Entity)
    WHERE b IN bs AND ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)))
  RETURN collect(DISTINCT b.id) AS near
}
CALL (a, bs) {
  WITH a, bs
    WHERE COUNT { (a)--() } > $fanout
  UNWIND bs AS b
  WITH a, b
    WHERE b <> a AND EXISTS { (a)-[r]-(b) WHERE $asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)) }
  RETURN collect(b.id) AS far
}
RETURN x AS id, near + far AS linked
