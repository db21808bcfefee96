import { KINDS } from '../../domain/model.js';
import { graphql, Hang, judge, type GraphQLRequest } from './client.js';
import { percentile, pick, random, sleep, type Suite } from './context.js';

/** The writes of the load go to this many entities and relationships of their own (created in `prepareLoad`). */
const POOL = 40;

export const loadEntityId = (suite: Suite, k: number) => `activity:rel-load-${suite.runId}-${k}`;
const loadRelationshipFrom = (suite: Suite, k: number) => suite.seed.states[k % suite.seed.states.length]!;
/** A relationship's id names its ends (from/TYPE/to): one state to the load's own activity k. */
export const loadRelationshipId = (suite: Suite, k: number) =>
  `${loadRelationshipFrom(suite, k)}/PARTICIPATES_IN/${loadEntityId(suite, k)}`;

const ENTITY_FIELDS = 'id kind name aliases summary since until version sources { id title url }';

interface Operation {
  label: string;
  request: GraphQLRequest;
  write?: { kind: 'entity' | 'relationship'; id: string };
}

function entityInput(suite: Suite, k: number, note: string) {
  return {
    id: loadEntityId(suite, k),
    kind: 'ACTIVITY',
    name: `Reliability load activity ${k}`,
    aliases: [`RLA${k}`],
    summary: note,
    since: 2000 + (k % 25),
    sources: [suite.sourceId],
  };
}

function relationshipInput(suite: Suite, k: number, note: string) {
  return {
    id: loadRelationshipId(suite, k),
    type: 'PARTICIPATES_IN',
    from: loadRelationshipFrom(suite, k),
    to: loadEntityId(suite, k),
    credibility: 3,
    note,
    sources: [suite.sourceId],
  };
}

/** One request of the mix: an editor's client writes half the time (with the editor token), a reader only reads, every kind of read. */
function nextOperation(suite: Suite, rnd: () => number, client: number, n: number, editor: boolean): Operation {
  const seed = suite.seed;
  const r = editor ? rnd() * 0.4 : 1;
  const note = `client ${client} request ${n}`;
  if (r < 0.14) {
    const k = Math.floor(rnd() * POOL);
    return {
      label: 'upsertEntity',
      request: {
        query: `mutation Load($input: EntityInput!) { upsertEntity(input: $input) { id version } }`,
        variables: { input: entityInput(suite, k, note) },
      },
      write: { kind: 'entity', id: loadEntityId(suite, k) },
    };
  }
  if (r < 0.2) {
    const k = Math.floor(rnd() * POOL);
    return {
      label: 'upsertRelationship',
      request: {
        query: `mutation Load($input: RelationshipInput!) { upsertRelationship(input: $input) { id version from { id } to { id } } }`,
        variables: { input: relationshipInput(suite, k, note) },
      },
      write: { kind: 'relationship', id: loadRelationshipId(suite, k) },
    };
  }
  const reads: (() => Operation)[] = [
    () => ({
      label: 'entity',
      request: {
        query: `query Load($id: ID!) { entity(id: $id) { ${ENTITY_FIELDS} } }`,
        variables: { id: pick(rnd, seed.entities) },
      },
    }),
    () => ({
      label: 'search',
      request: {
        query: `query Load($text: String!) { search(text: $text, first: 10) { score entity { id name kind } } }`,
        variables: { text: pick(rnd, seed.names).slice(0, 1 + Math.floor(rnd() * 8)) },
      },
    }),
    () => ({
      label: 'neighborhood',
      request: {
        query: `query Load($id: ID!, $depth: Int, $asOf: Int) { neighborhood(id: $id, depth: $depth, asOf: $asOf, limit: 100) { total truncated nodes { id name kind } edges { id type from { id } to { id } } } }`,
        variables: {
          id: pick(rnd, seed.entities),
          depth: 1 + Math.floor(rnd() * 2),
          asOf: rnd() < 0.5 ? null : 1990 + Math.floor(rnd() * 35),
        },
      },
    }),
    () => ({
      label: 'neighborCounts',
      request: {
        query: `query Load($id: ID!) { neighborCounts(id: $id) { relationType kind count } }`,
        variables: { id: pick(rnd, seed.entities) },
      },
    }),
    () => {
      const from = pick(rnd, seed.states);
      let to = pick(rnd, [...seed.organizations, ...seed.frameworks, ...seed.activities]);
      if (to === from) to = seed.organizations[0]!;
      return {
        label: 'paths',
        request: {
          query: `query Load($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 3, limit: 3) { length nodes { id } edges { id type } } }`,
          variables: { from, to },
        },
      };
    },
    () => ({
      label: 'entities',
      request: {
        query: `query Load($kind: Kind, $first: Int) { entities(kind: $kind, first: $first) { totalCount pageInfo { endCursor hasNextPage } nodes { id name } } }`,
        variables: { kind: rnd() < 0.2 ? null : pick(rnd, KINDS), first: 5 + Math.floor(rnd() * 50) },
      },
    }),
    () => ({
      label: 'stats',
      request: {
        query: `{ stats { entities relationships sources byKind { kind count } byRelationType { relationType count } } }`,
      },
    }),
    () => ({
      label: 'legend',
      request: { query: `{ kinds { kind idPrefix count } relationTypes { relationType fromKinds toKinds count } }` },
    }),
    () => ({
      label: 'relationship',
      request: {
        query: `query Load($id: ID!) { relationship(id: $id) { id type since until confidence from { id name } to { id name } sources { id } } }`,
        variables: { id: pick(rnd, seed.relationships) },
      },
    }),
  ];
  return pick(rnd, reads)();
}

/** Creates the load's own entities and relationships (so every later write is a replacement). */
export async function prepareLoad(suite: Suite): Promise<void> {
  for (let k = 0; k < POOL; k++) {
    for (const [kind, query, input] of [
      [
        'entity',
        `mutation Prepare($input: EntityInput!) { w: upsertEntity(input: $input) { id version } }`,
        entityInput(suite, k, 'prepared'),
      ],
      [
        'relationship',
        `mutation Prepare($input: RelationshipInput!) { w: upsertRelationship(input: $input) { id version } }`,
        relationshipInput(suite, k, 'prepared'),
      ],
    ] as const) {
      const answer = await graphql(suite.main.url, { query, variables: { input } }, { token: suite.token });
      suite.report.requests();
      const written = (answer.body?.data as { w?: { id: string; version: number } } | undefined)?.w;
      if (!written) throw new Error(`cannot prepare the load's ${kind} ${input.id}: ${answer.text.slice(0, 300)}`);
      suite.ledger.acknowledge(kind, written.id, written.version);
    }
  }
}

export interface LoadOptions {
  phase: string;
  clients: number;
  /** How many of the clients are editors, writing half of the time. */
  writers?: number;
  /** Stop after this long, or when `stop` resolves, whichever comes first. */
  durationMs: number;
  stop?: Promise<void>;
  /** During a database outage: UNAVAILABLE is an acceptable answer. */
  allowUnavailable?: boolean;
  /** The no-hang bound of one request. */
  hangMs: number;
  seed?: number;
  /** Called about once a second while the load runs. */
  onTick?: (elapsedMs: number) => void;
}

export interface LoadResult {
  requests: number;
  ok: number;
  unavailable: number;
  unexpected: number;
  hangs: number;
  writesAcknowledged: number;
  latencies: number[];
  /** Latencies per operation. */
  byOperation: Map<string, number[]>;
  /** Latencies of the answers that were UNAVAILABLE. */
  unavailableLatencies: number[];
  /** The slowest UNAVAILABLE answer: which operation, how many errors it carried. */
  slowestUnavailable: { label: string; ms: number; errors: number } | null;
  p50: number;
  p99: number;
  max: number;
  elapsedMs: number;
}

/**
 * `clients` loops, each sending one request after the other for `durationMs`: every answer must be
 * data without errors (or UNAVAILABLE when allowed); anything else is an unexpected error, reported
 * with the request that caused it.
 */
export async function runLoad(suite: Suite, options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = {
    requests: 0,
    ok: 0,
    unavailable: 0,
    unexpected: 0,
    hangs: 0,
    writesAcknowledged: 0,
    latencies: [],
    byOperation: new Map(),
    unavailableLatencies: [],
    slowestUnavailable: null,
    p50: 0,
    p99: 0,
    max: 0,
    elapsedMs: 0,
  };
  const started = performance.now();
  let stopping = false;
  const timer = setTimeout(() => (stopping = true), options.durationMs);
  void options.stop?.then(() => (stopping = true));
  const ticker = setInterval(() => options.onTick?.(performance.now() - started), 1000);
  const allowed = options.allowUnavailable ? ['UNAVAILABLE'] : [];

  const client = async (c: number) => {
    const rnd = random((options.seed ?? 1) * 1000 + c);
    for (let n = 0; !stopping; n++) {
      const op = nextOperation(suite, rnd, c, n, c < (options.writers ?? 0));
      result.requests++;
      suite.report.requests();
      const where = `${options.phase} ${op.label}`;
      try {
        const answer = await graphql(suite.main.url, op.request, {
          token: op.write ? suite.token : null,
          timeoutMs: options.hangMs,
        });
        result.latencies.push(answer.ms);
        const mine = result.byOperation.get(op.label) ?? [];
        mine.push(answer.ms);
        result.byOperation.set(op.label, mine);
        const verdict = judge(answer, allowed);
        if (!verdict.ok || answer.status !== 200) {
          result.unexpected++;
          suite.report.unexpected(where, verdict.problem ?? `HTTP ${answer.status}`);
          continue;
        }
        if (answer.codes.length > 0) {
          result.unavailable++;
          result.unavailableLatencies.push(answer.ms);
          if (answer.ms > (result.slowestUnavailable?.ms ?? -1)) {
            result.slowestUnavailable = { label: op.label, ms: answer.ms, errors: answer.codes.length };
          }
          continue;
        }
        result.ok++;
        if (op.write) {
          const data = answer.body?.data as Record<string, { id: string; version: number }> | undefined;
          const written = data && Object.values(data)[0];
          if (written) {
            suite.ledger.acknowledge(op.write.kind, written.id, written.version);
            result.writesAcknowledged++;
          }
        }
      } catch (e) {
        result.unexpected++;
        if (e instanceof Hang) result.hangs++;
        suite.report.unexpected(where, e instanceof Error ? e.message : String(e));
        // A refused connection fails at once; do not spin.
        await sleep(50);
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, c) => client(c)));
  clearTimeout(timer);
  clearInterval(ticker);
  result.elapsedMs = performance.now() - started;
  result.p50 = percentile(result.latencies, 50);
  result.p99 = percentile(result.latencies, 99);
  result.max = Math.max(0, ...result.latencies);
  return result;
}

export const fmtMs = (ms: number) => `${Math.round(ms)} ms`;

/**
 * The load check: `clients` clients for `durationMs` after a warm-up, zero unexpected errors, p99
 * recorded, and the server's RSS (its own process) growing less than 10% from the end of the
 * warm-up to the end of the load.
 */
export async function loadCheck(
  suite: Suite,
  options: { clients: number; writers: number; warmupMs: number; durationMs: number },
): Promise<void> {
  const { report } = suite;
  const hangMs = suite.storeTimeoutMs * 2 + 10_000;
  // A cold database compiles each statement on first use: prime every operation once, then warm up
  // with the full load, where a store timeout is tolerated (and reported); the measured load tolerates none.
  const primer = await runLoad(suite, {
    phase: 'primer',
    clients: 2,
    writers: 1,
    durationMs: 3000,
    hangMs,
    seed: 3,
    allowUnavailable: true,
  });
  const warm = await runLoad(suite, {
    phase: 'warm-up',
    clients: options.clients,
    writers: options.writers,
    durationMs: options.warmupMs,
    hangMs,
    seed: 7,
    allowUnavailable: true,
  });
  report.note(
    `load: primer ${primer.requests} requests and warm-up ${warm.requests} requests, ${primer.unavailable + warm.unavailable} of them UNAVAILABLE (store timeout while cold; tolerated before measuring)`,
  );
  const rssWarm = suite.main.rssBytes();
  const heapWarm = await suite.main.heapAfterGc();
  const samples: number[] = [];
  const load = await runLoad(suite, {
    phase: 'load',
    clients: options.clients,
    writers: options.writers,
    durationMs: options.durationMs,
    hangMs,
    seed: 11,
    onTick: () => samples.push(suite.main.rssBytes()),
  });
  const rssEnd = suite.main.rssBytes();
  const heapEnd = await suite.main.heapAfterGc();
  const rssGrowth = (rssEnd - rssWarm) / rssWarm;
  const growth = (heapEnd - heapWarm) / heapWarm;
  const rps = load.requests / (load.elapsedMs / 1000);
  report.note(
    `load: ${options.clients} clients (${options.writers} of them editors writing half the time), ${Math.round(load.elapsedMs / 1000)} s after a ${Math.round(options.warmupMs / 1000)} s warm-up: ` +
      `${load.requests} requests (${Math.round(rps)}/s, ${load.writesAcknowledged} writes), p50 ${fmtMs(load.p50)}, p99 ${fmtMs(load.p99)}, max ${fmtMs(load.max)}`,
  );
  report.note(
    `load: p50/p99 per operation: ${[...load.byOperation]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([label, ms]) => `${label} ${fmtMs(percentile(ms, 50))}/${fmtMs(percentile(ms, 99))} (${ms.length})`)
      .join(', ')}`,
  );
  report.note(
    `load: server RSS (child process, /proc VmRSS) ${mb(rssWarm)} after warm-up -> ${mb(rssEnd)} at the end ` +
      `(peak ${mb(Math.max(rssEnd, ...samples))}), growth ${(rssGrowth * 100).toFixed(1)}% (reported, not checked)`,
  );
  report.note(
    `load: server heap in use after a full GC (--expose-gc, gc-probe.ts): ${mb(heapWarm)} after warm-up -> ${mb(heapEnd)} at the end`,
  );
  report.check(
    'load: no unexpected error under load (any error, UNAVAILABLE included)',
    primer.unexpected + warm.unexpected + load.unexpected === 0,
    `${primer.unexpected + warm.unexpected + load.unexpected} of ${primer.requests + warm.requests + load.requests}`,
  );
  report.check(
    'load: every request answered (no hang)',
    primer.hangs + warm.hangs + load.hangs === 0,
    `${primer.hangs + warm.hangs + load.hangs} hangs`,
  );
  report.check(
    'load: server memory (heap after GC) growth under 10% from warm-up to end',
    growth < 0.1,
    `${(growth * 100).toFixed(1)}%`,
  );
  report.check('load: p99 recorded', load.latencies.length > 0, `p99 ${fmtMs(load.p99)}`);
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
