// sourcesByIds: the sources among $ids (order restored by the store)
// params: $ids: [String]
// returns: source: Map, one row per known id
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.*} AS source
