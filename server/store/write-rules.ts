import { validateGraphData, type ExistingGraph, type NormalizedGraph } from '../../domain/graph-data.js';
import { KINDS, type AuditEntry, type ImportProblem, type Kind, type RelationType } from '../../domain/model.js';
import { endpointsAllowed } from '../../domain/relation-rules.js';
import { BadUserInputError, ConflictError } from '../errors.js';
import { compareStrings } from './arguments.js';
import type { WriteContext } from './graph-store.js';

/**
 * The rules every write follows in both stores (docs/store-semantics.md). A store supplies what it
 * holds (`ExistingGraph`, the relationships touching an entity) and does the storing; the rules
 * live here once.
 */

/** A write's first problem as the error the API reports, its field under `input.`. */
export function inputError(problem: ImportProblem): BadUserInputError {
  const field = problem.field === '(entry)' || problem.field === '(file)' ? 'input' : `input.${problem.field}`;
  return new BadUserInputError(field, problem.message);
}

/** Validates a single-item batch against what the store holds; throws on the first problem. */
export function validateOne(
  batch: Partial<Record<keyof NormalizedGraph, unknown[]>>,
  existing: ExistingGraph,
): NormalizedGraph {
  const { graph, problems } = validateGraphData(batch, existing);
  if (problems.length > 0) throw inputError(problems[0]!);
  return graph;
}

/**
 * `expectedVersion`: undefined or null writes unconditionally, 0 only creates, n > 0 needs the
 * current version to be n. `current` is what the store holds now (null when absent).
 */
export function checkVersion(
  what: 'Entity' | 'Relationship',
  id: string,
  current: { version: number } | null | undefined,
  expected: number | null | undefined,
): void {
  if (expected === undefined || expected === null) return;
  if (!Number.isInteger(expected) || expected < 0) {
    throw new BadUserInputError('expectedVersion', `must be a non-negative integer, got ${String(expected)}`);
  }
  const actual = current?.version ?? 0;
  if (actual !== expected) throw new ConflictError(what, id, expected, actual);
}

/** A stored relationship seen from one of its ends, with the kinds of both ends. */
export interface TouchingRelationship {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  fromKind: Kind;
  toKind: Kind;
}

/** What a kind-change check needs of the store: each entity's kind now and its relationships. */
export interface KindChangeView {
  kindBefore(id: string): Kind | undefined;
  touching(id: string): readonly TouchingRelationship[];
}

/**
 * Stored relationships that new kinds would leave with disallowed endpoints, per changed entity, in
 * relationship-id order. `kinds` maps the entities being written to their new kind; relationships
 * in `replaced` are rewritten by the same write (the validator checks those).
 */
export function kindChangeProblems(
  kinds: ReadonlyMap<string, Kind>,
  view: KindChangeView,
  replaced: ReadonlySet<string> = new Set(),
): { id: string; message: string }[] {
  const problems: { id: string; message: string }[] = [];
  for (const [id, kind] of kinds) {
    const was = view.kindBefore(id);
    if (was === undefined || was === kind) continue;
    for (const t of [...view.touching(id)].sort((a, b) => compareStrings(a.id, b.id))) {
      if (replaced.has(t.id)) continue;
      const fromKind = kinds.get(t.from) ?? t.fromKind;
      const toKind = kinds.get(t.to) ?? t.toKind;
      if (!endpointsAllowed(t.type, fromKind, toKind)) {
        problems.push({
          id,
          message: `cannot become ${kind}: relationship '${t.id}' (${t.type}) would link ${fromKind} to ${toKind}`,
        });
      }
    }
  }
  return problems;
}

/**
 * The kind an upsertEntity asks for, when the raw input names a well-typed id and a known kind: a
 * kind change that breaks a relationship is reported before the id's prefix (which a new kind also
 * contradicts), because the kind is what the caller changed.
 */
export function askedKind(input: unknown): { id: string; kind: Kind } | null {
  const asked = input as { id?: unknown; kind?: unknown } | null;
  if (typeof asked?.id !== 'string' || !KINDS.includes(asked.kind as Kind)) return null;
  return { id: asked.id, kind: asked.kind as Kind };
}

/** Throws the first problem of changing one entity's kind as an error on `input.kind`. */
export function checkEntityKindChange(id: string, kind: Kind, view: KindChangeView): void {
  const problem = kindChangeProblems(new Map([[id, kind]]), view)[0];
  if (problem) throw new BadUserInputError('input.kind', problem.message);
}

/** An import's kind-change problems, each named by the entity's place in the raw batch. */
export function importKindChangeProblems(data: unknown, batch: NormalizedGraph, view: KindChangeView): ImportProblem[] {
  const kinds = new Map(batch.entities.map((e) => [e.id, e.kind]));
  const replaced = new Set(batch.relationships.map((r) => r.id));
  return kindChangeProblems(kinds, view, replaced).map((p) => ({
    entry: `entities[${rawEntityIndex(data, p.id)}] (${p.id})`,
    field: 'kind',
    message: p.message,
  }));
}

/** Where an entity sits in the raw batch, for a problem found after normalisation (-1 if absent). */
export function rawEntityIndex(data: unknown, id: string): number {
  const list = (data as { entities?: unknown } | null)?.entities;
  return Array.isArray(list) ? list.findIndex((e) => (e as { id?: unknown } | null)?.id === id) : -1;
}

export type AuditRecord = Omit<AuditEntry, 'id' | 'seq'>;

/** The audit record of one write: before and after as JSON, null for a creation or a deletion. */
export function auditRecord(
  ctx: WriteContext,
  operation: AuditEntry['operation'],
  ids: string[],
  before: unknown,
  after: unknown,
  at: Date,
): AuditRecord {
  return {
    actor: ctx.actor,
    at: at.toISOString(),
    operation,
    ids,
    before: before === null ? null : JSON.stringify(before),
    after: after === null ? null : JSON.stringify(after),
  };
}

/** What an import records as its `after`: the counts it wrote. */
export function importCounts(report: { sources: number; entities: number; relationships: number }): {
  sources: number;
  entities: number;
  relationships: number;
} {
  return { sources: report.sources, entities: report.entities, relationships: report.relationships };
}

/** Every id an import writes, in batch order (sources, entities, relationships). */
export function importedIds(batch: NormalizedGraph): string[] {
  return [...batch.sources, ...batch.entities, ...batch.relationships].map((item) => item.id);
}
