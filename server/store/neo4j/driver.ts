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
  /**
   * Server-side timeout of an `importGraph` transaction (IMPORT_TIMEOUT_MS): the database rolls the
   * import back after this long, so a caller that stops waiting a margin later knows nothing was
   * written. @default DEFAULT_IMPORT_TIMEOUT_MS
   */
  importTimeoutMs?: number;
}

/** `Neo4jConfig.importTimeoutMs` when not given (the default of IMPORT_TIMEOUT_MS). */
export const DEFAULT_IMPORT_TIMEOUT_MS = 120_000;

/**
 * How long after a transaction function starts the driver may still start a retry of it (after a
 * transient error); `commitMarginMs` covers it.
 */
export function retryWindowMs(timeoutMs: number): number {
  return Math.max(500, Math.floor(timeoutMs / 2));
}

/**
 * How much longer than a write's server-side timeout the store may take to answer: the window in
 * which the driver may start a retry, plus 3 s for the database's transaction monitor (by default
 * it checks timeouts every 2 s) and the network.
 */
export function commitMarginMs(timeoutMs: number): number {
  return retryWindowMs(timeoutMs) + 3000;
}

/**
 * GraphStore.writeBounds: each write transaction's server-side timeout plus the commit margin, so
 * by then the database has either committed (and answered) or rolled back.
 */
export function writeBounds(config: Neo4jConfig): { writeMs: number; importMs: number } {
  const margin = commitMarginMs(config.timeoutMs);
  return {
    writeMs: transactionConfig(config).timeout + margin,
    importMs: transactionConfig(config, importTransactionMs(config)).timeout + margin,
  };
}

/**
 * The driver with every wait bounded by `timeoutMs`: a retried call waits at most the retry window
 * plus one connection attempt, so both get half of it.
 */
export function createDriver(config: Neo4jConfig): Driver {
  const half = retryWindowMs(config.timeoutMs);
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    connectionTimeout: half, // TCP connect and handshake
    connectionAcquisitionTimeout: config.timeoutMs, // waiting for a pooled connection (includes connecting)
    maxTransactionRetryTime: half, // executeQuery/executeWrite retry window for transient errors
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false, // to-domain.ts converts Integer explicitly
  });
}

/**
 * Server-side timeout of one transaction: `timeoutMs` (every read and single write), or `longMs`
 * exactly when given (an import gets `importTimeoutMs`, a seed chunk its own bound). Never 0, which
 * Neo4j reads as "no timeout".
 */
export function transactionConfig(config: Neo4jConfig, longMs?: number): { timeout: number } {
  return { timeout: Math.max(1, Math.round(longMs ?? config.timeoutMs)) };
}

/** Server-side timeout of an `importGraph` transaction (dry run included). */
export function importTransactionMs(config: Neo4jConfig): number {
  return config.importTimeoutMs ?? DEFAULT_IMPORT_TIMEOUT_MS;
}
