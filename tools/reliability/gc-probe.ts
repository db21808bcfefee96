/**
 * Preloaded into the server's child process only (node --expose-gc --import this file): on SIGUSR2
 * it collects garbage and prints the heap in use on stderr, so the load check can compare the
 * server's live heap after GC, which RSS (allocator arenas, JIT code) only approximates.
 */
process.on('SIGUSR2', () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  process.stderr.write(`reliability-memory ${JSON.stringify({ heapUsed, rss, gc: gc !== undefined })}\n`);
});
