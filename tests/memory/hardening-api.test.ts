/**
 * Hardening of the GraphQL API (docs/security.md): the size-aware cost limit and the cap on heavy
 * operations per client, anonymous mutations refused before their variables are read, no schema
 * hints in errors, and the admin role.
 */
import { ALICE, BOB, appFor, countingStore, expectError, gql } from '../api/api-support.js';
import { BALTIC } from '../contract/graph-store.contract.js';
import { DATA_DIR } from '../../server/paths.js';
import { MemoryStore } from '../../server/store/memory/memory-store.js';
import { withMethod } from '../support/with-method.js';
import type { GraphStore } from '../../server/store/graph-store.js';

const baltic = () => MemoryStore.fromGraph(BALTIC);

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('the cost limit counts list sizes', () => {
  it('15 aliases of a depth-3, limit-2000 neighbourhood are refused, and the store is never asked', async () => {
    const counting = countingStore(baltic());
    const app = appFor(counting.store);
    const r = await gql(app, aliases(15, 'neighborhood(id: "state:est", depth: 3, limit: 2000) { total }'));
    expect(expectError(r, 'BAD_USER_INPUT').message).toMatch(/cost .*limit of 400000/i);
    expect(r.data ?? null).toBeNull();
    expect(counting.total()).toBe(0);
  });

  it('sizes given as variables count too', async () => {
    const query = `query($d: Int, $l: Int) ${aliases(15, 'neighborhood(id: "state:est", depth: $d, limit: $l) { nodes { id } }')}`;
    expectError(await gql(appFor(baltic()), query, { d: 3, l: 2000 }), 'BAD_USER_INPUT');
    const small = await gql(appFor(baltic()), query, { d: 1, l: 10 });
    expect(small.errors).toBeUndefined();
  });

  it('one depth-3, limit-2000 neighbourhood with ids and sources still runs', async () => {
    const r = await gql(
      appFor(baltic()),
      '{ neighborhood(id: "state:est", depth: 3, limit: 2000) { nodes { id sources { id } } edges { id from { id } to { id } sources { id } } } }',
    );
    expect(r.errors).toBeUndefined();
  });
});

describe('heavy operations per client', () => {
  it('over ATLAS_HEAVY_OPERATIONS_PER_CLIENT at once: RATE_LIMITED; light ones still run', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const store = baltic();
    const slow: GraphStore = withMethod(store, 'neighborhood', async (...args: unknown[]) => {
      await gate;
      return store.neighborhood(args[0] as Parameters<GraphStore['neighborhood']>[0]);
    });
    const app = appFor(slow, { ATLAS_HEAVY_OPERATIONS_PER_CLIENT: '2' });
    const heavy = '{ neighborhood(id: "state:est", depth: 3, limit: 2000) { nodes { id } } }';
    const running = [gql(app, heavy), gql(app, heavy)];
    await new Promise((resolve) => setTimeout(resolve, 300));
    const refused = await gql(app, heavy);
    expect(expectError(refused, 'RATE_LIMITED').message).toMatch(/2 heavy operations/);
    const light = await gql(app, '{ entity(id: "state:est") { id } }');
    expect(light.errors).toBeUndefined();
    release();
    for (const r of await Promise.all(running)) expect(r.errors).toBeUndefined();
    // The slots are free again once they finished.
    expect((await gql(app, heavy)).errors).toBeUndefined();
  });
});

describe('anonymous mutations', () => {
  const UPSERT = 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }';

  it('are refused before their variables are read: UNAUTHENTICATED, not an input error', async () => {
    const counting = countingStore(baltic());
    const app = appFor(counting.store);
    const r = await gql(app, UPSERT, { input: { id: 42, kind: 'NOT_A_KIND', unknown: true } });
    expectError(r, 'UNAUTHENTICATED');
    const wrong = await gql(app, UPSERT, { input: 'not an object' }, 'not-a-token');
    expect(expectError(wrong, 'UNAUTHENTICATED').message).toMatch(/not valid/);
    expect(counting.total()).toBe(0);
  });

  it('are FORBIDDEN before their variables are read when writes are disabled', async () => {
    const app = appFor(baltic(), { ATLAS_EDITOR_TOKENS: '', ATLAS_ADMIN_TOKENS: '' });
    expectError(await gql(app, UPSERT, { input: { nonsense: true } }), 'FORBIDDEN');
  });

  it("an editor's mutation still reaches validation", async () => {
    const r = await gql(appFor(baltic()), UPSERT, { input: { id: 42 } }, BOB);
    expect(r.errors?.map((e) => e.extensions?.code)).toContain('BAD_USER_INPUT');
  });
});

describe('schema hints', () => {
  // graphql-armor hides the suggestions of validation's field, argument and type errors; these are the rest.
  it.each([
    ['an unknown enum value', '{ neighborhood(id: "state:est", kinds: [STAT]) { total } }', {}, undefined],
    [
      'an unknown enum value in a variable',
      'query($k: [Kind!]) { neighborhood(id: "state:est", kinds: $k) { total } }',
      { k: ['STAT'] },
      undefined,
    ],
    [
      "an unknown input field in an editor's variable",
      'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }',
      { input: { id: 'state:x', kind: 'STATE', name: 'X', nme: 'X', sources: ['source:nato-members'] } },
      BOB,
    ],
  ])('"Did you mean" is stripped from %s', async (_what, query, variables, token) => {
    const r = await gql(appFor(baltic()), query, variables, token);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]!.message).toMatch(/STAT|nme/);
    expect(r.errors![0]!.message).not.toMatch(/Did you mean|enum value "STATE"|"name"\?/);
  });
});

describe('the admin role', () => {
  const IMPORT = 'mutation($input: GraphInput!) { importGraph(input: $input, dryRun: true) { ok } }';

  it('importGraph is for admins: FORBIDDEN to an editor', async () => {
    const app = appFor(baltic());
    const r = await gql(app, IMPORT, { input: { entities: [] } }, BOB);
    expect(expectError(r, 'FORBIDDEN').message).toMatch(/Only an admin can import/);
    const admin = await gql<{ importGraph: { ok: boolean } }>(app, IMPORT, { input: { entities: [] } }, ALICE);
    expect(admin.data?.importGraph.ok).toBe(true);
  });

  it('deleting an entity with more than 20 relationships is for admins; fewer, for any editor', async () => {
    const app = appFor(MemoryStore.fromDataDir(DATA_DIR));
    const DELETE = 'mutation($id: ID!) { deleteEntity(id: $id) { relationships { id } } }';
    const refused = await gql(app, DELETE, { id: 'org:nato' }, BOB);
    expect(expectError(refused, 'FORBIDDEN').message).toMatch(/org:nato.* more than 20 relationships/);
    const few = await gql<{ deleteEntity: { relationships: unknown[] } }>(app, DELETE, { id: 'state:isl' }, BOB);
    expect(few.errors).toBeUndefined();
    expect(few.data!.deleteEntity.relationships.length).toBeLessThanOrEqual(20);
    const admin = await gql<{ deleteEntity: { relationships: unknown[] } }>(app, DELETE, { id: 'org:nato' }, ALICE);
    expect(admin.data!.deleteEntity.relationships.length).toBeGreaterThan(20);
  }, 30_000);
});
