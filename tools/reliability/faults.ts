import neo4j from 'neo4j-driver';
import { CypherFiles } from '../../server/store/neo4j/cypher-files.js';
import { APP_NAME } from '../../server/store/neo4j/transactions.js';
import { graphql, http, judge } from './client.js';
import { sleep, type Suite } from './context.js';
import { fmtMs, runLoad, type LoadResult } from './load.js';

/** After Neo4j accepts connections again, the app must be ready again within this, on its own. */
export const RECOVERY_BOUND_MS = 10_000;

/** The first moment /health/ready answers `status` (polled), or null when it did not within `boundMs`. */
async function waitForReady(base: string, status: 200 | 503, boundMs: number): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < boundMs) {
    try {
      const res = await http(`${base}/health/ready`, { timeoutMs: boundMs });
      if (res.status === status) return performance.now() - started;
    } catch {
      // A refused or hung readiness probe is not the answer we wait for.
    }
    await sleep(200);
  }
  return null;
}

/** The first moment a real read answers data again, or null. */
async function waitForReads(suite: Suite, boundMs: number): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < boundMs) {
    try {
      const answer = await graphql(
        suite.main.url,
        { query: `query R($id: ID!) { entity(id: $id) { id version } }`, variables: { id: suite.seed.entities[0]! } },
        { timeoutMs: boundMs },
      );
      suite.report.requests();
      if ((answer.body?.data as { entity?: unknown } | undefined)?.entity) return performance.now() - started;
    } catch {
      // keep polling
    }
    await sleep(200);
  }
  return null;
}

/** A valid batch of `n` new activities, each with one relationship from a seeded state: one importGraph mutation. */
export function importBatch(suite: Suite, tag: string, n: number) {
  const id = (i: number) => `activity:rel-import-${suite.runId}-${tag}-${i}`;
  return {
    prefix: `activity:rel-import-${suite.runId}-${tag}-`,
    input: {
      entities: Array.from({ length: n }, (_, i) => ({
        id: id(i),
        kind: 'ACTIVITY',
        name: `Imported activity ${tag} ${i}`,
        since: 2000 + (i % 20),
        sources: [suite.sourceId],
      })),
      // No id: the store names each one from/TYPE/to (an id in any other form is refused).
      relationships: Array.from({ length: n }, (_, i) => ({
        type: 'PARTICIPATES_IN',
        from: suite.seed.states[i % suite.seed.states.length],
        to: id(i),
        credibility: 4,
        sources: [suite.sourceId],
      })),
    },
  };
}

/** How many entities and relationships of the graph carry `prefix` (or the import's relationship ids). */
async function countImported(suite: Suite, prefix: string): Promise<{ entities: number; relationships: number }> {
  let res = await http(`${suite.main.url}/export/graph.json`, { timeoutMs: 60_000 });
  suite.report.requests();
  for (let attempt = 0; res.status === 503 && attempt < 5; attempt++) {
    await sleep(2000);
    res = await http(`${suite.main.url}/export/graph.json`, { timeoutMs: 60_000 });
    suite.report.requests();
  }
  if (res.status !== 200) throw new Error(`/export/graph.json answered ${res.status}: ${res.text.slice(0, 200)}`);
  const graph = JSON.parse(res.text) as { entities: { id: string }[]; relationships: { id: string; to: string }[] };
  return {
    entities: graph.entities.filter((e) => e.id.startsWith(prefix)).length,
    relationships: graph.relationships.filter((r) => r.to.startsWith(prefix)).length,
  };
}

/** A read holds a shared lock or a few; a write holds one per node and relationship it writes (thousands for the import). */
const WRITING_LOCKS = 100;

/**
 * Resolves once the import's transaction is writing: found through SHOW TRANSACTIONS by the
 * metadata the store attaches to every transaction (app and operation, cypher/tools/app-transactions),
 * and holding write locks. Null when the import committed first (its first entity is visible) or
 * nothing was seen within `boundMs`. Watches on its own connection, whatever the API answered
 * meanwhile (the store timeout may answer before Neo4j is done).
 */
async function watchForImportWrite(
  suite: Suite,
  answered: Promise<{ ok: boolean | null }>,
  firstId: string,
  boundMs = 120_000,
): Promise<{ transactionId: string; locks: number; requestId: string | null; afterAnswer: boolean } | null> {
  const driver = neo4j.driver(suite.neo4j.uri, neo4j.auth.basic('neo4j', suite.neo4j.password), {
    connectionTimeout: 5000,
  });
  const cypher = CypherFiles.load();
  let afterAnswer = false;
  let definitive = false;
  // A definitive answer (written, or refused as invalid) ends the watch; UNAVAILABLE does not: Neo4j may still be at it.
  void answered.then((a) => {
    afterAnswer = true;
    definitive = a.ok !== null;
  });
  const started = performance.now();
  try {
    for (let poll = 0; performance.now() - started < boundMs && !definitive; poll++) {
      const { records } = await driver.executeQuery(
        cypher.statement('tools/app-transactions'),
        { app: APP_NAME, operation: 'importGraph' },
        { database: 'neo4j' },
      );
      for (const r of records) {
        const locks = Number(r.get('activeLockCount') ?? 0);
        if (locks >= WRITING_LOCKS) {
          return {
            transactionId: String(r.get('transactionId')),
            locks,
            requestId: (r.get('requestId') as string | null) ?? null,
            afterAnswer,
          };
        }
      }
      if (poll % 10 === 9) {
        const committed = await driver.executeQuery(
          cypher.statement('tools/entity-count'),
          { id: firstId },
          { database: 'neo4j' },
        );
        if (Number(committed.records[0]?.get('n') ?? 0) > 0) return null;
      }
      await sleep(20);
    }
    return null;
  } finally {
    await driver.close().catch(() => undefined);
  }
}

interface OutageOptions {
  name: string;
  signal: 'SIGTERM' | 'SIGKILL';
  clients: number;
  writers: number;
  /** Kill while an importGraph of this many entities (and as many relationships) is being written. */
  importEntities?: number;
}

/**
 * One database outage under load: stop or kill Neo4j, check that every request is answered
 * (UNAVAILABLE allowed, no hang, within the store timeout plus slack) and that readiness says 503,
 * restart it on the same port and data folder, and check that the app recovers on its own within
 * RECOVERY_BOUND_MS. With an import: the kill lands while Neo4j writes the batch, and afterwards
 * none of the batch is in the graph.
 */
async function outage(suite: Suite, o: OutageOptions): Promise<boolean> {
  const { report } = suite;
  const hangMs = suite.storeTimeoutMs * 2 + 10_000;
  let stopLoad!: () => void;
  const stopped = new Promise<void>((resolve) => (stopLoad = resolve));
  const loadPromise: Promise<LoadResult> = runLoad(suite, {
    phase: o.name,
    clients: o.clients,
    writers: o.writers,
    durationMs: 600_000,
    stop: stopped,
    allowUnavailable: true,
    hangMs,
    seed: 99,
  });
  const results: boolean[] = [];
  try {
    await sleep(2000);
    let importPrefix: string | null = null;
    let importAnswer: Promise<{ ok: boolean | null; detail: string }> | null = null;
    if (o.importEntities) {
      const batch = importBatch(suite, o.name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), o.importEntities);
      importPrefix = batch.prefix;
      // Its own request id, which the store puts in the transaction's metadata.
      const requestId = `reliability-import-${suite.runId}-${o.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      const sent = graphql(
        suite.main.url,
        {
          query: `mutation Import($input: GraphInput!) { importGraph(input: $input) { ok dryRun entities relationships problems { entry field message } } }`,
          variables: { input: batch.input },
        },
        { token: suite.token, timeoutMs: 300_000, headers: { 'x-request-id': requestId } },
      );
      importAnswer = sent.then(
        (a) => {
          report.requests();
          const report_ = (a.body?.data as { importGraph?: { ok: boolean; problems: unknown[] } } | undefined)
            ?.importGraph;
          if (report_ && !report_.ok)
            report.note(`${o.name}: the import batch was refused: ${JSON.stringify(report_.problems).slice(0, 400)}`);
          const verdict = judge(a, ['UNAVAILABLE']);
          if (!verdict.ok) report.unexpected(`${o.name} importGraph`, verdict.problem ?? '');
          return {
            ok: report_ ? report_.ok : null,
            detail: report_
              ? `answered ok=${String(report_.ok)}`
              : `answered [${a.codes.join(', ')}] in ${fmtMs(a.ms)}`,
          };
        },
        (e: unknown) => {
          report.unexpected(`${o.name} importGraph`, e instanceof Error ? e.message : String(e));
          return { ok: null, detail: `no answer: ${e instanceof Error ? e.message : String(e)}` };
        },
      );
      const writing = await watchForImportWrite(suite, importAnswer, `${batch.prefix}0`);
      if (writing === null) {
        results.push(
          report.check(
            `${o.name}: the kill lands while the import is written`,
            false,
            'the import committed (or never started writing) before the kill',
          ),
        );
      } else {
        report.note(
          `${o.name}: killing Neo4j while the import's transaction ${writing.transactionId} (found by its metadata, ` +
            `request ${writing.requestId === requestId ? 'as sent' : `${String(writing.requestId)}, not ${requestId}`}) holds ${writing.locks} locks`,
        );
        if (writing.afterAnswer) {
          report.note(
            `${o.name}: FINDING: the API had already answered the import (${(await importAnswer).detail}) while Neo4j was still writing it: ` +
              'the store timeout answers UNAVAILABLE but does not end the transaction, which may still commit',
          );
        }
      }
    }
    const downAt = performance.now();
    await suite.neo4j.stop(o.signal);
    report.note(
      `${o.name}: Neo4j ${o.signal === 'SIGKILL' ? 'killed (SIGKILL)' : 'stopped (SIGTERM)'} after ${fmtMs(performance.now() - downAt)}`,
    );

    const notReady = await waitForReady(suite.main.url, 503, hangMs);
    results.push(
      report.check(
        `${o.name}: /health/ready answers 503 while Neo4j is down`,
        notReady !== null,
        notReady === null ? 'never 503' : `after ${fmtMs(notReady)}`,
      ),
    );
    await sleep(3000);

    const restartAt = performance.now();
    await suite.neo4j.start();
    report.note(
      `${o.name}: Neo4j restarted on the same port and data folder in ${fmtMs(performance.now() - restartAt)}`,
    );
    const ready = await waitForReady(suite.main.url, 200, 60_000);
    const reads = await waitForReads(suite, 60_000);
    results.push(
      report.check(
        `${o.name}: the app recovers on its own within ${RECOVERY_BOUND_MS / 1000} s of Neo4j accepting connections`,
        ready !== null && ready <= RECOVERY_BOUND_MS && reads !== null && reads <= RECOVERY_BOUND_MS,
        `ready after ${ready === null ? 'never' : fmtMs(ready)}, reads after ${reads === null ? 'never' : fmtMs(reads)}`,
      ),
    );
    await sleep(2000);
    stopLoad();
    const load = await loadPromise;
    const worst = Math.max(0, ...load.unavailableLatencies);
    report.note(
      `${o.name}: ${load.requests} requests under load: ${load.ok} answered data, ${load.unavailable} UNAVAILABLE (slowest ${fmtMs(worst)}), ${load.unexpected} unexpected, ${load.hangs} hangs`,
    );
    results.push(
      report.check(
        `${o.name}: every request answered, with data or UNAVAILABLE (no hang, nothing else)`,
        load.unexpected === 0 && load.hangs === 0,
        `${load.unexpected} unexpected, ${load.hangs} hangs`,
      ),
    );
    results.push(
      report.check(
        `${o.name}: requests during the outage got UNAVAILABLE`,
        load.unavailable > 0,
        `${load.unavailable}`,
      ),
    );
    const bound = suite.storeTimeoutMs + 5000;
    const slowest = load.slowestUnavailable;
    results.push(
      report.check(
        `${o.name}: UNAVAILABLE within the store timeout (${suite.storeTimeoutMs} ms, plus 5 s slack for a busy machine)`,
        worst <= bound,
        `slowest ${fmtMs(worst)}${slowest ? ` (${slowest.label}, ${slowest.errors} errors in the answer)` : ''}`,
      ),
    );

    if (importAnswer !== null && importPrefix !== null) {
      const answered = await importAnswer;
      const found = await countImported(suite, importPrefix);
      const none = found.entities === 0 && found.relationships === 0;
      results.push(
        report.check(
          `${o.name}: none of the killed import is in the graph`,
          answered.ok !== true ? none : found.entities === o.importEntities,
          `import ${answered.detail}; found ${found.entities} of its ${o.importEntities} entities and ${found.relationships} of its relationships`,
        ),
      );
    }
  } finally {
    stopLoad();
    await loadPromise;
  }
  const survived = results.every(Boolean);
  if (survived) report.totals.faultsSurvived++;
  return survived;
}

/**
 * An import bigger than the store timeout allows, with Neo4j up: when the API answers UNAVAILABLE
 * (the store timeout), the import must not land afterwards, or the client is told "failed" about a
 * write that happened (and a retry writes it twice).
 */
async function slowImport(suite: Suite, entities: number): Promise<void> {
  const { report } = suite;
  const batch = importBatch(suite, 'slow', entities);
  const answer = await graphql(
    suite.main.url,
    {
      query: `mutation Import($input: GraphInput!) { importGraph(input: $input) { ok } }`,
      variables: { input: batch.input },
    },
    { token: suite.token, timeoutMs: 300_000 },
  );
  report.requests();
  const verdict = judge(answer, ['UNAVAILABLE']);
  if (!verdict.ok) report.unexpected('slow importGraph', verdict.problem ?? '');
  if (!answer.codes.includes('UNAVAILABLE')) {
    report.note(
      `slow import: ${entities} entities and relationships answered in ${fmtMs(answer.ms)} (${answer.codes.join(', ') || 'written'}), within the store timeout`,
    );
    return;
  }
  let found = { entities: 0, relationships: 0 };
  const since = performance.now();
  while (performance.now() - since < 60_000) {
    await sleep(5000);
    found = await countImported(suite, batch.prefix);
    if (found.entities > 0) break;
  }
  report.check(
    'faults: an import the API answered UNAVAILABLE (store timeout) does not land afterwards',
    found.entities === 0 && found.relationships === 0,
    `answered UNAVAILABLE after ${fmtMs(answer.ms)}; ${found.entities} of its ${entities} entities in the graph ${fmtMs(performance.now() - since)} later`,
  );
}

/**
 * Neo4j faults. Short form: one SIGKILL while an import is being written under load (stop, answer,
 * readiness, restart, recovery, atomicity in one outage). Full form: a clean stop (SIGTERM) in the
 * middle of the load, then a SIGKILL during the import.
 */
export async function faultsCheck(
  suite: Suite,
  options: { importEntities: number; full: boolean; clients: number },
): Promise<void> {
  if (options.full) {
    await outage(suite, { name: 'fault SIGTERM mid-load', signal: 'SIGTERM', clients: options.clients, writers: 5 });
    await outage(suite, {
      name: 'fault SIGKILL mid-import',
      signal: 'SIGKILL',
      clients: 10,
      writers: 0,
      importEntities: options.importEntities,
    });
    await slowImport(suite, 5000);
  } else {
    await outage(suite, {
      name: 'fault SIGKILL mid-import under load',
      signal: 'SIGKILL',
      clients: 20,
      writers: 0,
      importEntities: options.importEntities,
    });
  }
}
