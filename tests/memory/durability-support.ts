import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR, ROOT } from '../../server/paths.js';

/**
 * Throwaway folders for the durability suites: a copy of data/ (or of the Baltic fixture as the
 * only data file) and a journal path beside it. Tests never write into data/ itself.
 */
export interface Workspace {
  dir: string;
  dataDir: string;
  journalPath: string;
  remove(): void;
}

export function workspace(from: 'fixture' | 'data'): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-durability-'));
  const dataDir = join(dir, 'data');
  if (from === 'data') cpSync(DATA_DIR, dataDir, { recursive: true });
  else {
    mkdirSync(dataDir);
    cpSync(join(ROOT, 'tests/fixtures/baltic.json'), join(dataDir, 'baltic.json'));
  }
  return {
    dir,
    dataDir,
    journalPath: join(dir, 'var', 'journal.sqlite'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const ANALYST = { actor: 'analyst' };

/** A new organisation entity input citing the fixture's (and data/'s) NATO source, numbered `n`. */
export function orgInput(n: number, sources = ['source:nato-members']) {
  return {
    id: `org:durable-${n}`,
    kind: 'ORGANIZATION' as const,
    name: `Durable organisation ${n}`,
    sources,
  };
}
