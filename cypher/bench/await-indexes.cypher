// bench/await-indexes: waits up to 600 s until every index is online after a load (a full-text index fills asynchronously)
// params: none
// returns: nothing used
CALL db.awaitIndexes(600)
