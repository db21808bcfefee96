/**
 * npm run data:check [-- dir-or-files...]: validates data/ with the one schema the stores use and
 * prints counts per kind, per relation type and per grade (docs/evidence-grading.md), the sources
 * per reliability, and the share of relationships with exact dates, suspensions and alternatives.
 * Exits 1, naming the file, entry and field of every problem, when anything is wrong (nothing loads).
 */
import { statSync } from 'node:fs';
import { DataError, dataFiles, loadGraphFiles } from '../server/data/load-data-dir.js';
import { CREDIBILITIES, KINDS, RELATION_TYPES, RELIABILITIES, type Reliability } from '../domain/model.js';
import { bestReliability, gradeOf } from '../domain/evidence.js';
import { DATA_DIR } from '../server/paths.js';

const args = process.argv.slice(2);
const files = (args.length > 0 ? args : [DATA_DIR]).flatMap((p) => (statSync(p).isDirectory() ? dataFiles(p) : [p]));

try {
  const graph = loadGraphFiles(files);
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  const share = (n: number, of: number) => `${n}/${of} (${((100 * n) / Math.max(1, of)).toFixed(1)}%)`;
  const rels = graph.relationships;
  console.log(`data: ${files.length} files valid`);

  console.log(`\n${pad('kind', 16)}entities`);
  for (const kind of KINDS) console.log(`${pad(kind, 16)}${graph.entities.filter((e) => e.kind === kind).length}`);

  console.log(`\n${pad('relation type', 16)}relationships`);
  for (const type of RELATION_TYPES) console.log(`${pad(type, 16)}${rels.filter((r) => r.type === type).length}`);

  const reliabilityOf = new Map<string, Reliability>(graph.sources.map((s) => [s.id, s.reliability]));
  const grades = new Map<string, number>();
  for (const r of rels) {
    const reliability = bestReliability(r.sources.flatMap((id) => reliabilityOf.get(id) ?? []));
    const grade = gradeOf({ reliability, credibility: r.credibility });
    grades.set(grade, (grades.get(grade) ?? 0) + 1);
  }
  console.log(`\n${pad('grade', 16)}relationships (best source reliability + credibility)`);
  for (const reliability of RELIABILITIES) {
    for (const credibility of CREDIBILITIES) {
      const n = grades.get(gradeOf({ reliability, credibility }));
      if (n) console.log(`${pad(gradeOf({ reliability, credibility }), 16)}${n}`);
    }
  }
  console.log(
    `by credibility: ${CREDIBILITIES.map((c) => `${c}: ${rels.filter((r) => r.credibility === c).length}`).join(', ')}`,
  );
  console.log(
    `sources by reliability: ${RELIABILITIES.map((g) => `${g}: ${graph.sources.filter((s) => s.reliability === g).length}`).join(', ')}`,
  );

  const facts = [...graph.entities, ...rels];
  const sourced = facts.filter((f) => f.sources.length > 0).length;
  const withUrl = graph.sources.filter((s) => s.url !== null).length;
  console.log(
    `\ntotal: ${graph.entities.length} entities, ${rels.length} relationships, ` +
      `${graph.sources.length} sources (${withUrl} with a URL, all graded)`,
  );
  console.log(`sourced: ${share(sourced, facts.length)} facts`);
  console.log(
    `relationships with an exact date: ${share(rels.filter((r) => r.sinceDate !== null || r.untilDate !== null).length, rels.length)}`,
  );
  console.log(
    `relationships with suspensions: ${share(rels.filter((r) => r.suspensions.length > 0).length, rels.length)}`,
  );
  console.log(
    `relationships with alternatives: ${share(rels.filter((r) => r.alternatives.length > 0).length, rels.length)}`,
  );
} catch (e) {
  if (e instanceof DataError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
