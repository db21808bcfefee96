// bench/neo4j-version: the running Neo4j's version, for the report
// params: none
// returns: v: String
CALL dbms.components() YIELD name, versions
RETURN versions[0] AS v
