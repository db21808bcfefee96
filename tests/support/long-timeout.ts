import { jest } from '@jest/globals';

// Suites that start databases or browsers: a generous bound proves there is no hang, nothing more.
jest.setTimeout(120_000);
