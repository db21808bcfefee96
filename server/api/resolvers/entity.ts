import type { Source } from '../../../domain/model.js';
import type { EntityResolvers } from '../__generated__/resolvers-types.js';

/** Unknown source ids are left out (the validator never lets one in). */
export const presentSources = (rows: readonly (Source | null | Error)[]): Source[] =>
  rows.filter((s): s is Source => s !== null && !(s instanceof Error));

export const Entity: EntityResolvers = {
  sources: async (entity, _args, { loaders }) => presentSources(await loaders.sources.loadMany(entity.sources)),
};
