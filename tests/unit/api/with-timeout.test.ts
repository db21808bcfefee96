import { withTimeout } from '../../../server/api/with-timeout.js';
import { AppError, NotFoundError } from '../../../server/errors.js';
import type { GraphStore } from '../../../server/store/graph-store.js';

function fakeStore(overrides: Partial<Record<keyof GraphStore, unknown>>): GraphStore {
  return { backend: 'memory', ...overrides } as unknown as GraphStore;
}

describe('withTimeout', () => {
  it('passes results and errors through', async () => {
    const store = withTimeout(
      fakeStore({
        entity: (id: string) => Promise.resolve({ id }),
        relationship: () => Promise.reject(new NotFoundError('Relationship', 'r')),
      }),
      1000,
    );
    expect(store.backend).toBe('memory');
    await expect(store.entity('state:est')).resolves.toEqual({ id: 'state:est' });
    await expect(store.relationship('r')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a call slower than the bound rejects with UNAVAILABLE naming the method', async () => {
    const store = withTimeout(fakeStore({ stats: () => new Promise(() => undefined) }), 20);
    const error = await store.stats().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('UNAVAILABLE');
    expect((error as AppError).message).toMatch(/within 20 ms \(stats\)/);
  });

  it('a late failure after the timeout is swallowed, not an unhandled rejection', async () => {
    let fail: (e: Error) => void = () => undefined;
    const store = withTimeout(fakeStore({ ping: () => new Promise((_r, reject) => (fail = reject)) }), 10);
    await expect(store.ping()).rejects.toBeInstanceOf(AppError);
    fail(new Error('late'));
    await new Promise((r) => setTimeout(r, 20));
  });

  it('close is not bounded (shutdown waits for it)', async () => {
    let closed = false;
    const store = withTimeout(fakeStore({ close: () => new Promise<void>((r) => setTimeout(() => ((closed = true), r()), 30)) }), 5);
    await store.close();
    expect(closed).toBe(true);
  });
});
