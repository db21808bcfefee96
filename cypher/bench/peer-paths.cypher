// bench/peer-paths: target (c)'s paths field, a template: «bench/paths-all-shortest» stands for that statement (a @cypher field runs one statement, so (c) answers paths with ALL SHORTEST, not the store's walk)
// params: $from: String, $to: String, $maxLength: Integer, $limit: Integer (the field's arguments)
// returns: path: {nodes: [Map], edges: [Map]}, one row per path
CALL () {
«bench/paths-all-shortest»
}
UNWIND paths AS path
RETURN path
