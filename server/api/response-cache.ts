import { createHash, randomUUID } from 'node:crypto';
import { createRedisCache } from '@envelop/response-cache-redis';
import { useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST, OperationTypeNode, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { sharedRedis } from '../redis.js';
import { BOOKMARK_HEADER, decodeBookmarkHeader } from '../store/neo4j/bookmarks.js';

/**
 * The read cache shared by every replica (docs/architecture.md, "Replicas"), on with `REDIS_URL`
 * (off without it, as before; off with `RESPONSE_CACHE_TTL_MS=0`).
 *
 * What a write touches: an entity's or relationship's own answers, but also answers that do not
 * name it. A new relationship anywhere can make a shorter path between two entities neither of
 * whose answers lists it; changing an entity's years can bring it into a neighbourhood or a search
 * filtered by `asOf` that did not hold it; every count in `stats`, `kinds` and the audit log moves.
 * Invalidating by the ids an answer lists (the response-cache plugin's entity tracking) would keep
 * such answers stale, so every key holds the graph's generation, a Redis counter every mutation
 * increments before its answer is sent: once a write is acknowledged, no replica serves a read
 * cached before it.
 *
 * What the generation cannot track is bounded by the TTL: a read that a cluster member answered
 * before it had applied a write (a follower lagging, asked without a bookmark) may be cached under
 * the new generation and served until it expires. Requests that carry a recent bookmark (the client
 * wrote within the TTL and a margin) skip the cache, so a writer always reads its own writes.
 */
export const GENERATION_KEY = 'atlas:cache:generation';
const KEY_PREFIX = 'atlas:cache:';
/** A key that is never stored or looked up: the generation could not be read. */
const NO_CACHE = 'atlas:no-cache:';
/** How long after its write a bookmark still bypasses the cache, beyond the TTL (a read's own time). */
export const BOOKMARK_BYPASS_MARGIN_MS = 10_000;

/** True when the request carries a bookmark of a write recent enough that a cached answer might predate it. */
export function carriesRecentWrite(request: Request, ttlMs: number, now = Date.now()): boolean {
  const header = request.headers.get(BOOKMARK_HEADER);
  if (header === null || header === '') return false;
  try {
    return now - decodeBookmarkHeader(header).writtenAt < ttlMs + BOOKMARK_BYPASS_MARGIN_MS;
  } catch {
    return true; // refused before yoga (bookmark-header.ts); never cached either way
  }
}

/** The cache over Redis: answers only (no per-entity sets, which the generation makes useless and Redis would keep for ever). */
function generationCache(redis: Redis, log: Logger): Cache {
  const inner = createRedisCache({ redis });
  const failed = (what: string) => (err: unknown) => {
    log.warn({ err }, `response cache: ${what} failed; answering without the cache`);
    return undefined;
  };
  return {
    get: (key) => (key.startsWith(NO_CACHE) ? undefined : Promise.resolve(inner.get(key)).catch(failed('get'))),
    set: (key, result, _entities, ttl) =>
      key.startsWith(NO_CACHE) ? undefined : Promise.resolve(inner.set(key, result, [], ttl)).catch(failed('set')),
    // Writes move the generation (bumpGenerationOnMutation); nothing is invalidated by id.
    invalidate: () => undefined,
  };
}

/** Increments the generation after every mutation, before its answer is sent (yoga awaits onResultProcess). */
function bumpGenerationOnMutation(redis: Redis, log: Logger): Plugin {
  const mutations = new WeakSet<Request>();
  return {
    onExecute({ args }) {
      const { document, operationName, contextValue } = args as ExecutionArgs & { contextValue: { request: Request } };
      if (getOperationAST(document, operationName)?.operation === OperationTypeNode.MUTATION)
        mutations.add(contextValue.request);
    },
    async onResultProcess({ request }) {
      if (!mutations.has(request)) return;
      mutations.delete(request);
      try {
        await redis.incr(GENERATION_KEY);
      } catch (err) {
        // The write stands; cached reads stay until the TTL (the documented bound).
        log.error({ err }, 'response cache: could not move the generation after a write; cached reads expire by TTL');
      }
    },
  };
}

/** The yoga plugins of the shared response cache, none without `REDIS_URL` or with a TTL of 0. */
export function responseCachePlugins(
  config: Pick<Config, 'redisUrl' | 'responseCacheTtlMs'>,
  logger: Logger,
): Plugin[] {
  if (config.redisUrl === null || config.responseCacheTtlMs === 0) return [];
  const log = logger.child({ module: 'response-cache' });
  const redis = sharedRedis(config.redisUrl, (err) => log.warn({ err }, `Redis: ${err.message}`));
  const ttl = config.responseCacheTtlMs;
  return [
    useResponseCache({
      // Answers do not depend on the caller (reads are public): one cache for everyone.
      session: () => null,
      cache: generationCache(redis, log),
      ttl,
      invalidateViaMutation: false,
      includeExtensionMetadata: false,
      enabled: (request) => !carriesRecentWrite(request, ttl),
      buildResponseCacheKey: async ({ documentString, variableValues, operationName }) => {
        let generation: string | null;
        try {
          generation = await redis.get(GENERATION_KEY);
        } catch {
          return `${NO_CACHE}${randomUUID()}`;
        }
        const hash = createHash('sha256')
          .update(JSON.stringify([documentString, operationName ?? null, variableValues ?? {}]))
          .digest('base64url');
        return `${KEY_PREFIX}${generation ?? '0'}:${hash}`;
      },
    }),
    bumpGenerationOnMutation(redis, log),
  ];
}
