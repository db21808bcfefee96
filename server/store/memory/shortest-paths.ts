import type { MultiDirectedGraph } from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
import type { PathsArgs } from '../arguments.js';
import { compareStrings } from '../arguments.js';
import type { Path } from '../graph-store.js';
import type { MemoryGraph } from './memory-graph.js';

/**
 * All shortest paths between two entities over `view` (the visible relationships), both
 * directions, intermediate nodes restricted to `kinds`.
 *
 * Hop counts come from two breadth-first searches (graphology-traversal), one from each end, each
 * only half of `maxLength` deep, so the work is two small balls rather than one large one. The
 * shortest length L is the least sum of both counts over a node that joins the halves. A walk of
 * L hops between the ends is then a shortest path: near `to` a node at position i must be L - i
 * hops from it; nearer `from` it must be i hops from `from` and lead on (remembered per node).
 * Paths are walked in node-id order and parallel relationships expanded in id order, so the first
 * `limit` found are the first `limit` of the contract's order, and the rest are never built.
 */
export function shortestPaths(graph: MemoryGraph, view: MultiDirectedGraph, args: PathsArgs): Path[] {
  const { from, to } = args;
  if (!view.hasNode(from) || !view.hasNode(to)) return [];
  const kinds = args.kinds && new Set(args.kinds);
  const passable = (node: string) => node !== from && node !== to && (!kinds || kinds.has(graph.entities.get(node)!.kind));

  const fromDepth = Math.ceil(args.maxLength / 2);
  const toDepth = args.maxLength - fromDepth;
  const fromHops = hops(view, from, fromDepth, passable);
  const toHops = hops(view, to, toDepth, passable);

  // The halves meet at `to`, at `from`, or at a passable node both searches reached.
  let length = Math.min(fromHops.get(to) ?? Infinity, toHops.get(from) ?? Infinity);
  for (const [node, f] of fromHops) {
    const t = toHops.get(node);
    if (t !== undefined && f + t < length && passable(node)) length = f + t;
  }
  if (length === Infinity) return [];

  // Positions from `nearTo` on are within reach of the search from `to`.
  const nearTo = length - Math.min(toDepth, length);
  const leadsOn = new Map<string, boolean>();
  const onPath = (node: string, position: number): boolean => {
    if (position === length) return node === to;
    if (!passable(node)) return false;
    if (position >= nearTo) return toHops.get(node) === length - position;
    if (fromHops.get(node) !== position) return false;
    let known = leadsOn.get(node);
    if (known === undefined) {
      known = false;
      view.forEachNeighbor(node, (next) => {
        if (!known && onPath(next, position + 1)) known = true;
      });
      leadsOn.set(node, known);
    }
    return known;
  };

  const paths: Path[] = [];
  const nodes = [from];
  const walk = (position: number): void => {
    if (position === length) {
      emit(graph, view, nodes, paths, args.limit);
      return;
    }
    const next = new Set<string>();
    view.forEachNeighbor(nodes[position]!, (node) => {
      if (onPath(node, position + 1)) next.add(node);
    });
    for (const node of [...next].sort(compareStrings)) {
      if (paths.length >= args.limit) return;
      nodes.push(node);
      walk(position + 1);
      nodes.pop();
    }
  };
  walk(0);
  return paths;
}

/**
 * Hops from `start` to every node within `depth`, in both directions, entering only passable
 * nodes (the others are counted, as possible ends, but not gone through).
 */
function hops(
  view: MultiDirectedGraph,
  start: string,
  depth: number,
  passable: (node: string) => boolean,
): Map<string, number> {
  const found = new Map<string, number>();
  bfsFromNode(
    view,
    start,
    (node, _attributes, distance) => {
      found.set(node, distance);
      if (distance > 0 && !passable(node)) return true;
      return distance >= depth;
    },
    { mode: 'directed' },
  );
  return found;
}

/** Adds the paths along one node sequence, one per choice of parallel relationships, in id order. */
function emit(
  graph: MemoryGraph,
  view: MultiDirectedGraph,
  nodes: readonly string[],
  paths: Path[],
  limit: number,
): void {
  const hops = nodes
    .slice(1)
    .map((node, i) => [...view.outEdges(nodes[i]!, node), ...view.outEdges(node, nodes[i]!)].sort(compareStrings));
  const entities = nodes.map((id) => graph.entities.get(id)!);
  const chosen: string[] = [];
  const choose = (hop: number): void => {
    if (hop === hops.length) {
      paths.push({
        nodes: entities,
        edges: chosen.map((id) => graph.relationships.get(id)!),
        length: chosen.length,
      });
      return;
    }
    for (const edge of hops[hop]!) {
      if (paths.length >= limit) return;
      chosen.push(edge);
      choose(hop + 1);
      chosen.pop();
    }
  };
  choose(0);
}
