import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The id of the HTTP request being served, carried through async calls so the Neo4j store can tag
 * each transaction with it (`SHOW TRANSACTIONS` then names the request) without the GraphStore
 * interface knowing about HTTP.
 */
const current = new AsyncLocalStorage<string>();

export function runWithRequestId<T>(id: string, work: () => T): T {
  return current.run(id, work);
}

/** The current request's id, or null outside a request (start-up, seeding, tools). */
export function currentRequestId(): string | null {
  return current.getStore() ?? null;
}
