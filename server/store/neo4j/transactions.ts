import { routing, type Driver, type Session } from 'neo4j-driver';
import { currentRequestId } from '../../request-id.js';
import { requestBookmarks } from './bookmarks.js';
import { transactionConfig, type Neo4jConfig } from './driver.js';
import { mapErrors } from './map-neo4j-error.js';
import { retryConcurrentDelete } from './retry-concurrent-delete.js';
import { runStatement, Tx, type Params, type Row, type StatementName, type Statements } from './statements.js';

/** Tags every transaction, so `SHOW TRANSACTIONS` tells ours apart and names the request and operation. */
export const APP_NAME = 'alliance-atlas';

export interface TransactionMetadata {
  app: typeof APP_NAME;
  /** The GraphStore method (or store task such as `seedGraph`) the transaction serves. */
  operation: string;
  /** The HTTP request's id (X-Request-Id), null outside a request. */
  requestId: string | null;
}

/**
 * The store's transaction protocol, as neo4j/graphql's Executor has it: every transaction bounded
 * by its timeout, tagged with metadata, retried when it met a concurrent delete, its errors mapped
 * to the API's codes; and every session sharing the driver's bookmark manager with executeQuery,
 * so a read after a write sees the write on any member of a cluster.
 */
export class Transactions {
  constructor(
    private readonly driver: Driver,
    private readonly config: Neo4jConfig,
    private readonly statements: Statements,
  ) {}

  /**
   * One read statement routed to a reader (routing READ; on a cluster, a follower or read replica).
   * In a request that carries bookmarks (bookmarks.ts) it runs in a session begun with them, so it
   * waits until the member serving it has the client's writes.
   */
  read(operation: string, name: StatementName, params: Params = {}): Promise<Row[]> {
    if ((requestBookmarks()?.current.length ?? 0) > 0) {
      return this.readTx(operation, (tx) => tx.run(name, params));
    }
    return mapErrors(() =>
      retryConcurrentDelete(() =>
        runStatement(name, params, () =>
          this.driver.executeQuery(this.statements[name], params, {
            routing: routing.READ,
            database: this.config.database,
            transactionConfig: this.txConfig(operation),
          }),
        ),
      ),
    );
  }

  /** Several statements in one read transaction: one snapshot. */
  readTx<T>(operation: string, work: (tx: Tx) => Promise<T>, longMs?: number): Promise<T> {
    return this.inSession('READ', (session) =>
      session.executeRead((tx) => work(new Tx(tx, this.statements)), this.txConfig(operation, longMs)),
    );
  }

  /** One write transaction: all of `work` commits or none of it. */
  write<T>(operation: string, work: (tx: Tx) => Promise<T>, longMs?: number): Promise<T> {
    return this.inSession('WRITE', (session) =>
      session.executeWrite((tx) => work(new Tx(tx, this.statements)), this.txConfig(operation, longMs)),
    );
  }

  /** An auto-commit statement, for `CALL … IN TRANSACTIONS`, which cannot run in a managed transaction. */
  async autoCommit(operation: string, name: StatementName, longMs?: number): Promise<void> {
    const session = this.session('WRITE');
    try {
      await mapErrors(async () => {
        await session.run(this.statements[name], {}, this.txConfig(operation, longMs));
      });
      requestBookmarks()?.advance(session.lastBookmarks());
    } finally {
      await session.close();
    }
  }

  /** An auto-commit statement given as text (a migration file's, split by CypherFiles.statements). */
  async autoCommitText(operation: string, statement: string, longMs?: number): Promise<void> {
    const session = this.session('WRITE');
    try {
      await mapErrors(async () => {
        await session.run(statement, {}, this.txConfig(operation, longMs));
      });
    } finally {
      await session.close();
    }
  }

  metadata(operation: string): TransactionMetadata {
    return { app: APP_NAME, operation, requestId: currentRequestId() };
  }

  private txConfig(operation: string, longMs?: number): { timeout: number; metadata: TransactionMetadata } {
    return { ...transactionConfig(this.config, longMs), metadata: this.metadata(operation) };
  }

  /**
   * A session routed by `mode`, sharing the process-wide bookmark manager and beginning with the
   * request's bookmarks (those its client sent back, and those of its own earlier writes).
   */
  private session(mode: 'READ' | 'WRITE'): Session {
    const carried = requestBookmarks()?.current ?? [];
    return this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      ...(carried.length > 0 ? { bookmarks: [...carried] } : {}),
    });
  }

  private async inSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.session(mode);
    try {
      const result = await mapErrors(() => retryConcurrentDelete(() => work(session)));
      // The write committed: its bookmark goes back to the client (X-Atlas-Bookmark).
      if (mode === 'WRITE') requestBookmarks()?.advance(session.lastBookmarks());
      return result;
    } finally {
      await session.close();
    }
  }
}
