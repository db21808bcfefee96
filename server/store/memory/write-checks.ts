import { validateGraphData, type NormalizedGraph } from '../../../domain/graph-data.js';
import { BadUserInputError, ConflictError } from '../../errors.js';
import type { ImportProblem, Kind } from '../../../domain/model.js';
import { endpointsAllowed } from '../../../domain/relation-rules.js';
import type { MemoryGraph } from './memory-graph.js';

/** A write's first problem as the error the API reports, its field under `input.`. */
export function inputError(problem: ImportProblem): BadUserInputError {
  const field = problem.field === '(entry)' || problem.field === '(file)' ? 'input' : `input.${problem.field}`;
  return new BadUserInputError(field, problem.message);
}

/** Validates a single-item batch against the store; throws on the first problem. */
export function validateOne(graph: MemoryGraph, batch: Partial<Record<keyof NormalizedGraph, unknown[]>>): NormalizedGraph {
  const { graph: normalized, problems } = validateGraphData(batch, graph);
  if (problems.length > 0) throw inputError(problems[0]!);
  return normalized;
}

/**
 * `expectedVersion`: undefined or null writes unconditionally, 0 only creates, n > 0 needs the
 * current version to be n.
 */
export function checkVersion(
  what: 'Entity' | 'Relationship',
  id: string,
  current: { version: number } | undefined,
  expected: number | null | undefined,
): void {
  if (expected === undefined || expected === null) return;
  if (!Number.isInteger(expected) || expected < 0) {
    throw new BadUserInputError('expectedVersion', `must be a non-negative integer, got ${String(expected)}`);
  }
  const actual = current?.version ?? 0;
  if (actual !== expected) throw new ConflictError(what, id, expected, actual);
}

/**
 * Relationships already stored that a change of kinds would leave with disallowed endpoints.
 * `kinds` maps the entities being written to their new kind; relationships in `replaced` are
 * being rewritten by the same write (the validator checks those).
 */
export function kindChangeProblems(
  graph: MemoryGraph,
  kinds: ReadonlyMap<string, Kind>,
  replaced: ReadonlySet<string>,
): { id: string; message: string }[] {
  const problems: { id: string; message: string }[] = [];
  const kindOf = (id: string) => kinds.get(id) ?? graph.entityKind(id)!;
  for (const [id, kind] of kinds) {
    const before = graph.entityKind(id);
    if (before === undefined || before === kind) continue;
    for (const r of graph.relationshipsOf(id)) {
      if (replaced.has(r.id)) continue;
      const fromKind = kindOf(r.from);
      const toKind = kindOf(r.to);
      if (!endpointsAllowed(r.type, fromKind, toKind)) {
        problems.push({
          id,
          message: `cannot become ${kind}: relationship '${r.id}' (${r.type}) would link ${fromKind} to ${toKind}`,
        });
      }
    }
  }
  return problems;
}
