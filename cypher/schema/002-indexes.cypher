// 002-indexes: search and filter indexes (applied after the constraints, then db.awaitIndexes)
// params: none
// returns: nothing; each statement is idempotent (IF NOT EXISTS), separated by ';'
// searchNames holds folded, space-separated names, so the whitespace analyzer splits them exactly
// as search-text.ts does.
CREATE FULLTEXT INDEX entity_search_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchNames]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
