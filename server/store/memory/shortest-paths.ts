import type { MultiDirectedGraph } from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
import type { PathsArgs } from '../arguments.js';
import { compareStrings } from '../arguments.js';
import type { Path } from '../graph-store.js';
import type { MemoryGraph } from './memory-graph.js';

/**
 * All shortest paths between two entities over `view` (the visible relationships), both
 * directions, intermediate nodes restricted to `kinds`. Hop counts come from two breadth-first
 * searches (graphology-traversal), one from each end; a node lies on a shortest path of length L
 * at position i exactly when it is i hops from `from` and L - i from `to`. Paths are then walked
 * in node-id order, and parallel relationships expanded in id order, so the first `limit` found
 * are the first `limit` in the contract's order and the rest are never built.
 */
export function shortestPaths(graph: MemoryGraph, view: MultiDirectedGraph, args: PathsArgs): Path[] {
  const { from, to } = args;
  if (!view.hasNode(from) || !view.hasNode(to)) return [];
  const kinds = args.kinds && new Set(args.kinds);
  const passable = (node: string) => !kinds || kinds.has(graph.entities.get(node)!.kind);

  const fromHops = new Map<string, number>();
  let length = Infinity;
  bfsFromNode(
    view,
    from,
    (node, _attributes, hops) => {
      if (hops > length) return true;
      fromHops.set(node, hops);
      if (node === to) {
        length = hops;
        return true;
      }
      if (hops > 0 && !passable(node)) return true;
      return hops + 1 > Math.min(args.maxLength, length);
    },
    { mode: 'directed' },
  );
  if (length === Infinity) return [];

  const toHops = new Map<string, number>();
  bfsFromNode(
    view,
    to,
    (node, _attributes, hops) => {
      // A node farther than L - 1 from `from` is on no shortest path: it need not be entered.
      if (hops > 0 && !fromHops.has(node)) return true;
      toHops.set(node, hops);
      if (node === from || (hops > 0 && !passable(node))) return true;
      return hops + 1 >= length;
    },
    { mode: 'directed' },
  );

  const onPath = (node: string, position: number) =>
    position === length
      ? node === to
      : fromHops.get(node) === position && toHops.get(node) === length - position && passable(node);

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

/** Adds the paths along one node sequence, one per choice of parallel relationships, in id order. */
function emit(
  graph: MemoryGraph,
  view: MultiDirectedGraph,
  nodes: readonly string[],
  paths: Path[],
  limit: number,
): void {
  const hops = nodes.slice(1).map((node, i) =>
    [...view.outEdges(nodes[i]!, node), ...view.outEdges(node, nodes[i]!)].sort(compareStrings),
  );
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
