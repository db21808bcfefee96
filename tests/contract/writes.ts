/**
 * Entity and relationship writes: versions and conflicts, validation naming the field, deletes.
 * Registered inside the contract's 'writes' block, which reseeds tests/fixtures/baltic.json for each case.
 */
import type { GraphStore } from '../../server/store/graph-store.js';
import { alice, expectAppError, ids, poland } from './contract-support.js';

export function describeWrites(current: () => GraphStore): void {
  let store: GraphStore;
  // `current` answers the store of the enclosing block, made in its beforeEach before this one runs.
  beforeEach(() => {
    store = current();
  });

  it('creates an entity at version 1 and finds it', async () => {
    const saved = await store.upsertEntity(poland, alice);
    expect(saved).toEqual({
      ...poland,
      aliases: [],
      summary: null,
      since: null,
      until: null,
      sinceDate: null,
      untilDate: null,
      version: 1,
    });
    expect(await store.entity('state:pol')).toEqual(saved);
    expect((await store.search('pol'))[0]!.entity.id).toBe('state:pol');
  });

  it('replaces an entity, adding one to its version', async () => {
    const saved = await store.upsertEntity({ ...poland, id: 'state:est', name: 'Eesti Vabariik' }, alice);
    expect(saved).toMatchObject({ name: 'Eesti Vabariik', version: 2, aliases: [] });
    expect((await store.search('vabariik'))[0]!.entity.id).toBe('state:est');
    expect((await store.search('estonia')).map((h) => h.entity.id)).not.toContain('state:est');
  });

  it('fails with CONFLICT on a stale version and changes nothing', async () => {
    await store.upsertEntity({ ...poland, id: 'state:est', name: 'Estonia (1)' }, alice, 1);
    await expectAppError(store.upsertEntity({ ...poland, id: 'state:est', name: 'Lost' }, alice, 1), 'CONFLICT');
    expect(await store.entity('state:est')).toMatchObject({ name: 'Estonia (1)', version: 2 });
    await expectAppError(store.upsertEntity({ ...poland, id: 'state:est' }, alice, 0), 'CONFLICT');
    await expectAppError(store.upsertEntity(poland, alice, 3), 'CONFLICT');
    expect(await store.entity('state:pol')).toBeNull();
    expect(await store.upsertEntity(poland, alice, 0)).toMatchObject({ version: 1 });
  });

  it('rejects invalid entities naming the field', async () => {
    await expectAppError(
      store.upsertEntity({ ...poland, kind: 'BOGUS' as never }, alice),
      'BAD_USER_INPUT',
      'input.kind',
    );
    await expectAppError(
      store.upsertEntity({ ...poland, sources: ['source:nope'] }, alice),
      'BAD_USER_INPUT',
      'input.sources.0',
    );
    await expectAppError(store.upsertEntity({ ...poland, sources: [] }, alice), 'BAD_USER_INPUT', 'input.sources');
    await expectAppError(store.upsertEntity({ ...poland, id: 'org:pol' }, alice), 'BAD_USER_INPUT', 'input.id');
    await expectAppError(store.upsertEntity({ ...poland, since: 1800 }, alice), 'BAD_USER_INPUT', 'input.since');
    await expectAppError(
      store.upsertEntity({ ...poland, since: 2000, until: 1999 }, alice),
      'BAD_USER_INPUT',
      'input.until',
    );
    expect(await store.entity('state:pol')).toBeNull();
  });

  it('refuses ids too long to be keys, naming the field (found by the reliability fuzzer)', async () => {
    const huge = `state:${'x'.repeat(10_000)}`;
    await expectAppError(store.upsertEntity({ ...poland, id: huge }, alice), 'BAD_USER_INPUT', 'input.id');
    const rel = {
      type: 'MEMBER_OF' as const,
      from: huge,
      to: 'org:nato',
      credibility: 2 as const,
      sources: ['source:nato-members'],
    };
    await expectAppError(store.upsertRelationship(rel, alice), 'BAD_USER_INPUT', 'input.from');
    await expectAppError(
      store.upsertRelationship({ ...rel, from: 'state:est', id: huge }, alice),
      'BAD_USER_INPUT',
      'input.id',
    );
    const report = await store.importGraph({ entities: [{ ...poland, id: huge }] }, alice);
    expect(report.problems.map((p) => p.field)).toEqual(['id']);
    await expectAppError(store.neighborhood({ id: huge }), 'BAD_USER_INPUT', 'id');
    await expectAppError(store.paths({ from: 'state:est', to: huge }), 'BAD_USER_INPUT', 'to');
    expect(await store.stats()).toMatchObject({ entities: 22, relationships: 33 });
  });

  it('refuses a kind change that would break a relationship', async () => {
    await expectAppError(
      store.upsertEntity({ id: 'state:est', kind: 'REGION', name: 'Estonia', sources: ['source:nato-members'] }, alice),
      'BAD_USER_INPUT',
      'input.kind',
    );
    expect(await store.entity('state:est')).toMatchObject({ kind: 'STATE', version: 1 });
  });

  it('creates a relationship with the default id and checks its endpoints', async () => {
    await store.upsertEntity(poland, alice);
    const rel = {
      type: 'MEMBER_OF' as const,
      from: 'state:pol',
      to: 'org:nato',
      since: 1999,
      credibility: 2 as const,
      sources: ['source:nato-members'],
    };
    const saved = await store.upsertRelationship(rel, alice);
    expect(saved).toEqual({
      ...rel,
      id: 'state:pol/MEMBER_OF/org:nato/1999',
      until: null,
      sinceDate: null,
      untilDate: null,
      role: null,
      note: null,
      suspensions: [],
      alternatives: [],
      version: 1,
      reliability: 'A',
      status: 'ACTIVE',
    });
    expect(await store.neighborCounts('state:pol')).toEqual([
      { relationType: 'MEMBER_OF', kind: 'ORGANIZATION', count: 1 },
    ]);
    expect(await store.upsertRelationship({ ...rel, note: 'Madrid 1997 invitation' }, alice, 1)).toMatchObject({
      version: 2,
    });
    await expectAppError(store.upsertRelationship(rel, alice, 1), 'CONFLICT');
    await expectAppError(store.upsertRelationship({ ...rel, type: 'HOSTS' }, alice), 'BAD_USER_INPUT', 'input.type');
    await expectAppError(store.upsertRelationship({ ...rel, to: 'org:nope' }, alice), 'BAD_USER_INPUT', 'input.to');
    await expectAppError(
      store.upsertRelationship({ ...rel, from: 'state:nope' }, alice),
      'BAD_USER_INPUT',
      'input.from',
    );
    await expectAppError(
      store.upsertRelationship({ ...rel, credibility: 7 as never }, alice),
      'BAD_USER_INPUT',
      'input.credibility',
    );
  });

  it('deletes an entity with its relationships, and refuses a stale delete', async () => {
    await expectAppError(store.deleteEntity('state:est', alice, 2), 'CONFLICT');
    expect(await store.entity('state:est')).not.toBeNull();
    const deleted = await store.deleteEntity('state:est', alice, 1);
    expect(deleted.entity.id).toBe('state:est');
    expect(ids(deleted.relationships)).toEqual([
      'state:est/HOSTS/activity:efp-estonia/2017',
      'state:est/HOSTS/institution:ccdcoe/2008',
      'state:est/LOCATED_IN/region:baltic',
      'state:est/MEMBER_OF/org:nato/2004',
      'state:est/PARTNER_IN/framework:pfp/1994',
    ]);
    expect(await store.entity('state:est')).toBeNull();
    expect(await store.relationship('state:est/MEMBER_OF/org:nato/2004')).toBeNull();
    expect(await store.stats()).toMatchObject({ entities: 21, relationships: 28 });
    await expectAppError(store.deleteEntity('state:est', alice), 'NOT_FOUND', 'id');
  });

  it('deletes a relationship', async () => {
    const id = 'state:est/MEMBER_OF/org:nato/2004';
    expect((await store.deleteRelationship(id, alice)).id).toBe(id);
    expect(await store.relationship(id)).toBeNull();
    await expectAppError(store.deleteRelationship(id, alice), 'NOT_FOUND', 'id');
  });
}
