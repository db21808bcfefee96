/**
 * Polls `condition` until it holds: a test waits on the event it needs, not on a guess at how long
 * that takes. The bound is generous and only turns a hang into a failure naming `what`.
 */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
