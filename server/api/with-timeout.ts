import type { Config } from '../config.js';
import { UnavailableError } from '../errors.js';
import type { GraphStore } from '../store/graph-store.js';

/** How long a wrapped store call may take, per method; methods not listed get `defaultMs`. */
export interface StoreCallBounds {
  readonly defaultMs: number;
  readonly byMethod?: Partial<Record<keyof GraphStore, number>>;
}

/** The store's writes other than importGraph: one transaction each. */
export const WRITE_METHODS = ['upsertEntity', 'upsertRelationship', 'deleteEntity', 'deleteRelationship'] as const;

/**
 * The API's bounds (docs/api-limits.md): reads STORE_TIMEOUT_MS; writes and importGraph the bounds
 * the store gives for them (when its writes can outlive their call), else STORE_TIMEOUT_MS and
 * IMPORT_TIMEOUT_MS.
 */
export function storeCallBounds(
  config: Pick<Config, 'storeTimeoutMs' | 'importTimeoutMs'>,
  store: Pick<GraphStore, 'writeBounds'>,
): StoreCallBounds {
  const { writeMs, importMs } = store.writeBounds ?? {
    writeMs: config.storeTimeoutMs,
    importMs: config.importTimeoutMs,
  };
  return {
    defaultMs: config.storeTimeoutMs,
    byMethod: { ...Object.fromEntries(WRITE_METHODS.map((m) => [m, writeMs])), importGraph: importMs },
  };
}

/**
 * Wraps a store so that every call (except `close`) rejects with UNAVAILABLE when it takes longer
 * than its bound (`ms`, or per method).
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
        // The race subscribes to `call`, so its late failure is never an unhandled rejection.
        const call = Promise.resolve().then(() => fn.apply(target, args));
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => {
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
