/**
 * npm run data:check [-- dir-or-files...]: validates data/ with the one schema the stores use and
 * prints counts per kind and per relation type and the share of sourced facts. Exits 1, naming
 * the file, entry and field of every problem, when anything is wrong.
 */
import { statSync } from 'node:fs';
import { DataError, dataFiles, loadGraphFiles } from '../server/data/load-data-dir.js';
import { KINDS, RELATION_TYPES } from '../domain/model.js';
import { DATA_DIR } from '../server/paths.js';

const args = process.argv.slice(2);
const files = (args.length > 0 ? args : [DATA_DIR]).flatMap((p) => (statSync(p).isDirectory() ? dataFiles(p) : [p]));

try {
  const graph = loadGraphFiles(files);
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  console.log(`data: ${files.length} files valid`);
  console.log(`\n${pad('kind', 16)}entities`);
  for (const kind of KINDS) {
    console.log(`${pad(kind, 16)}${graph.entities.filter((e) => e.kind === kind).length}`);
  }
  console.log(`\n${pad('relation type', 16)}relationships`);
  for (const type of RELATION_TYPES) {
    console.log(`${pad(type, 16)}${graph.relationships.filter((r) => r.type === type).length}`);
  }
  const facts = [...graph.entities, ...graph.relationships];
  const sourced = facts.filter((f) => f.sources.length > 0).length;
  const withUrl = graph.sources.filter((s) => s.url !== null).length;
  const byConfidence = (c: string) => graph.relationships.filter((r) => r.confidence === c).length;
  console.log(
    `\ntotal: ${graph.entities.length} entities, ${graph.relationships.length} relationships, ` +
      `${graph.sources.length} sources (${withUrl} with a URL)`,
  );
  console.log(
    `sourced: ${sourced}/${facts.length} facts (${((100 * sourced) / Math.max(1, facts.length)).toFixed(1)}%)`,
  );
  console.log(`confidence: high ${byConfidence('high')}, medium ${byConfidence('medium')}, low ${byConfidence('low')}`);
} catch (e) {
  if (e instanceof DataError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
