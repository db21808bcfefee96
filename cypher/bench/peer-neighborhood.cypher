// bench/peer-neighborhood: target (c)'s neighborhood field, a template: «queries/neighborhood» and «queries/neighborhood-subgraph» stand for those store statements (the second reading the kept ids from this one), joined with APOC's sort where the store orders and cuts in JavaScript
// params: $id: String, $depth: Integer, $limit: Integer (the field's arguments)
// returns: result: {total: Integer, nodes: [Map], edges: [Map]}
CALL () {
«queries/neighborhood»
}
WITH focus, apoc.coll.sort(level1) + apoc.coll.sort(level2) + apoc.coll.sort(level3) AS reached
WITH size(reached) AS total, [focus.id] + reached[..$limit] AS ids
CALL (ids) {
«queries/neighborhood-subgraph»
}
RETURN {total: total, nodes: nodes, edges: edges} AS result
