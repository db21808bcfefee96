import { Router } from 'express';
import type { Logger } from 'pino';
import type { GraphStore } from '../store/graph-store.js';

/**
 * `/health/live`: the process answers (always 200). `/health/ready`: the store answers `ping()`
 * within the store timeout (200), else 503; also 503 while shutting down, so a balancer stops
 * sending new requests before the server closes.
 */
export function healthRouter(store: GraphStore, logger: Logger, isDraining: () => boolean): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'live' });
  });
  router.get('/health/ready', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (isDraining()) {
      res.status(503).json({ status: 'shutting down', store: store.backend });
      return;
    }
    try {
      await store.ping();
      res.json({ status: 'ready', store: store.backend });
    } catch (err) {
      logger.warn({ err }, 'readiness check failed: the store did not answer');
      res.status(503).json({ status: 'unavailable', store: store.backend, message: 'the graph store does not answer' });
    }
  });
  return router;
}
