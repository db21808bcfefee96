import DataLoader from 'dataloader';
import type { Entity, Source } from '../../domain/model.js';
import type { GraphStore } from '../store/graph-store.js';

/** Per-request loaders: every `Relationship.from/to` and `sources` field in one request is batched. */
export interface Loaders {
  entities: DataLoader<string, Entity | null>;
  sources: DataLoader<string, Source | null>;
  /** Seeds the entity cache with entities a query already returned (no store call for them). */
  primeEntities(entities: readonly Entity[]): void;
  /** Drops cached rows; called after every write so later fields in the request see the new state. */
  clear(): void;
}

function byId<T extends { id: string }>(keys: readonly string[], rows: readonly T[]): (T | null)[] {
  const found = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => found.get(k) ?? null);
}

export function createLoaders(store: GraphStore): Loaders {
  // Batches the keys requested in one tick; bounded so one call never carries an unbounded id list.
  const options = { maxBatchSize: 5000 };
  const entities = new DataLoader<string, Entity | null>(
    async (ids) => byId(ids, await store.entitiesByIds(ids)),
    options,
  );
  const sources = new DataLoader<string, Source | null>(
    async (ids) => byId(ids, await store.sourcesByIds(ids)),
    options,
  );
  return {
    entities,
    sources,
    primeEntities(list) {
      for (const e of list) entities.prime(e.id, e);
    },
    clear() {
      entities.clearAll();
      sources.clearAll();
    },
  };
}
