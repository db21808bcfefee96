import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { GraphStore } from '../store/graph-store.js';

export interface ShutdownOptions {
  server: Server;
  store: GraphStore;
  logger: Logger;
  /** How long in-flight requests may run before their connections are cut. */
  timeoutMs: number;
}

/**
 * Stops accepting connections, lets in-flight requests finish (cutting them after `timeoutMs`),
 * then closes the store. Resolves when all of that is done.
 */
export function gracefulShutdown({ server, store, logger, timeoutMs }: ShutdownOptions): Promise<void> {
  // Keep-alive sockets left idle between requests would hold close() open; drop them as they idle.
  const idle = setInterval(() => server.closeIdleConnections(), 100).unref();
  const force = setTimeout(() => {
    logger.warn(`requests still running after ${timeoutMs} ms; closing their connections`);
    server.closeAllConnections();
  }, timeoutMs).unref();
  return new Promise<void>((resolve) => {
    server.close((err) => {
      clearInterval(idle);
      clearTimeout(force);
      if (err) logger.warn({ err }, 'the server was not listening');
      store
        .close()
        .catch((e: unknown) => logger.error({ err: e }, 'closing the store failed'))
        .finally(resolve);
    });
    server.closeIdleConnections();
  });
}
