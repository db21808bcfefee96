// resetForTests: TEST ONLY, DESTRUCTIVE: deletes every node and relationship but the migration record (the schema and its version stay)
// params: none
// returns: nothing
MATCH (n)
  WHERE NOT n:Migration
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
