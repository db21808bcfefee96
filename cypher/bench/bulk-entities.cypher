// bench/bulk-entities: creates entities at version 1 in an empty database (the benchmark's bulk load: no MERGE, write lock or relabelling, which seed/entities needs)
// params: $rows: [{id: String, label: String (KIND_LABEL), props: Map (kind, name, aliases, summary, since, until, sources, searchNames)}] (the rows of to-rows.ts)
// returns: nothing
UNWIND $rows AS row
CREATE (n:Entity {id: row.id})
SET n += row.props, n:$(row.label), n.version = 1
