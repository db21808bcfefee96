/**
 * `npm run data:export` (server/store/memory/data-export.ts) on a copy of data/: with nothing
 * pending it rewrites nothing; after edits, only the edited items change, in place, new items go to
 * added.json, data/ then loads as the graph the store held, the journal replays nothing more, and
 * its audit log is kept.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { normalizeRelationship, RelationshipSchema } from '../../domain/data-schema.js';
import { exportDataDir, NEW_ITEMS_FILE } from '../../server/store/memory/data-export.js';
import { MemoryStore } from '../../server/store/memory/memory-store.js';
import { ANALYST, orgInput, workspace, type Workspace } from './durability-support.js';

let ws: Workspace;
/** The copy's files as they were before any export (data/ itself may change while this runs). */
let original: Map<string, string>;
beforeAll(() => {
  ws = workspace('data');
  original = new Map(readdirSync(ws.dataDir).map((f) => [f, read(ws.dataDir, f)]));
});
afterAll(() => ws.remove());

type Item = { id?: string };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const parsed = (dir: string, file: string) => JSON.parse(read(dir, file)) as Record<string, Item[]>;
const fileHolding = (dir: string, list: string, match: (item: Item) => boolean) =>
  readdirSync(dir).find((f) => f.endsWith('.json') && (parsed(dir, f)[list] ?? []).some(match))!;

describe('data:export', () => {
  it('rewrites nothing when nothing is pending: every file stays byte for byte', async () => {
    const result = await exportDataDir(ws.dataDir, ws.journalPath);
    expect(result).toEqual({ files: [], throughSeq: 0, dropped: 0 });
    for (const [file, text] of original) expect([file, read(ws.dataDir, file)]).toEqual([file, text]);
  });

  it('writes edits in place and new items to added.json; data/ then loads as the graph the store held', async () => {
    const store = MemoryStore.fromDataDir(ws.dataDir, { journalPath: ws.journalPath });
    const { version: _version, ...estonia } = (await store.entity('state:est'))!;
    const estoniaFile = fileHolding(ws.dataDir, 'entities', (e) => e.id === 'state:est');
    // An export names every relationship's id.
    const droppedId = (await store.exportGraph()).relationships.find((r) => r.from === 'state:est')!.id!;
    const droppedFile = fileHolding(
      ws.dataDir,
      'relationships',
      (r) => normalizeRelationship(RelationshipSchema.parse(r)).id === droppedId,
    );
    await store.upsertEntity({ ...estonia, summary: 'Edited through the API.' }, ANALYST);
    await store.deleteRelationship(droppedId, ANALYST);
    await store.upsertEntity(orgInput(1, ['source:seed-overview']), ANALYST);
    await store.upsertEntity(orgInput(1, ['source:seed-overview']), ANALYST);
    const held = await store.exportGraph();
    await store.close();

    const result = await exportDataDir(ws.dataDir, ws.journalPath);
    expect(result.throughSeq).toBe(4);
    expect(result.files).toEqual([...new Set([estoniaFile, droppedFile, NEW_ITEMS_FILE])].sort());

    // Every other item of the edited files is unchanged and in its place.
    const before = JSON.parse(original.get(estoniaFile)!) as Record<string, Item[]>;
    const after = parsed(ws.dataDir, estoniaFile);
    const at = before.entities!.findIndex((e) => e.id === 'state:est');
    expect(after.entities!.filter((_, i) => i !== at)).toEqual(before.entities!.filter((_, i) => i !== at));
    expect(after.entities![at]).toMatchObject({ id: 'state:est', summary: 'Edited through the API.' });
    const droppedBefore = (JSON.parse(original.get(droppedFile)!) as Record<string, Item[]>).relationships!;
    expect(parsed(ws.dataDir, droppedFile).relationships).toHaveLength(droppedBefore.length - 1);
    expect(parsed(ws.dataDir, NEW_ITEMS_FILE)).toEqual({
      $comment: expect.any(String) as unknown,
      sources: [],
      entities: [{ ...orgInput(1, ['source:seed-overview']) }],
      relationships: [],
    });
    // Files nobody edited are untouched.
    for (const [file, text] of original) {
      if (!result.files.includes(file)) expect([file, read(ws.dataDir, file)]).toEqual([file, text]);
    }

    // data/ alone is the graph the store held; the journal replays nothing over it but keeps the audit log.
    expect(await MemoryStore.fromDataDir(ws.dataDir).exportGraph()).toEqual(held);
    const reopened = MemoryStore.fromDataDir(ws.dataDir, { journalPath: ws.journalPath });
    expect(await reopened.exportGraph()).toEqual(held);
    expect((await reopened.auditLog()).totalCount).toBe(4);
    await reopened.close();

    // A second export has nothing to write.
    expect((await exportDataDir(ws.dataDir, ws.journalPath)).files).toEqual([]);
  });

  it('finishes an export interrupted between its renames, and forgets one interrupted before any', async () => {
    const interrupted = workspace('fixture');
    const clone = workspace('fixture');
    try {
      const store = MemoryStore.fromDataDir(interrupted.dataDir, { journalPath: interrupted.journalPath });
      const { version: _version, ...estonia } = (await store.entity('state:est'))!;
      await store.upsertEntity({ ...estonia, summary: 'Edited.' }, ANALYST);
      await store.upsertEntity(orgInput(1), ANALYST);
      await store.close();
      // What the export writes, from a copy of the same data and journal.
      cpSync(interrupted.dir, clone.dir, { recursive: true });
      expect((await exportDataDir(clone.dataDir, clone.journalPath)).files).toEqual(['added.json', 'baltic.json']);
      // A write that lands after the export read the journal: it stays pending, to replay over the new files.
      const later = MemoryStore.fromDataDir(interrupted.dataDir, { journalPath: interrupted.journalPath });
      await later.upsertEntity(orgInput(2), ANALYST);
      const held = await later.exportGraph();
      await later.close();
      const exported = (file: string) => read(clone.dataDir, file);
      const mark = (db: Database.Database) =>
        db.prepare("INSERT INTO meta (key, value) VALUES ('export', ?)").run(
          JSON.stringify({
            throughSeq: 2,
            fingerprint: {
              'added.json': sha256(exported('added.json')),
              'baltic.json': sha256(exported('baltic.json')),
            },
          }),
        );

      // Forgotten: the export was recorded, but its last new file is incomplete and nothing was renamed.
      const db = new Database(interrupted.journalPath);
      mark(db);
      db.close();
      const pristine = read(interrupted.dataDir, 'baltic.json');
      writeFileSync(join(interrupted.dataDir, 'baltic.json.exporting'), exported('baltic.json'));
      writeFileSync(join(interrupted.dataDir, 'added.json.exporting'), exported('added.json').slice(0, 20));
      const forgot = MemoryStore.fromDataDir(interrupted.dataDir, { journalPath: interrupted.journalPath });
      expect(await forgot.exportGraph()).toEqual(held);
      await forgot.close();
      expect(readdirSync(interrupted.dataDir)).toEqual(['baltic.json']);
      expect(read(interrupted.dataDir, 'baltic.json')).toBe(pristine);

      // Finished: baltic.json was renamed into place, added.json waits complete beside its place.
      const again = new Database(interrupted.journalPath);
      mark(again);
      again.close();
      writeFileSync(join(interrupted.dataDir, 'baltic.json'), exported('baltic.json'));
      writeFileSync(join(interrupted.dataDir, 'added.json.exporting'), exported('added.json'));
      const finished = MemoryStore.fromDataDir(interrupted.dataDir, { journalPath: interrupted.journalPath });
      expect(await finished.exportGraph()).toEqual(held);
      await finished.close();
      expect(readdirSync(interrupted.dataDir).sort()).toEqual(['added.json', 'baltic.json']);
      expect(read(interrupted.dataDir, 'added.json')).toBe(exported('added.json'));
      // Its writes are folded, the later one is still pending: data/ alone lacks only that one.
      const alone = await MemoryStore.fromDataDir(interrupted.dataDir).exportGraph();
      expect(alone).toEqual({ ...held, entities: held.entities.filter((e) => e.id !== 'org:durable-2') });
      appendFileSync(join(interrupted.dataDir, 'baltic.json'), '\n');
      expect(() => MemoryStore.fromDataDir(interrupted.dataDir, { journalPath: interrupted.journalPath })).toThrow(
        /since its 1 pending write was made over it \(baltic\.json differs\)/,
      );
    } finally {
      interrupted.remove();
      clone.remove();
    }
  });
});
