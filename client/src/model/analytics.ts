import graphology from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import type { SizeBy } from '../state.js';

/*
 * graphology ships CommonJS: a bundler hands us the default export, Node's ESM loader (the unit
 * tests) the module object. Take whichever is the function, typed by what we use.
 */
function interop<T>(m: unknown): T {
  return (typeof m === 'function' ? m : (m as { default: unknown }).default) as T;
}
interface SimpleGraph {
  order: number;
  size: number;
  mergeNode(id: string): void;
  hasNode(id: string): boolean;
  mergeEdge(a: string, b: string): void;
  degree(id: string): number;
  forEachNode(fn: (id: string) => void): void;
}
const Graph =
  interop<new (options: { type: 'undirected'; multi: boolean; allowSelfLoops: boolean }) => SimpleGraph>(graphology);
const louvain = interop<(g: SimpleGraph, o: { rng: () => number }) => Record<string, number>>(louvainModule);
const betweenness = interop<(g: SimpleGraph, o: { normalized: boolean }) => Record<string, number>>(betweennessModule);

export interface NodeMetrics {
  degree: number;
  /** Normalised to 0–1 within the visible graph. */
  betweenness: number;
  community: number;
}

/** A seeded generator, so the same view always gets the same communities and colours. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Degree, betweenness and Louvain communities of the visible graph (not the whole dataset: the
 * question is "who brokers what I am looking at"). Parallel relationships count once, and
 * directions are ignored, as graph-analysis tools do for undirected centrality.
 */
export function computeMetrics(
  nodeIds: readonly string[],
  edges: readonly { source: string; target: string }[],
  want: { betweenness: boolean; communities: boolean },
): Map<string, NodeMetrics> {
  const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  nodeIds.forEach((id) => g.mergeNode(id));
  for (const e of edges) {
    if (e.source !== e.target && g.hasNode(e.source) && g.hasNode(e.target)) g.mergeEdge(e.source, e.target);
  }
  const between = want.betweenness && g.order > 2 ? betweenness(g, { normalized: true }) : {};
  const communities: Record<string, number> = want.communities && g.size > 0 ? louvain(g, { rng: seeded(42) }) : {};
  // Number communities by size (largest first) so colours do not depend on Louvain's labels.
  const sizes = new Map<number, number>();
  Object.values(communities).forEach((c) => sizes.set(c, (sizes.get(c) ?? 0) + 1));
  const rank = new Map([...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c], i) => [c, i]));
  const maxB = Math.max(0, ...Object.values(between));
  const out = new Map<string, NodeMetrics>();
  g.forEachNode((id) => {
    const b = between[id] ?? 0;
    out.set(id, {
      degree: g.degree(id),
      betweenness: maxB > 0 ? b / maxB : 0,
      community: rank.get(communities[id] ?? -1) ?? 0,
    });
  });
  return out;
}

/** Node diameter in pixels for a metric; 30 when sizing is off. */
export function nodeSize(metrics: NodeMetrics | undefined, sizeBy: SizeBy, maxDegree: number): number {
  if (!metrics || sizeBy === 'none') return 30;
  const v = sizeBy === 'degree' ? (maxDegree > 0 ? metrics.degree / maxDegree : 0) : metrics.betweenness;
  return Math.round(20 + Math.sqrt(v) * 60);
}
