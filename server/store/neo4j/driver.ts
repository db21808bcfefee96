import neo4j, { type Driver } from 'neo4j-driver';

/** How to reach the graph database. */
export interface Neo4jConfig {
  /** e.g. `bolt://127.0.0.1:7687` or `neo4j://host:7687` */
  uri: string;
  username: string;
  password: string;
  /** @default 'neo4j' (Community has one user database) */
  database: string;
  /**
   * Upper bound, in milliseconds, for connecting, acquiring a connection, retrying and running one
   * transaction, so a dead database surfaces as UNAVAILABLE within about this time, never a hang.
   */
  timeoutMs: number;
}

/**
 * The driver with every wait bounded by `timeoutMs`: a retried call waits at most the retry window
 * plus one connection attempt, so both get half of it.
 */
export function createDriver(config: Neo4jConfig): Driver {
  const half = Math.max(500, Math.floor(config.timeoutMs / 2));
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    connectionTimeout: half, // TCP connect and handshake
    connectionAcquisitionTimeout: config.timeoutMs, // waiting for a pooled connection (includes connecting)
    maxTransactionRetryTime: half, // executeQuery/executeWrite retry window for transient errors
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false, // to-domain.ts converts Integer explicitly
  });
}

/** Server-side timeout of one transaction (a long import gets `longMs`). */
export function transactionConfig(config: Neo4jConfig, longMs?: number): { timeout: number } {
  return { timeout: Math.max(config.timeoutMs, longMs ?? 0) };
}
