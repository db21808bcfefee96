/**
 * npm run test:scale [-- --short]: the API as a team runs it (docker-compose.yml's scale profile) on
 * loopback: tools/neo4j-local reached through neo4j://, Redis and nginx of our own (deploy/nginx.conf)
 * and three replicas of server/main.ts. 50 clients, each on its own loopback address, read (GET,
 * which nginx may retry) and write (POST, carrying X-Atlas-Bookmark) for 60 s (15 s with --short);
 * one replica is killed with SIGKILL mid-run and restarted. Then:
 *   - no client saw an error, except requests that were in flight on the killed replica;
 *   - every acknowledged write was readable at once by its writer through every replica (its
 *     bookmark), and is readable by everyone through every replica after the cache's bound;
 *   - one client's rate limit holds across the replicas (not three times the limit).
 * Prints `scale: N requests, E errors, K replica kills survived, L writes lost, R rate limit per
 * client across replicas` and exits 1 when a check fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { loadDataDir } from '../../server/data/load-data-dir.js';
import { DATA_DIR, ROOT } from '../../server/paths.js';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import { BOOKMARK_HEADER } from '../../server/store/neo4j/bookmarks.js';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../neo4j-local/start.js';
import { call, describeAnswer, graphqlGet, isOk, type Answer } from './http.js';
import { startNginx, startRedis, waitForPort, type Owned } from './processes.js';

const SHORT = process.argv.includes('--short');
const DURATION_MS = (SHORT ? 15 : 60) * 1000;
const CLIENTS = 50;
/** Clients that also write (the rest only read, and share the cache). */
const WRITERS = 10;
const REPLICAS = 3;
const RATE_LIMIT = 300;
const CACHE_TTL_MS = 3000;
const TOKEN = randomBytes(16).toString('hex');
const started = Date.now();
const at = () => `+${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (line: string) => process.stdout.write(`scale: ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Replica {
  index: number;
  port: number;
  process: ChildProcess | null;
  output: string;
  up: boolean;
}

interface Outcome {
  requests: number;
  errors: { what: string; answer: string }[];
  excused: number;
  writerMisses: string[];
}

const outcome: Outcome = { requests: 0, errors: [], excused: 0, writerMisses: [] };
/** The killed replica's port and when it was killed and back (requests spanning this are "in flight on it"). */
const kills: { port: number; killedAt: number; backAt: number | null; servedAfter: boolean }[] = [];

function replicaEnv(port: number, neo4j: LocalNeo4j, redisUrl: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    NEO4J_URI: `neo4j://127.0.0.1:${neo4j.port}`,
    NEO4J_USERNAME: 'neo4j',
    NEO4J_PASSWORD: neo4j.password,
    REDIS_URL: redisUrl,
    RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    RESPONSE_CACHE_TTL_MS: String(CACHE_TTL_MS),
    ATLAS_EDITOR_TOKENS: `scale:${TOKEN}`,
    // nginx connects from 127.0.0.1 and names the client in X-Forwarded-For.
    ATLAS_TRUST_PROXY: '127.0.0.1',
    ATLAS_CLIENT_DIR: '/nonexistent',
    STORE_TIMEOUT_MS: '30000',
    LOG_LEVEL: 'warn',
  };
}

async function startReplica(r: Replica, env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  r.process = child;
  const keep = (c: Buffer) => void (r.output = (r.output + c.toString()).slice(-8000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  await waitForPort(r.port, 120_000, () => child.exitCode === null && child.signalCode === null).catch((e: Error) => {
    throw new Error(`replica ${r.index} did not start: ${e.message}\n${r.output}`);
  });
  for (const until = Date.now() + 60_000; ;) {
    const ready = await call({ port: r.port, method: 'GET', path: '/health/ready', timeoutMs: 5000 });
    if (ready.status === 200) break;
    if (Date.now() > until) throw new Error(`replica ${r.index} is not ready: ${describeAnswer(ready)}\n${r.output}`);
    await sleep(200);
  }
  r.up = true;
}

function stopReplica(r: Replica, signal: NodeJS.Signals): Promise<void> {
  const child = r.process;
  r.up = false;
  if (child === null || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Whether an error answer was a request in flight on a killed replica (nginx names the upstream). */
function excusable(answer: Answer, sentAt: number, doneAt: number, port?: number): boolean {
  const upstream = String(answer.headers['x-atlas-upstream'] ?? '');
  return kills.some((k) => {
    const named = port === k.port || upstream.includes(`:${k.port}`);
    const spans = sentAt <= k.killedAt + 100 && doneAt >= k.killedAt - 100;
    // Only a request sent straight to the replica (the writer's check) may meet it down; through
    // nginx, a request sent after the kill must be answered by another replica.
    const whileDown = port !== undefined && sentAt >= k.killedAt && (k.backAt === null || sentAt <= k.backAt);
    return named && (spans || whileDown);
  });
}

function record(what: string, answer: Answer, sentAt: number, port?: number): boolean {
  outcome.requests++;
  if (isOk(answer)) return true;
  if (excusable(answer, sentAt, Date.now(), port)) outcome.excused++;
  else outcome.errors.push({ what, answer: describeAnswer(answer) });
  return false;
}

const READS = [
  `query($id: ID!) { entity(id: $id) { id name kind } }`,
  `query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 25) { total nodes { id name } edges { id } } }`,
  `query($text: String!) { search(text: $text, first: 5) { entity { id name } } }`,
  `{ stats { entities relationships } }`,
];
const UPSERT = `mutation($input: EntityInput!) { upsertEntity(input: $input) { id name } }`;
const READ_ONE = `query($id: ID!) { entity(id: $id) { id name } }`;

async function main(): Promise<void> {
  const owned: Owned[] = [];
  const replicas: Replica[] = [];
  let neo4j: LocalNeo4j | null = null;
  let failed = false;
  const cleanup = async () => {
    await Promise.all(replicas.map((r) => stopReplica(r, 'SIGTERM')));
    await Promise.all(owned.map((o) => o.stop()));
    await neo4j?.stop('SIGTERM');
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    log(`${SHORT ? 'short form: ' : ''}${CLIENTS} clients for ${DURATION_MS / 1000} s over ${REPLICAS} replicas`);
    const graph = loadDataDir(DATA_DIR);
    neo4j = await startLocalNeo4j({ heap: process.env.NEO4J_LOCAL_HEAP ?? '768m', pageCacheMiB: 128 });
    const seeding = await Neo4jStore.open({
      uri: `neo4j://127.0.0.1:${neo4j.port}`,
      username: 'neo4j',
      password: neo4j.password,
      database: 'neo4j',
      timeoutMs: 60_000,
    });
    await seeding.seedGraph(graph);
    await seeding.close();
    const redis = await startRedis();
    owned.push(redis);
    for (let i = 0; i < REPLICAS; i++)
      replicas.push({ index: i + 1, port: await freePort(), process: null, output: '', up: false });
    const env = (r: Replica) => replicaEnv(r.port, neo4j!, redis.url);
    await Promise.all(replicas.map((r) => startReplica(r, env(r))));
    const nginx = await startNginx(replicas.map((r) => r.port));
    owned.push(nginx);
    log(
      `Neo4j neo4j://127.0.0.1:${neo4j.port}, Redis ${redis.url}, nginx ${nginx.url}, replicas ${replicas.map((r) => r.port).join(', ')} (${at()})`,
    );

    const ids = graph.entities.map((e) => e.id).slice(0, 60);
    const words = graph.entities.map((e) => e.name.split(/\s+/)[0]!).slice(0, 40);
    const source = graph.sources[0]!.id;
    // Every read shape once on every replica before the clock starts: the database plans its
    // statements and the replicas load their code, so the first seconds measure no cold start.
    for (const r of replicas) {
      for (const q of READS) {
        const vars = q.includes('$text') ? { text: words[0] } : q.includes('$id') ? { id: ids[0] } : {};
        const warm = await call({
          port: r.port,
          method: 'GET',
          path: graphqlGet(q, vars),
          localAddress: '127.0.0.251',
        });
        if (!isOk(warm)) throw new Error(`warm-up on replica ${r.index} failed: ${describeAnswer(warm)}`);
      }
    }
    const acknowledged = new Map<string, string>();
    const runId = Date.now().toString(36);
    const deadline = Date.now() + DURATION_MS;

    const client = async (i: number) => {
      const localAddress = `127.0.0.${10 + i}`;
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const writer = i < WRITERS;
      let bookmark: string | null = null;
      let n = 0;
      while (Date.now() < deadline) {
        const headers: Record<string, string> = bookmark ? { [BOOKMARK_HEADER]: bookmark } : {};
        const sentAt = Date.now();
        if (writer && Math.random() < 0.3) {
          const id = `state:scale-${runId}-${i}-${n++}`;
          const name = `Scale ${i}.${n}`;
          const input = { id, kind: 'STATE', name, sources: [source] };
          const answer = await call({
            port: nginx.port,
            method: 'POST',
            path: '/graphql',
            headers: { ...headers, Authorization: `Bearer ${TOKEN}` },
            body: { query: UPSERT, variables: { input } },
            localAddress,
            agent,
          });
          if (record(`write ${id}`, answer, sentAt)) {
            acknowledged.set(id, name);
            const header = answer.headers[BOOKMARK_HEADER.toLowerCase()];
            if (typeof header === 'string') bookmark = header;
            else outcome.writerMisses.push(`${id}: the write's answer had no ${BOOKMARK_HEADER}`);
            // The writer reads it at once through every replica, sending its bookmark.
            for (const r of replicas) {
              if (!r.up) continue;
              const t = Date.now();
              const read = await call({
                port: r.port,
                method: 'GET',
                path: graphqlGet(READ_ONE, { id }),
                headers: bookmark ? { [BOOKMARK_HEADER]: bookmark } : {},
                localAddress,
              });
              if (record(`writer's read of ${id} on replica ${r.index}`, read, t, r.port)) {
                const got = (read.body as { data: { entity: { name: string } | null } }).data.entity;
                if (got?.name !== name)
                  outcome.writerMisses.push(`${id} on replica ${r.index}: ${JSON.stringify(got)}`);
              }
            }
          }
        } else {
          const q = READS[Math.floor(Math.random() * READS.length)]!;
          const vars = q.includes('$text')
            ? { text: words[Math.floor(Math.random() * words.length)] }
            : q.includes('$id')
              ? { id: ids[Math.floor(Math.random() * ids.length)] }
              : {};
          const answer = await call({
            port: nginx.port,
            method: 'GET',
            path: graphqlGet(q, vars),
            headers,
            localAddress,
            agent,
          });
          record(`read ${q.slice(0, 40)}`, answer, sentAt);
          for (const k of kills) {
            if (
              k.backAt !== null &&
              sentAt > k.backAt &&
              String(answer.headers['x-atlas-upstream'] ?? '').includes(`:${k.port}`)
            ) {
              k.servedAfter = true;
            }
          }
        }
        await sleep(300 + Math.random() * 700);
      }
      agent.destroy();
    };

    const victim = replicas[1]!;
    const killer = (async () => {
      await sleep(DURATION_MS * 0.4);
      const kill = { port: victim.port, killedAt: Date.now(), backAt: null as number | null, servedAfter: false };
      kills.push(kill);
      log(`SIGKILL replica ${victim.index} (port ${victim.port}) at ${at()}`);
      await stopReplica(victim, 'SIGKILL');
      victim.output = '';
      await startReplica(victim, env(victim));
      kill.backAt = Date.now();
      log(`replica ${victim.index} restarted and ready at ${at()}`);
    })();

    await Promise.all([...Array.from({ length: CLIENTS }, (_, i) => client(i)), killer]);
    log(`workload done at ${at()}: ${acknowledged.size} writes acknowledged`);

    // A kill is survived when nginx sends requests to the restarted replica again (after its fail_timeout).
    for (const k of kills) {
      for (const until = Date.now() + 30_000; !k.servedAfter && Date.now() < until;) {
        const t = Date.now();
        const answer = await call({
          port: nginx.port,
          method: 'GET',
          path: graphqlGet(READS[3]!),
          localAddress: '127.0.0.252',
        });
        record('read after the restart', answer, t);
        if (String(answer.headers['x-atlas-upstream'] ?? '').includes(`:${k.port}`) && isOk(answer))
          k.servedAfter = true;
        else await sleep(200);
      }
    }

    // After the cache's bound, everyone (no bookmark) reads every acknowledged write through every replica.
    await sleep(CACHE_TTL_MS + 500);
    const entries = [...acknowledged];
    let lost = 0;
    const lostIds: string[] = [];
    for (const r of replicas) {
      for (let k = 0; k < entries.length; k += 15) {
        const chunk = entries.slice(k, k + 15);
        const query = `{ ${chunk.map(([id], j) => `e${j}: entity(id: ${JSON.stringify(id)}) { id name }`).join(' ')} }`;
        const t = Date.now();
        const answer = await call({
          port: r.port,
          method: 'GET',
          path: graphqlGet(query),
          localAddress: `127.0.1.${((k / 15) % 250) + 1}`,
        });
        if (!record(`everyone's read on replica ${r.index}`, answer, t, r.port)) continue;
        const data = (answer.body as { data: Record<string, { name: string } | null> }).data;
        chunk.forEach(([id, name], j) => {
          if (data[`e${j}`]?.name !== name) {
            lost++;
            lostIds.push(`${id} on replica ${r.index}`);
          }
        });
      }
    }

    // One client (its own address) far over the limit, spread by nginx over the replicas.
    const probes = Math.round(RATE_LIMIT * 1.5);
    const statuses: number[] = [];
    const probeAgent = new Agent({ keepAlive: true, maxSockets: 8 });
    for (let k = 0; k < probes; k += 8) {
      const batch = Array.from({ length: Math.min(8, probes - k) }, () =>
        call({
          port: nginx.port,
          method: 'GET',
          path: graphqlGet('{ __typename }'),
          localAddress: '127.0.0.250',
          agent: probeAgent,
        }),
      );
      for (const a of await Promise.all(batch)) statuses.push(a.status);
    }
    probeAgent.destroy();
    const allowed = statuses.filter((s) => s === 200).length;
    const limited = statuses.filter((s) => s === 429).length;
    log(
      `rate-limit probe: ${allowed} of ${probes} allowed, ${limited} refused with 429 (limit ${RATE_LIMIT} a minute per client)`,
    );

    const survived = kills.filter((k) => k.backAt !== null && k.servedAfter).length;
    if (outcome.excused > 0) log(`${outcome.excused} requests failed in flight on the killed replica (excused)`);
    for (const e of outcome.errors.slice(0, 10)) log(`error: ${e.what}: ${e.answer}`);
    for (const m of outcome.writerMisses.slice(0, 10)) log(`writer did not read its write: ${m}`);
    for (const id of lostIds.slice(0, 10)) log(`lost: ${id}`);
    const errors = outcome.errors.length + outcome.writerMisses.length;
    log(
      `${outcome.requests + probes} requests, ${errors} errors, ${survived} replica kills survived, ${lost} writes lost, ${allowed} rate limit per client across replicas`,
    );
    const problems = [
      errors > 0 && `${errors} errors`,
      lost > 0 && `${lost} writes lost`,
      survived !== kills.length && 'the killed replica did not come back',
      acknowledged.size === 0 && 'no write was acknowledged',
      (allowed > RATE_LIMIT || allowed < RATE_LIMIT * 0.9) &&
        `the rate limit let ${allowed} of ${probes} through (limit ${RATE_LIMIT})`,
      statuses.some((s) => s !== 200 && s !== 429) && 'the rate-limit probe saw other errors',
    ].filter(Boolean);
    if (problems.length > 0) {
      failed = true;
      process.stderr.write(`scale: FAILED: ${problems.join('; ')}\n`);
    }
  } catch (e) {
    failed = true;
    process.stderr.write(`scale: FAILED: ${(e as Error).stack ?? String(e)}\n`);
    for (const r of replicas)
      if (r.output) process.stderr.write(`replica ${r.index} output:\n${r.output.slice(-3000)}\n`);
  } finally {
    await cleanup();
  }
  process.exit(failed ? 1 : 0);
}

void main();
