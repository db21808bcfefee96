import { compareStrings } from './arguments.js';
import { weakestGrade } from '../../domain/evidence.js';
import type { Entity, RelationshipView } from '../../domain/model.js';
import type { Path } from './graph-store.js';

/**
 * What the walk asks of a store (one statement each on Neo4j; answered at once from memory by
 * MemoryStore), over the visible relationships (both directions).
 * A node is *passable* when it is visible, of the asked kinds, and neither end; only passable
 * nodes are gone through.
 */
export interface PathGraph {
  /**
   * Breadth-first levels from `start` (levels[0] = [start], then levels 1..`depth`, any order
   * within a level), entering passable nodes and `other` (counted, never gone through), with
   * `degree`: how many relationships the last level's nodes other than `other` have (a cost
   * estimate for going one level further), `otherDegree`, how many `other` has, and whether the
   * ends are linked. Null when an end is not visible.
   */
  levels(start: string, other: string, depth: number): Promise<Levels | null>;
  /**
   * For each of `xs`, those of `ys` (visible nodes) it has a visible relationship with, any order.
   * A store should look from whichever side is cheaper: a hub's relationships or the few `ys`.
   */
  links(xs: readonly string[], ys: readonly string[]): Promise<ReadonlyMap<string, readonly string[]>>;
  /**
   * The entities of the ids, and for each pair the visible relationships linking it either way, as
   * reads return them (graded, with their status at the time asked).
   */
  hops(nodes: readonly string[], pairs: readonly (readonly [string, string])[]): Promise<Hops>;
}

export interface Levels {
  levels: string[][];
  degree: number;
  otherDegree: number;
  /** Whether `start` and `other` share a visible relationship. */
  linked: boolean;
}

export interface Hops {
  entities: ReadonlyMap<string, Entity>;
  relationships: readonly (readonly RelationshipView[])[];
}

export interface PathQuery {
  from: string;
  to: string;
  maxLength: number;
  limit: number;
}

/** Deepest level either search goes: the halves of the longest path (6) are 3 deep at most. */
const HALF = (maxLength: number) => Math.ceil(maxLength / 2);

/**
 * All shortest paths between two entities (docs/store-semantics.md), the first `limit` of them in
 * node-id then relationship-id order, without building the rest (a hub has 100k+ relationships, so
 * two hubs have far more shortest paths than anyone reads).
 *
 * 1. Bidirectional breadth-first search: with `from`'s side `a` levels deep and `to`'s `b`, ask
 *    whether the two frontiers are linked; if so the shortest length is a + b + 1 (every shorter
 *    one was ruled out by an earlier ask); else go one level further on the side whose frontier
 *    has fewer relationships, each side at most half of `maxLength` deep.
 * 2. The nodes at position `a` of a shortest path are `from`'s frontier nodes linked to `to`'s;
 *    a node at an earlier position i is i from `from` with a neighbour at i + 1 (worked
 *    backwards); a node at a later position is `length - i` from `to` and a neighbour of the one
 *    before.
 * 3. Walk the positions in order keeping only the first `limit` prefixes (each prefix leads on to
 *    at least one path, so the first `limit` paths extend them), then expand parallel
 *    relationships in id order.
 */
export async function orderedShortestPaths(graph: PathGraph, query: PathQuery): Promise<Path[]> {
  const { from, to, maxLength, limit } = query;
  const half = HALF(maxLength);
  let fromSide = await graph.levels(from, to, 0);
  if (!fromSide) return [];
  const linkedEnds = fromSide.linked;
  let toSide: Levels = {
    levels: [[to]],
    degree: fromSide.otherDegree,
    otherDegree: fromSide.degree,
    linked: linkedEnds,
  };

  // Both ends' neighbours are known once their searches went one level deep.
  const known = new Map<string, ReadonlySet<string>>();
  const links = async (xs: readonly string[], ys: ReadonlySet<string>): Promise<Map<string, string[]>> => {
    const found = new Map<string, string[]>();
    const asked: string[] = [];
    for (const x of xs) {
      const near = known.get(x);
      if (near)
        found.set(
          x,
          [...ys].filter((y) => near.has(y)),
        );
      else asked.push(x);
    }
    if (asked.length > 0 && ys.size > 0)
      for (const [x, near] of await graph.links(asked, [...ys])) found.set(x, [...near]);
    return found;
  };

  // No node is within a of `from` and b of `to` (the sides' last checks failed), so a path of
  // a + b + 1 hops, if any, links the two frontiers: checked from the side with fewer
  // relationships, which never reads a hub's relationships when the other frontier is small.
  let a = 0;
  let on: Set<string>;
  for (;;) {
    a = fromSide.levels.length - 1;
    const b: number = toSide.levels.length - 1;
    const fromFront = new Set(fromSide.levels[a]);
    const toFront = new Set(toSide.levels[b]);
    if (fromFront.size === 0 || toFront.size === 0 || a + b + 1 > maxLength) return [];
    const fromAsks = fromSide.degree <= toSide.degree;
    const linked =
      a + b === 0
        ? new Map([[from, linkedEnds ? [to] : []]])
        : await links(fromAsks ? [...fromFront] : [...toFront], fromAsks ? toFront : fromFront);
    const pairs = [...linked].filter(([, near]) => near.length > 0);
    if (pairs.length > 0) {
      on = new Set(fromAsks || a + b === 0 ? pairs.map(([x]) => x) : pairs.flatMap(([, near]) => near));
      break;
    }
    if (a + b + 2 > maxLength) return [];
    const goFrom = b >= half || (a < half && fromSide.degree <= toSide.degree);
    if (goFrom) fromSide = (await graph.levels(from, to, a + 1))!;
    else toSide = (await graph.levels(to, from, b + 1))!;
    if (fromSide.levels.length > 1) known.set(from, new Set(fromSide.levels[1]));
    if (toSide.levels.length > 1) known.set(to, new Set(toSide.levels[1]));
  }
  const fromLevels = fromSide.levels.map((l) => new Set(l));
  const toLevels = toSide.levels.map((l) => new Set(l));
  const length = a + toLevels.length;

  // onPath[i]: the nodes at position i of some shortest path, for i <= a.
  const onPath: Set<string>[] = [];
  onPath[a] = on;
  for (let i = a - 1; i >= 1; i--) {
    // Asked from the smaller side; a link counts both ways.
    const [xs, ys] =
      fromLevels[i]!.size <= onPath[i + 1]!.size ? [fromLevels[i]!, onPath[i + 1]!] : [onPath[i + 1]!, fromLevels[i]!];
    const pairs = [...(await links([...xs], ys))].flatMap(([x, near]) => near.map((y) => [x, y]));
    const reached = new Set(pairs.flat());
    onPath[i] = new Set([...fromLevels[i]!].filter((n) => reached.has(n)));
  }
  const allowed = (position: number) => (position <= a ? onPath[position]! : toLevels[length - position]!);

  let prefixes: string[][] = [[from]];
  for (let position = 1; position <= length; position++) {
    if (position === length) {
      // Every node allowed just before the end is a neighbour of `to`.
      prefixes = prefixes.map((p) => [...p, to]);
      break;
    }
    const next = await links([...new Set(prefixes.map((p) => p[p.length - 1]!))], allowed(position));
    const longer: string[][] = [];
    for (const prefix of prefixes) {
      for (const node of [...new Set(next.get(prefix[prefix.length - 1]!))].sort(compareStrings)) {
        if (longer.length >= limit) break;
        longer.push([...prefix, node]);
      }
    }
    prefixes = longer;
  }
  return expandParallel(graph, prefixes, limit);
}

/** The paths along the node sequences, one per choice of parallel relationships, in id order. */
async function expandParallel(graph: PathGraph, sequences: readonly string[][], limit: number): Promise<Path[]> {
  const pairKeys = new Map<string, number>();
  const pairs: [string, string][] = [];
  const pairIndex = (x: string, y: string) => {
    const key = JSON.stringify([x, y]);
    let i = pairKeys.get(key);
    if (i === undefined) {
      i = pairs.push([x, y]) - 1;
      pairKeys.set(key, i);
    }
    return i;
  };
  const hopsOf = sequences.map((nodes) => nodes.slice(1).map((node, i) => pairIndex(nodes[i]!, node)));
  const found = await graph.hops([...new Set(sequences.flat())], pairs);
  const relationships = found.relationships.map((rs) => [...rs].sort((x, y) => compareStrings(x.id, y.id)));

  const paths: Path[] = [];
  sequences.forEach((ids, s) => {
    const nodes = ids.map((id) => found.entities.get(id));
    // An entity deleted between statements (read committed) takes its paths with it.
    if (nodes.some((n) => n === undefined)) return;
    const hops = hopsOf[s]!.map((i) => relationships[i]!);
    const chosen: RelationshipView[] = [];
    const choose = (hop: number): void => {
      if (hop === hops.length) {
        paths.push({
          nodes: nodes as Entity[],
          edges: [...chosen],
          length: chosen.length,
          weakestGrade: weakestGrade(chosen)!,
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
  });
  return paths;
}
