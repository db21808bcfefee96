// bench/wipe: deletes every node and relationship, the schema stays (the next scale on the same database); run in an implicit (auto-commit) transaction, as CALL … IN TRANSACTIONS needs
// params: none
// returns: nothing
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
