// v1Seed: TEST ONLY (tests/neo4j/migrations.test.ts): makes the database one that the v1 model wrote: forgets the migration record, then writes sources, entities and relationships with v1's properties only
// params: $sources: [{id, props}] (title, url, publisher, date, reliability: free text|null), $entities: [{id, label, props}] (kind, name, aliases, summary, since, until, sources, searchNames), $relationships: [{id, type, from, to, props}] (since, until, confidence: 'high'|'medium'|'low', sources, role, note)
// returns: sources, entities, relationships: Integer (written)
CALL () {
  OPTIONAL MATCH (m:Migration)
  DELETE m
  RETURN count(m) AS forgotten
}
CALL () {
  UNWIND $sources AS row
  CREATE (s:Source {id: row.id})
  SET s += row.props
  RETURN count(s) AS sources
}
CALL () {
  UNWIND $entities AS row
  CREATE (n:Entity {id: row.id})
  SET n += row.props, n:$(row.label), n.version = 1
  RETURN count(n) AS entities
}
CALL () {
  UNWIND $relationships AS row
  MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
  CREATE (a)-[r:$(row.type)]->(b)
  SET r += row.props, r.id = row.id, r.version = 1
  RETURN count(r) AS relationships
}
RETURN sources, entities, relationships
