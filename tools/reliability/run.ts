/**
 * The reliability and security suite: `npm run test:reliability` (short, for CI) or with `--full`.
 * Owns a local Neo4j (tools/neo4j-local, kept data folder, fixed port) and the server (server/main.ts
 * in a child process on 127.0.0.1), runs the checks in order and ends with one summary line; exits
 * non-zero on any unexpected error, lost write or failed check.
 */
import { randomBytes } from 'node:crypto';
import { loadDataDir } from '../../server/data/load-data-dir.js';
import { DATA_DIR } from '../../server/paths.js';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.js';
import { accessCheck } from './access.js';
import { http } from './client.js';
import { concurrencyCheck } from './concurrency.js';
import type { Editor, SeedIds, Suite } from './context.js';
import { faultsCheck } from './faults.js';
import { fuzzCheck } from './fuzz.js';
import { injectionCheck } from './injection.js';
import { Ledger } from './ledger.js';
import { loadCheck, prepareLoad } from './load.js';
import { OwnedNeo4j } from './neo4j.js';
import { canStartLocalNeo4j } from '../neo4j-local/start.js';
import { ServerProcess } from './server.js';
import { Report } from './summary.js';

const full = process.argv.includes('--full');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');

export const PROFILE = full
  ? {
      clients: 50,
      writers: 5,
      warmupMs: 15_000,
      loadMs: 60_000,
      fuzzRuns: 1000,
      editors: 20,
      rounds: 25,
      importEntities: 4000,
    }
  : {
      clients: 50,
      writers: 5,
      warmupMs: 5_000,
      loadMs: 10_000,
      fuzzRuns: 150,
      editors: 20,
      rounds: 6,
      importEntities: 2500,
    };

export const STORE_TIMEOUT_MS = 5000;

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

async function seedIds(base: string): Promise<{ seed: SeedIds; sourceId: string }> {
  const res = await http(`${base}/export/graph.json`, { timeoutMs: 60_000 });
  if (res.status !== 200) throw new Error(`/export/graph.json answered ${res.status}`);
  const graph = JSON.parse(res.text) as {
    sources: { id: string }[];
    entities: { id: string; kind: string; name: string }[];
    relationships: { id: string }[];
  };
  const ofKind = (kind: string) => graph.entities.filter((e) => e.kind === kind).map((e) => e.id);
  const seed: SeedIds = {
    states: ofKind('STATE'),
    organizations: ofKind('ORGANIZATION'),
    frameworks: ofKind('FRAMEWORK'),
    activities: ofKind('ACTIVITY'),
    entities: graph.entities.map((e) => e.id),
    relationships: graph.relationships.map((r) => r.id),
    sources: graph.sources.map((s) => s.id),
    names: graph.entities.map((e) => e.name),
  };
  if (seed.states.length === 0 || seed.organizations.length === 0 || seed.sources.length === 0) {
    throw new Error('the seeded graph has no states, organizations or sources');
  }
  return { seed, sourceId: seed.sources[0]! };
}

async function main(): Promise<number> {
  const started = Date.now();
  const report = new Report();
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(`reliability suite (${full ? 'full' : 'short'} form)`);
  // Like the jest Neo4j suites: without java and mvn, skip loudly, unless REQUIRE_NEO4J=1 (CI).
  const can = canStartLocalNeo4j();
  if (!can.ok) {
    if (process.env.REQUIRE_NEO4J === '1') throw new Error(`REQUIRE_NEO4J=1 but ${can.why}`);
    say(`\n*** SKIPPING the reliability suite: ${can.why} ***\n`);
    return 0;
  }

  const neo4j = await OwnedNeo4j.create();
  const servers: ServerProcess[] = [];
  try {
    say(`starting neo4j-local on ${neo4j.uri} (data in ${neo4j.dataDir})`);
    await neo4j.start();
    say(`  neo4j ready after ${Math.round((Date.now() - started) / 1000)} s; seeding data/`);
    const store = await Neo4jStore.open({
      uri: neo4j.uri,
      username: 'neo4j',
      password: neo4j.password,
      database: 'neo4j',
      timeoutMs: 60_000,
    });
    try {
      await store.seedGraph(loadDataDir(DATA_DIR));
    } finally {
      await store.close();
    }

    const token = hex(24);
    const editors: Editor[] = Array.from({ length: PROFILE.editors }, (_, i) => ({
      name: `editor${String(i + 1).padStart(2, '0')}`,
      token: hex(24),
    }));
    const secrets = [token, ...editors.map((e) => e.token), neo4j.password];
    const main = await ServerProcess.start(
      'main',
      {
        NEO4J_URI: neo4j.uri,
        NEO4J_USERNAME: 'neo4j',
        NEO4J_PASSWORD: neo4j.password,
        STORE_TIMEOUT_MS: String(STORE_TIMEOUT_MS),
        // The suite's own token imports, which is an admin's (docs/security.md); the editors write single items.
        ATLAS_ADMIN_TOKENS: `reliability:${token}`,
        ATLAS_EDITOR_TOKENS: editors.map((e) => `${e.name}:${e.token}`).join(','),
        // The server runs with NODE_ENV=production, which turns introspection off unless asked; the access check reads it.
        ATLAS_INTROSPECTION: 'true',
        RATE_LIMIT_PER_MINUTE: '1000000',
        LOG_LEVEL: 'info',
      },
      secrets,
    );
    servers.push(main);
    say(`  server (pid ${String(main.pid)}) on ${main.url} after ${Math.round((Date.now() - started) / 1000)} s`);

    const { seed, sourceId } = await seedIds(main.url);
    const suite: Suite = {
      full,
      report,
      neo4j,
      main,
      token,
      editors,
      storeTimeoutMs: STORE_TIMEOUT_MS,
      runId: Date.now().toString(36),
      seed,
      ledger: new Ledger(),
      sourceId,
    };

    const steps: [name: string, run: () => Promise<void>][] = [
      [
        'load',
        async () => {
          await prepareLoad(suite);
          await loadCheck(suite, {
            clients: PROFILE.clients,
            writers: PROFILE.writers,
            warmupMs: PROFILE.warmupMs,
            durationMs: PROFILE.loadMs,
          });
        },
      ],
      ['concurrency', () => concurrencyCheck(suite, { editors: PROFILE.editors, rounds: PROFILE.rounds })],
      ['faults', () => faultsCheck(suite, { importEntities: PROFILE.importEntities, full, clients: PROFILE.clients })],
      ['fuzz', () => fuzzCheck(suite, { runs: PROFILE.fuzzRuns })],
      ['injection', () => injectionCheck(suite)],
      ['access', () => accessCheck(suite, servers)],
    ];
    for (const [name, run] of steps) {
      if (only && !only.includes(name)) continue;
      const t = Date.now();
      say(`\n[${name}]`);
      try {
        await run();
      } catch (e) {
        report.check(`${name}: ran to the end`, false, e instanceof Error ? (e.stack ?? e.message) : String(e));
      }
      say(`  (${name} took ${Math.round((Date.now() - t) / 1000)} s)`);
    }

    say('\n[writes]');
    if (neo4j.running && main.alive) {
      const lost = await suite.ledger.lost(main.url);
      report.totals.lostWrites = lost.length;
      report.check(
        'writes: every acknowledged write is in the graph at the end',
        lost.length === 0,
        lost.length === 0
          ? `${suite.ledger.size} ids checked`
          : lost
              .slice(0, 5)
              .map((l) => `${l.id} acknowledged v${l.acknowledged}, found ${String(l.found)}`)
              .join('; '),
      );
    } else {
      report.check(
        'writes: the database and the server are up at the end',
        false,
        `neo4j ${neo4j.running ? 'up' : 'down'}, server ${main.alive ? 'up' : 'down'}`,
      );
    }
    report.check('server: still alive at the end', main.alive);

    for (const server of servers) await server.stop();
    for (const server of servers) {
      report.check(
        `server '${server.name}': no unhandled rejection, uncaught exception or fatal log line`,
        server.alarming.length === 0,
        server.alarming.join(' | '),
      );
      // An INTERNAL_SERVER_ERROR reaches the client without its cause: show the cause here.
      for (const line of server.masked) report.note(`server '${server.name}' logged a masked error: ${line}`);
      const seen = server.secretSightings().filter((s) => s.count > 0);
      report.check(
        `logs: no editor token and no Neo4j password in the '${server.name}' server's output (${server.log.bytes} characters)`,
        seen.length === 0,
        seen.map((s) => `a secret of ${s.secret.length} characters appeared ${s.count} times`).join('; '),
      );
    }
  } catch (e) {
    report.check('suite: set-up and tear-down', false, e instanceof Error ? (e.stack ?? e.message) : String(e));
  } finally {
    for (const server of servers) await server.stop().catch(() => undefined);
    await neo4j.dispose();
  }

  say(
    `\n${report.failed.length === 0 ? 'all checks passed' : `${report.failed.length} failed: ${report.failed.map((c) => c.name).join('; ')}`} (${Math.round((Date.now() - started) / 1000)} s)`,
  );
  say(report.line());
  return report.exitCode();
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`reliability: crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(2);
  },
);
