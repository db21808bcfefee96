import type { Driver } from 'neo4j-driver';
import type { CypherFiles } from './cypher-files.js';

/**
 * Applies cypher/schema/*.cypher in name order (every statement is IF NOT EXISTS, so this is
 * idempotent), then waits for the indexes to come online: a new full-text index is populated
 * asynchronously, and a search before that would miss entities.
 */
export async function applySchema(driver: Driver, database: string, cypher: CypherFiles): Promise<void> {
  for (const name of cypher.under('schema')) {
    for (const statement of cypher.statements(name)) {
      await driver.executeQuery(statement, {}, { database });
    }
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
}
