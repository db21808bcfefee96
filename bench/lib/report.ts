import type { Target } from '../server.js';
import type { BrowserReport } from './browser.js';
import { PEER, QUERIES, QUERY_LABEL } from './queries.js';
import type { RoundRatio, Series } from './rounds.js';

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
    rounds: number;
    warmup: { windowSeconds: number; maxWindows: number; tolerance: number };
    connections: number[];
    comparisonScale: string;
    scales: string[];
  };
  notes: string[];
  /** scale → load report */
  load: Record<string, unknown>;
  /** scale → target → query → "c1" | "c16" → series over the rounds; "probe" → why it was not timed */
  latency: Record<string, Record<string, Record<string, Record<string, Cell>>>>;
  /** scale → target → query → warm-up windows (1 s, one connection) until p50 settled */
  warmup: Record<string, Record<string, Record<string, { windows: number; settled: boolean; p50s: number[] }>>>;
  /** scale → { serverRss: target → bytes, neo4jRss: bytes } */
  memory: Record<
    string,
    { serverRssBytes: Record<string, number | null>; neo4jRssBytes: number | null; neo4jHeap: string }
  >;
  /** query → ratio name → median of per-round ratios and spread, at the comparison scale (null: not measured or all withheld) */
  ratios: Record<string, Record<string, RoundRatio | null>>;
  /** query → p95(last scale)/p95(first scale) for (a) on Neo4j at 1 connection */
  scaleCurve: Record<string, { from: string; to: string; ratio: number | null }>;
  /** floor answers identical to the API's (sampled requests) */
  sameJson: Record<string, { compared: number; identical: number }>;
  /** query → what target (c) runs for it */
  peer: typeof PEER;
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

export type Cell = Series | { error: string };
export const isSeries = (c: Cell | undefined): c is Series => !!c && 'windows' in c;

/** One cell of the results (or why it was not timed), if it was taken. */
export function cell(results: BenchResults, scale: string, target: Target, query: string, c: number): Cell | undefined {
  const q = results.latency[scale]?.[target]?.[query];
  return q?.[`c${c}`] ?? q?.probe;
}

/** Marks a series with too few completed requests per window to trust its upper percentiles. */
export const FEW = 20;

/** p50 / p95 / p99 (req/s), failed windows and error counts, or why the cell has no numbers. */
function series(x: Cell | undefined): string {
  if (!x) return '–';
  if (!isSeries(x)) return 'probe failed';
  const n = x.windows.length;
  const perWindow = n > 0 ? Math.round(x.requests / n) : 0;
  const failed =
    x.failedWindows > 0
      ? ` FAILED ${x.failedWindows}/${n} (${x.non2xx} non-2xx, ${x.graphqlErrors} GraphQL errors, ${x.errors + x.timeouts} other)`
      : '';
  if (x.failedWindows === n) return `all windows failed${failed}`;
  return `${fmt(x.p50)} / ${fmt(x.p95)} / ${fmt(x.p99)} (${fmt(x.throughput, 0)}/s)${perWindow < FEW ? ` n=${perWindow}!` : ''}${failed}`;
}

/** A ratio's median and spread over rounds: `1.21 (1.15–1.30)`; `withheld` when no round is left. */
export function ratioText(r: RoundRatio | null | undefined): string {
  if (!r) return '–';
  const withheld = r.withheld > 0 ? ` [${r.withheld} withheld]` : '';
  return `${fmt(r.median, 2)} (${fmt(r.min, 2)}–${fmt(r.max, 2)})${withheld}`;
}

export function renderMarkdown(results: BenchResults): string {
  const out: string[] = [];
  const { comparisonScale: s, scales, connections: CONNECTIONS, durationSeconds: duration, rounds } = results.settings;
  out.push(`### Benchmark (${results.mode}, ${results.date.slice(0, 10)})`);
  out.push('');
  out.push(
    `Machine: ${results.machine.cores} cores (${results.machine.cpuModel}), ${mib(results.machine.memoryBytes)} RAM, ${results.machine.platform}, load average at start ${results.machine.loadAverage.map((l) => l.toFixed(2)).join(' ')}; ` +
      `Node ${results.versions.node}, Neo4j ${results.versions.neo4j ?? '–'} (embedded, tools/neo4j-local), @neo4j/graphql ${results.versions.neo4jGraphql}, ` +
      `graphql-yoga ${results.versions.graphqlYoga}, autocannon ${results.versions.autocannon}, Cytoscape ${results.versions.cytoscape}. ` +
      `${rounds} interleaved rounds of ${duration} s windows after warm-up until p50 settles (1 s windows, within ${results.settings.warmup.tolerance * 100}%, at most ${results.settings.warmup.maxWindows}); latencies in ms.`,
  );
  out.push('');
  for (const n of results.notes.slice(0, 3)) out.push(`> ${n}\n>`);
  out.push('');

  out.push(
    `**Side by side at scale ${s}** (${String((results.load[s] as { relationships?: number } | undefined)?.relationships ?? '?')} relationships), median over rounds of p50 / p95 / p99 ms and req/s; failed windows and their errors where any:`,
  );
  out.push('');
  const targets: Target[] = ['api-neo4j', 'floor', 'neo4j-graphql', 'api-memory'];
  const rows: string[][] = [];
  for (const q of QUERIES) {
    for (const c of CONNECTIONS) {
      rows.push([QUERY_LABEL[q], String(c), ...targets.map((t) => series(cell(results, s, t, q, c)))]);
    }
  }
  for (const c of CONNECTIONS)
    rows.push(['(d) hello', String(c), series(cell(results, s, 'hello', 'hello', c)), '', '', '']);
  out.push(table(['query', 'conn', ...targets.map((t) => TARGET_LABEL[t])], rows));
  out.push('');
  out.push(
    'Ratios, median of the per-round ratios (lowest–highest round); a round where either window failed is withheld. a = our API on Neo4j, b = same Cypher on bare http, c = @neo4j/graphql, d = yoga hello-world; embedded = our API on the MemoryStore. (c) for each query: native = its own translation, same = our statement with the same parameters (as @cypher arguments), different = another algorithm (kept out of the same-Cypher targets):',
  );
  out.push('');
  out.push(
    table(
      [
        'query',
        '(c) runs',
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
          PEER[q].kind,
          ratioText(r.a_over_b_p50_c1),
          ratioText(r.a_over_b_p95_c16),
          ratioText(r.a_over_c_p95_c1),
          ratioText(r.a_over_c_p95_c16),
          ratioText(r.a_over_d_p50_c1),
          ratioText(r.memory_over_neo4j_p50_c1),
          fmt(results.scaleCurve[q]?.ratio, 2),
        ];
      }),
    ),
  );
  out.push('');
  for (const q of QUERIES) if (PEER[q].why) out.push(`- (c) ${QUERY_LABEL[q]}: ${PEER[q].why}.`);
  out.push('');
  const warm = Object.entries(results.warmup[s] ?? {}).flatMap(([t, qs]) =>
    Object.entries(qs).map(([q, w]) => ({ t, q, ...w })),
  );
  if (warm.length > 0) {
    const unsettled = warm.filter((w) => !w.settled);
    out.push(
      `Warm-up at ${s}: ${warm.reduce((n, w) => n + w.windows, 0)} windows over ${warm.length} target/query pairs; ${unsettled.length === 0 ? 'every p50 settled' : `not settled within the cap: ${unsettled.map((w) => `${w.t} ${w.q}`).join(', ')}`}.`,
    );
    out.push('');
  }
  out.push(
    "**Scale curve**, (a) our API on Neo4j, 1 connection, median p50 / p95 ms; load rate in `UNWIND` batches of 5000 rows (seed = the store's own cypher/seed statements, bulk = CREATE into the empty database); memory after the run:",
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
            return isSeries(x)
              ? `${fmt(x.p50)} / ${fmt(x.p95)}${x.failedWindows > 0 ? ' FAILED' : ''}`
              : x
                ? 'probe failed'
                : '–';
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
      `**Browser** (headless Chromium ${browser.chromium}, Cytoscape ${results.versions.cytoscape}, 1280×800, flags \`${browser.flags.join(' ')}\`): the explorer's renderer choice (client/src/network/renderer-choice.ts) picked **${browser.choice.renderer}** (WebGL renderer: ${browser.choice.glRenderer ?? 'no WebGL2 context'}${browser.choice.software ? ', software' : ''}); it is measured first, the other for reference. Pan and zoom are mouse drags and wheel turns, so Cytoscape's viewport options (texture, edges and labels hidden while moving, above 1500 elements) apply as they do for a user:`,
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
          `${r.renderer === browser.choice.renderer ? "**explorer's** " : 'reference: '}${r.renderer}${r.renderer === 'webgl' && !r.webglActive ? ' (requested, not active)' : ''}`,
          r.layout,
          fmt(r.firstRenderMs, 0),
          fmt(r.layoutMs, 0),
          fmt(r.frame.mean),
          fmt(r.frame.p95),
        ]),
      ),
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
    `\`n=…!\` marks a series that completed fewer than ${FEW} requests per window; a request still running when a window closes is not counted, so its percentiles understate the slow tail.`,
  );
  out.push('');
  for (const n of results.notes.slice(3)) out.push(`- ${n}`);
  return out.join('\n') + '\n';
}

/** The ratios two runs share, compared: this run's median over the other's, per query and ratio. */
export function renderAgreement(run: BenchResults, other: BenchResults, otherName: string, tolerance = 0.2): string {
  const keys = ['a_over_b_p50_c1', 'a_over_c_p95_c1', 'a_over_d_p50_c1', 'memory_over_neo4j_p50_c1'] as const;
  let within = 0;
  let compared = 0;
  const rows = QUERIES.map((q) => [
    QUERY_LABEL[q],
    ...keys.map((k) => {
      const a = run.ratios[q]?.[k]?.median;
      const b = other.ratios[q]?.[k]?.median;
      if (a === undefined || b === undefined) return '–';
      compared++;
      const off = a / b - 1;
      if (Math.abs(off) <= tolerance) within++;
      return `${fmt(a, 2)} vs ${fmt(b, 2)} (${off >= 0 ? '+' : ''}${(off * 100).toFixed(0)}%)`;
    }),
  ]);
  return [
    `**Agreement** of this ${run.mode} run (${run.date.slice(0, 16)}) with \`results/${otherName}.json\` (${other.mode}, ${other.date.slice(0, 16)}), ratio medians at ${run.settings.comparisonScale}: ${within} of ${compared} within ${tolerance * 100}%.`,
    '',
    table(['query', 'a/b p50 c1', 'a/c p95 c1', 'a/d p50 c1', 'embedded/a p50 c1'], rows),
    '',
  ].join('\n');
}
