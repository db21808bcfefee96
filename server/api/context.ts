import type { Role } from '../config.js';
import type { GraphStore, Stats } from '../store/graph-store.js';
import type { Loaders } from './loaders.js';

/** Who sent the request, from its `Authorization: Bearer` header. */
export type Caller =
  | { kind: 'anonymous' }
  /** A valid editor or admin token; `name` is the audit log's actor. */
  | { kind: 'editor'; name: string; role: Role }
  /** A token was sent but matches no editor. */
  | { kind: 'invalid' };

/** What every resolver receives (one per request). */
export interface ApiContext {
  /** The store, every call bounded by STORE_TIMEOUT_MS. */
  store: GraphStore;
  /** Per-request batching over entitiesByIds / sourcesByIds. */
  loaders: Loaders;
  requestId: string;
  caller: Caller;
  /** False when ATLAS_EDITOR_TOKENS is empty: every write is FORBIDDEN. */
  writesEnabled: boolean;
  /** `stats({})` (the whole graph, suspended facts included) once per request, shared by `kinds` and `relationTypes`. */
  currentStats: () => Promise<Stats>;
}
