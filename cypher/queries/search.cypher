// search: entities holding at the time asked whose folded names match, scored like matchScore() in search-text.ts
// params: $lucene: String (escaped `word*` terms joined with AND), $q: String (folded text), $words: [String] (its words), $kinds: [String]|null, $lo, $hi: String|null (the first and last day asked about: a year's 1 Jan and 31 Dec, a day twice; null: all time), $first: Integer, $exact: Float, $prefix: Float, $wordScore: Float
// returns: entity: Map, score: Float; best first, then name, then id
CALL db.index.fulltext.queryNodes('entity_search_names', $lucene) YIELD node
WITH node
  WHERE ($kinds IS NULL OR node.kind IN $kinds) AND ($lo IS NULL OR ((node.startDay IS NULL OR node.startDay <= $hi) AND (node.endDay IS NULL OR $lo <= node.endDay)))
WITH node,
     reduce(best = -1.0, name IN node.searchNames |
       CASE
         WHEN name = $q AND $exact > best THEN $exact
         WHEN name STARTS WITH $q AND $prefix > best THEN $prefix
         WHEN $wordScore > best AND all(w IN $words WHERE any(t IN split(name, ' ') WHERE t STARTS WITH w))
           THEN $wordScore
         ELSE best
       END) AS score
  WHERE score >= 0
RETURN node {.*} AS entity, score
ORDER BY score DESC, node.name, node.id
LIMIT $first
