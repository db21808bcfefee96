import type { GraphStore } from '../../server/store/graph-store.js';

/** The store with one method replaced. */
export function withMethod(store: GraphStore, name: keyof GraphStore, impl: (...args: unknown[]) => unknown): GraphStore {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === name) return impl;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
