// await-indexes: waits up to 300 s until every index is online (a new full-text index fills asynchronously, and a search before that would miss entities)
// params: none
// returns: nothing used
CALL db.awaitIndexes(300);
