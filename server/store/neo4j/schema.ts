import type { Driver } from 'neo4j-driver';
import type { CypherFiles } from './cypher-files.js';
import type { TransactionMetadata } from './transactions.js';

/**
 * Applies cypher/schema/*.cypher in name order: every statement is IF NOT EXISTS, so this is
 * idempotent, and the last file waits for the indexes to come online.
 */
export async function applySchema(
  driver: Driver,
  database: string,
  cypher: CypherFiles,
  metadata: TransactionMetadata,
): Promise<void> {
  for (const name of cypher.under('schema')) {
    for (const statement of cypher.statements(name)) {
      await driver.executeQuery(statement, {}, { database, transactionConfig: { metadata } });
    }
  }
}
