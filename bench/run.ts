/**
 * Alliance Atlas benchmarks: `npm run bench` (full: scales S, M, L) or `npm run bench -- --quick`
 * (S and M, short runs, under 5 minutes). See bench/README.md. Options:
 *   --quick              short durations, scales S and M
 *   --scales=S,M         override the scales
 *   --duration=<s>       measured seconds per query and concurrency
 *   --no-browser         skip the Cytoscape rendering benchmark
 *   --no-compare         only (a) on Neo4j (no floor, @neo4j/graphql, hello, embedded store)
 *   --out=<name>         write bench/results/<name>.json and .md instead of latest.*
 *   --against=<name>     also compare this run's ratios with bench/results/<name>.json (quick against full)
 * It never touches NEO4J_URI: it starts its own local Neo4j per scale and stops it at the end,
 * also on error and on SIGINT/SIGTERM.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../server/paths.js';
import { browserBench, type BrowserReport } from './lib/browser.js';
import { SCALES, generateGraph, type ScaleName } from './lib/generate.js';
import {
  failures,
  killAllTargets,
  measure,
  probe,
  requestBodies,
  startTarget,
  type Measurement,
  type RunningTarget,
} from './lib/load.js';
import {
  ensureApoc,
  loadIntoNeo4j,
  neo4jOutputTail,
  rssOf,
  startBenchNeo4j,
  wipe,
  type BenchNeo4j,
} from './lib/neo4j.js';
import { API_ONLY, PEER, QUERIES, variableLists, type QueryName, type VariableLists } from './lib/queries.js';
import { roundRatio, settled, summarise } from './lib/rounds.js';
import {
  TARGET_LABEL,
  cell,
  fmt,
  isSeries,
  mib,
  renderAgreement,
  renderMarkdown,
  sameJson,
  type BenchResults,
} from './lib/report.js';
import type { Target } from './server.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

const quick = flag('quick');
const scales = (option('scales')?.split(',') ?? (quick ? ['S', 'M'] : ['S', 'M', 'L'])) as ScaleName[];
// Both modes compare at M, so the quick run's ratios can be held against the full run's.
const comparisonScale: ScaleName = (option('compare') as ScaleName | undefined) ?? 'M';
const duration = Number(option('duration') ?? (quick ? 1 : 3));
const rounds = Number(option('rounds') ?? (quick ? 3 : 5));
/** Warm-up windows (1 s each, one connection) per target and query: at most this many, until p50 settles. */
const WARMUP_SECONDS = 1;
const warmupMax = quick ? 4 : 8;
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
  settings: {
    durationSeconds: duration,
    rounds,
    warmup: { windowSeconds: WARMUP_SECONDS, maxWindows: warmupMax, tolerance: 0.1 },
    connections: CONNECTIONS,
    comparisonScale,
    scales,
  },
  notes: [
    `Load generator (autocannon, in this process), servers under test (all of a scale's, started together, measured one at a time) and Neo4j (a JVM) share this machine's ${cpus().length} cores; at 16 connections they compete for them, so throughput there is a lower bound and ratios matter more than absolute numbers.`,
    `Interleaved rounds: in each of ${rounds} rounds every target measures every query for ${duration} s (target order rotated each round), so a ratio compares windows measured moments apart; each ratio is the median of its per-round ratios, with their spread (lowest–highest round). Latencies are medians over the rounds.`,
    'Errors are results: every window counts non-2xx answers and 2xx answers carrying GraphQL `errors`; a window with any is reported as failed and left out of every median and ratio (that round withheld). A target and query is timed only when all its probe requests succeed.',
  ],
  load: {},
  latency: {},
  warmup: {},
  memory: {},
  ratios: {},
  scaleCurve: {},
  sameJson: {},
  peer: PEER,
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

/** Probes every query of a running target; false (and an error cell) where any probe failed. */
async function probeAll(
  scale: ScaleName,
  running: RunningTarget,
  lists: VariableLists,
  apiAnswers: Map<QueryName, unknown[]>,
): Promise<Set<QueryName>> {
  const ok = new Set<QueryName>();
  for (const query of QUERIES) {
    if (API_ONLY.has(query) && running.target !== 'api-neo4j' && running.target !== 'api-memory') continue;
    const check = await probe(running.url, requestBodies(running.target, query, lists[query]), 5);
    if (running.target === 'api-neo4j') apiAnswers.set(query, check.answers);
    if (running.target === 'floor' && apiAnswers.has(query)) {
      const api = apiAnswers.get(query)!;
      const n = Math.min(api.length, check.answers.length);
      let same = 0;
      for (let i = 0; i < n; i++) if (sameJson(api[i], check.answers[i])) same++;
      results.sameJson[`${scale}/${query}`] = { compared: n, identical: same };
    }
    if (check.errors > 0) {
      log(
        `  ${TARGET_LABEL[running.target]} ${query}: ${check.errors}/5 probes failed, not timed: ${check.firstError ?? ''}`,
      );
      const s = (results.latency[scale] ??= {});
      const t = (s[running.target] ??= {});
      t[query] = { probe: { error: `${check.errors}/5 probes failed: ${check.firstError ?? ''}` } };
    } else ok.add(query);
  }
  return ok;
}

/** Starts a target; on failure notes why (one broken system under test must not cost the others' numbers). */
async function tryStart(scale: ScaleName, target: Target, env: Record<string, string>): Promise<RunningTarget | null> {
  log(`${scale}: starting ${TARGET_LABEL[target]}…`);
  try {
    return await startTarget(target, env);
  } catch (e) {
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
      results.notes.push(`Neo4j exited during ${scale}: ${neo4jOutputTail(db).slice(-300)}`);
    }
    results.notes.push(`${TARGET_LABEL[target]} at ${scale} did not start: ${message}`);
    return null;
  }
}

/** 1 s windows at one connection until the p50 settles (or warmupMax windows); reported, never timed. */
async function warmUp(scale: ScaleName, running: RunningTarget, query: QueryName | 'hello', bodies: string[]) {
  const p50s: number[] = [];
  while (p50s.length < warmupMax && !settled(p50s))
    p50s.push((await measure(running.url, bodies, 1, WARMUP_SECONDS)).p50);
  ((results.warmup[scale] ??= {})[running.target] ??= {})[query] = {
    windows: p50s.length,
    settled: settled(p50s),
    p50s,
  };
}

/**
 * One scale: every target of it started together, probed, warmed up, then measured in interleaved
 * rounds (each round: every connection count, every query, every target in a rotated order, and
 * the hello-world once per connection count).
 */
async function benchScale(scale: ScaleName, env: Record<string, string>, lists: VariableLists): Promise<void> {
  const comparing = compare && scale === comparisonScale;
  const wanted: Target[] = comparing
    ? ['api-neo4j', 'floor', ...(db?.apoc ? (['neo4j-graphql'] as const) : []), 'api-memory', 'hello']
    : ['api-neo4j', 'api-memory'];
  if (comparing && !db?.apoc) results.notes.push('@neo4j/graphql not measured: APOC did not load in the local Neo4j.');
  const started: RunningTarget[] = [];
  const memory: Record<string, number | null> = {};
  try {
    for (const target of wanted) {
      const running = await tryStart(scale, target, env);
      if (running) started.push(running);
    }
    // Off the comparison scale the embedded store is only started for its memory (the scale curve is (a)'s).
    const timed = started.filter((r) => comparing || r.target === 'api-neo4j');
    const connections = comparing ? CONNECTIONS : [1];
    const apiAnswers = new Map<QueryName, unknown[]>();
    const plan: { running: RunningTarget; query: QueryName | 'hello'; bodies: string[] }[] = [];
    for (const running of started) {
      if (running.target === 'hello') {
        if (timed.includes(running))
          plan.push({ running, query: 'hello', bodies: requestBodies('hello', 'hello', []) });
        continue;
      }
      const ok = await probeAll(scale, running, lists, apiAnswers);
      if (!timed.includes(running)) continue;
      for (const query of QUERIES)
        if (ok.has(query)) plan.push({ running, query, bodies: requestBodies(running.target, query, lists[query]) });
    }
    log(`${scale}: warming up ${plan.length} target/query pairs until their p50 settles…`);
    for (const w of plan) await warmUp(scale, w.running, w.query, w.bodies);
    const windows = new Map<(typeof plan)[number], Map<number, Measurement[]>>();
    for (let round = 0; round < rounds; round++) {
      log(`${scale}: round ${round + 1}/${rounds}…`);
      for (const c of connections) {
        for (const query of [...QUERIES, 'hello'] as const) {
          // The whole-graph reports run for seconds at M and L: sixteen of them still running after their
          // window would starve the next windows of every target (seen as withheld rounds everywhere).
          if (c > 1 && query !== 'hello' && API_ONLY.has(query)) continue;
          const entries = plan.filter((w) => w.query === query);
          // Rotating the order each round: no target always runs first (cold) or last.
          const order = entries.map((_, i) => entries[(i + round) % entries.length]!);
          for (const w of order) {
            const m = await measure(w.running.url, w.bodies, c, duration);
            // A request still running when its window closed goes on in the server: let it end first.
            if (query !== 'hello' && API_ONLY.has(query))
              await pause(m.requests > 0 ? Math.max(1000, m.p99) : 2000 * duration);
            const byC = windows.get(w) ?? new Map<number, Measurement[]>();
            windows.set(w, byC.set(c, [...(byC.get(c) ?? []), m]));
            if (failures(m) > 0)
              log(
                `  ${TARGET_LABEL[w.running.target]} ${query} c=${c} round ${round + 1}: FAILED window (${m.non2xx} non-2xx, ${m.graphqlErrors} GraphQL errors, ${m.errors} errors, ${m.timeouts} timeouts)`,
              );
          }
        }
      }
    }
    for (const [w, byC] of windows) {
      const t = ((results.latency[scale] ??= {})[w.running.target] ??= {});
      for (const [c, ms] of byC) (t[w.query] ??= {})[`c${c}`] = summarise(ms);
    }
    for (const running of started) memory[running.target] = await running.rss();
  } finally {
    for (const running of started) await running.stop();
  }
  results.memory[scale] = {
    serverRssBytes: memory,
    neo4jRssBytes: db ? rssOf(db.javaPid) : null,
    neo4jHeap: scales.includes('L') ? '3g' : '1g',
  };
}

async function main(): Promise<void> {
  log(
    `mode ${results.mode}: scales ${scales.join(', ')}, comparison at ${comparisonScale}, ${rounds} interleaved rounds of ${duration} s windows, connections ${CONNECTIONS.join(' and ')}`,
  );
  const apoc: { dir: string } | { dir: null; why: string } = compare
    ? ensureApoc(log)
    : { dir: null, why: 'skipped (--no-compare)' };
  if (apoc.dir === null) results.notes.push(`@neo4j/graphql not measured: APOC core unavailable (${apoc.why}).`);

  for (const scale of scales) {
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
    await benchScale(scale, { BENCH_NEO4J_URI: db.uri, BENCH_NEO4J_PASSWORD: db.password, BENCH_SCALE: scale }, lists);
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

/** The windows of one cell, in round order (none when it was not timed). */
function windowsOf(scale: string, target: Target, query: string, c: number): Measurement[] {
  const x = cell(results, scale, target, query, c);
  return isSeries(x) ? x.windows : [];
}

function computeRatios(): void {
  const s = comparisonScale;
  const r = (a: Target, b: Target, q: string, c: number, key: 'p50' | 'p95', bq = q) =>
    roundRatio(windowsOf(s, a, q, c), windowsOf(s, b, bq, c), key);
  for (const q of QUERIES) {
    results.ratios[q] = {
      a_over_b_p50_c1: r('api-neo4j', 'floor', q, 1, 'p50'),
      a_over_b_p95_c16: r('api-neo4j', 'floor', q, 16, 'p95'),
      a_over_c_p50_c1: r('api-neo4j', 'neo4j-graphql', q, 1, 'p50'),
      a_over_c_p95_c1: r('api-neo4j', 'neo4j-graphql', q, 1, 'p95'),
      a_over_c_p95_c16: r('api-neo4j', 'neo4j-graphql', q, 16, 'p95'),
      a_over_d_p50_c1: r('api-neo4j', 'hello', q, 1, 'p50', 'hello'),
      memory_over_neo4j_p50_c1: r('api-memory', 'api-neo4j', q, 1, 'p50'),
    };
    // Scales are measured minutes apart, so the curve is a ratio of medians, not of rounds.
    const p95At = (scale: string) => {
      const x = cell(results, scale, 'api-neo4j', q, 1);
      return isSeries(x) && x.failedWindows < x.windows.length ? x.p95 : null;
    };
    const first = scales[0]!;
    const last = scales[scales.length - 1]!;
    const [from, to] = [p95At(first), p95At(last)];
    results.scaleCurve[q] = { from: first, to: last, ratio: from === null || to === null ? null : to / from };
  }
  const target = (name: string, value: number | null, limit: number, detail: string) =>
    results.targets.push({ name, met: value === null ? null : value <= limit, detail: `${detail}: ${fmt(value, 2)}` });
  /** The worst (highest) median of a ratio over queries; null when any is missing (not measured or withheld). */
  const worst = (qs: readonly QueryName[], key: string) => {
    const vals = qs.map((q) => results.ratios[q]?.[key]?.median ?? null);
    return vals.some((v) => v === null) ? null : Math.max(...(vals as number[]));
  };
  const ofKind = (kind: string) => QUERIES.filter((q) => PEER[q].kind === kind);
  const compared = QUERIES.filter((q) => !API_ONLY.has(q));
  target(
    `a/b ≤ 1.3 at p50, every query with a floor (1 connection, ${s})`,
    worst(compared, 'a_over_b_p50_c1'),
    1.3,
    'worst',
  );
  target(
    `a/c ≤ 0.7 at p95 for entity, (c) native (1 connection, ${s})`,
    worst(['entity'], 'a_over_c_p95_c1'),
    0.7,
    'a/c',
  );
  target(
    `a/c ≤ 1.0 at p95 for the same-Cypher queries (${ofKind('same').join(', ')}; 1 connection, ${s})`,
    worst(ofKind('same'), 'a_over_c_p95_c1'),
    1.0,
    'worst',
  );
  target(
    `a/c ≤ 0.5 at p95 for paths, (c) a different algorithm (ALL SHORTEST; 1 connection, ${s})`,
    worst(['paths'], 'a_over_c_p95_c1'),
    0.5,
    'a/c',
  );
  const last = scales[scales.length - 1]!;
  const curve = (['entity', 'neighborhood1'] as const).map((q) => results.scaleCurve[q]?.ratio ?? null);
  target(
    `p95(L)/p95(S) ≤ 2 for entity and neighborhood d1 (1 connection)`,
    last !== 'L' || curve.some((v) => v === null) ? null : Math.max(...(curve as number[])),
    2,
    last === 'L'
      ? 'worst'
      : `L not run in this mode (p95(${last})/p95(${scales[0]!}): ${curve.map((v) => fmt(v, 2)).join(', ')})`,
  );
  const d2 = cell(results, 'L', 'api-neo4j', 'neighborhood2', 1);
  target('neighborhood d2 at L: p95 ≤ 150 ms (1 connection)', isSeries(d2) ? d2.p95 : null, 150, 'p95 ms');
  const browser = results.browser as BrowserReport | null;
  const chosen = (elements: number) =>
    browser?.runs.find((run) => run.elements === elements && run.renderer === browser.choice.renderer);
  const pan = chosen(20_000)?.frame.mean ?? null;
  const first = chosen(5000)?.firstRenderMs ?? null;
  const which = browser ? `the explorer's ${browser.choice.renderer}` : 'not run';
  target(`20,000 elements pan and zoom ≤ 33 ms per frame (mean), ${which}`, pan, 33, 'mean ms');
  target(`5,000 elements first render ≤ 1 s, ${which}`, first, 1000, 'ms');
}

function writeOutputs(): void {
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const against = option('against');
  const md =
    renderMarkdown(results) +
    (against
      ? `\n${renderAgreement(results, JSON.parse(readFileSync(join(dir, `${against}.json`), 'utf8')) as BenchResults, against)}`
      : '');
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

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
