import { NotFoundError } from '../../errors.js';
import type { Entity } from '../../../domain/model.js';
import type { RelationshipResolvers } from '../__generated__/resolvers-types.js';
import type { ApiContext } from '../context.js';
import { presentSources } from './entity.js';

async function endpoint(ctx: ApiContext, id: string): Promise<Entity> {
  const entity = await ctx.loaders.entities.load(id);
  // A relationship always has both endpoints; only a concurrent delete gets here.
  if (entity === null) throw new NotFoundError('Entity', id);
  return entity;
}

export const Relationship: RelationshipResolvers = {
  from: (rel, _args, ctx) => endpoint(ctx, rel.from),
  to: (rel, _args, ctx) => endpoint(ctx, rel.to),
  sources: async (rel, _args, { loaders }) => presentSources(await loaders.sources.loadMany(rel.sources)),
};
