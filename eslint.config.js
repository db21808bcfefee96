import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const sharedRules = {
  '@typescript-eslint/consistent-type-imports': 'error',
  '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
};

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'client/dist/', '**/__generated__/', 'tools/neo4j-local/target/', 'coverage/'],
  },
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
            types: [
              'Query',
              'Mutation',
              'PageInfo',
              'SearchHit',
              'Subgraph',
              'Path',
              'Stats',
              'Suspension',
              'Alternative',
              'DeletedEntity',
              'ImportProblem',
            ],
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
    // The import boundaries of docs/architecture.md: domain/ stands alone, client and server never
    // reach into each other, tests do not lean on tools or the benchmark, and nothing cycles.
    files: ['**/*.{ts,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      // Lets import-x parse the TypeScript files it follows (no-cycle reads every module on a path).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'client/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './domain',
              from: ['./server', './client', './tools', './bench', './tests'],
              message: 'domain/ imports nothing of the project.',
            },
            {
              target: './client',
              from: ['./server', './tools', './bench', './tests'],
              message: 'The explorer shares only domain/ with the server.',
            },
            {
              target: './server',
              from: ['./client', './tools', './bench', './tests'],
              message: 'The server imports only domain/ and itself.',
            },
            {
              target: ['./tools', './bench'],
              from: './tests',
              message: 'Tools and the benchmark do not import tests; shared helpers belong in tools/.',
            },
            {
              target: './tests',
              from: ['./bench', './tools'],
              // The Neo4j launcher is shared by tests, tools and the benchmark.
              except: ['./neo4j-local'],
              message: 'Tests import from tools/ only the Neo4j launcher (tools/neo4j-local), and nothing from bench/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The reliability suite's own unit tests test its modules: they alone may import tools/reliability.
    files: ['tests/unit/reliability/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './tests',
              from: ['./bench', './tools'],
              except: ['./neo4j-local', './reliability'],
              message: 'The reliability suite’s unit tests import tools/reliability (and the Neo4j launcher) only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The store seam: only the Neo4j store talks to the driver.
    files: ['server/**/*.ts'],
    ignores: ['server/store/neo4j/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'neo4j-driver', message: 'Only server/store/neo4j/ talks to Neo4j; go through GraphStore.' }],
        },
      ],
    },
  },
);
