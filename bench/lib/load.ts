import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { ROOT } from '../../server/paths.js';
import type { Target } from '../server.js';
import {
  API_DOCUMENTS,
  API_ONLY,
  NEO4J_GRAPHQL_DOCUMENTS,
  filterVariables,
  type ComparedQuery,
  type QueryName,
  type Vars,
} from './queries.js';

export interface RunningTarget {
  target: Target;
  url: string;
  pid: number;
  rss(): Promise<number | null>;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Kills every server child this process started (on error or SIGINT). */
export function killAllTargets(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

export async function startTarget(target: Target, env: Record<string, string>): Promise<RunningTarget> {
  const child = fork(join(ROOT, 'bench/server.ts'), [target], {
    execArgv: ['--import', 'tsx', '--max-old-space-size=8192'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  running.add(child);
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${target} did not start:\n${output.slice(-3000)}`)), 300_000);
    child.stdout!.on('data', (c: Buffer) => {
      output += c.toString();
      const m = /BENCH_READY (\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${target} exited with ${String(code)}:\n${output.slice(-3000)}`));
    });
  });
  child.removeAllListeners('exit');
  child.on('exit', () => running.delete(child));
  return {
    target,
    url: `http://127.0.0.1:${port}${target === 'floor' ? '/' : '/graphql'}`,
    pid: child.pid!,
    rss: () =>
      new Promise((resolve) => {
        if (!child.connected) return resolve(null);
        const timer = setTimeout(() => resolve(null), 5000);
        child.once('message', (m: { rss?: number }) => {
          clearTimeout(timer);
          resolve(m.rss ?? null);
        });
        child.send('rss');
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          running.delete(child);
          resolve();
        });
        if (child.connected) child.send('stop');
        else child.kill('SIGTERM');
      }),
  };
}

const pick = (vars: Vars, keys: string[]): Vars =>
  Object.fromEntries(keys.filter((k) => k in vars).map((k) => [k, vars[k]!]));
const API_VARS: Record<QueryName, string[]> = {
  entity: ['id'],
  search: ['text'],
  neighborhood1: ['id'],
  neighborhood2: ['id'],
  neighborhood1At: ['id'],
  neighborhood1Evidence: ['id'],
  paths: ['from', 'to'],
  pathsSimple: ['from', 'to'],
  changes: [],
  compare: ['from', 'to'],
};
const NEO4J_GRAPHQL_VARS: Record<QueryName, string[]> = { ...API_VARS, search: ['lucene', 'q', 'words'] };

/** The request bodies one target gets for one query, precomputed (the load generator only cycles). */
export function requestBodies(target: Target, query: QueryName | 'hello', lists: Vars[]): string[] {
  if (target === 'hello' || query === 'hello') return [JSON.stringify({ query: '{ hello }' })];
  if (API_ONLY.has(query) && target !== 'api-neo4j' && target !== 'api-memory') {
    throw new Error(`${query} is measured on our API only (API_ONLY), not on ${target}`);
  }
  switch (target) {
    case 'api-neo4j':
    case 'api-memory':
      return lists.map((v) => JSON.stringify({ query: API_DOCUMENTS[query], variables: pick(v, API_VARS[query]) }));
    case 'floor':
      return lists.map((v) => JSON.stringify({ q: query, v: pick(v, API_VARS[query]) }));
    case 'neo4j-graphql': {
      const compared = query as ComparedQuery;
      // Our statements' parameters, bound as the store binds them, beside each request's own.
      const filters = filterVariables(compared);
      return lists.map((v) =>
        JSON.stringify({
          query: NEO4J_GRAPHQL_DOCUMENTS[compared],
          variables: { ...pick(v, NEO4J_GRAPHQL_VARS[query]), ...filters },
        }),
      );
    }
  }
}

/** Sends a few bodies one by one; returns the parsed answers and the first error, so a broken target is never "fast". */
export async function probe(
  url: string,
  bodies: string[],
  n: number,
): Promise<{ answers: unknown[]; errors: number; firstError: string | null }> {
  const answers: unknown[] = [];
  let errors = 0;
  let firstError: string | null = null;
  for (const body of bodies.slice(0, n)) {
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = (await res.json()) as { errors?: { message: string }[] };
      answers.push(json);
      if (!res.ok || (json.errors && json.errors.length > 0)) {
        errors++;
        firstError ??= `${res.status} ${JSON.stringify(json.errors ?? json).slice(0, 300)}`;
      }
    } catch (e) {
      errors++;
      firstError ??= String(e);
      answers.push(null);
    }
  }
  return { answers, errors, firstError };
}

export interface Measurement {
  connections: number;
  seconds: number;
  requests: number;
  /** Requests per second. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Answers with an HTTP status outside 2xx. */
  non2xx: number;
  /** 2xx answers whose body carries GraphQL `errors` (a failed read answered with 200 is not a fast sample). */
  graphqlErrors: number;
  /** Connection errors and timeouts (autocannon's). */
  errors: number;
  timeouts: number;
}

/** Any failed request in a window: the window is reported as failed and its ratios withheld. */
export const failures = (m: Measurement): number => m.non2xx + m.graphqlErrors + m.errors + m.timeouts;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * A GraphQL error in an answer's body. Our API, @neo4j/graphql, yoga and the floor all put
 * `"errors":[` at the top level of a failed answer; no data of the benchmark holds that text (a
 * name would be a quoted value, never a key), so a substring test is exact here and costs the
 * load generator, which shares the cores with the servers, no JSON parse per answer.
 */
export const hasGraphQLErrors = (body: string): boolean => body.includes('"errors":[');

/**
 * Runs autocannon (programmatic) against `url` for `seconds`, each request taking the next body of
 * `bodies`. Latencies come from every 'response' event (exact p95; autocannon's summary has p97.5
 * but no p95); every 2xx body is checked for GraphQL errors.
 */
export async function measure(
  url: string,
  bodies: string[],
  connections: number,
  seconds: number,
): Promise<Measurement> {
  let i = 0;
  let graphqlErrors = 0;
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 60,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length]! }),
        onResponse: (status, body) => {
          if (status >= 200 && status < 300 && hasGraphQLErrors(body)) graphqlErrors++;
        },
      },
    ],
  });
  // Without a callback autocannon returns its tracker, an EventEmitter that is also thenable; the
  // typings only describe the promise.
  (instance as unknown as NodeJS.EventEmitter).on(
    'response',
    (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
    },
  );
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const sum = latencies.reduce((s, x) => s + x, 0);
  return {
    connections,
    seconds,
    requests: latencies.length,
    throughput: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    mean: latencies.length > 0 ? sum / latencies.length : NaN,
    max: latencies[latencies.length - 1] ?? NaN,
    non2xx: result.non2xx,
    graphqlErrors,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
