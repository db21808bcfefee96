// search: visible entities whose folded names match, scored like matchScore() in search-text.ts
// params: $lucene: String (escaped `word*` terms joined with AND), $q: String (folded text), $words: [String] (its words), $kinds: [String]|null, $asOf: Integer|null, $first: Integer, $exact: Float, $prefix: Float, $wordScore: Float
// returns: entity: Map, score: Float; best first, then name, then id
CALL db.index.fulltext.queryNodes('entity_search_names', $lucene) YIELD node
WITH node
  WHERE ($kinds IS NULL OR node.kind IN $kinds) AND ($asOf IS NULL OR ((node.since IS NULL OR node.since <= $asOf) AND (node.until IS NULL OR $asOf <= node.until)))
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
