/**
 * npm run data:check [-- dir-or-files...]: validates data/ with the one schema the stores use and
 * prints counts per kind, per relation type and per grade (docs/evidence-grading.md), the sources
 * per reliability, the share of relationships with exact dates, suspensions and alternatives, and any
 * source ids whose URLs name the same page (`sharedSourceUrls`; listed, not failed).
 * Exits 1, naming the file, entry and field of every problem, when anything is wrong (nothing loads).
 *
 * Then it judges the targets of issue 11 (`DATASET_TARGETS`, domain/dataset-figures.ts, the one
 * place they live) and exits 1 naming each unmet one, the data being valid all the same:
 * - a fact is an entity or a relationship; sourced when it cites a source;
 * - a fact cites A or B when the best reliability among its sources is A or B: entities have no
 *   grade, so an entity counts by the best reliability of its sources, as a relationship does;
 * - credibility 4–6 is a relationship's (entities have none): the share is of relationships;
 * - memberships (MEMBER_OF) are dated when they start on a day (and end on one, if ended); summits
 *   (every EVENT) when they have a start and an end day; partnerships (PARTNER_IN) when they start
 *   on a day, a month not being enough (and end on one, if ended);
 * - a year contradiction is a relationship outside an endpoint's own period (`yearContradictions`),
 *   each listed by relationship id and the endpoint's years.
 */
import { statSync } from 'node:fs';
import { DataError, dataFiles, loadGraphFiles } from '../server/data/load-data-dir.js';
import { CREDIBILITIES, KINDS, RELATION_TYPES, RELIABILITIES, type Reliability } from '../domain/model.js';
import { bestReliability, gradeOf } from '../domain/evidence.js';
import { DATA_DIR } from '../server/paths.js';
import { datasetFigures, judgeTargets, sharedSourceUrls } from '../domain/dataset-figures.js';

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

  const shared = sharedSourceUrls(graph.sources);
  console.log(
    shared.length === 0
      ? 'sources sharing a page: none (one source id per URL)'
      : `sources sharing a page (${shared.length}; cite one id per page):\n${shared.map((ids) => `  - ${ids.join(', ')}`).join('\n')}`,
  );

  const figures = datasetFigures(graph);
  const targets = judgeTargets(figures);
  console.log(`\n${pad('issue 11 target', 42)}${pad('value', 20)}${pad('target', 10)}`);
  for (const t of targets)
    console.log(`${pad(t.name, 42)}${pad(t.value, 20)}${pad(t.target, 10)}${t.met ? 'met' : 'UNMET'}`);
  console.log(
    [
      'where: a fact is an entity or a relationship; a fact cites A or B when the best reliability among',
      '  its sources is A or B (an entity, which has no grade, by its sources alone, as a relationship);',
      '  credibility 4-6 counts relationships (entities have no credibility);',
      '  a membership (MEMBER_OF) is dated when it starts on a day (and ends on one, if ended);',
      '  a summit (every EVENT entity) when it has a start and an end day (sinceDate and untilDate);',
      '  a partnership (PARTNER_IN) when it starts on a day, a month not being enough (and ends on one, if ended);',
      "  a year contradiction is a relationship starting or ending outside an endpoint's own period, open-ended",
      '  past its end (not for moments: SUCCEEDS, DECIDED_AT, links to an EVENT), or a DECIDED_AT whose',
      '  subject began before its event.',
    ].join('\n'),
  );
  if (figures.contradictions.length > 0) {
    console.log(`\nyear contradictions (${figures.contradictions.length}):`);
    for (const c of figures.contradictions) console.log(`  - ${c.relationship}: ${c.message}`);
  }
  const unmet = targets.filter((t) => !t.met);
  if (unmet.length > 0) {
    console.error(
      `\nFAIL: the data is valid and loads, but ${unmet.length} target${unmet.length === 1 ? '' : 's'} of issue 11 ` +
        `${unmet.length === 1 ? 'is' : 'are'} unmet:\n` +
        unmet.map((t) => `  - ${t.name}: ${t.value}, target ${t.target}`).join('\n'),
    );
    process.exit(1);
  }
  console.log('\nall targets of issue 11 met');
} catch (e) {
  if (e instanceof DataError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
