import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { AuditEntry, Entity, Relationship, Source } from '../../../domain/model.js';
import { dataFiles } from '../../data/load-data-dir.js';
import { UnavailableError } from '../../errors.js';

/**
 * The embedded store's journal (docs/durability.md): one SQLite row per landed write, holding its
 * audit entry and what it changed, committed to disk (WAL, synchronous=FULL) before the write is
 * visible. At start the data/ files are loaded and the journal's pending changes replayed over
 * them; `npm run data:export` folds the pending changes into data/ and marks them folded.
 */

/** The data/ files pending changes were made over: file name → SHA-256 of its bytes. */
export type DataFingerprint = Record<string, string>;

/** What one write changed, as after-images, so a replay needs neither validation nor a clock. */
export type JournalChange = { put: JournalPut } | { deleteEntity: string } | { deleteRelationship: string };

/** Items created or replaced, at their new versions. */
export interface JournalPut {
  sources: Source[];
  entities: Entity[];
  relationships: Relationship[];
}

/** One journaled write; `change` is null once an export folded it into data/. */
export interface JournalRow {
  entry: AuditEntry;
  change: JournalChange | null;
}

/** The journal cannot be used as it is; the message says why and how to fix it. */
export class JournalError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`journal ${path}: ${message}`);
    this.name = new.target.name;
  }
}

/** data/ is not the data the journal's pending writes were made over. */
export class JournalBaseError extends JournalError {
  constructor(
    path: string,
    readonly pending: number,
    readonly differences: string[],
  ) {
    super(
      path,
      `data/ changed since its ${pending} pending write${pending === 1 ? ' was' : 's were'} made over it ` +
        `(${differences.join('; ')}). Replaying them over other data could overwrite or contradict the change, ` +
        'so nothing was loaded. To keep them: bring data/ back to what it was (e.g. git stash), run ' +
        'npm run data:export, commit, then re-apply your data change. To drop them from the graph (their audit ' +
        'entries stay): npm run data:export -- --drop-pending.',
    );
  }
}

/** "ATLS": marks the file as this program's journal in SQLite's header (PRAGMA application_id). */
const APPLICATION_ID = 0x41544c53;
/** The journal's layout version (PRAGMA user_version). */
const FORMAT = 1;

/** Each data file's name and hash, read now. */
function fingerprintFiles(paths: readonly string[]): DataFingerprint {
  const fingerprint: DataFingerprint = {};
  for (const path of paths) {
    fingerprint[basename(path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return fingerprint;
}

/** How `now` differs from `then`, file by file, for the error message. */
function fingerprintDifferences(then: DataFingerprint, now: DataFingerprint): string[] {
  const names = [...new Set([...Object.keys(then), ...Object.keys(now)])].sort();
  return names.flatMap((name) => {
    if (then[name] === now[name]) return [];
    if (then[name] === undefined) return [`${name} was added`];
    if (now[name] === undefined) return [`${name} was removed`];
    return [`${name} differs`];
  });
}

const sameFingerprint = (a: DataFingerprint, b: DataFingerprint) => fingerprintDifferences(a, b).length === 0;

/** An export in progress: the seq it folds through and each file's name and SHA-256 once written. */
interface ExportMark {
  throughSeq: number;
  fingerprint: DataFingerprint;
}

/** Where an export writes a file before renaming it over the old one. */
const exportingPath = (path: string) => `${path}.exporting`;

const hashOf = (path: string) =>
  existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null;

export interface JournalOpenOptions {
  /** Stop replaying the pending writes and take data/ as it is (`data:export -- --drop-pending`). */
  dropPending?: boolean;
}

export class Journal {
  private readonly append$: Database.Statement<[number, string, string]>;
  /** How many pending writes `dropPending` stopped replaying. */
  dropped = 0;

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
    private readonly dataDir: string,
  ) {
    this.append$ = db.prepare('INSERT INTO writes (seq, entry, change) VALUES (?, ?, ?)');
  }

  /**
   * Opens (or creates) the journal at `path` for the data files of `dataDir`. Throws a JournalError
   * when the file is not a readable journal, and a JournalBaseError when it holds pending writes
   * made over other data. With no pending write, data/ as it is becomes the base. Call it before
   * loading data/: it completes an export that was interrupted while renaming its files.
   */
  static open(path: string, dataDir: string, options: JournalOpenOptions = {}): Journal {
    let db: Database.Database | null = null;
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (e) {
      throw new JournalError(
        path,
        `cannot create its folder (${(e as Error).message}); set JOURNAL_PATH to a writable file`,
      );
    }
    try {
      db = new Database(path);
      const journal = new Journal(path, Journal.prepare(path, db), dataDir);
      journal.settleBase(options.dropPending === true);
      return journal;
    } catch (e) {
      db?.close();
      if (e instanceof JournalError) throw e;
      throw new JournalError(
        path,
        `is not a readable journal (${(e as Error).message}); nothing was loaded. Restore it from a backup, ` +
          'or move it aside to start with data/ alone (its writes and audit entries are then not loaded).',
      );
    }
  }

  /** Checks the file's identity and integrity, creating the tables in a new file. */
  private static prepare(path: string, db: Database.Database): Database.Database {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (tables.n === 0 && applicationId === 0) {
      db.exec(`
        PRAGMA application_id = ${APPLICATION_ID};
        PRAGMA user_version = ${FORMAT};
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
        CREATE TABLE writes (seq INTEGER PRIMARY KEY, entry TEXT NOT NULL, change TEXT) STRICT;
      `);
    } else if (applicationId !== APPLICATION_ID) {
      throw new JournalError(
        path,
        'is an SQLite file but not an Alliance Atlas journal; set JOURNAL_PATH to another file',
      );
    } else if (db.pragma('user_version', { simple: true }) !== FORMAT) {
      const version = String(db.pragma('user_version', { simple: true }));
      throw new JournalError(
        path,
        `has layout version ${version}, not ${FORMAT}: another version of Alliance Atlas wrote it`,
      );
    }
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw new JournalError(path, `is damaged (${check}); restore it from a backup`);
    // WAL with synchronous=FULL: a commit returns once the WAL is fsynced, so an acknowledged write
    // survives a crash or a power cut; readers (data:export) never block the server's writes.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    return db;
  }

  private fingerprint(): DataFingerprint {
    return fingerprintFiles(dataFiles(this.dataDir));
  }

  /**
   * The data-changed rule: pending writes replay only over the data they were made over. Finishes
   * or forgets an interrupted export first; with nothing pending, data/ as it is becomes the base.
   */
  private settleBase(dropPending: boolean): void {
    const mark = this.meta<ExportMark>('export');
    if (mark !== null) this.settleExport(mark, this.meta<DataFingerprint>('base'));
    // Read after settleExport, which records the exported files as the new base.
    const recorded = this.meta<DataFingerprint>('base');
    const base = this.fingerprint();
    const pending = this.pendingCount();
    if (!dropPending && pending > 0 && recorded !== null && !sameFingerprint(recorded, base)) {
      throw new JournalBaseError(this.path, pending, fingerprintDifferences(recorded, base));
    }
    this.db.transaction(() => {
      if (dropPending)
        this.dropped = this.db.prepare('UPDATE writes SET change = NULL WHERE change IS NOT NULL').run().changes;
      this.setMeta('base', base);
    })();
  }

  /**
   * An export stopped half-way. Its new files were all written beside the old ones before the
   * first rename, so: if every file is either renamed already or waiting complete beside it, the
   * renames are finished and its writes folded; if none was renamed, it is forgotten.
   */
  private settleExport(mark: ExportMark, recorded: DataFingerprint | null): void {
    const files = Object.entries(mark.fingerprint).map(([name, hash]) => {
      const path = join(this.dataDir, name);
      return { path, hash, done: hashOf(path) === hash, ready: hashOf(exportingPath(path)) === hash };
    });
    if (files.every((f) => f.done || f.ready)) {
      for (const f of files) if (!f.done) renameSync(exportingPath(f.path), f.path);
      this.foldThrough(mark);
      return;
    }
    const untouched = recorded !== null && sameFingerprint(recorded, this.fingerprint());
    if (!untouched) {
      throw new JournalError(
        this.path,
        `an export into ${this.dataDir} was interrupted and its files are incomplete: bring data/ back to what it ` +
          'was (e.g. git checkout data/) and run npm run data:export again',
      );
    }
    for (const f of files) rmSync(exportingPath(f.path), { force: true });
    this.db.prepare("DELETE FROM meta WHERE key = 'export'").run();
  }

  /**
   * Writes `files` (name → content) into data/ as holding every write through `throughSeq`, and
   * marks those writes folded. Crash-safe: all new files are written and synced beside the old ones,
   * the export is recorded, then each is renamed over its old file; `open` finishes the rest.
   */
  writeExport(files: ReadonlyMap<string, string>, throughSeq: number): void {
    const fingerprint: DataFingerprint = {};
    for (const [name, content] of files) {
      const path = exportingPath(join(this.dataDir, name));
      writeFileSync(path, content);
      const fd = openSync(path, 'r');
      fsyncSync(fd);
      closeSync(fd);
      fingerprint[name] = createHash('sha256').update(content).digest('hex');
    }
    const mark = { throughSeq, fingerprint };
    this.setMeta('export', mark);
    for (const name of files.keys()) renameSync(exportingPath(join(this.dataDir, name)), join(this.dataDir, name));
    const dir = openSync(this.dataDir, 'r');
    fsyncSync(dir);
    closeSync(dir);
    this.foldThrough(mark);
  }

  /** The marked export is in data/: its writes are no longer replayed, and data/ is the new base. */
  private foldThrough(mark: ExportMark): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE writes SET change = NULL WHERE seq <= ?').run(mark.throughSeq);
      this.setMeta('base', this.fingerprint());
      this.db.prepare("DELETE FROM meta WHERE key = 'export'").run();
    })();
  }

  private pendingCount(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM writes WHERE change IS NOT NULL').get() as { n: number }).n;
  }

  private meta<T>(key: string): T | null {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row === undefined ? null : (JSON.parse(row.value) as T);
  }

  private setMeta(key: string, value: unknown): void {
    this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, JSON.stringify(value));
  }

  /** Every journaled write in seq order, checked to be 1, 2, … so the audit log numbers them as before. */
  rows(): JournalRow[] {
    const rows: JournalRow[] = [];
    for (const raw of this.db.prepare('SELECT seq, entry, change FROM writes ORDER BY seq').iterate() as Iterable<{
      seq: number;
      entry: string;
      change: string | null;
    }>) {
      if (raw.seq !== rows.length + 1) {
        throw new JournalError(
          this.path,
          `write ${rows.length + 1} is missing (the next is ${raw.seq}); restore it from a backup`,
        );
      }
      try {
        rows.push({
          entry: JSON.parse(raw.entry) as AuditEntry,
          change: raw.change === null ? null : (JSON.parse(raw.change) as JournalChange),
        });
      } catch (e) {
        throw new JournalError(
          this.path,
          `write ${raw.seq} is unreadable (${(e as Error).message}); restore it from a backup`,
        );
      }
    }
    return rows;
  }

  /**
   * Commits one write durably, or throws UnavailableError and nothing is recorded. The caller makes
   * the write visible only after this returned.
   */
  append(entry: AuditEntry, change: JournalChange): void {
    try {
      this.append$.run(entry.seq, JSON.stringify(entry), JSON.stringify(change));
    } catch (e) {
      throw new UnavailableError('the write could not be saved to the journal; nothing was changed', e);
    }
  }

  close(): void {
    this.db.close();
  }
}
