import express, { type RequestHandler } from 'express';
import type { Caller } from '../api/context.js';
import type { Config } from '../config.js';

type Limits = Pick<
  Config,
  'bodyLimitBytes' | 'anonymousBodyLimitBytes' | 'requestTimeoutMs' | 'editorRequestTimeoutMs'
>;

const isEditor = (caller: Caller) => caller.kind === 'editor';

/**
 * Bounds every body (JSON, GraphQL, form) before yoga reads it: an editor's by `bodyLimitBytes`
 * (imports are large), anyone else's by the smaller `anonymousBodyLimitBytes`, so a client without
 * a token cannot make the server buffer megabytes. yoga takes the parsed Buffer.
 */
export function bodyLimit(config: Limits, authenticate: (header: string | null) => Caller): RequestHandler {
  const editors = express.raw({ type: () => true, limit: config.bodyLimitBytes });
  const others = express.raw({ type: () => true, limit: config.anonymousBodyLimitBytes });
  return (req, res, next) => {
    const editor = isEditor(authenticate(req.get('authorization') ?? null));
    (req as typeof req & { bodyLimitBytes?: number }).bodyLimitBytes = editor
      ? config.bodyLimitBytes
      : config.anonymousBodyLimitBytes;
    (editor ? editors : others)(req, res, next);
  };
}

/** The limit bodyLimit applied to this request, for the 413's message. */
export const bodyLimitOf = (req: object): number | undefined => (req as { bodyLimitBytes?: number }).bodyLimitBytes;

/**
 * Answers 408 and closes the connection when a client without a valid token has not sent its whole
 * request within `requestTimeoutMs` (an editor gets `editorRequestTimeoutMs`, which the server
 * itself enforces on everyone: server.ts), so slow uploads cannot hold connections open.
 */
export function requestTimeout(config: Limits, authenticate: (header: string | null) => Caller): RequestHandler {
  return (req, res, next) => {
    if (req.complete || isEditor(authenticate(req.get('authorization') ?? null))) return next();
    const timer = setTimeout(() => {
      if (req.complete || res.headersSent) return;
      res.set('Connection', 'close');
      res.on('finish', () => req.socket.destroy());
      const message = `The request took longer than ${config.requestTimeoutMs} ms to arrive; send it again.`;
      const graphql = req.originalUrl.startsWith('/graphql');
      res
        .status(408)
        .json(
          graphql
            ? { errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] }
            : { error: { code: 'BAD_USER_INPUT', message } },
        );
    }, config.requestTimeoutMs);
    timer.unref();
    req.once('end', () => clearTimeout(timer));
    res.once('close', () => clearTimeout(timer));
    next();
  };
}
