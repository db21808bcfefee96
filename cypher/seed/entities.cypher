// seed/entities: creates or replaces entities by id, relabelling them by kind (seedGraph, importGraph, upsertEntity)
// params: $rows: [{id: String, label: String (KIND_LABEL), props: Map (kind, name, aliases, summary, since, until, sinceDate, untilDate, startDay, endDay, sources, searchNames; null removes)}], $bump: Integer (0 keeps the version of an existing entity, 1 adds one)
// returns: count: Integer
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
// Take the node's write lock before reading its version, so concurrent writers cannot lose updates.
SET n._lock = true
REMOVE n._lock, n._new, n:State:Organization:Framework:Mechanism:Activity:Institution:Threat:Region:Event:Document:Command
SET n += row.props,
    n:$(row.label),
    n.version = CASE WHEN n.version IS NULL THEN 1 ELSE n.version + $bump END
RETURN count(n) AS count
