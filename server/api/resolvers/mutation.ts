import type { EntityInput, RelationshipInput } from '../../../domain/model.js';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { requireEditor } from '../auth.js';
import type { ApiContext } from '../context.js';

type Plain<T> = { [K in keyof T]: Exclude<T[K], null> };

/**
 * GraphQL input objects carry explicit nulls (and a null prototype); the stores take the data/
 * format, where an absent field is left out. A replacement without a field clears it either way.
 */
export function withoutNulls<T extends object>(input: T): Plain<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) continue;
    out[key] = Array.isArray(value)
      ? value.map((v: unknown) => (v !== null && typeof v === 'object' ? withoutNulls(v) : v))
      : value;
  }
  return out as Plain<T>;
}

/** Runs a write as the caller's editor and forgets cached rows so later fields see the new state. */
async function write<T>(ctx: ApiContext, run: (actor: string) => Promise<T>): Promise<T> {
  const actor = requireEditor(ctx, 'change the graph');
  try {
    return await run(actor);
  } finally {
    ctx.loaders.clear();
  }
}

export const Mutation: MutationResolvers = {
  upsertEntity: (_parent, { input, expectedVersion }, ctx) =>
    write(ctx, (actor) => ctx.store.upsertEntity(withoutNulls(input) as EntityInput, { actor }, expectedVersion)),

  upsertRelationship: (_parent, { input, expectedVersion }, ctx) =>
    write(ctx, (actor) =>
      ctx.store.upsertRelationship(withoutNulls(input) as RelationshipInput, { actor }, expectedVersion),
    ),

  deleteEntity: (_parent, { id, expectedVersion }, ctx) =>
    write(ctx, (actor) => ctx.store.deleteEntity(id, { actor }, expectedVersion)),

  deleteRelationship: (_parent, { id, expectedVersion }, ctx) =>
    write(ctx, (actor) => ctx.store.deleteRelationship(id, { actor }, expectedVersion)),

  importGraph: (_parent, { input, dryRun }, ctx) =>
    write(ctx, (actor) => ctx.store.importGraph(withoutNulls(input), { actor }, { dryRun: dryRun ?? false })),
};
