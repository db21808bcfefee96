/**
 * npm run data:export [-- --drop-pending]: writes the graph the embedded store's journal holds back
 * into data/ (DATA_DIR), diff-friendly, so curated edits can be reviewed and committed; the journal
 * then replays only later writes (docs/durability.md). The journal is the server's: JOURNAL_PATH, or
 * var/journal.sqlite when it exists. Safe while the server runs (it keeps answering from memory).
 *
 * --drop-pending: when data/ changed under pending writes (the server refuses to start), stops
 * replaying them instead (their audit entries stay) and exports nothing else.
 */
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '../server/config.js';
import { DataError } from '../server/data/load-data-dir.js';
import { exportDataDir } from '../server/store/memory/data-export.js';
import { JournalError } from '../server/store/memory/journal.js';

const unknown = process.argv.slice(2).filter((a) => a !== '--drop-pending');
if (unknown.length > 0) {
  process.stderr.write(`data:export: unknown argument ${unknown.join(' ')} (the one option is --drop-pending)\n`);
  process.exit(2);
}

try {
  const { dataDir, journalPath } = loadConfig();
  if (journalPath === null || !existsSync(journalPath)) {
    console.log(`data:export: no journal (${journalPath ?? 'JOURNAL_PATH=off'}): data/ already holds the whole graph`);
    process.exit(0);
  }
  const result = await exportDataDir(dataDir, journalPath, { dropPending: process.argv.includes('--drop-pending') });
  if (result.dropped > 0) console.log(`data:export: dropped ${result.dropped} pending write(s) (audit entries kept)`);
  console.log(
    result.files.length === 0
      ? `data:export: ${dataDir} already holds every write (through audit:${result.throughSeq})`
      : `data:export: wrote ${result.files.join(', ')} in ${dataDir}, holding every write through audit:${result.throughSeq}`,
  );
} catch (e) {
  if (!(e instanceof ConfigError || e instanceof DataError || e instanceof JournalError)) throw e;
  process.stderr.write(`data:export: ${e.message}\n`);
  process.exit(1);
}
