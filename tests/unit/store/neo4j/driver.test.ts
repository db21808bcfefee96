import { retryWindowMs, transactionConfig, writeBounds } from '../../../../server/store/neo4j/driver.js';

const neo4j = (timeoutMs: number, importTimeoutMs?: number) => ({
  uri: 'bolt://x',
  username: 'u',
  password: 'p',
  database: 'neo4j',
  timeoutMs,
  importTimeoutMs,
});

describe('Neo4j write bounds', () => {
  it('give a write its transaction timeout plus the retry window and 3 s, an import its own timeout plus the same', () => {
    expect(writeBounds(neo4j(5000, 120_000))).toEqual({ writeMs: 10_500, importMs: 125_500 });
    // The import timeout defaults to 120 s; the retry window is at least 500 ms.
    expect(writeBounds(neo4j(50))).toEqual({ writeMs: 3550, importMs: 123_500 });
  });

  it.each([50, 1000, 5000, 60_000, 600_000])(
    'with STORE_TIMEOUT_MS=%i the database gives up first: the bounds exceed the retry window plus the transaction timeout by its 2 s timeout check',
    (timeoutMs) => {
      const config = neo4j(timeoutMs, 120_000);
      const { writeMs, importMs } = writeBounds(config);
      const retry = retryWindowMs(timeoutMs);
      expect(writeMs - (retry + transactionConfig(config).timeout)).toBeGreaterThanOrEqual(2000);
      expect(importMs - (retry + transactionConfig(config, 120_000).timeout)).toBeGreaterThanOrEqual(2000);
    },
  );
});
