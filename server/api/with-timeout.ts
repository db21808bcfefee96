import type { Config } from '../config.js';
import { UnavailableError } from '../errors.js';
import type { GraphStore } from '../store/graph-store.js';

/** How long a wrapped store call may take, per method; methods not listed get `defaultMs`. */
export interface StoreCallBounds {
  readonly defaultMs: number;
  readonly byMethod?: Partial<Record<keyof GraphStore, number>>;
}

/** The store's writes other than importGraph: one transaction each, bounded server-side by STORE_TIMEOUT_MS. */
export const WRITE_METHODS = ['upsertEntity', 'upsertRelationship', 'deleteEntity', 'deleteRelationship'] as const;

/**
 * How much longer than a transaction's server-side timeout the API waits before answering
 * UNAVAILABLE, so that the database has always either committed (and answered) or rolled back by
 * then, and an UNAVAILABLE write was never written: the window in which the Neo4j driver may start
 * a retry (half the store timeout, at least 500 ms: `retryWindowMs` in server/store/neo4j/driver.ts),
 * plus 3 s for the database's transaction monitor (it checks timeouts every 2 s) and the network.
 */
export function commitMarginMs(storeTimeoutMs: number): number {
  return Math.max(500, Math.floor(storeTimeoutMs / 2)) + 3000;
}

/**
 * The API's bounds (docs/api-limits.md): reads STORE_TIMEOUT_MS; a write its transaction's timeout
 * (STORE_TIMEOUT_MS) plus the commit margin; importGraph IMPORT_TIMEOUT_MS plus the commit margin.
 */
export function storeCallBounds(config: Pick<Config, 'storeTimeoutMs' | 'importTimeoutMs'>): StoreCallBounds {
  const margin = commitMarginMs(config.storeTimeoutMs);
  const writeMs = config.storeTimeoutMs + margin;
  return {
    defaultMs: config.storeTimeoutMs,
    byMethod: {
      ...Object.fromEntries(WRITE_METHODS.map((m) => [m, writeMs])),
      importGraph: config.importTimeoutMs + margin,
    },
  };
}

/**
 * Wraps a store so that every call (except `close`) rejects with UNAVAILABLE when it takes longer
 * than its bound (`ms`, or per method). The late call's own outcome is swallowed so it never
 * becomes an unhandled rejection.
 */
export function withTimeout(store: GraphStore, bounds: number | StoreCallBounds): GraphStore {
  const { defaultMs, byMethod = {} } = typeof bounds === 'number' ? { defaultMs: bounds } : bounds;
  return new Proxy(store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (prop === 'close') return fn.bind(target);
      const ms = byMethod[prop as keyof GraphStore] ?? defaultMs;
      return (...args: unknown[]) => {
        const call = Promise.resolve().then(() => fn.apply(target, args));
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => {
            call.catch(() => undefined);
            reject(
              new UnavailableError(
                `the graph store did not answer within ${ms} ms (${String(prop)}); try again shortly`,
              ),
            );
          }, ms);
        });
        return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
      };
    },
  });
}
