import type { PathsArgs } from '../arguments.js';
import { NotFoundError } from '../../errors.js';
import type { Path } from '../graph-store.js';
import { weakestGrade } from '../../../domain/evidence.js';
import type { RelationshipView } from '../../../domain/model.js';
import { orderedShortestPaths } from '../ordered-shortest-paths.js';
import { filterParams } from './read-params.js';
import { toEntity, toInt, toNumber, toRelationshipView } from './to-domain.js';

/** The statements `paths` runs (the benchmark's floor runs them too). */
export const PATHS_STATEMENTS = {
  pathsLevels: 'queries/paths-levels',
  pathsLinks: 'queries/paths-links',
  pathsHops: 'queries/paths-hops',
} as const;
export type PathsStatement = keyof typeof PATHS_STATEMENTS;

type Row = Record<string, unknown>;

/**
 * paths: a node with more relationships than this many per candidate neighbour is checked against
 * each candidate (from the candidate's side) rather than by reading its own relationships.
 */
const LINKS_FANOUT = 8;

/**
 * `paths` over Neo4j: the walk shared with MemoryStore (`orderedShortestPaths`), each of its
 * questions one of PATHS_STATEMENTS, run by `run` (one read transaction, so one snapshot). Unknown
 * ends are NotFoundErrors, `from` named first; the caller has checked `from !== to`. Every
 * statement steps over usable relationships only (time, evidence, suspensions: fact-visibility.ts).
 */
export async function pathsOverNeo4j(
  run: (name: PathsStatement, params: Row) => Promise<Row[]>,
  args: PathsArgs,
): Promise<Path[]> {
  const usable = filterParams(args.when, args.evidence);
  const filters = { kinds: args.kinds, ...usable };
  const paths = await orderedShortestPaths(
    {
      levels: async (start, other, depth) => {
        const row = (await run('pathsLevels', { id: start, other, depth: toInt(depth), ...filters }))[0]!;
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
      },
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
