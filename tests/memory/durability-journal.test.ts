/**
 * The embedded store's journal (docs/durability.md), in process: every landed write and audit entry
 * comes back after a reopen, a write the journal refuses changes nothing, and a journal that cannot
 * be used is refused with a clear error (unreadable, another file, data/ changed under pending writes).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { UnavailableError } from '../../server/errors.js';
import { JournalBaseError, JournalError } from '../../server/store/memory/journal.js';
import { MemoryStore } from '../../server/store/memory/memory-store.js';
import { ANALYST, orgInput, workspace, type Workspace } from './durability-support.js';

let ws: Workspace;
beforeEach(() => {
  ws = workspace('fixture');
});
afterEach(() => ws.remove());

const open = (options: { dropPending?: boolean } = {}) =>
  MemoryStore.fromDataDir(ws.dataDir, { journalPath: ws.journalPath, ...options });

/** Everything a reader can see that a write changes: the graph and the whole audit log. */
async function snapshot(store: MemoryStore) {
  return { graph: await store.exportGraph(), audit: (await store.auditLog({ first: 500 })).items };
}

/** One of each write, ending with a state that differs from the fixture in every list. */
async function everyKindOfWrite(store: MemoryStore): Promise<void> {
  await store.upsertEntity(orgInput(1), ANALYST);
  await store.upsertEntity({ ...orgInput(1), name: 'Renamed' }, ANALYST, 1);
  await store.upsertRelationship(
    { type: 'MEMBER_OF', from: 'state:est', to: 'org:durable-1', credibility: 3, sources: ['source:overview'] },
    ANALYST,
  );
  await store.deleteRelationship('state:est/MEMBER_OF/org:durable-1', ANALYST);
  await store.importGraph(
    {
      sources: [{ id: 'source:durable', title: 'Durable source', reliability: 'F' }],
      entities: [orgInput(2, ['source:durable'])],
      relationships: [
        { type: 'MEMBER_OF', from: 'state:lva', to: 'org:durable-2', credibility: 2, sources: ['source:durable'] },
      ],
    },
    ANALYST,
  );
  await store.deleteEntity('state:fin', ANALYST);
}

describe('journal', () => {
  it('brings back every write, version and audit entry after a reopen', async () => {
    const store = open();
    await everyKindOfWrite(store);
    const before = await snapshot(store);
    expect(before.audit).toHaveLength(6);
    await store.close();

    const reopened = open();
    expect(await snapshot(reopened)).toEqual(before);
    expect((await reopened.entity('org:durable-1'))?.version).toBe(2);
    // The audit log goes on from where it was.
    await reopened.upsertEntity(orgInput(3), ANALYST);
    expect((await reopened.auditLog({ first: 1 })).items[0]?.id).toBe('audit:7');
    await reopened.close();
    expect((await snapshot(open())).audit).toHaveLength(7);
  });

  it('journals nothing for a refused write, and nothing is visible when the journal refuses one', async () => {
    const store = open();
    await expect(store.upsertEntity({ ...orgInput(1), kind: 'STATE' }, ANALYST)).rejects.toThrow();
    await expect(store.deleteEntity('state:none', ANALYST)).rejects.toThrow();
    const before = await snapshot(store);

    // Another connection makes every insert fail, as a full disk would.
    const other = new Database(ws.journalPath);
    other.exec("CREATE TRIGGER refuse BEFORE INSERT ON writes BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const refused = store.upsertEntity(orgInput(1), ANALYST);
    await expect(refused).rejects.toBeInstanceOf(UnavailableError);
    await expect(refused).rejects.toThrow(/could not be saved to the journal; nothing was changed/);
    await expect(store.deleteEntity('state:est', ANALYST)).rejects.toBeInstanceOf(UnavailableError);
    expect(await snapshot(store)).toEqual(before);

    other.exec('DROP TRIGGER refuse');
    other.close();
    await store.upsertEntity(orgInput(1), ANALYST);
    expect((await store.auditLog({ first: 1 })).items[0]?.seq).toBe(1);
    await store.close();
    expect((await snapshot(open())).audit).toHaveLength(1);
  });

  it('refuses a file that is not a readable journal, naming it', () => {
    writeFileSync(join(ws.dir, 'garbage.sqlite'), 'this is not a database '.repeat(100));
    const garbage = () => MemoryStore.fromDataDir(ws.dataDir, { journalPath: join(ws.dir, 'garbage.sqlite') });
    expect(garbage).toThrow(JournalError);
    expect(garbage).toThrow(/garbage\.sqlite: is not a readable journal \(file is not a database\)/);

    const foreign = new Database(join(ws.dir, 'other.sqlite'));
    foreign.exec('CREATE TABLE notes (text TEXT)');
    foreign.close();
    expect(() => MemoryStore.fromDataDir(ws.dataDir, { journalPath: join(ws.dir, 'other.sqlite') })).toThrow(
      /other\.sqlite: is an SQLite file but not an Alliance Atlas journal/,
    );
  });

  it('refuses a journal whose rows were damaged', async () => {
    const store = open();
    await store.upsertEntity(orgInput(1), ANALYST);
    await store.close();
    const db = new Database(ws.journalPath);
    db.exec("UPDATE writes SET change = '{not json'");
    db.close();
    expect(() => open()).toThrow(/write 1 is unreadable/);
  });

  it('refuses to replay pending writes over changed data, naming the files; without pending writes it adopts them', async () => {
    const store = open();
    await store.upsertEntity(orgInput(1), ANALYST);
    await store.close();
    appendFileSync(join(ws.dataDir, 'baltic.json'), '\n');
    writeFileSync(join(ws.dataDir, 'extra.json'), '{"sources": []}\n');
    expect(() => open()).toThrow(JournalBaseError);
    expect(() => open()).toThrow(
      /data\/ changed since its 1 pending write was made over it \(baltic\.json differs; extra\.json was added\).*npm run data:export -- --drop-pending/s,
    );

    // Dropping them: the write is gone from the graph, its audit entry stays, and data/ is the new base.
    const dropped = open({ dropPending: true });
    expect(await dropped.entity('org:durable-1')).toBeNull();
    expect((await dropped.auditLog()).totalCount).toBe(1);
    await dropped.close();
    appendFileSync(join(ws.dataDir, 'baltic.json'), '\n');
    const adopted = open();
    expect((await adopted.auditLog()).totalCount).toBe(1);
    await adopted.close();
  });
});
