import { Neo4jError } from 'neo4j-driver';

/**
 * Neo4j runs transactions at read-committed isolation: a statement that reads a node or
 * relationship another transaction deletes at that moment fails with this code, and the database
 * says the problem is temporary. The driver does not retry it (it is not a TransientError).
 */
export const CONCURRENT_DELETE = 'Neo.ClientError.Statement.EntityNotFound';

/**
 * How often a transaction is tried in all when it meets a concurrent delete. A writer that keeps
 * replacing the same relationships can meet a read three times in a row on a busy machine (CI saw
 * it once), so the read backs off a little longer each time: 10, 20, 40, 80 ms, with jitter.
 */
const ATTEMPTS = 5;
const FIRST_BACKOFF_MS = 10;

/**
 * Runs `attempt` (one whole transaction, rolled back when it throws, so running it again is safe)
 * again when it met a concurrent delete; a later attempt sees the committed graph.
 */
export async function retryConcurrentDelete<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (e) {
      if (n >= ATTEMPTS || !(e instanceof Neo4jError && e.code === CONCURRENT_DELETE)) throw e;
      const backoff = FIRST_BACKOFF_MS * 2 ** (n - 1);
      await new Promise((resolve) => setTimeout(resolve, backoff / 2 + Math.random() * backoff));
    }
  }
}
