/**
 * importGraph (all or nothing, dry runs, round trips through exportGraph) and the audit log.
 * Registered inside the contract's 'writes' block, which reseeds tests/fixtures/baltic.json for each case.
 */
import type { GraphStore } from '../../server/store/graph-store.js';
import { alice, EMPTY, expectAppError, poland, type StoreHarness } from './contract-support.js';

export function describeImportsAndAudit(current: () => GraphStore, harness: StoreHarness): void {
  let store: GraphStore;
  // `current` answers the store of the enclosing block, made in its beforeEach before this one runs.
  beforeEach(() => {
    store = current();
  });

  it('imports all or nothing, reporting every problem at once', async () => {
    const before = await store.exportGraph();
    const report = await store.importGraph(
      {
        entities: [
          { id: 'state:pol', kind: 'STATE', name: 'Poland', sources: ['source:nato-members'] },
          { id: 'state:ltu', kind: 'STAT', name: 'Lithuania', sources: ['source:nato-members'] },
        ],
        relationships: [
          {
            type: 'MEMBER_OF',
            from: 'state:pol',
            to: 'org:nato',
            since: 1999,
            credibility: 2,
            sources: ['source:nato-members'],
          },
          {
            type: 'MEMBER_OF',
            from: 'state:pol',
            to: 'org:nope',
            since: 1999,
            credibility: 2,
            sources: ['source:nato-members'],
          },
        ],
      },
      alice,
    );
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.field).sort()).toEqual(['kind', 'to']);
    expect(await store.exportGraph()).toEqual(before);
    expect((await store.auditLog()).totalCount).toBe(0);
  });

  it('validates a dry run without writing, then imports for real', async () => {
    const batch = {
      sources: [
        {
          id: 'source:nato-poland',
          title: 'NATO: Poland',
          url: 'https://www.nato.int/',
          publisher: 'NATO',
          reliability: 'A',
        },
      ],
      entities: [{ id: 'state:pol', kind: 'STATE', name: 'Poland', sources: ['source:nato-poland'] }],
      relationships: [
        {
          type: 'MEMBER_OF',
          from: 'state:pol',
          to: 'org:nato',
          since: 1999,
          credibility: 2,
          sources: ['source:nato-poland'],
        },
      ],
    };
    const dry = await store.importGraph(batch, alice, { dryRun: true });
    expect(dry).toEqual({ dryRun: true, ok: true, problems: [], sources: 1, entities: 1, relationships: 1 });
    expect(await store.entity('state:pol')).toBeNull();
    const real = await store.importGraph(batch, alice);
    expect(real).toMatchObject({ dryRun: false, ok: true, entities: 1 });
    expect(await store.stats()).toMatchObject({ entities: 23, relationships: 34, sources: 5 });
    await store.importGraph(batch, alice);
    expect(await store.entity('state:pol')).toMatchObject({ version: 2 });
  });

  it('round-trips an export through an import into an empty store', async () => {
    const exported = await store.exportGraph();
    const empty = await harness.fresh(EMPTY);
    expect((await empty.importGraph(exported, alice)).ok).toBe(true);
    expect(await empty.exportGraph()).toEqual(exported);
    expect(exported.entities).toHaveLength(22);
    expect(exported.relationships).toHaveLength(33);
    expect(exported.sources).toHaveLength(4);
  });

  it('audits every landed write, newest first, and no failed one', async () => {
    await store.upsertEntity(poland, alice);
    await expectAppError(store.upsertEntity(poland, { actor: 'bob' }, 5), 'CONFLICT');
    await store.upsertEntity({ ...poland, name: 'Polska' }, { actor: 'bob' });
    await store.deleteRelationship('state:est/MEMBER_OF/org:nato/2004', alice);
    const log = await store.auditLog();
    expect(log.totalCount).toBe(3);
    expect(log.items.map((e) => [e.seq, e.actor, e.operation, e.ids])).toEqual([
      [3, 'alice', 'deleteRelationship', ['state:est/MEMBER_OF/org:nato/2004']],
      [2, 'bob', 'upsertEntity', ['state:pol']],
      [1, 'alice', 'upsertEntity', ['state:pol']],
    ]);
    const update = log.items[1]!;
    expect(JSON.parse(update.before!)).toMatchObject({ name: 'Poland', version: 1 });
    expect(JSON.parse(update.after!)).toMatchObject({ name: 'Polska', version: 2 });
    expect(log.items[2]!.before).toBeNull();
    expect(log.items[0]!.after).toBeNull();
    expect(Number.isNaN(Date.parse(log.items[0]!.at))).toBe(false);
    const page = await store.auditLog({ first: 2 });
    expect(page.items.map((e) => e.seq)).toEqual([3, 2]);
    expect(page.hasNextPage).toBe(true);
    const rest = await store.auditLog({ first: 2, after: page.endCursor });
    expect(rest.items.map((e) => e.seq)).toEqual([1]);
    expect(rest.hasNextPage).toBe(false);
  });

  it('audits a relationship as stored, never what a read derives (reliability, status)', async () => {
    const id = 'state:est/MEMBER_OF/org:nato/2004';
    const stored = (await store.relationship(id))!;
    const { reliability: _reliability, status: _status, version: _version, ...input } = stored;
    await store.upsertRelationship({ ...input, note: 'audited' }, alice);
    await store.deleteRelationship(id, alice);
    const [deleted, upserted] = (await store.auditLog({ first: 2 })).items;
    const after = JSON.parse(upserted!.after!) as Record<string, unknown>;
    const before = JSON.parse(upserted!.before!) as Record<string, unknown>;
    const gone = JSON.parse(deleted!.before!) as Record<string, unknown>;
    for (const audited of [after, before, gone]) {
      expect(Object.keys(audited)).not.toContain('reliability');
      expect(Object.keys(audited)).not.toContain('status');
    }
    expect(after).toMatchObject({ id, note: 'audited', credibility: stored.credibility, version: stored.version + 1 });
    expect(gone).toEqual(after);
  });
}
