import type { MultiDirectedGraph } from 'graphology';
import { overlaps, relationshipChanges } from '../../../domain/changes.js';
import { passesEvidence } from '../../../domain/evidence.js';
import type { Entity, Relationship, RelationshipView } from '../../../domain/model.js';
import { ALWAYS, type When } from '../../../domain/valid-at.js';
import type { ChangesArgs, CompareArgs, PathsArgs } from '../arguments.js';
import { changeReport } from '../change-report.js';
import { comparison, type SideLink } from '../comparison.js';
import type { ChangeReport, Comparison, Path } from '../graph-store.js';
import { simplePaths } from '../simple-paths.js';
import type { MemoryGraph } from './memory-graph.js';

/**
 * The analyst's reads (docs/store-semantics.md) over the memory graph: `changes` in a window,
 * `compare` of two entities and `paths` mode SIMPLE, each answered by the logic both stores share
 * (change-report.ts, comparison.ts, simple-paths.ts) from what this store finds.
 */

/**
 * The entities `changes` looks at: with a focus, the focus and those within `depth` hops over
 * relationships of the types, passing the evidence filter and held at some time in the window,
 * entering entities of the kinds held then (nothing beyond a focus not held then); else every
 * entity of the kinds (null: all).
 */
function changeScope(graph: MemoryGraph, args: ChangesArgs): Set<string> | null {
  const kinds = args.kinds && new Set(args.kinds);
  if (args.focus === null)
    return kinds ? new Set([...graph.entities.values()].filter((e) => kinds.has(e.kind)).map((e) => e.id)) : null;
  const types = args.relationTypes && new Set(args.relationTypes);
  const scope = new Set([args.focus]);
  if (!overlaps(graph.entities.get(args.focus)!, args.window)) return scope;
  let frontier = [args.focus];
  for (let d = 1; d <= args.depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.topology.forEachEdge(node, (edge, _attributes, source, target) => {
        const other = source === node ? target : source;
        if (scope.has(other)) return;
        const r = graph.relationships.get(edge)!;
        const entity = graph.entities.get(other)!;
        if (types && !types.has(r.type)) return;
        if (!overlaps(r, args.window) || !passesEvidence(graph.view(r, ALWAYS), args.evidence)) return;
        if ((kinds && !kinds.has(entity.kind)) || !overlaps(entity, args.window)) return;
        scope.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return scope;
}

export function changesIn(graph: MemoryGraph, args: ChangesArgs): ChangeReport {
  const scope = changeScope(graph, args);
  const types = args.relationTypes && new Set(args.relationTypes);
  const onWindowEnd: When = { asOf: null, at: args.window.last };
  const relationships: RelationshipView[] = [];
  const consider = (r: Relationship) => {
    // Graded (a lookup of every source) only when it changed within the window.
    if ((types && !types.has(r.type)) || relationshipChanges(r, args.window).length === 0) return;
    const view = graph.view(r, onWindowEnd);
    if (passesEvidence(view, args.evidence)) relationships.push(view);
  };
  if (scope === null) for (const r of graph.relationships.values()) consider(r);
  else {
    // The relationships among the scope, each once: from each member to another.
    for (const node of scope) {
      graph.topology.forEachOutEdge(node, (edge, _attributes, _source, target) => {
        if (scope.has(target)) consider(graph.relationships.get(edge)!);
      });
    }
  }
  const entities = scope ? [...scope].map((id) => graph.entities.get(id)!) : [...graph.entities.values()];
  return changeReport(args.window, relationships, entities, args.limit);
}

/** `compare` over `view` (the usable relationships of the wanted types at the time asked). */
export function compareIn(
  graph: MemoryGraph,
  view: MultiDirectedGraph,
  args: CompareArgs,
  a: Entity,
  b: Entity,
): Comparison {
  const linksOf = (id: string): SideLink[] =>
    view.hasNode(id)
      ? linksAround(graph, view, id, args.when).map(({ relationship, other }) => ({
          relationship,
          neighbor: graph.entities.get(other)!,
        }))
      : [];
  return comparison(a, b, linksOf(a.id), linksOf(b.id), args.kinds, args.limit);
}

/** `paths` mode SIMPLE over `view` (the usable relationships of the wanted types at the time asked). */
export function simplePathsIn(graph: MemoryGraph, view: MultiDirectedGraph, args: PathsArgs): Path[] {
  const { from, to } = args;
  if (!view.hasNode(from) || !view.hasNode(to)) return [];
  const kinds = args.kinds && new Set(args.kinds);
  const excluded = new Set(args.excludeIds);
  return simplePaths(
    {
      around: (id) => linksAround(graph, view, id, args.when),
      entity: (id) => graph.entities.get(id)!,
    },
    {
      from,
      to,
      maxLength: args.maxLength,
      limit: args.limit,
      passable: (id) =>
        id !== from && id !== to && !excluded.has(id) && (!kinds || kinds.has(graph.entities.get(id)!.kind)),
    },
  );
}

/** Every relationship of `view` at `id` (both directions), as viewed at `when`, with its other end. */
function linksAround(
  graph: MemoryGraph,
  view: MultiDirectedGraph,
  id: string,
  when: When,
): { relationship: RelationshipView; other: string }[] {
  const found: { relationship: RelationshipView; other: string }[] = [];
  view.forEachEdge(id, (edge, _attributes, source, target) => {
    found.push({
      relationship: graph.view(graph.relationships.get(edge)!, when),
      other: source === id ? target : source,
    });
  });
  return found;
}
