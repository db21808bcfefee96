import { weakestGrade } from '../../domain/evidence.js';
import { LIMITS } from '../../domain/limits.js';
import type { Entity, RelationshipView } from '../../domain/model.js';
import { BadUserInputError } from '../errors.js';
import { byNodeIdSequence, compareStrings } from './arguments.js';
import type { Path } from './graph-store.js';

/** The part of the graph the enumeration walks: usable relationships, and the entities on the paths. */
export interface SimplePathGraph {
  /** The usable relationships touching `id`, each with its other end (any order). */
  around(id: string): readonly { relationship: RelationshipView; other: string }[];
  entity(id: string): Entity;
}

export interface SimplePathQuery {
  from: string;
  to: string;
  maxLength: number;
  limit: number;
  /** Whether a path may go through the entity (never `from` or `to`). */
  passable(id: string): boolean;
}

/**
 * `paths` mode SIMPLE, for both stores (docs/store-semantics.md): every simple path (no entity
 * twice) of at most `maxLength` hops between the ends, through passable entities only, ranked by
 * length, then weakest grade (best first: reliability, then credibility), then node ids, then
 * relationship ids; the first `limit`. Ranking needs them all, so they are all built: a prefix is
 * extended only into a node from which `to` is still within reach (its distance to `to`, found
 * first by a breadth-first search from `to`), and more than LIMITS.simplePathsBudget extended
 * prefixes (complete paths counted) refuse the question (BAD_USER_INPUT on maxLength) instead of running on. The count
 * depends on the graph and the query only, so both stores refuse the same questions.
 */
export function simplePaths(graph: SimplePathGraph, q: SimplePathQuery): Path[] {
  const toDistance = new Map<string, number>([[q.to, 0]]);
  let frontier = [q.to];
  for (let d = 1; d < q.maxLength && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const { other } of graph.around(node)) {
        if (toDistance.has(other) || !q.passable(other)) continue;
        toDistance.set(other, d);
        next.push(other);
      }
    }
    frontier = next;
  }

  // Each node's steps towards `to`, read once: a prefix ending there tries only these.
  const steps = new Map<string, { relationship: RelationshipView; other: string; rest: number }[]>();
  const stepsFrom = (node: string) => {
    let list = steps.get(node);
    if (!list) {
      list = graph.around(node).flatMap(({ relationship, other }) => {
        const rest = toDistance.get(other);
        return rest !== undefined && (other === q.to || q.passable(other)) ? [{ relationship, other, rest }] : [];
      });
      steps.set(node, list);
    }
    return list;
  };

  const found: { nodes: string[]; edges: RelationshipView[] }[] = [];
  const nodes = [q.from];
  const edges: RelationshipView[] = [];
  const onPath = new Set(nodes);
  let extended = 0;
  const extend = (at: string): void => {
    for (const { relationship, other, rest } of stepsFrom(at)) {
      if (onPath.has(other) || edges.length + 1 + rest > q.maxLength) continue;
      if (++extended > LIMITS.simplePathsBudget) {
        throw new BadUserInputError(
          'maxLength',
          `ranking every simple path would extend more than ${LIMITS.simplePathsBudget} partial paths: exclude hubs (excludeIds), restrict kinds or relationTypes, or lower maxLength`,
        );
      }
      if (other === q.to) {
        found.push({ nodes: [...nodes, other], edges: [...edges, relationship] });
        continue;
      }
      nodes.push(other);
      edges.push(relationship);
      onPath.add(other);
      extend(other);
      onPath.delete(other);
      edges.pop();
      nodes.pop();
    }
  };
  extend(q.from);

  return found
    .map((p) => ({ ...p, grade: weakestGrade(p.edges)! }))
    .sort(
      (x, y) =>
        x.edges.length - y.edges.length ||
        compareStrings(x.grade, y.grade) ||
        byNodeIdSequence(
          x.nodes.map((id) => ({ id })),
          y.nodes.map((id) => ({ id })),
        ) ||
        byNodeIdSequence(x.edges, y.edges),
    )
    .slice(0, q.limit)
    .map((p) => ({
      nodes: p.nodes.map((id) => graph.entity(id)),
      edges: p.edges,
      length: p.edges.length,
      weakestGrade: p.grade,
    }));
}
