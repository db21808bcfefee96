/** What the GraphStore contract's areas (tests/contract/*.ts) share: the harness, the fixtures, the checks. */
import { join } from 'node:path';
import { AppError, type ErrorCode } from '../../server/errors.js';
import type { NormalizedGraph } from '../../domain/graph-data.js';
import { loadGraphFiles } from '../../server/data/load-data-dir.js';
import type { GraphStore } from '../../server/store/graph-store.js';
import type { Relationship } from '../../domain/model.js';
import { ROOT } from '../../server/paths.js';

export interface StoreHarness {
  /** A store holding exactly `graph`, whatever it held before. */
  fresh(graph: NormalizedGraph): Promise<GraphStore>;
  close(): Promise<void>;
}

export const BALTIC: NormalizedGraph = loadGraphFiles([join(ROOT, 'tests/fixtures/baltic.json')]);
export const EMPTY: NormalizedGraph = { sources: [], entities: [], relationships: [] };

export const alice = { actor: 'alice' };
export const poland = { id: 'state:pol', kind: 'STATE' as const, name: 'Poland', sources: ['source:nato-members'] };

export async function expectAppError(promise: Promise<unknown>, code: ErrorCode, field?: string): Promise<AppError> {
  let caught: unknown;
  try {
    await promise;
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(AppError);
  const error = caught as AppError;
  expect(error.code).toBe(code);
  if (field !== undefined) expect(error.field).toBe(field);
  return error;
}

export const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
export const ends = (r: Relationship) => [r.from, r.to];
