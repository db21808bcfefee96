// schemaVersion: the migrations (cypher/migrations) the database records as applied, and whether it holds a graph
// params: none
// returns: applied: [String] (migration ids, sorted), hasData: Boolean (any entity or source)
CALL () {
  MATCH (m:Migration)
  WITH m.id AS id
    ORDER BY id
  RETURN collect(id) AS applied
}
RETURN applied, EXISTS { MATCH (n:Entity) } OR EXISTS { MATCH (s:Source) } AS hasData
