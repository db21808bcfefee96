// seed/sources: creates or replaces sources by id (seedGraph and importGraph)
// params: $rows: [{id: String, props: Map (title, url, publisher, date, reliability; null removes)}]
// returns: count: Integer, changed: [String] (existing sources whose reliability this changed: the relationships citing them need queries/refresh-reliability)
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
WITH row, s, s.reliability AS before
SET s += row.props
RETURN count(s) AS count, collect(CASE WHEN before IS NOT NULL AND before <> s.reliability THEN s.id END) AS changed
