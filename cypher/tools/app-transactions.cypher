// tools/app-transactions: the app's running transactions of one operation, found by the metadata the Neo4j store attaches to each (the reliability suite's kill mid-import)
// params: $app: String (the store's APP_NAME, 'alliance-atlas'), $operation: String (the GraphStore method, e.g. importGraph)
// returns: transactionId: String, status: String, activeLockCount: Integer (a read holds a shared lock or a few, a write a lock per node and relationship it writes), requestId: String or null
SHOW TRANSACTIONS
YIELD transactionId, status, activeLockCount, metaData AS metadata
  WHERE metadata.app = $app AND metadata.operation = $operation
RETURN transactionId, status, activeLockCount, metadata.requestId AS requestId
