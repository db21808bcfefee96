import type { NormalizedGraph } from '../../../domain/graph-data.js';
import { validateGraphData } from '../../../domain/graph-data.js';
import { importReport, type ImportReport, type WriteContext } from '../graph-store.js';
import { importCounts, importedIds, importKindChangeProblems, type TouchingRelationship } from '../write-rules.js';
import { importTransactionMs, type Neo4jConfig } from './driver.js';
import type { Tx } from './statements.js';
import { entityRow, relationshipRow, sourceRow } from './to-rows.js';
import { toInt } from './to-domain.js';
import type { Transactions } from './transactions.js';
import { appendAudit, existingIn, referencedIds } from './writes.js';

/** Rows per statement when writing a batch (one transaction still holds them all for an import). */
const CHUNK = 5000;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The seed statements, chunked; `bump` 1 adds one to the version of what is replaced. Sources go
 * first: a relationship's stored reliability is read from them, and the relationships already
 * citing a source whose reliability changed are refreshed.
 */
export async function writeGraph(tx: Tx, graph: NormalizedGraph, bump: 0 | 1): Promise<void> {
  const changed: string[] = [];
  for (const rows of chunks(graph.sources.map(sourceRow))) {
    for (const row of await tx.run('seedSources', { rows })) changed.push(...(row.changed as string[]));
  }
  if (changed.length > 0) await tx.run('refreshReliability', { ids: changed });
  for (const rows of chunks(graph.entities.map(entityRow))) await tx.run('seedEntities', { rows, bump: toInt(bump) });
  for (const rows of chunks(graph.relationships.map(relationshipRow))) {
    await tx.run('seedRelationships', { rows, bump: toInt(bump) });
  }
}

/** The stored relationships of each batch entity whose kind changes (only those need reading). */
async function touchingOfChanged(tx: Tx, batch: NormalizedGraph, kindBefore: (id: string) => string | undefined) {
  const changed = batch.entities.filter((e) => {
    const before = kindBefore(e.id);
    return before !== undefined && before !== e.kind;
  });
  const touching = new Map<string, TouchingRelationship[]>();
  if (changed.length === 0) return touching;
  for (const row of await tx.run('touching', { ids: changed.map((e) => e.id) })) {
    const id = row.id as string;
    touching.set(id, [...(touching.get(id) ?? []), row.touching as TouchingRelationship]);
  }
  return touching;
}

/**
 * importGraph in one transaction, bounded by the import timeout: validated in full against what
 * the store holds, then written and audited, or nothing. A dry run reads only, so it can never
 * write or audit.
 */
export function importGraph(
  transactions: Transactions,
  config: Neo4jConfig,
  data: unknown,
  ctx: WriteContext,
  dryRun: boolean,
): Promise<ImportReport> {
  const work = async (tx: Tx): Promise<ImportReport> => {
    const existing = await existingIn(tx, referencedIds(data));
    const { graph, problems } = validateGraphData(data, existing);
    const kindBefore = (id: string) => existing.entityKind(id);
    const touching = await touchingOfChanged(tx, graph, kindBefore);
    problems.push(...importKindChangeProblems(data, graph, { kindBefore, touching: (id) => touching.get(id) ?? [] }));
    const report = importReport(graph, problems, dryRun);
    if (!report.ok || dryRun) return report;
    await writeGraph(tx, graph, 1);
    await appendAudit(tx, ctx, 'importGraph', importedIds(graph), null, importCounts(report));
    return report;
  };
  const timeoutMs = importTransactionMs(config);
  return dryRun
    ? transactions.readTx('importGraph', work, timeoutMs)
    : transactions.write('importGraph', work, timeoutMs);
}
