import { existsSync } from 'node:fs';
import type { Logger } from 'pino';
import { createApp, markDraining } from './app.js';
import { ConfigError, describeConfig, loadConfig, type Config } from './config.js';
import { gracefulShutdown } from './http/graceful-shutdown.js';
import { createHttpServer } from './http/server.js';
import { createLogger } from './http/logger.js';
import type { GraphStore } from './store/graph-store.js';
import { MemoryStore } from './store/memory/memory-store.js';

/** NEO4J_URI set: Neo4j (loaded only then, so the embedded default never loads the driver); unset: the MemoryStore on data/. */
async function openStore(config: Config, logger: Logger): Promise<GraphStore> {
  if (config.neo4j === null) {
    // Without writes, a journal that is not there has nothing to replay: none is created.
    const journalPath =
      config.journalPath !== null && (config.editorTokens.length > 0 || existsSync(config.journalPath))
        ? config.journalPath
        : null;
    const store = MemoryStore.fromDataDir(config.dataDir, { journalPath });
    const stats = await store.stats();
    logger.info(
      {
        store: 'memory',
        dataDir: config.dataDir,
        journalPath,
        journaledWrites: store.lastSeq,
        entities: stats.entities,
        relationships: stats.relationships,
      },
      `store: embedded MemoryStore loaded from ${config.dataDir}` +
        (journalPath ? ` and its journal ${journalPath} (${store.lastSeq} writes)` : ' (NEO4J_URI is not set)'),
    );
    if (config.journalPath === null && config.editorTokens.length > 0) {
      logger.warn('JOURNAL_PATH=off: writes are kept in memory only and lost at restart');
    }
    return store;
  }
  const { uri, username, password, database } = config.neo4j;
  const { Neo4jStore } = await import('./store/neo4j/neo4j-store.js');
  const store = await Neo4jStore.open({
    uri,
    username,
    password,
    database,
    timeoutMs: config.storeTimeoutMs,
    // The API waits a margin longer (storeCallBounds), so an import it answers UNAVAILABLE was rolled back.
    importTimeoutMs: config.importTimeoutMs,
  });
  logger.info({ store: 'neo4j', uri, database }, `store: Neo4j at ${uri}, database ${database}`);
  return store;
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config);
  logger.info({ config: describeConfig(config) }, 'Alliance Atlas starting');
  if (config.editorTokens.length === 0) {
    logger.info('writes are disabled: ATLAS_EDITOR_TOKENS is not set');
  } else if (config.editorTokens.some((t) => t.short)) {
    logger.warn('an editor token is shorter than 16 characters; use long random tokens (e.g. openssl rand -hex 24)');
  }

  let store: GraphStore;
  try {
    store = await openStore(config, logger);
  } catch (err) {
    // A Neo4j database behind the code's model version (SchemaVersionError) says to run npm run db:migrate.
    const behind = (err as Error).name === 'SchemaVersionError';
    logger.fatal(
      { err },
      `cannot open the store${behind ? ' (database model version)' : ''}: ${(err as Error).message}`,
    );
    process.exit(1);
  }

  const app = createApp({ config, store, logger });
  const server = createHttpServer(app, config);
  server.on('error', (err) => {
    logger.fatal({ err }, `cannot listen on ${config.host}:${config.port}: ${err.message}`);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    logger.info(`listening on http://${config.host}:${config.port} (GraphQL at /graphql)`);
  });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: refusing new connections, finishing in-flight requests');
    markDraining(app);
    void gracefulShutdown({ server, store, logger, timeoutMs: config.shutdownTimeoutMs }).then(() => {
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
}

main().catch((err: unknown) => {
  process.stderr.write(`fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
