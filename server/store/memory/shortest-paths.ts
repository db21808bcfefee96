import type { MultiDirectedGraph } from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
import type { PathsArgs } from '../arguments.js';
import type { Path } from '../graph-store.js';
import { orderedShortestPaths, type Hops, type Levels, type PathGraph } from '../ordered-shortest-paths.js';
import type { MemoryGraph } from './memory-graph.js';

/**
 * All shortest paths between two entities over `view` (the usable relationships), both
 * directions, intermediate nodes restricted to `kinds` and never `excludeIds`: the walk shared with Neo4jStore
 * (`orderedShortestPaths`: a bidirectional breadth-first search, then the first `limit` paths in
 * order, the rest never built) over the graphology view, each answer ready at once.
 */
export function shortestPaths(graph: MemoryGraph, view: MultiDirectedGraph, args: PathsArgs): Promise<Path[]> {
  const { from, to } = args;
  const kinds = args.kinds && new Set(args.kinds);
  const excluded = new Set(args.excludeIds);
  const passable = (node: string) =>
    node !== from && node !== to && !excluded.has(node) && (!kinds || kinds.has(graph.entities.get(node)!.kind));
  const memory: PathGraph = {
    levels: (start, other, depth) => Promise.resolve(levelsFrom(start, other, depth)),
    links: (xs, ys) => Promise.resolve(linksAmong(xs, ys)),
    hops: (nodes, pairs) => Promise.resolve(hopsOf(nodes, pairs)),
  };
  function levelsFrom(start: string, other: string, depth: number): Levels | null {
    if (!view.hasNode(from) || !view.hasNode(to)) return null;
    const levels: string[][] = [];
    bfsFromNode(
      view,
      start,
      (node, _attributes, distance) => {
        if (node !== start && node !== other && !passable(node)) return true;
        (levels[distance] ??= []).push(node);
        return node === other || distance >= depth;
      },
      { mode: 'directed' },
    );
    while (levels.length <= depth) levels.push([]);
    const degree = levels[depth]!.reduce((n, node) => n + (node === other ? 0 : view.degree(node)), 0);
    return { levels, degree, otherDegree: view.degree(other), linked: view.areNeighbors(start, other) };
  }
  function linksAmong(xs: readonly string[], ys: readonly string[]): Map<string, string[]> {
    const found = new Map<string, string[]>();
    const wanted = new Set(ys);
    for (const x of xs) {
      if (view.degree(x) <= ys.length) {
        found.set(
          x,
          view.neighbors(x).filter((n) => wanted.has(n)),
        );
      } else {
        found.set(
          x,
          ys.filter((y) => y !== x && view.areNeighbors(x, y)),
        );
      }
    }
    return found;
  }
  function hopsOf(nodes: readonly string[], pairs: readonly (readonly [string, string])[]): Hops {
    return {
      entities: new Map(nodes.map((id) => [id, graph.entities.get(id)!])),
      relationships: pairs.map(([x, y]) =>
        [...view.outEdges(x, y), ...view.outEdges(y, x)].map((edge) =>
          graph.view(graph.relationships.get(edge)!, args.when),
        ),
      ),
    };
  }
  return orderedShortestPaths(memory, args);
}
