import type { Resolvers } from '../__generated__/resolvers-types.js';
import { Entity } from './entity.js';
import { Mutation } from './mutation.js';
import { Query } from './query.js';
import { Alternative, Relationship, Suspension } from './relationship.js';

/** Every resolver; fields not listed here read the property of the same name on the store object. */
export const resolvers: Resolvers = {
  Query,
  Mutation,
  Entity,
  Relationship,
  Suspension,
  Alternative,
  // The stores use the data/ spelling; GraphQL shows HIGH / MEDIUM / LOW.
  Confidence: { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' },
};
