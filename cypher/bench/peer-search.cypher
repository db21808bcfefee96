// bench/peer-search: target (c)'s search field, a template: «queries/search» stands for that store statement, spliced in by bench/lib/neo4j-graphql.ts (a @cypher field runs one statement and sees only its arguments)
// params: $lucene: String, $q: String, $words: [String], $first: Integer (the field's arguments)
// returns: entity: Map, one row per hit
CALL () {
«queries/search»
}
RETURN entity
