import type { Target } from '../server.js';
import type { Measurement } from './load.js';
import { QUERIES, QUERY_LABEL } from './queries.js';
import type { BrowserReport } from './browser.js';

/** Stable shape of bench/results/latest.json (keys documented in bench/README.md). */
export interface BenchResults {
  date: string;
  mode: 'quick' | 'full';
  machine: { cores: number; cpuModel: string; memoryBytes: number; platform: string; loadAverage: number[] };
  versions: {
    node: string;
    neo4j: string | null;
    autocannon: string;
    neo4jGraphql: string;
    graphqlYoga: string;
    cytoscape: string;
  };
  settings: {
    durationSeconds: number;
    warmupSeconds: number;
    connections: number[];
    comparisonScale: string;
    scales: string[];
  };
  notes: string[];
  /** scale → load report */
  load: Record<string, unknown>;
  /** scale → target → query → "c1" | "c16" → measurement (or { error }) */
  latency: Record<string, Record<string, Record<string, Record<string, Measurement | { error: string }>>>>;
  /** scale → { serverRss: target → bytes, neo4jRss: bytes } */
  memory: Record<
    string,
    { serverRssBytes: Record<string, number | null>; neo4jRssBytes: number | null; neo4jHeap: string }
  >;
  /** query → ratios at the comparison scale */
  ratios: Record<string, Record<string, number | null>>;
  /** query → p95(L or largest)/p95(S) for (a) on Neo4j at 1 connection */
  scaleCurve: Record<string, { from: string; to: string; ratio: number | null }>;
  /** floor answers identical to the API's (sampled requests) */
  sameJson: Record<string, { compared: number; identical: number }>;
  targets: { name: string; met: boolean | null; detail: string }[];
  browser: unknown;
}

export const fmt = (n: number | null | undefined, digits = 1): string =>
  n === null || n === undefined || Number.isNaN(n) ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(digits);

export const mib = (bytes: number | null | undefined): string =>
  bytes == null ? '–' : `${Math.round(bytes / 1048576)} MiB`;

/** A GitHub-flavoured markdown table (also readable on stdout). */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Key order-insensitive deep equality of two JSON values. */
export function sameJson(a: unknown, b: unknown): boolean {
  const canon = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canon)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canon((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
}

export const TARGET_LABEL: Record<Target, string> = {
  'api-neo4j': '(a) API on Neo4j',
  floor: '(b) same Cypher, bare http',
  'neo4j-graphql': '(c) @neo4j/graphql',
  hello: '(d) yoga hello-world',
  'api-memory': '(a) API on embedded store',
};

export type Cell = Measurement | { error: string };
export const isMeasurement = (c: Cell | undefined): c is Measurement => !!c && 'p50' in c;

/** One measurement of the results (or its error), if it was taken. */
export function cell(results: BenchResults, scale: string, target: Target, query: string, c: number): Cell | undefined {
  return results.latency[scale]?.[target]?.[query]?.[`c${c}`];
}

/** Marks a measurement with too few completed requests to trust its upper percentiles. */
export const FEW = 20;
const few = (m: Measurement): string => (m.requests < FEW ? ` n=${m.requests}!` : '');

export function renderMarkdown(results: BenchResults): string {
  const out: string[] = [];
  const {
    comparisonScale: s,
    scales,
    connections: CONNECTIONS,
    durationSeconds: duration,
    warmupSeconds: warmup,
  } = results.settings;
  out.push(`### Benchmark (${results.mode}, ${results.date.slice(0, 10)})`);
  out.push('');
  out.push(
    `Machine: ${results.machine.cores} cores (${results.machine.cpuModel}), ${mib(results.machine.memoryBytes)} RAM, ${results.machine.platform}; ` +
      `Node ${results.versions.node}, Neo4j ${results.versions.neo4j ?? '–'} (embedded, tools/neo4j-local), @neo4j/graphql ${results.versions.neo4jGraphql}, ` +
      `graphql-yoga ${results.versions.graphqlYoga}, autocannon ${results.versions.autocannon}, Cytoscape ${results.versions.cytoscape}. ` +
      `${duration} s per measurement after ${warmup} s warm-up; latencies in ms.`,
  );
  out.push('');
  out.push(`> ${results.notes[0]}`);
  out.push('');

  out.push(
    `**Side by side at scale ${s}** (${String((results.load[s] as { relationships?: number } | undefined)?.relationships ?? '?')} relationships), p50 / p95 / p99 ms and req/s:`,
  );
  out.push('');
  const targets: Target[] = ['api-neo4j', 'floor', 'neo4j-graphql', 'api-memory'];
  const rows: string[][] = [];
  for (const q of QUERIES) {
    for (const c of CONNECTIONS) {
      rows.push([
        QUERY_LABEL[q],
        String(c),
        ...targets.map((t) => {
          const x = cell(results, s, t, q, c);
          return isMeasurement(x)
            ? `${fmt(x.p50)} / ${fmt(x.p95)} / ${fmt(x.p99)} (${fmt(x.throughput, 0)}/s)${few(x)}`
            : x
              ? 'error'
              : '–';
        }),
      ]);
    }
  }
  for (const c of CONNECTIONS) {
    const x = cell(results, s, 'hello', 'hello', c);
    rows.push([
      '(d) hello',
      String(c),
      isMeasurement(x) ? `${fmt(x.p50)} / ${fmt(x.p95)} / ${fmt(x.p99)} (${fmt(x.throughput, 0)}/s)` : '–',
      '',
      '',
      '',
    ]);
  }
  out.push(table(['query', 'conn', ...targets.map((t) => TARGET_LABEL[t])], rows));
  out.push('');
  out.push(
    'Ratios (a = our API on Neo4j, b = same Cypher on bare http, c = @neo4j/graphql, d = yoga hello-world; embedded = our API on the MemoryStore):',
  );
  out.push('');
  out.push(
    table(
      [
        'query',
        'a/b p50 c1',
        'a/b p95 c16',
        'a/c p95 c1',
        'a/c p95 c16',
        'a/d p50 c1',
        'embedded/a p50 c1',
        `p95(${scales[scales.length - 1]!})/p95(${scales[0]!}) c1`,
      ],
      QUERIES.map((q) => {
        const r = results.ratios[q] ?? {};
        return [
          QUERY_LABEL[q],
          fmt(r.a_over_b_p50_c1, 2),
          fmt(r.a_over_b_p95_c16, 2),
          fmt(r.a_over_c_p95_c1, 2),
          fmt(r.a_over_c_p95_c16, 2),
          fmt(r.a_over_d_p50_c1, 2),
          fmt(r.memory_over_neo4j_p50_c1, 2),
          fmt(results.scaleCurve[q]?.ratio, 2),
        ];
      }),
    ),
  );
  out.push('');
  out.push(
    "**Scale curve**, (a) our API on Neo4j, 1 connection, p50 / p95 ms; load rate in `UNWIND` batches of 5000 rows (seed = the store's own cypher/seed statements, bulk = CREATE into the empty database); memory after the run:",
  );
  out.push('');
  out.push(
    table(
      [
        'scale',
        'entities',
        'relationships',
        'load rows/s',
        ...QUERIES.map((q) => QUERY_LABEL[q]),
        'API RSS (Neo4j)',
        'API RSS (embedded)',
        'Neo4j JVM RSS',
      ],
      scales.map((sc) => {
        const l = results.load[sc] as
          { entities: number; relationships: number; rowsPerSecond: number; mode: string } | undefined;
        const m = results.memory[sc];
        return [
          sc,
          String(l?.entities ?? '–'),
          String(l?.relationships ?? '–'),
          l ? `${fmt(l.rowsPerSecond, 0)} (${l.mode})` : '–',
          ...QUERIES.map((q) => {
            const x = cell(results, sc, 'api-neo4j', q, 1);
            return isMeasurement(x) ? `${fmt(x.p50)} / ${fmt(x.p95)}${few(x)}` : x ? 'error' : '–';
          }),
          mib(m?.serverRssBytes['api-neo4j']),
          mib(m?.serverRssBytes['api-memory']),
          `${mib(m?.neo4jRssBytes)} (heap ${m?.neo4jHeap ?? '–'})`,
        ];
      }),
    ),
  );
  out.push('');
  const browser = results.browser as BrowserReport | null;
  if (browser) {
    out.push(
      `**Browser** (headless Chromium ${browser.chromium}, Cytoscape ${results.versions.cytoscape}, 1280×800, flags \`${browser.flags.join(' ')}\`):`,
    );
    out.push('');
    if (browser.error) out.push(`Error: ${browser.error}`);
    out.push(
      table(
        [
          'elements',
          'nodes/edges',
          'renderer',
          'layout',
          'first render ms',
          'layout ms',
          'frame mean ms',
          'frame p95 ms',
        ],
        browser.runs.map((r) => [
          String(r.elements),
          `${r.nodes}/${r.edges}`,
          r.webglRequested ? (r.webglActive ? 'WebGL' : 'WebGL requested, not active') : 'canvas',
          r.layout,
          fmt(r.firstRenderMs, 0),
          fmt(r.layoutMs, 0),
          fmt(r.frame.mean),
          fmt(r.frame.p95),
        ]),
      ),
    );
    out.push('');
    out.push(
      `WebGL headless: ${browser.webgl.tried.map((t) => `${t.flags.length ? t.flags.join(' ') : 'base flags only'} → ${t.webgl2 ? `WebGL2 (${t.renderer ?? '?'})` : 'no WebGL2'}`).join('; ')}.`,
    );
    out.push('');
  }
  out.push('**Targets:**');
  out.push('');
  for (const t of results.targets)
    out.push(`- ${t.met === null ? 'not measured' : t.met ? 'met' : 'NOT met'}: ${t.name} (${t.detail})`);
  out.push('');
  const same = Object.entries(results.sameJson);
  if (same.length > 0) {
    out.push(
      `Floor answers identical to the API's JSON: ${same.map(([k, v]) => `${k} ${v.identical}/${v.compared}`).join(', ')}.`,
    );
    out.push('');
  }
  out.push(
    `\`n=…!\` marks a run that completed fewer than ${FEW} requests in its window; a request still running when the window closes is not counted, so its percentiles understate the slow tail.`,
  );
  out.push('');
  for (const n of results.notes.slice(1)) out.push(`- ${n}`);
  return out.join('\n') + '\n';
}
