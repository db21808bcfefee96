/**
 * What the API suites (tests/api/*.ts) and the HTTP-layer tests share: an app over a store with
 * test config, a GraphQL client over supertest, the error check, a call-counting store, and the
 * field selections and answer shapes the suites read.
 */
import type { Express } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { createApp } from '../../server/app.js';
import { loadConfig, type Config } from '../../server/config.js';
import type { GraphData } from '../../domain/model.js';
import type { GraphStore } from '../../server/store/graph-store.js';

export const ALICE = 'alice-token-0123456789';
export const BOB = 'bob-token-9876543210';
const silent = pino({ level: 'silent' });

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    // Alice is an admin (imports, deleting well-connected entities), Bob an editor.
    ATLAS_EDITOR_TOKENS: `bob:${BOB}`,
    ATLAS_ADMIN_TOKENS: `alice:${ALICE}`,
    ATLAS_CLIENT_DIR: '/nonexistent/client/dist',
    ...env,
  });
}

export function appFor(store: GraphStore, env: Record<string, string> = {}): Express {
  return createApp({ config: testConfig(env), store, logger: silent });
}

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string };
}
/** A /graphql response body. */
export interface GqlBody<T = Record<string, unknown>> {
  data?: T | null;
  errors?: GqlError[];
}
/** The JSON body of a refused HTTP route (server/http/errors.ts). */
export interface RouteErrorBody {
  error: { code: string; message: string; field?: string };
}
export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors: GqlError[] | undefined;
  text: string;
}

/** POST /graphql; `token` sends `Authorization: Bearer <token>`. */
export async function gql<T = Record<string, unknown>>(
  app: Express,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult<T>> {
  let req = request(app).post('/graphql').set('Content-Type', 'application/json').set('Accept', 'application/json');
  if (token !== undefined) req = req.set('Authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  const body = res.body as GqlBody<T>;
  return { status: res.status, data: body.data, errors: body.errors, text: res.text };
}

/** The one error of a result, with its code (and field). */
export function expectError(result: GqlResult, code: string, field?: string): GqlError {
  expect(result.errors).toHaveLength(1);
  const error = result.errors![0]!;
  expect(error.extensions?.code).toBe(code);
  if (field !== undefined) expect(error.extensions?.field).toBe(field);
  expect(error.message.length).toBeGreaterThan(10);
  expect(result.text).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
  return error;
}

/** Counts every store method call; the N+1 tests read it. */
export function countingStore(store: GraphStore): { store: GraphStore; calls: Map<string, number>; total(): number } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(prop), (calls.get(String(prop)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls, total: () => [...calls.values()].reduce((a, b) => a + b, 0) };
}

/**
 * An export's entities and relationships without the order-free and source-only parts, for
 * comparing; suspensions and alternatives are left out (GraphML and CSV give them in words only).
 */
export function comparable(graph: GraphData) {
  const byId = <T extends { id?: string }>(a: T, b: T) => ((a.id ?? '') < (b.id ?? '') ? -1 : 1);
  return {
    entities: graph.entities.map((e) => ({ ...e, aliases: e.aliases ?? [] })).sort(byId),
    relationships: graph.relationships.map(({ suspensions: _s, alternatives: _a, ...r }) => r).sort(byId),
  };
}

/** Parts of the answers the tests below read, picked per query. */
export interface WithId {
  id: string;
}
export interface PageInfo {
  endCursor: string | null;
  hasNextPage: boolean;
}
export interface Subgraph {
  total: number;
  truncated: boolean;
  nodes: WithId[];
  edges: WithId[];
}

export const ENTITY_FIELDS =
  'id kind name aliases summary since until sinceDate untilDate version sources { id title url publisher reliability }';
export const REL_FIELDS =
  'id type since until sinceDate untilDate status credibility reliability grade confidence disputed role note version from { id name } to { id name } sources { id }';
