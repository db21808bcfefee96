import { trace } from '../trace.js';
import type { GraphStore } from './graph-store.js';

/** `store` with every call traced on atlas:store: method, time and outcome (the error's code or name when it failed). */
export function traceCalls(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => unknown;
      return async (...args: unknown[]) => {
        const started = performance.now();
        let outcome = 'ok';
        try {
          return await fn.apply(target, args);
        } catch (e) {
          outcome = `failed: ${String((e as { code?: unknown } | null)?.code ?? (e as Error | null)?.name ?? e)}`;
          throw e;
        } finally {
          trace.store('%s.%s %dms %s', target.backend, String(prop), Math.round(performance.now() - started), outcome);
        }
      };
    },
  });
}
