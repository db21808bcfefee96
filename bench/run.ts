/**
 * Alliance Atlas benchmarks: `npm run bench` (full: scales S, M, L) or `npm run bench -- --quick`
 * (S and M, short runs, under 5 minutes). See bench/README.md. Options:
 *   --quick              short durations, scales S and M
 *   --scales=S,M         override the scales
 *   --duration=<s>       measured seconds per query and concurrency
 *   --no-browser         skip the Cytoscape rendering benchmark
 *   --no-compare         only (a) on Neo4j (no floor, @neo4j/graphql, hello, embedded store)
 *   --out=<name>         write bench/results/<name>.json and .md instead of latest.*
 * It never touches NEO4J_URI: it starts its own local Neo4j per scale and stops it at the end,
 * also on error and on SIGINT/SIGTERM.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../server/paths.js';
import { browserBench, type BrowserReport } from './lib/browser.js';
import { SCALES, generateGraph, type ScaleName } from './lib/generate.js';
import { killAllTargets, measure, probe, requestBodies, startTarget } from './lib/load.js';
import {
  ensureApoc,
  loadIntoNeo4j,
  neo4jOutputTail,
  rssOf,
  startBenchNeo4j,
  wipe,
  type BenchNeo4j,
} from './lib/neo4j.js';
import { QUERIES, variableLists, type QueryName } from './lib/queries.js';
import {
  TARGET_LABEL,
  cell,
  fmt,
  isMeasurement,
  mib,
  renderMarkdown,
  sameJson,
  type BenchResults,
  type Cell,
} from './lib/report.js';
import type { Target } from './server.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

const quick = flag('quick');
const scales = (option('scales')?.split(',') ?? (quick ? ['S', 'M'] : ['S', 'M', 'L'])) as ScaleName[];
const comparisonScale: ScaleName = (option('compare') as ScaleName | undefined) ?? (quick ? 'S' : 'M');
const duration = Number(option('duration') ?? (quick ? 2 : 10));
const warmup = quick ? 2 : 3;
const CONNECTIONS = [1, 16];
const compare = !flag('no-compare');
const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

const pkgVersion = (name: string): string => {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
};

const results: BenchResults = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  machine: {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryBytes: totalmem(),
    platform: `${platform()} ${process.arch}`,
    loadAverage: loadavg(),
  },
  versions: {
    node: process.version,
    neo4j: null,
    autocannon: pkgVersion('autocannon'),
    neo4jGraphql: pkgVersion('@neo4j/graphql'),
    graphqlYoga: pkgVersion('graphql-yoga'),
    cytoscape: pkgVersion('cytoscape'),
  },
  settings: { durationSeconds: duration, warmupSeconds: warmup, connections: CONNECTIONS, comparisonScale, scales },
  notes: [
    `Load generator (autocannon, in this process), servers under test (one child process at a time) and Neo4j (a JVM) share this machine's ${cpus().length} cores; at 16 connections they compete for them, so throughput there is a lower bound and ratios matter more than absolute numbers.`,
    'Latency is measured per request from autocannon response events (exact p50/p95/p99 in ms); every request body is taken in turn from a precomputed, seeded list of ids, texts or pairs.',
    'Every target is probed with sample requests first; a target that answers with errors is reported as such, not timed.',
  ],
  load: {},
  latency: {},
  memory: {},
  ratios: {},
  scaleCurve: {},
  sameJson: {},
  targets: [],
  browser: null,
};

let db: BenchNeo4j | null = null;
let stopping = false;
async function cleanup(): Promise<void> {
  killAllTargets();
  const d = db;
  db = null;
  if (d) await d.stop().catch(() => undefined);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping servers and Neo4j…`);
    void cleanup().finally(() => process.exit(130));
  });
}

function put(scale: string, target: Target, query: string, key: string, value: Cell): void {
  const s = (results.latency[scale] ??= {});
  const t = (s[target] ??= {});
  (t[query] ??= {})[key] = value;
}

async function benchTarget(
  scale: ScaleName,
  target: Target,
  env: Record<string, string>,
  lists: ReturnType<typeof variableLists>,
  memory: Record<string, number | null>,
  apiAnswers?: Map<QueryName, unknown[]>,
): Promise<void> {
  log(`${scale}: starting ${TARGET_LABEL[target]}…`);
  let running: Awaited<ReturnType<typeof startTarget>>;
  try {
    running = await startTarget(target, env);
  } catch (e) {
    // One broken system under test must not cost the others' numbers.
    const text = String(e);
    const message =
      text
        .split('\n')
        .filter((l) => /Error|error:/.test(l))
        .slice(0, 3)
        .join(' | ')
        .slice(0, 400) || text.slice(0, 300);
    log(`  ${TARGET_LABEL[target]} did not start: ${text.slice(-1500)}`);
    if (db && db.local.process.exitCode !== null) {
      log(
        `  Neo4j has exited (${String(db.local.process.exitCode)}); its last output:\n${neo4jOutputTail(db).slice(-3000)}`,
      );
      results.notes.push(`Neo4j exited during ${scale}: ${neo4jOutputTail(db).slice(-300)}`);
    }
    results.notes.push(`${TARGET_LABEL[target]} at ${scale} did not start: ${message}`);
    return;
  }
  try {
    const queries: (QueryName | 'hello')[] = target === 'hello' ? ['hello'] : [...QUERIES];
    for (const query of queries) {
      const bodies =
        query === 'hello' ? requestBodies('hello', 'entity', []) : requestBodies(target, query, lists[query]);
      const check = await probe(running.url, bodies, 5);
      if (query !== 'hello' && target === 'api-neo4j' && apiAnswers) apiAnswers.set(query, check.answers);
      if (query !== 'hello' && target === 'floor' && apiAnswers?.has(query)) {
        const api = apiAnswers.get(query)!;
        const n = Math.min(api.length, check.answers.length);
        let same = 0;
        for (let i = 0; i < n; i++) if (sameJson(api[i], check.answers[i])) same++;
        results.sameJson[`${scale}/${query}`] = { compared: n, identical: same };
      }
      if (check.errors > 0) {
        log(`  ${query}: ${check.errors}/5 probe requests failed: ${check.firstError ?? ''}`);
        if (check.errors === 5) {
          for (const c of CONNECTIONS) put(scale, target, query, `c${c}`, { error: check.firstError ?? 'failed' });
          continue;
        }
      }
      await measure(running.url, bodies, 4, warmup); // warm-up: JIT, plan caches, page cache
      for (const c of CONNECTIONS) {
        const m = await measure(running.url, bodies, c, duration);
        put(scale, target, query, `c${c}`, m);
        log(
          `  ${query} c=${c}: p50 ${fmt(m.p50)} p95 ${fmt(m.p95)} p99 ${fmt(m.p99)} ms, ${fmt(m.throughput)} req/s${m.non2xx + m.errors > 0 ? `, ${m.non2xx} non-2xx, ${m.errors} errors` : ''}`,
        );
      }
    }
    memory[target] = await running.rss();
  } finally {
    await running.stop();
  }
}

/**
 * A fresh JVM is cold (JIT, query plans, page cache): before anything is measured, every query runs
 * for a while through the floor (the store's statements), so the first target measured is not
 * penalised. Nothing here is reported.
 */
async function warmNeo4j(
  scale: ScaleName,
  env: Record<string, string>,
  lists: ReturnType<typeof variableLists>,
  seconds: number,
): Promise<void> {
  log(`${scale}: warming Neo4j up (every query through the floor, ${seconds} s each, not reported)…`);
  const floor = await startTarget('floor', env);
  try {
    for (const q of QUERIES) await measure(floor.url, requestBodies('floor', q, lists[q]), 4, seconds);
  } finally {
    await floor.stop();
  }
}

async function main(): Promise<void> {
  log(
    `mode ${results.mode}: scales ${scales.join(', ')}, comparison at ${comparisonScale}, ${duration}s per run after ${warmup}s warm-up, connections ${CONNECTIONS.join(' and ')}`,
  );
  const apoc: { dir: string } | { dir: null; why: string } = compare
    ? ensureApoc(log)
    : { dir: null, why: 'skipped (--no-compare)' };
  if (apoc.dir === null) results.notes.push(`@neo4j/graphql not measured: APOC core unavailable (${apoc.why}).`);

  for (const [index, scale] of scales.entries()) {
    const comparing = compare && scale === comparisonScale;
    const graph = generateGraph(scale);
    const lists = variableLists(graph);
    const heap = scales.includes('L') ? '3g' : '1g';
    const pageCacheMiB = scales.includes('L') ? 1024 : 512;
    // Full mode starts a fresh Neo4j per scale (clean memory figures); quick mode keeps one and
    // empties it between scales, since starting a JVM costs tens of seconds on a busy machine.
    if (db && !quick) {
      await db.stop();
      db = null;
    }
    if (!db) {
      log(`starting Neo4j (heap ${heap}, page cache ${pageCacheMiB} MiB${apoc.dir ? ', APOC on the classpath' : ''})…`);
      db = await startBenchNeo4j({ plugins: apoc.dir, heap, pageCacheMiB });
      results.versions.neo4j = db.version;
      log(`Neo4j ${db.version} ready (APOC ${db.apoc ? 'loaded' : 'not loaded'})`);
    } else {
      await wipe(db.driver);
    }
    // Full mode loads S through the store's own seed statements (the rate `npm run db:seed` gets);
    // everything else through CREATE statements for an empty database (the same rows, faster).
    const mode = scale === 'S' && !quick ? 'seed' : 'bulk';
    log(
      `${scale}: ${graph.entities.length} entities, ${graph.relationships.length} relationships (target ${SCALES[scale]}); loading in UNWIND batches (${mode === 'seed' ? 'cypher/seed statements' : 'bulk CREATE'})…`,
    );
    const load = await loadIntoNeo4j(db.driver, graph, mode);
    results.load[scale] = {
      entities: graph.entities.length,
      relationships: graph.relationships.length,
      sources: graph.sources.length,
      ...load,
    };
    log(
      `${scale}: loaded ${load.rows} rows in ${fmt(load.seconds)} s: ${fmt(load.rowsPerSecond)} rows/s (relationships ${fmt(load.relationshipsPerSecond)}/s)`,
    );
    const env = { BENCH_NEO4J_URI: db.uri, BENCH_NEO4J_PASSWORD: db.password, BENCH_SCALE: scale };
    const memory: Record<string, number | null> = {};
    const apiAnswers = new Map<QueryName, unknown[]>();
    await warmNeo4j(scale, env, lists, quick ? (index > 0 ? 1 : 2) : warmup * 2);
    await benchTarget(scale, 'api-neo4j', env, lists, memory, apiAnswers);
    if (comparing) {
      await benchTarget(scale, 'floor', env, lists, memory, apiAnswers);
      if (db.apoc) await benchTarget(scale, 'neo4j-graphql', env, lists, memory);
      else results.notes.push('@neo4j/graphql not measured: APOC did not load in the local Neo4j.');
      await benchTarget(scale, 'hello', env, lists, memory);
    }
    if (comparing || !quick) await benchTarget(scale, 'api-memory', env, lists, memory);
    results.memory[scale] = { serverRssBytes: memory, neo4jRssBytes: rssOf(db.javaPid), neo4jHeap: heap };
  }
  if (db) {
    await db.stop();
    db = null;
  }

  if (!flag('no-browser')) {
    log('browser: headless Chromium + Cytoscape…');
    results.browser = await browserBench({
      sizes: [1000, 5000, 20_000],
      frames: quick ? 120 : 300,
      maxMs: quick ? 3000 : 15_000,
      log,
    });
  }
  computeRatios();
  writeOutputs();
}

function p(scale: string, target: Target, query: string, c: number, key: 'p50' | 'p95'): number | null {
  const x = cell(results, scale, target, query, c);
  return isMeasurement(x) ? x[key] : null;
}
const ratio = (a: number | null, b: number | null): number | null =>
  a === null || b === null || b === 0 ? null : a / b;

function computeRatios(): void {
  const s = comparisonScale;
  for (const q of QUERIES) {
    results.ratios[q] = {
      a_over_b_p50_c1: ratio(p(s, 'api-neo4j', q, 1, 'p50'), p(s, 'floor', q, 1, 'p50')),
      a_over_b_p95_c16: ratio(p(s, 'api-neo4j', q, 16, 'p95'), p(s, 'floor', q, 16, 'p95')),
      a_over_c_p50_c1: ratio(p(s, 'api-neo4j', q, 1, 'p50'), p(s, 'neo4j-graphql', q, 1, 'p50')),
      a_over_c_p95_c1: ratio(p(s, 'api-neo4j', q, 1, 'p95'), p(s, 'neo4j-graphql', q, 1, 'p95')),
      a_over_c_p95_c16: ratio(p(s, 'api-neo4j', q, 16, 'p95'), p(s, 'neo4j-graphql', q, 16, 'p95')),
      a_over_d_p50_c1: ratio(p(s, 'api-neo4j', q, 1, 'p50'), p(s, 'hello', 'hello', 1, 'p50')),
      memory_over_neo4j_p50_c1: ratio(p(s, 'api-memory', q, 1, 'p50'), p(s, 'api-neo4j', q, 1, 'p50')),
    };
    const first = scales[0]!;
    const last = scales[scales.length - 1]!;
    results.scaleCurve[q] = {
      from: first,
      to: last,
      ratio: ratio(p(last, 'api-neo4j', q, 1, 'p95'), p(first, 'api-neo4j', q, 1, 'p95')),
    };
  }
  const worst = (qs: QueryName[], key: string) => {
    const vals = qs.map((q) => results.ratios[q]?.[key] ?? null);
    return vals.some((v) => v === null) ? null : Math.max(...(vals as number[]));
  };
  const ab = worst([...QUERIES], 'a_over_b_p50_c1');
  results.targets.push({
    name: 'a/b <= 1.3 at p50 (every query, 1 connection)',
    met: ab === null ? null : ab <= 1.3,
    detail: `worst ${fmt(ab, 2)}`,
  });
  const ac = worst(['neighborhood1', 'neighborhood2', 'paths'], 'a_over_c_p95_c1');
  results.targets.push({
    name: 'a/c <= 0.5 at p95 for neighborhood and paths (1 connection)',
    met: ac === null ? null : ac <= 0.5,
    detail: `worst ${fmt(ac, 2)}`,
  });
  const curve = (['entity', 'neighborhood1'] as const).map((q) => results.scaleCurve[q]?.ratio ?? null);
  const sc = curve.some((v) => v === null) ? null : Math.max(...(curve as number[]));
  const last = scales[scales.length - 1]!;
  results.targets.push({
    name: `p95(L)/p95(S) <= 2 for entity and neighborhood d1 (1 connection)`,
    met: last !== 'L' || sc === null ? null : sc <= 2,
    detail: `p95(${last})/p95(${scales[0]!}) worst ${fmt(sc, 2)}${last !== 'L' ? ' (L not run in this mode)' : ''}`,
  });
  const browser = results.browser as BrowserReport | null;
  const fiveK = browser?.runs.filter((r) => r.elements === 5000) ?? [];
  const best = fiveK.length > 0 ? Math.min(...fiveK.map((r) => r.frame.mean ?? Infinity)) : null;
  results.targets.push({
    name: '5k elements pan and zoom <= 33 ms per frame (mean)',
    met: best === null ? null : best <= 33,
    detail: fiveK.map((r) => `${r.webglActive ? 'webgl' : 'canvas'} ${fmt(r.frame.mean)} ms`).join(', ') || 'not run',
  });
}

function writeOutputs(): void {
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const md = renderMarkdown(results);
  const name = option('out') ?? 'latest';
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(dir, `${name}.md`), md);
  console.log(md);
  log(`wrote bench/results/${option('out') ?? 'latest'}.json and .md (free memory ${mib(freemem())})`);
}

main()
  .catch((e: unknown) => {
    log(`failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
    // Whatever was measured is still worth writing.
    try {
      results.notes.push(`Run failed: ${String(e)}`);
      computeRatios();
      writeOutputs();
    } catch {
      // nothing more to save
    }
  })
  .finally(async () => {
    await cleanup();
  });
