import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const sharedRules = {
  '@typescript-eslint/consistent-type-imports': 'error',
  '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'client/dist/', '**/__generated__/', 'tools/neo4j-local/target/', 'coverage/'] },
  {
    files: ['**/*.{ts,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        // These configs sit outside both tsconfigs' folders; the default project still types them.
        projectService: { allowDefaultProject: ['codegen.ts', 'client/vite.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: sharedRules,
  },
  {
    // MemoryStore answers GraphStore's promise-returning interface from memory: `async` makes every
    // throw a rejection, as callers expect, though there is nothing to await.
    files: ['server/store/memory/memory-store.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // Plain JavaScript (configs, Jest's global setup) has no types to check against.
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The SDL and the explorer's operations, checked against each other.
    files: ['**/*.graphql'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: {
        graphQLConfig: { schema: 'schema.graphql', documents: 'client/src/api/operations/*.graphql' },
      },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
  },
  {
    files: ['schema.graphql'],
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      // One-line descriptions stay inline, longer ones are blocks: the usual SDL convention.
      '@graphql-eslint/description-style': 'off',
      // Value types (pages, counts, reports, paths) have no identity of their own.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          exceptions: {
            types: ['Query', 'Mutation', 'PageInfo', 'SearchHit', 'Subgraph', 'Path', 'Stats', 'DeletedEntity', 'ImportProblem'],
            suffixes: ['Connection', 'Count', 'Info', 'Report'],
          },
        },
      ],
    },
  },
  { files: ['client/src/api/operations/*.graphql'], rules: graphqlPlugin.configs['flat/operations-recommended'].rules },
  {
    files: ['client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The store seam: only the Neo4j store talks to the driver.
    files: ['server/**/*.ts'],
    ignores: ['server/store/neo4j/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only server/store/neo4j/ talks to Neo4j; go through GraphStore.' }] },
      ],
    },
  },
);
