/**
 * One transform for all TypeScript (SWC, ESM output under --experimental-vm-modules) and
 * projects per store, so `--selectProjects neo4j` runs just the suites that need a database.
 * The whole run is serial (--runInBand in package.json): Community Neo4j has one user database.
 */
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'es6' },
      },
    ],
  },
  // Sources import './x.js' (NodeNext); jest resolves the .ts file.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    { ...common, displayName: 'memory', testMatch: ['<rootDir>/tests/memory/**/*.test.ts'] },
    {
      ...common,
      displayName: 'neo4j',
      setupFilesAfterEnv: ['<rootDir>/tests/support/long-timeout.ts'],
      testMatch: ['<rootDir>/tests/neo4j/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/neo4j-global-setup.mjs',
      globalTeardown: '<rootDir>/tests/support/neo4j-global-teardown.mjs',
    },
    {
      ...common,
      displayName: 'browser',
      setupFilesAfterEnv: ['<rootDir>/tests/support/long-timeout.ts'],
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
    },
  ],
};
