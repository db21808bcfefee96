// bench/bulk-sources: creates sources in an empty database (the benchmark's bulk load; the store's seed/sources merges instead)
// params: $rows: [{id: String, props: Map (title, url, publisher, date, reliability)}] (the rows of to-rows.ts)
// returns: nothing
UNWIND $rows AS row
CREATE (s:Source {id: row.id})
SET s += row.props
