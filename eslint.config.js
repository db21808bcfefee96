import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'client/dist/', '**/__generated__/', 'tools/neo4j-local/target/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
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
