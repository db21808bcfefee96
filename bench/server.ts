/**
 * One system under test, in its own process (so the load generator does not share its event loop):
 *   node --import tsx bench/server.ts <target>
 * targets: api-neo4j (a), floor (b), neo4j-graphql (c), hello (d), api-memory (a on the embedded store).
 * Environment: BENCH_NEO4J_URI, BENCH_NEO4J_PASSWORD (Neo4j targets), BENCH_SCALE (api-memory: it
 * regenerates the same seeded graph). Prints "BENCH_READY <port>"; answers the IPC message "rss"
 * with process.memoryUsage().rss; exits on "stop" or when its parent goes away.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { createApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import type { GraphStore } from '../server/store/graph-store.js';
import { MemoryStore } from '../server/store/memory/memory-store.js';
import { Neo4jStore } from '../server/store/neo4j/neo4j-store.js';
import { generateGraph, type ScaleName } from './lib/generate.js';
import { createFloorServer } from './lib/floor.js';
import { neo4jGraphQLSchema } from './lib/neo4j-graphql.js';

export type Target = 'api-neo4j' | 'floor' | 'neo4j-graphql' | 'hello' | 'api-memory';

/** The API's configuration for a benchmark: production defaults except no rate limit, no request log lines. */
function benchConfig() {
  return loadConfig({
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'silent',
    // Long enough that a slow depth-2 or path query at scale L is measured rather than cut off.
    STORE_TIMEOUT_MS: '60000',
    // The load generator is one client running up to 16 connections of heavy reads at once.
    ATLAS_HEAVY_OPERATIONS_PER_CLIENT: '1000',
  });
}

async function start(target: Target): Promise<{ server: Server; close: () => Promise<void> }> {
  const uri = process.env.BENCH_NEO4J_URI ?? '';
  const password = process.env.BENCH_NEO4J_PASSWORD ?? '';
  const neo4jConfig = { uri, username: 'neo4j', password, database: 'neo4j', timeoutMs: 60_000 };
  switch (target) {
    case 'api-neo4j': {
      const store: GraphStore = await Neo4jStore.open(neo4jConfig, { applySchema: false });
      const app = createApp({ config: benchConfig(), store });
      return { server: createHttpServer(app), close: () => store.close() };
    }
    case 'api-memory': {
      const graph = generateGraph((process.env.BENCH_SCALE ?? 'S') as ScaleName);
      const store = MemoryStore.fromGraph(graph);
      const app = createApp({ config: benchConfig(), store });
      return { server: createHttpServer(app), close: () => store.close() };
    }
    case 'floor': {
      const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { maxConnectionPoolSize: 50 });
      await driver.verifyConnectivity();
      return { server: createFloorServer(driver), close: () => driver.close() };
    }
    case 'neo4j-graphql': {
      const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { maxConnectionPoolSize: 50 });
      await driver.verifyConnectivity();
      const yoga = createYoga({
        schema: await neo4jGraphQLSchema(driver),
        graphqlEndpoint: '/graphql',
        logging: false,
      });
      return { server: createHttpServer(yoga.requestListener), close: () => driver.close() };
    }
    case 'hello': {
      const yoga = createYoga({
        schema: createSchema({
          typeDefs: 'type Query { hello: String! }',
          resolvers: { Query: { hello: () => 'world' } },
        }),
        graphqlEndpoint: '/graphql',
        logging: false,
      });
      return { server: createHttpServer(yoga.requestListener), close: () => Promise.resolve() };
    }
  }
}

const target = process.argv[2] as Target;
const { server, close } = await start(target);
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  console.log(`BENCH_READY ${(server.address() as AddressInfo).port}`);
});
const stop = () => {
  server.close();
  server.closeAllConnections();
  void close().finally(() => process.exit(0));
};
process.on('message', (m) => {
  if (m === 'rss') process.send?.({ rss: process.memoryUsage().rss });
  if (m === 'stop') stop();
});
process.on('disconnect', stop);
process.on('SIGTERM', stop);
process.on('SIGINT', () => undefined); // the parent decides when to stop
