import type { GraphStore, WriteBounds } from '../../server/store/graph-store.js';

/** The store with one method replaced. */
export function withMethod(
  store: GraphStore,
  name: keyof GraphStore,
  impl: (...args: unknown[]) => unknown,
): GraphStore {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === name) return impl;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The store giving write bounds, as a store whose writes can outlive their call (Neo4j) does. */
export function withWriteBounds(store: GraphStore, bounds: WriteBounds): GraphStore {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'writeBounds') return bounds;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
