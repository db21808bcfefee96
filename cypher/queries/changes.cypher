// changes: the relationships and entities with a change (a start, an end, a suspension's start or end) on a day within $first–$last
// params: $ids: [String]|null (only these entities and the relationships among them; null: every entity of $kinds), $kinds: [String]|null, $types: [String]|null (relationTypes), $first, $last: String (the window's days, both included), $minReliability: String|null, $maxCredibility: Integer|null (the evidence filter)
// returns: relationships: [Map] (unordered), entities: [Map] (unordered)
// A start or end is the stored startDay/endDay (domain/valid-at.ts), a suspension's its entry of
// suspensionStarts/suspensionEnds (whose open ends, 0000-00-00 and 9999-99-99, fall in no window).
// The store dates, orders, counts and cuts them (server/store/change-report.ts).
// With $ids, from each of them (IN on the shared list is a hash lookup); without, every relationship.
CALL () {
  UNWIND coalesce($ids, []) AS id
  MATCH (a:Entity {id: id})-[r]->(b:Entity)
    WHERE b.id IN $ids AND ($types IS NULL OR type(r) IN $types)
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($first <= r.startDay <= $last OR $first <= r.endDay <= $last
        OR any(d IN r.suspensionStarts WHERE $first <= d <= $last) OR any(d IN r.suspensionEnds WHERE $first <= d <= $last))
  RETURN collect(r {.*, type: type(r), from: a.id, to: b.id}) AS around
}
CALL () {
  UNWIND CASE WHEN $ids IS NULL THEN [true] ELSE [] END AS everything
  MATCH (a:Entity)-[r]->(b:Entity)
    WHERE ($kinds IS NULL OR (a.kind IN $kinds AND b.kind IN $kinds)) AND ($types IS NULL OR type(r) IN $types)
      AND ($minReliability IS NULL OR r.reliability <= $minReliability) AND ($maxCredibility IS NULL OR r.credibility <= $maxCredibility)
      AND ($first <= r.startDay <= $last OR $first <= r.endDay <= $last
        OR any(d IN r.suspensionStarts WHERE $first <= d <= $last) OR any(d IN r.suspensionEnds WHERE $first <= d <= $last))
  RETURN collect(r {.*, type: type(r), from: a.id, to: b.id}) AS everywhere
}
CALL () {
  UNWIND coalesce($ids, []) AS id
  MATCH (n:Entity {id: id})
    WHERE $first <= n.startDay <= $last OR $first <= n.endDay <= $last
  RETURN collect(n {.*}) AS near
}
CALL () {
  UNWIND CASE WHEN $ids IS NULL THEN [true] ELSE [] END AS everything
  MATCH (n:Entity)
    WHERE ($kinds IS NULL OR n.kind IN $kinds) AND ($first <= n.startDay <= $last OR $first <= n.endDay <= $last)
  RETURN collect(n {.*}) AS far
}
RETURN around + everywhere AS relationships, near + far AS entities
