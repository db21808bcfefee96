import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { storeCallBounds, withTimeout } from './api/with-timeout.js';
import { traceCalls } from './store/trace-calls.js';
import { trace } from './trace.js';
import { createAuthenticator } from './api/auth.js';
import { createGraphQLHandler } from './api/yoga.js';
import type { Config } from './config.js';
import { sendError } from './http/errors.js';
import { exportRouter } from './http/export.js';
import { graphiqlAssets } from './http/graphiql-assets.js';
import { requireGraphQLContentType } from './http/graphql-content-type.js';
import { bodyLimit, bodyLimitOf, requestTimeout } from './http/request-limits.js';
import { healthRouter } from './http/health.js';
import { bookmarkHeader } from './http/bookmark-header.js';
import { rateLimitStoreOptions } from './http/rate-limit-store.js';
import { runWithRequestId } from './request-id.js';
import { createLogger } from './http/logger.js';
import type { GraphStore } from './store/graph-store.js';

export interface CreateAppOptions {
  config: Config;
  /**
   * An open store; createApp bounds every call (`storeCallBounds`: reads by `config.storeTimeoutMs`,
   * writes and imports a margin above their transaction timeouts) but never closes it.
   */
  store: GraphStore;
  /** @default a pino logger at `config.logLevel` */
  logger?: Logger;
}

/** The Content-Security-Policy of the explorer (Vite build, Cytoscape): own scripts only; Cytoscape sets inline styles and draws to data:/blob: images. */
export const CLIENT_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const DRAINING = Symbol('draining');

/** Readiness answers 503 from now on (main.ts calls it on SIGTERM, before closing the server). */
export function markDraining(app: Express): void {
  (app.locals as Record<symbol, boolean>)[DRAINING] = true;
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/**
 * The whole HTTP application: /graphql (yoga), /health/live and /health/ready, /export/*, and the
 * explorer's built files at / when they exist. Never listens (main.ts does; tests call it in-process).
 */
export function createApp({ config, store: rawStore, logger: given }: CreateAppOptions): Express {
  const logger = given ?? createLogger(config);
  const store = withTimeout(trace.store.enabled ? traceCalls(rawStore) : rawStore, storeCallBounds(config, rawStore));
  const app = express();
  app.disable('x-powered-by');
  // Only the listed proxies may name the client (X-Forwarded-For); a hop count would trust whatever sits in front.
  app.set('trust proxy', config.trustProxy.length > 0 ? [...config.trustProxy] : false);
  const authenticate = createAuthenticator(config.editorTokens);
  const isDraining = () => (app.locals as Record<symbol, boolean>)[DRAINING] === true;

  // A request id (the caller's X-Request-Id when sane), echoed back and on every log line.
  app.use((req, res, next) => {
    const incoming = req.get('x-request-id');
    const id = incoming !== undefined && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    (req as typeof req & { id: string }).id = id;
    res.set('X-Request-Id', id);
    const started = process.hrtime.bigint();
    // Before any router strips its mount point from req.path; no query string (it never holds secrets, but can be long).
    const path = req.path;
    res.on('finish', () => {
      const line = {
        reqId: id,
        method: req.method,
        path,
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      };
      if (path.startsWith('/health/')) logger.debug(line, 'request');
      else logger.info(line, 'request');
    });
    // Everything downstream (yoga, the store) runs in this request's async context.
    runWithRequestId(id, next);
  });

  app.use(requestTimeout(config, authenticate));
  // Neo4j bookmarks in and out (X-Atlas-Bookmark): a client reads its own writes on any replica.
  app.use(bookmarkHeader());

  // CORS: closed unless ATLAS_CORS_ORIGINS lists the origin.
  const origins = new Set(config.corsOrigins);
  app.use((req, res, next) => {
    const origin = req.get('origin');
    if (origin === undefined || !origins.has(origin)) return next();
    res.vary('Origin');
    res.set('Access-Control-Allow-Origin', origin);
    res.set(
      'Access-Control-Expose-Headers',
      'X-Request-Id, RateLimit, RateLimit-Policy, Retry-After, Content-Disposition, X-Atlas-Bookmark',
    );
    if (req.method === 'OPTIONS') {
      res.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.set('Access-Control-Allow-Headers', 'Content-Type, Authorization, X-Request-Id, X-Atlas-Bookmark');
      res.set('Access-Control-Max-Age', '600');
      return void res.status(204).end();
    }
    next();
  });

  const { yoga, graphiql } = createGraphQLHandler({ config, store, logger });
  const siteHeaders = helmet({ contentSecurityPolicy: { useDefaults: false, directives: CLIENT_CSP } });
  // GraphiQL is its bundle (a file, 'self') and one inline script (hashed), and starts its editor workers from blob: URLs.
  const graphiqlHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...CLIENT_CSP, scriptSrc: ["'self'", ...graphiql.scriptHashes] },
    },
  });
  app.use((req, res, next) =>
    (req.path === '/graphql' || req.path.startsWith('/graphql/') ? graphiqlHeaders : siteHeaders)(req, res, next),
  );

  app.use(healthRouter(store, logger, isDraining));

  if (config.rateLimitPerMinute > 0) {
    const limiter = rateLimit({
      windowMs: 60_000,
      limit: config.rateLimitPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      // REDIS_URL: one count per client for every replica.
      ...rateLimitStoreOptions(config, logger),
      handler: (req, res) => {
        const reset = (req as typeof req & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
        const seconds = reset ? Math.max(1, Math.ceil((reset.getTime() - Date.now()) / 1000)) : 60;
        const message = `Too many requests: this server allows ${config.rateLimitPerMinute} requests a minute from one client. Retry in ${seconds} s.`;
        res.set('Retry-After', String(seconds));
        if (req.path === '/graphql' || req.baseUrl === '/graphql') {
          res.status(429).json({ errors: [{ message, extensions: { code: 'RATE_LIMITED' } }] });
        } else {
          sendError(res, 429, 'RATE_LIMITED', message);
        }
      },
    });
    app.use(['/graphql', '/export'], limiter);
  }

  if (config.introspection) app.use(graphiqlAssets(graphiql.assets));
  app.use('/graphql', requireGraphQLContentType(), bodyLimit(config, authenticate), yoga as unknown as RequestHandler);

  app.use(exportRouter(store, logger));

  if (existsSync(config.clientDir)) {
    app.use(
      express.static(config.clientDir, {
        index: 'index.html',
        setHeaders: (res, path) => {
          // Vite fingerprints everything under assets/; index.html must always be revalidated.
          res.set('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      }),
    );
  } else {
    logger.info({ clientDir: config.clientDir }, 'no built explorer found; / is not served (npm run build:client)');
  }

  app.use((req, res) => {
    sendError(res, 404, 'NOT_FOUND', `Nothing at ${req.method} ${req.path}; the API is at /graphql`);
  });

  const onError: ErrorRequestHandler = (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    const e = err as { type?: string; status?: number };
    const graphql = req.baseUrl === '/graphql' || req.path === '/graphql';
    const fail = (status: number, code: string, message: string) =>
      graphql
        ? res.status(status).json({ errors: [{ message, extensions: { code } }] })
        : sendError(res, status, code, message);
    if (e.type === 'entity.too.large') {
      return void fail(
        413,
        'BAD_USER_INPUT',
        `The request body is larger than this server accepts (${bodyLimitOf(req) ?? config.bodyLimitBytes} bytes` +
          `${config.editorTokens.length > 0 ? '; editors may send larger ones' : ''}); send a smaller batch.`,
      );
    }
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      return void fail(e.status, 'BAD_USER_INPUT', 'The request could not be read; check its body and Content-Type.');
    }
    logger.error({ err, reqId: (req as typeof req & { id?: string }).id }, 'unhandled error');
    fail(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
  };
  app.use(onError);

  return app;
}
