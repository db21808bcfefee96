import type { EntityInput, RelationshipInput } from '../../../domain/model.js';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { LIMITS } from '../../../domain/limits.js';
import { AppError } from '../../errors.js';
import { requireAdmin, requireEditor } from '../auth.js';
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

/**
 * An entity with more relationships than this is deleted by admins only: its deletion takes them
 * all with it (docs/security.md).
 */
const EDITOR_DELETE_MAX_RELATIONSHIPS = 20;

/**
 * Runs a write as `actor` (the caller's editor name unless a stricter check gave it) and forgets
 * cached rows so later fields see the new state.
 */
async function write<T>(
  ctx: ApiContext,
  run: (actor: string) => Promise<T>,
  actor = requireEditor(ctx, 'change the graph'),
): Promise<T> {
  try {
    return await run(actor);
  } finally {
    ctx.loaders.clear();
  }
}

/**
 * FORBIDDEN when the entity has more than EDITOR_DELETE_MAX_RELATIONSHIPS relationships (at any
 * time, suspended ones too). Counted before the delete, not in its transaction: a relationship
 * added in between can let an editor's delete take more than the bound.
 */
async function requireFewRelationships(ctx: ApiContext, id: string): Promise<void> {
  const { edges } = await ctx.store.neighborhood({ id, depth: 1, limit: LIMITS.neighborhoodLimit.max });
  const touching = edges.filter((e) => e.from === id || e.to === id).length;
  if (touching > EDITOR_DELETE_MAX_RELATIONSHIPS) {
    throw new AppError(
      'FORBIDDEN',
      `Only an admin can delete '${id}': it has more than ${EDITOR_DELETE_MAX_RELATIONSHIPS} relationships (${touching}), which its deletion would remove with it.`,
    );
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
    write(ctx, async (actor) => {
      if (ctx.caller.kind === 'editor' && ctx.caller.role !== 'admin') await requireFewRelationships(ctx, id);
      return ctx.store.deleteEntity(id, { actor }, expectedVersion);
    }),

  deleteRelationship: (_parent, { id, expectedVersion }, ctx) =>
    write(ctx, (actor) => ctx.store.deleteRelationship(id, { actor }, expectedVersion)),

  importGraph: (_parent, { input, dryRun }, ctx) =>
    write(
      ctx,
      (actor) => ctx.store.importGraph(withoutNulls(input), { actor }, { dryRun: dryRun ?? false }),
      requireAdmin(ctx, 'import a graph'),
    ),
};
