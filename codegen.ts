import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types flow from schema.graphql: resolvers on the server, operations in the client. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'server/api/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context.js#ApiContext',
        defaultScalarType: 'unknown',
        mapperTypeSuffix: 'Model',
        useTypeImports: true,
        enumsAsTypes: true,
        mappers: {
          Entity: '../../../domain/model.js#Entity',
          Relationship: '../../../domain/model.js#RelationshipView',
          Source: '../../../domain/model.js#Source',
          SearchHit: '../../store/graph-store.js#SearchHit',
          Subgraph: '../../store/graph-store.js#Subgraph',
          Path: '../../store/graph-store.js#Path',
          AuditEntry: '../../../domain/model.js#AuditEntry',
          ImportReport: '../../store/graph-store.js#ImportReport',
          Suspension: '../../../domain/model.js#Suspension',
          Alternative: '../../../domain/model.js#Alternative',
          DeletedEntity:
            '{ entity: import("../../../domain/model.js").Entity; relationships: import("../../../domain/model.js").RelationshipView[] }',
        },
        enumValues: {
          Confidence: { HIGH: 'high', MEDIUM: 'medium', LOW: 'low' },
        },
      },
    },
    'client/src/api/__generated__/operations.ts': {
      documents: 'client/src/api/operations/*.graphql',
      // typescript-operations 6 emits the enums it needs itself; adding 'typescript' declares them twice.
      plugins: ['typescript-operations'],
      config: { useTypeImports: true, enumsAsTypes: true, onlyOperationTypes: true, avoidOptionals: true },
    },
  },
  ignoreNoDocuments: true,
};

export default config;
