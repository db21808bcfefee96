// bench/apoc-version: APOC's version; fails when APOC did not load (then @neo4j/graphql is not measured)
// params: none
// returns: v: String
RETURN apoc.version() AS v
