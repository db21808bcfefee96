import { UnavailableError } from '../errors.js';
import type { GraphStore } from '../store/graph-store.js';

/**
 * Wraps a store so that every call (except `close`) rejects with UNAVAILABLE when it takes longer
 * than `ms`. The late call's own outcome is swallowed so it never becomes an unhandled rejection.
 */
export function withTimeout(store: GraphStore, ms: number): GraphStore {
  return new Proxy(store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      if (prop === 'close') return fn.bind(target);
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
