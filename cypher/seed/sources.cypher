// seed/sources: creates or replaces sources by id (seedGraph and importGraph)
// params: $rows: [{id: String, props: Map (title, url, publisher, date, reliability; null removes)}]
// returns: count: Integer
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props
RETURN count(s) AS count
