// bench/bulk-relationships: creates relationships at version 1 between existing entities in an empty database (the benchmark's bulk load: no lookup of a relationship to replace, which seed/relationships needs)
// params: $rows: [{id: String, type: String, from: String, to: String, props: Map (the relationship properties of to-rows.ts, with reliability: the best cited source's grade, which seed/relationships derives)}]
// returns: nothing
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r += row.props, r.id = row.id, r.version = 1
