// resetForTests: TEST ONLY, DESTRUCTIVE: deletes every node and relationship (the schema stays)
// params: none
// returns: nothing
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
