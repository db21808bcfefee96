import type { PathsArgs, ShortestPathsArgs } from '../arguments.js';
import { NotFoundError } from '../../errors.js';
import type { Path } from '../graph-store.js';
import { weakestGrade } from '../../../domain/evidence.js';
import type { Entity, RelationshipView } from '../../../domain/model.js';
import { orderedShortestPaths, type Levels } from '../ordered-shortest-paths.js';
import { simplePaths } from '../simple-paths.js';
import { filterParams } from './read-params.js';
import { toEntity, toInt, toNumber, toRelationshipView } from './to-domain.js';

/** The statements `paths` runs (the benchmark's floor runs them too). */
export const PATHS_STATEMENTS = {
  pathsLevels: 'queries/paths-levels',
  pathsLinks: 'queries/paths-links',
  pathsHops: 'queries/paths-hops',
  /** Mode SIMPLE: the usable relationships among its candidates. */
  pathsSubgraph: 'queries/neighborhood-subgraph',
} as const;
export type PathsStatement = keyof typeof PATHS_STATEMENTS;

type Row = Record<string, unknown>;
type Run = (name: PathsStatement, params: Row) => Promise<Row[]>;

/**
 * paths: a node with more relationships than this many per candidate neighbour is checked against
 * each candidate (from the candidate's side) rather than by reading its own relationships.
 */
const LINKS_FANOUT = 8;

/** The deepest level paths-levels.cypher finds. */
const LEVELS_DEPTH = 3;

/** The parameters every paths statement shares: usable relationships of the types, the time, the evidence. */
function usableParams(args: ShortestPathsArgs) {
  return { types: args.relationTypes ?? null, ...filterParams(args.when, args.evidence) };
}

/**
 * Breadth-first levels from `start` (paths-levels.cypher) up to `depth`; unknown ends are
 * NotFoundErrors, `from` named first; null when an end does not hold at the time asked.
 */
async function levels(
  run: Run,
  args: ShortestPathsArgs,
  start: string,
  other: string,
  depth: number,
): Promise<Levels | null> {
  const params = {
    id: start,
    other,
    depth: toInt(depth),
    kinds: args.kinds,
    exclude: args.excludeIds ?? [],
    ...usableParams(args),
  };
  const row = (await run('pathsLevels', params))[0]!;
  const [fromFound, toFound] = start === args.from ? [row.found, row.otherFound] : [row.otherFound, row.found];
  if (fromFound !== true) throw new NotFoundError('Entity', args.from, 'from');
  if (toFound !== true) throw new NotFoundError('Entity', args.to, 'to');
  if (row.visible !== true) return null;
  const deeper = [row.level1, row.level2, row.level3].slice(0, depth) as string[][];
  return {
    levels: [[start], ...deeper],
    degree: toNumber(row.degree) ?? 0,
    otherDegree: toNumber(row.otherDegree) ?? 0,
    linked: row.linked === true,
  };
}

/**
 * `paths` mode SHORTEST over Neo4j: the walk shared with MemoryStore (`orderedShortestPaths`), each
 * of its questions one of PATHS_STATEMENTS, run by `run` (one read transaction, so one snapshot).
 * The caller has checked `from !== to`. Every statement steps over usable relationships only (time,
 * evidence, suspensions: fact-visibility.ts) of the types asked.
 */
export async function pathsOverNeo4j(run: Run, args: ShortestPathsArgs): Promise<Path[]> {
  const usable = usableParams(args);
  const paths = await orderedShortestPaths(
    {
      levels: (start, other, depth) => levels(run, args, start, other, depth),
      links: async (xs, ys) => {
        const rows = await run('pathsLinks', { xs, ys, ...usable, fanout: toInt(LINKS_FANOUT * ys.length) });
        return new Map(rows.map((r) => [r.id as string, r.linked as string[]]));
      },
      hops: async (ids, pairs) => {
        const row = (await run('pathsHops', { ids, pairs, ...usable }))[0]!;
        const relationships = pairs.map((): RelationshipView[] => []);
        for (const hop of row.hops as Row[])
          relationships[toNumber(hop.pair)!] = (hop.edges as Row[]).map((r) => toRelationshipView(r, args.when));
        return { entities: new Map((row.nodes as Row[]).map((n) => [n.id as string, toEntity(n)])), relationships };
      },
    },
    args,
  );
  return paths.map((p) => ({ ...p, weakestGrade: weakestGrade(p.edges) ?? '' }));
}

/**
 * `paths` mode SIMPLE over Neo4j, in three statements: the levels from each end (up to 3 deep, or
 * maxLength - 1), then the usable relationships among the candidates, the entities that can lie on
 * a path of at most maxLength hops: a node at distance d from one end and e from the other (over
 * 3 away counting as 4) with d + e <= maxLength. Every node of such a path is one (no path longer
 * than 6 has a node more than 3 from both ends), so the enumeration shared with MemoryStore
 * (`simplePaths`) walks the same paths, and refuses the same questions, over that subgraph.
 */
export async function simplePathsOverNeo4j(run: Run, args: PathsArgs): Promise<Path[]> {
  const depth = Math.min(LEVELS_DEPTH, args.maxLength - 1);
  const fromSide = await levels(run, args, args.from, args.to, depth);
  const toSide = await levels(run, args, args.to, args.from, depth);
  if (!fromSide || !toSide) return [];
  const distances = (side: Levels) => new Map(side.levels.flatMap((level, d) => level.map((id) => [id, d] as const)));
  const fromDistance = distances(fromSide);
  const toDistance = distances(toSide);
  const candidates = [...new Set([...fromDistance.keys(), ...toDistance.keys()])].filter(
    (id) => (fromDistance.get(id) ?? depth + 1) + (toDistance.get(id) ?? depth + 1) <= args.maxLength,
  );
  const sub = (
    await run('pathsSubgraph', { ids: [...new Set([args.from, args.to, ...candidates])], ...usableParams(args) })
  )[0]!;
  const entities = new Map((sub.nodes as Row[]).map((n) => [n.id as string, toEntity(n)]));
  const around = new Map<string, { relationship: RelationshipView; other: string }[]>();
  const touch = (id: string, relationship: RelationshipView, other: string) => {
    let list = around.get(id);
    if (!list) around.set(id, (list = []));
    list.push({ relationship, other });
  };
  for (const row of sub.edges as Row[]) {
    const r = toRelationshipView(row, args.when);
    touch(r.from, r, r.to);
    if (r.to !== r.from) touch(r.to, r, r.from);
  }
  return simplePaths(
    { around: (id) => around.get(id) ?? [], entity: (id): Entity => entities.get(id)! },
    {
      from: args.from,
      to: args.to,
      maxLength: args.maxLength,
      limit: args.limit,
      // The levels entered only entities of the kinds, not excluded; the ends are never gone through.
      passable: (id) => id !== args.from && id !== args.to && entities.has(id),
    },
  );
}
