import { currentRequestId, runWithRequestId } from '../../../server/request-id.js';

describe('request id', () => {
  it('is null outside a request', () => {
    expect(currentRequestId()).toBeNull();
  });

  it('follows the request through awaits and timers, and not into another request', async () => {
    const seen = await Promise.all(
      ['req-a', 'req-b'].map((id) =>
        runWithRequestId(id, async () => {
          await new Promise((r) => setTimeout(r, 5));
          return currentRequestId();
        }),
      ),
    );
    expect(seen).toEqual(['req-a', 'req-b']);
    expect(currentRequestId()).toBeNull();
  });
});
