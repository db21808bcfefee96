import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { SCHEMA_FILE } from '../paths.js';
import { resolvers } from './resolvers/index.js';

/** The SDL in schema.graphql with its resolvers; a resolver without a schema field fails here, at start-up. */
export function createSchema(typeDefs: string = readFileSync(SCHEMA_FILE, 'utf8')): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs,
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
