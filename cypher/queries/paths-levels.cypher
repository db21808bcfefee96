// paths (step 1, per end): breadth-first levels from $id over visible relationships, entering visible nodes of $kinds and $other, never going through $other
// params: $id: String, $other: String, $depth: Integer (0–3), $kinds: [String]|null, $asOf: Integer|null
// returns: found, otherFound, visible: Boolean (both ends valid at $asOf; else no levels), level1, level2, level3: [String] (unordered), degree: Integer (relationships of the level at $depth, $other left out), otherDegree: Integer (relationships of $other), linked: Boolean ($id and $other share a visible relationship)
OPTIONAL MATCH (f:Entity {id: $id})
OPTIONAL MATCH (o:Entity {id: $other})
WITH f, o, f IS NOT NULL AND o IS NOT NULL
       AND ($asOf IS NULL OR ((f.since IS NULL OR f.since <= $asOf) AND (f.until IS NULL OR $asOf <= f.until)))
       AND ($asOf IS NULL OR ((o.since IS NULL OR o.since <= $asOf) AND (o.until IS NULL OR $asOf <= o.until))) AS visible
// As neighborhood.cypher: level by level, the next level being the neighbours of this one minus
// this level and the one before, so no path is enumerated. $other is entered (an end) but never
// gone through; a node of another kind is neither.
WITH f, o, visible, CASE WHEN visible THEN [f] ELSE [] END AS l0
CALL (l0, o) {
  WITH l0, o
    WHERE $depth >= 1
  UNWIND l0 AS a
  MATCH (a)-[r]-(b:Entity)
    WHERE ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)))
      AND ($asOf IS NULL OR ((b.since IS NULL OR b.since <= $asOf) AND (b.until IS NULL OR $asOf <= b.until))) AND (b = o OR $kinds IS NULL OR b.kind IN $kinds)
      AND b <> a
  RETURN collect(DISTINCT b) AS l1
}
CALL (l0, l1, o) {
  WITH l0, l1, o
    WHERE $depth >= 2
  UNWIND l1 AS a
  WITH a, o
    WHERE a <> o
  MATCH (a)-[r]-(b:Entity)
    WHERE ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)))
      AND ($asOf IS NULL OR ((b.since IS NULL OR b.since <= $asOf) AND (b.until IS NULL OR $asOf <= b.until))) AND (b = o OR $kinds IS NULL OR b.kind IN $kinds)
      AND NOT b IN l1 AND NOT b IN l0
  RETURN collect(DISTINCT b) AS l2
}
CALL (l1, l2, o) {
  WITH l1, l2, o
    WHERE $depth >= 3
  UNWIND l2 AS a
  WITH a, o
    WHERE a <> o
  MATCH (a)-[r]-(b:Entity)
    WHERE ($asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)))
      AND ($asOf IS NULL OR ((b.since IS NULL OR b.since <= $asOf) AND (b.until IS NULL OR $asOf <= b.until))) AND (b = o OR $kinds IS NULL OR b.kind IN $kinds)
      AND NOT b IN l2 AND NOT b IN l1
  RETURN collect(DISTINCT b) AS l3
}
CALL (l0, l1, l2, l3, o) {
  UNWIND [l0, l1, l2, l3][$depth] AS n
  WITH n, o
    WHERE n <> o
  RETURN sum(COUNT { (n)--() }) AS degree
}
RETURN f IS NOT NULL AS found, o IS NOT NULL AS otherFound, visible,
       [n IN l1 | n.id] AS level1, [n IN l2 | n.id] AS level2, [n IN l3 | n.id] AS level3, degree,
       CASE WHEN o IS NULL THEN 0 ELSE COUNT { (o)--() } END AS otherDegree,
       visible AND EXISTS { (f)-[r]-(o) WHERE $asOf IS NULL OR ((r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR $asOf <= r.until)) } AS linked
