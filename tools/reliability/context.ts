import type { OwnedNeo4j } from './neo4j.js';
import type { ServerProcess } from './server.js';
import type { Ledger } from './ledger.js';
import type { Report } from './summary.js';

/** Ids of the seeded graph the load and the checks read. */
export interface SeedIds {
  states: string[];
  organizations: string[];
  frameworks: string[];
  activities: string[];
  entities: string[];
  relationships: string[];
  sources: string[];
  /** Entity names, for searches. */
  names: string[];
}

export interface Editor {
  name: string;
  token: string;
}

/** Everything the checks share: the servers and the database this run owns, and the tally. */
export interface Suite {
  full: boolean;
  report: Report;
  neo4j: OwnedNeo4j;
  /** createApp on a Neo4jStore with editor tokens, introspection on, CORS closed, a rate limit above the load. */
  main: ServerProcess;
  /** The editor token of the load, the injection and the fuzz. */
  token: string;
  /** Many editors for the concurrency check (all configured on `main`). */
  editors: Editor[];
  storeTimeoutMs: number;
  /** Distinguishes this run's ids from any other run's. */
  runId: string;
  seed: SeedIds;
  ledger: Ledger;
  /** Sources every write may cite. */
  sourceId: string;
}

/** Resolves after `ms`. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A seeded pseudo-random generator (mulberry32), so a run's choices can be replayed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rnd: () => number, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rnd() * items.length)]!;
}

/** The p-th percentile (0–100) of `values` (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}
