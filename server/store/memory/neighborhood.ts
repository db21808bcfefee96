import type { MultiDirectedGraph } from 'graphology';
import { bfsFromNode } from 'graphology-traversal';
import type { NeighborhoodArgs } from '../arguments.js';
import { compareStrings } from '../arguments.js';
import type { Subgraph } from '../graph-store.js';
import type { MemoryGraph } from './memory-graph.js';

/**
 * Breadth-first from a focus that holds over `view` (the usable relationships of the wanted types),
 * both directions, up to `depth` hops, entering only nodes of the wanted kinds; keeps the first
 * `limit` nodes by distance then id, and every relationship among the kept nodes and the focus.
 */
export function neighborhood(graph: MemoryGraph, view: MultiDirectedGraph, args: NeighborhoodArgs): Subgraph {
  const focus = graph.entities.get(args.id)!;
  const kinds = args.kinds && new Set(args.kinds);
  const reached: { id: string; distance: number }[] = [];
  bfsFromNode(
    view,
    focus.id,
    (node, _attributes, distance) => {
      if (distance > 0) {
        // A node of another kind is seen but never entered, so nothing is reached through it.
        if (kinds && !kinds.has(graph.entities.get(node)!.kind)) return true;
        reached.push({ id: node, distance });
      }
      return distance >= args.depth;
    },
    { mode: 'directed' },
  );
  reached.sort((a, b) => a.distance - b.distance || compareStrings(a.id, b.id));
  const kept = reached.slice(0, args.limit);
  const members = new Set([focus.id, ...kept.map((n) => n.id)]);
  const edges: string[] = [];
  for (const node of members) {
    view.forEachOutEdge(node, (edge, _attributes, _source, target) => {
      if (members.has(target)) edges.push(edge);
    });
  }
  return {
    nodes: [focus, ...kept.map((n) => graph.entities.get(n.id)!)],
    edges: edges.sort(compareStrings).map((id) => graph.view(graph.relationships.get(id)!, args.when)),
    truncated: reached.length > args.limit,
    total: reached.length,
  };
}
