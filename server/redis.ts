import { Redis } from 'ioredis';

/**
 * One Redis connection per URL for the whole process (the rate limit's store and the response
 * cache share it). Every command is bounded: a Redis that is down or slow costs a request at most
 * `COMMAND_TIMEOUT_MS`, after which the rate limit lets the request through and the cache misses
 * (docs/architecture.md, "Replicas"), rather than the API failing with Redis.
 */
export const COMMAND_TIMEOUT_MS = 1000;

const clients = new Map<string, Redis>();

export function sharedRedis(url: string, onError?: (err: Error) => void): Redis {
  let client = clients.get(url);
  if (client === undefined) {
    client = new Redis(url, {
      connectTimeout: 2000,
      commandTimeout: COMMAND_TIMEOUT_MS,
      maxRetriesPerRequest: 1,
      // Reconnect for ever, at most every 2 s: a replica outlives a Redis restart.
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    let last = 0;
    // Without a listener ioredis would report every failed reconnection as an unhandled error.
    client.on('error', (err: Error) => {
      if (Date.now() - last < 10_000) return;
      last = Date.now();
      onError?.(err);
    });
    clients.set(url, client);
  }
  return client;
}

/** Closes every shared connection at once (tests, shutdown): no reconnection, nothing left pending. */
export function closeSharedRedis(): Promise<void> {
  const all = [...clients.values()];
  clients.clear();
  for (const c of all) c.disconnect(false);
  return Promise.resolve();
}
