import { createServer, type RequestListener, type Server } from 'node:http';
import type { Config } from '../config.js';

/**
 * The HTTP server with bounds for slow clients: the headers must arrive within
 * `headersTimeoutMs`, and a whole request within `editorRequestTimeoutMs`, the longest any client
 * gets (an import's body is large); `requestTimeout` (request-limits.ts) cuts other clients sooner.
 */
export function createHttpServer(
  app: RequestListener,
  config: Pick<Config, 'headersTimeoutMs' | 'editorRequestTimeoutMs'>,
): Server {
  return createServer(
    {
      headersTimeout: config.headersTimeoutMs,
      requestTimeout: config.editorRequestTimeoutMs,
      // Node checks both timeouts this often; its default (30 s) would let a slow client hold a
      // connection up to 30 s past a shorter headers timeout.
      connectionsCheckingInterval: Math.min(1000, config.headersTimeoutMs),
    },
    app,
  );
}
