import { storeCallBounds, withTimeout } from '../../../server/api/with-timeout.js';
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

  it('close is not bounded (shutdown waits for it)', async () => {
    let closed = false;
    const store = withTimeout(
      fakeStore({ close: () => new Promise<void>((r) => setTimeout(() => ((closed = true), r()), 30)) }),
      5,
    );
    await store.close();
    expect(closed).toBe(true);
  });

  it('per-method bounds: a listed method gets its own, the rest the default', async () => {
    const slow = () => new Promise((r) => setTimeout(() => r('done'), 60));
    const store = withTimeout(fakeStore({ importGraph: slow, stats: slow }), {
      defaultMs: 20,
      byMethod: { importGraph: 1000 },
    });
    await expect(store.importGraph({}, { actor: 'a' })).resolves.toBe('done');
    await expect(store.stats()).rejects.toThrow(/within 20 ms \(stats\)/);
  });
});

describe('storeCallBounds', () => {
  const config = { storeTimeoutMs: 5000, importTimeoutMs: 120_000 };

  it('reads get STORE_TIMEOUT_MS; writes and importGraph the bounds the store gives for them', () => {
    const bounds = storeCallBounds(config, { writeBounds: { writeMs: 10_500, importMs: 125_500 } });
    expect(bounds.defaultMs).toBe(5000);
    expect(bounds.byMethod).toEqual({
      upsertEntity: 10_500,
      upsertRelationship: 10_500,
      deleteEntity: 10_500,
      deleteRelationship: 10_500,
      importGraph: 125_500,
    });
  });

  it('a store whose writes cannot outlive their call (the embedded one) is bounded by the API’s own timeouts', () => {
    const bounds = storeCallBounds(config, { writeBounds: null });
    expect(bounds.byMethod).toMatchObject({ upsertEntity: 5000, importGraph: 120_000 });
  });
});
