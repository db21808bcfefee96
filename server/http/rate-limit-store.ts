import type { Options } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { sharedRedis } from '../redis.js';

/**
 * The rate limit's store: with `REDIS_URL`, one count per client address in Redis, so every
 * replica counts the same requests (not the limit times the replicas); without it, express-rate-limit's
 * in-process memory, as before. When Redis cannot answer, the request is let through
 * (`passOnStoreError`) and logged by express-rate-limit: a Redis outage must not stop the API.
 */
export function rateLimitStoreOptions(
  config: Pick<Config, 'redisUrl'>,
  logger?: Logger,
): Pick<Options, 'store' | 'passOnStoreError'> | Record<string, never> {
  if (config.redisUrl === null) return {};
  const redis = sharedRedis(config.redisUrl, (err) => logger?.warn({ err }, `Redis: ${err.message}`));
  const store = new RedisStore({
    prefix: 'atlas:rate-limit:',
    sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<RedisReply>,
  });
  return { store, passOnStoreError: true };
}
