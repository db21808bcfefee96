import { NotFoundError } from '../../errors.js';
import { confidenceOf, gradeOf } from '../../../domain/evidence.js';
import type { Entity } from '../../../domain/model.js';
import type {
  AlternativeResolvers,
  RelationshipResolvers,
  SuspensionResolvers,
} from '../__generated__/resolvers-types.js';
import type { ApiContext } from '../context.js';
import { presentSources } from './entity.js';

async function endpoint(ctx: ApiContext, id: string): Promise<Entity> {
  const entity = await ctx.loaders.entities.load(id);
  // A relationship always has both endpoints; only a concurrent delete gets here.
  if (entity === null) throw new NotFoundError('Entity', id);
  return entity;
}

/**
 * The store returns a RelationshipView (with its best source's reliability and its status at the
 * time asked); the grade and the coarse confidence are derived here from the reliability and the
 * credibility (domain/evidence.ts), so both stores answer them alike.
 */
export const Relationship: RelationshipResolvers = {
  from: (rel, _args, ctx) => endpoint(ctx, rel.from),
  to: (rel, _args, ctx) => endpoint(ctx, rel.to),
  sources: async (rel, _args, { loaders }) => presentSources(await loaders.sources.loadMany(rel.sources)),
  grade: (rel) => gradeOf(rel),
  // codegen types an enum with mapped values (enumValues) as `null` among ResolversTypes; the value
  // returned is the internal one ('high' | 'medium' | 'low'), which the Confidence resolver maps.
  confidence: (rel) => confidenceOf(rel) as never,
  disputed: (rel) => rel.alternatives.length > 0,
};

/** A suspension's and an alternative claim's sources, batched with every other source of the request. */
export const Suspension: SuspensionResolvers = {
  sources: async (s, _args, { loaders }) => presentSources(await loaders.sources.loadMany(s.sources)),
};

export const Alternative: AlternativeResolvers = {
  sources: async (a, _args, { loaders }) => presentSources(await loaders.sources.loadMany(a.sources)),
};
