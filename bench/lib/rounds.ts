import { failures, type Measurement } from './load.js';

/**
 * The statistics of interleaved rounds: every target measures every query once per round, so a
 * ratio is taken between windows measured moments apart, then summarised over the rounds by its
 * median (robust to one disturbed round) and its spread (lowest and highest round).
 */

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** One target, query and connection count over the rounds: a window per round, and their summary. */
export interface Series {
  connections: number;
  /** One window per round, in round order. */
  windows: Measurement[];
  /** Medians over the rounds whose window did not fail and completed a request (ms, requests per second). */
  p50: number;
  p95: number;
  p99: number;
  throughput: number;
  /** Requests completed in all windows. */
  requests: number;
  /** Windows with any failed request: left out of every median and ratio. */
  failedWindows: number;
  non2xx: number;
  graphqlErrors: number;
  errors: number;
  timeouts: number;
}

export function summarise(windows: Measurement[]): Series {
  // A window that completed no request has no latency to take a median of (its p50 is NaN).
  const ok = windows.filter((w) => failures(w) === 0 && w.requests > 0);
  const med = (key: 'p50' | 'p95' | 'p99' | 'throughput') => median(ok.map((w) => w[key]));
  const sum = (key: 'requests' | 'non2xx' | 'graphqlErrors' | 'errors' | 'timeouts') =>
    windows.reduce((n, w) => n + w[key], 0);
  return {
    connections: windows[0]?.connections ?? 0,
    windows,
    p50: med('p50'),
    p95: med('p95'),
    p99: med('p99'),
    throughput: med('throughput'),
    requests: sum('requests'),
    failedWindows: windows.filter((w) => failures(w) > 0).length,
    non2xx: sum('non2xx'),
    graphqlErrors: sum('graphqlErrors'),
    errors: sum('errors'),
    timeouts: sum('timeouts'),
  };
}

/** A ratio over rounds: the median of the per-round ratios, their spread, and the rounds it rests on. */
export interface RoundRatio {
  median: number;
  min: number;
  max: number;
  /** Rounds where both windows succeeded. */
  rounds: number;
  /** Rounds withheld because either window had a failed request. */
  withheld: number;
}

/**
 * The per-round ratio of `a` over `b` at one percentile. A round where either window failed is
 * withheld; with no round left there is no ratio (null), never one computed from failures.
 */
export function roundRatio(a: Measurement[], b: Measurement[], key: 'p50' | 'p95'): RoundRatio | null {
  const ratios: number[] = [];
  let withheld = 0;
  for (let r = 0; r < Math.min(a.length, b.length); r++) {
    const x = a[r]!;
    const y = b[r]!;
    if (failures(x) > 0 || failures(y) > 0 || x.requests === 0 || y.requests === 0) {
      withheld++;
      continue;
    }
    ratios.push(x[key] / y[key]);
  }
  if (ratios.length === 0) return null;
  return {
    median: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    rounds: ratios.length,
    withheld,
  };
}

/**
 * Warm-up ends when latency has settled: the p50 of the last window within `tolerance` of the
 * one before (relative), and never before `min` windows.
 */
export function settled(p50s: number[], tolerance = 0.1, min = 2): boolean {
  if (p50s.length < Math.max(2, min)) return false;
  const [prev, last] = p50s.slice(-2) as [number, number];
  return Number.isFinite(prev) && Number.isFinite(last) && Math.abs(last - prev) <= tolerance * prev;
}
