import type { CypherFiles } from './cypher-files.js';
import type { Transactions } from './transactions.js';

/**
 * Versioned migrations (docs/store-semantics.md, Neo4j notes): each file under cypher/migrations/
 * (`001-model-v2`, …) is one step of the stored model, its statements idempotent, run in name
 * order by `npm run db:migrate` and recorded as `(:Migration {id})` once they all ran. A database
 * is at the code's version when it records every migration the code has.
 */

/** How long one migration statement may run (it batches its writes IN TRANSACTIONS). */
const MIGRATION_MS = 3_600_000;

export interface SchemaState {
  /** Migration ids the database records, sorted. */
  applied: string[];
  /** The code's migrations the database lacks, in order. */
  pending: string[];
  /** Recorded migrations this code does not have (a newer version of it migrated the database). */
  unknown: string[];
  /** True when the database holds no entity and no source. */
  empty: boolean;
}

/** A database the code cannot use as it stands: behind (run db:migrate) or ahead of the code. */
export class SchemaVersionError extends Error {
  override name = 'SchemaVersionError';
}

/** The ids of the code's migrations, in order (`001-model-v2`, …). */
export function migrationIds(cypher: CypherFiles): string[] {
  return cypher.under('migrations').map((name) => name.slice('migrations/'.length));
}

export async function schemaState(tx: Transactions, cypher: CypherFiles): Promise<SchemaState> {
  const row = (await tx.read('schemaVersion', 'schemaVersion'))[0]!;
  const applied = row.applied as string[];
  const known = migrationIds(cypher);
  return {
    applied,
    pending: known.filter((id) => !applied.includes(id)),
    unknown: applied.filter((id) => !known.includes(id)),
    empty: row.hasData !== true,
  };
}

async function record(tx: Transactions, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.write('recordMigrations', (t) => t.run('recordMigrations', { ids, at: new Date().toISOString() }));
}

function describe(state: SchemaState): string {
  return state.applied.length === 0 ? 'no migration (the v1 model)' : `migration ${state.applied.at(-1)}`;
}

/**
 * At open: an empty database is recorded at the latest version at once (the seed statements write
 * the current model); a database behind the code is a SchemaVersionError naming `npm run
 * db:migrate`, unless `apply`, when the missing migrations run now. A database migrated by a newer
 * version of the code is refused either way.
 */
export async function ensureSchemaVersion(
  tx: Transactions,
  cypher: CypherFiles,
  mode: 'check' | 'apply',
): Promise<{ state: SchemaState; ran: string[] }> {
  const state = await schemaState(tx, cypher);
  if (state.unknown.length > 0) {
    throw new SchemaVersionError(
      `the database records migrations this code does not have (${state.unknown.join(', ')}): ` +
        'it was migrated by a newer version of Alliance Atlas; run that version',
    );
  }
  if (state.pending.length === 0) return { state, ran: [] };
  if (state.empty) {
    await record(tx, state.pending);
    return { state, ran: [] };
  }
  if (mode === 'check') {
    throw new SchemaVersionError(
      `the database is behind this code: it is at ${describe(state)}, the code needs ` +
        `${state.pending.join(', ')}. Run \`npm run db:migrate\` with the same NEO4J_* settings, then start again`,
    );
  }
  for (const id of state.pending) {
    for (const statement of cypher.statements(`migrations/${id}`)) {
      await tx.autoCommitText(`migrate ${id}`, statement, MIGRATION_MS);
    }
    await record(tx, [id]);
  }
  return { state, ran: state.pending };
}
