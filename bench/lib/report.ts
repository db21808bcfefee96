import type { Measurement } from './load.js';

/** Stable shape of bench/results/latest.json (keys documented in bench/README.md). */
export interface BenchResults {
  date: string;
  mode: 'quick' | 'full';
  machine: { cores: number; cpuModel: string; memoryBytes: number; platform: string; loadAverage: number[] };
  versions: { node: string; neo4j: string | null; autocannon: string; neo4jGraphql: string; graphqlYoga: string; cytoscape: string };
  settings: { durationSeconds: number; warmupSeconds: number; connections: number[]; comparisonScale: string; scales: string[] };
  notes: string[];
  /** scale → load report */
  load: Record<string, unknown>;
  /** scale → target → query → "c1" | "c16" → measurement (or { error }) */
  latency: Record<string, Record<string, Record<string, Record<string, Measurement | { error: string }>>>>;
  /** scale → { serverRss: target → bytes, neo4jRss: bytes } */
  memory: Record<string, { serverRssBytes: Record<string, number | null>; neo4jRssBytes: number | null; neo4jHeap: string }>;
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

export const mib = (bytes: number | null | undefined): string => (bytes == null ? '–' : `${Math.round(bytes / 1048576)} MiB`);

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
        ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon((v as Record<string, unknown>)[k])]))
        : v;
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
}
