import { bestReliability } from './evidence.js';
import type { Entity, Kind, Period, Relationship, Source } from './model.js';
import { periodText } from './export-text.js';
import { endDay, startDay } from './valid-at.js';

/**
 * The dataset's figures and the targets of issue 11 ("Dataset v2"), computed from a loaded graph:
 * what `npm run data:check` prints and judges, and what tests/unit/data/dataset.test.ts asserts.
 *
 * Definitions (printed by the data-check too):
 * - a **fact** is an entity or a relationship;
 * - a fact is **sourced** when it cites at least one source that exists;
 * - a fact **cites A or B** when the best reliability among its sources is A or B (entities carry no
 *   grade, so for an entity this is the best reliability of its sources, as for a relationship);
 * - **credibility 4–6** is a relationship's (entities have none): the share is of relationships;
 * - a **membership** (MEMBER_OF) is exactly dated when its start is a day (`sinceDate` YYYY-MM-DD) and,
 *   if it has ended, its end is a day too;
 * - a **summit** (every EVENT entity) is exactly dated when it has both `sinceDate` and `untilDate`
 *   as days (a one-day meeting has both the same);
 * - a **partnership** (PARTNER_IN) is exactly dated when it starts on a day (`sinceDate` YYYY-MM-DD;
 *   a month is not an exact date) and, if it has ended, ends on a day (`untilDate` YYYY-MM-DD);
 * - a **year contradiction** is a relationship whose years fall outside an endpoint's own (see
 *   `yearContradictions`).
 */

/** The targets of issue 11, in one place. */
export const DATASET_TARGETS = {
  minEntities: 330,
  minRelationships: 1500,
  /** Share of facts citing at least one source. */
  minSourcedShare: 1,
  /** Share of facts whose best source is graded A or B. */
  minAOrBShare: 0.8,
  /** Share of relationships at credibility 4, 5 or 6. */
  maxDoubtfulShare: 0.05,
  /** Share of MEMBER_OF relationships dated to the day. */
  minDatedMembershipShare: 1,
  /** Share of EVENT entities with a start and an end day. */
  minDatedSummitShare: 1,
  /** Share of PARTNER_IN relationships starting on a day (and ending on one, if ended). */
  minDatedPartnershipShare: 0.5,
  maxYearContradictions: 0,
} as const;

export type DatasetTargets = { readonly [K in keyof typeof DATASET_TARGETS]: number };

export interface FigureGraph {
  entities: readonly Pick<Entity, 'id' | 'kind' | 'sources' | keyof Period>[];
  relationships: readonly Pick<
    Relationship,
    'id' | 'type' | 'from' | 'to' | 'credibility' | 'sources' | keyof Period
  >[];
  sources: readonly Pick<Source, 'id' | 'reliability'>[];
}

/** A count of `n` out of `of`. */
export interface Share {
  n: number;
  of: number;
}

export interface DatasetFigures {
  entities: number;
  relationships: number;
  sourced: Share;
  aOrB: Share;
  doubtful: Share;
  datedMemberships: Share;
  datedSummits: Share;
  datedPartnerships: Share;
  contradictions: YearContradiction[];
}

/** One line of the targets: what is measured, its value, the target, and whether it is met. */
export interface TargetResult {
  name: string;
  value: string;
  target: string;
  met: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (date: string | null) => date !== null && DAY.test(date);
const ended = (p: Period) => p.until !== null || p.untilDate !== null;

/** A fraction of `s`, 1 for an empty share (nothing to date is all dated). */
export function ratio(s: Share): number {
  return s.of === 0 ? 1 : s.n / s.of;
}

function shareOf<T>(items: readonly T[], test: (item: T) => boolean): Share {
  return { n: items.filter(test).length, of: items.length };
}

export function datasetFigures(graph: FigureGraph): DatasetFigures {
  const reliabilityOf = new Map(graph.sources.map((s) => [s.id, s.reliability]));
  const facts = [...graph.entities, ...graph.relationships];
  const rels = graph.relationships;
  const best = (ids: readonly string[]) => bestReliability(ids.flatMap((id) => reliabilityOf.get(id) ?? []));
  return {
    entities: graph.entities.length,
    relationships: rels.length,
    sourced: shareOf(facts, (f) => f.sources.some((id) => reliabilityOf.has(id))),
    aOrB: shareOf(facts, (f) => ['A', 'B'].includes(best(f.sources))),
    doubtful: shareOf(rels, (r) => r.credibility >= 4),
    datedMemberships: shareOf(
      rels.filter((r) => r.type === 'MEMBER_OF'),
      (r) => isDay(r.sinceDate) && (!ended(r) || isDay(r.untilDate)),
    ),
    datedSummits: shareOf(
      graph.entities.filter((e) => e.kind === 'EVENT'),
      (e) => isDay(e.sinceDate) && isDay(e.untilDate),
    ),
    datedPartnerships: shareOf(
      rels.filter((r) => r.type === 'PARTNER_IN'),
      (r) => isDay(r.sinceDate) && (!ended(r) || isDay(r.untilDate)),
    ),
    contradictions: yearContradictions(graph),
  };
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const shareText = (s: Share) => `${s.n}/${s.of} (${percent(ratio(s))})`;

/** Each target of `DATASET_TARGETS` against the figures, in the order the issue lists them. */
export function judgeTargets(f: DatasetFigures, t: DatasetTargets = DATASET_TARGETS): TargetResult[] {
  const atLeast = (name: string, s: Share, min: number): TargetResult => ({
    name,
    value: shareText(s),
    target: `>= ${percent(min)}`,
    met: ratio(s) >= min,
  });
  return [
    { name: 'entities', value: String(f.entities), target: `>= ${t.minEntities}`, met: f.entities >= t.minEntities },
    {
      name: 'relationships',
      value: String(f.relationships),
      target: `>= ${t.minRelationships}`,
      met: f.relationships >= t.minRelationships,
    },
    atLeast('facts sourced', f.sourced, t.minSourcedShare),
    atLeast('facts citing a source graded A or B', f.aOrB, t.minAOrBShare),
    {
      name: 'relationships at credibility 4-6',
      value: shareText(f.doubtful),
      target: `<= ${percent(t.maxDoubtfulShare)}`,
      met: f.doubtful.n <= t.maxDoubtfulShare * f.doubtful.of,
    },
    atLeast('memberships dated to the day', f.datedMemberships, t.minDatedMembershipShare),
    atLeast('summits (events) with start and end days', f.datedSummits, t.minDatedSummitShare),
    atLeast('partnerships dated to the day', f.datedPartnerships, t.minDatedPartnershipShare),
    {
      name: 'year contradictions',
      value: String(f.contradictions.length),
      target: `<= ${t.maxYearContradictions}`,
      met: f.contradictions.length <= t.maxYearContradictions,
    },
  ];
}

/** A relationship whose years contradict an endpoint's own (or, for DECIDED_AT, its subject's start). */
export interface YearContradiction {
  relationship: string;
  /** The endpoint whose years are contradicted. */
  endpoint: string;
  /** E.g. `starts 1992, before state:svk began (from 1993-01-01)`. */
  message: string;
}

const hasStart = (p: Period) => p.since !== null || p.sinceDate !== null;
/** The last day a start may be on: a start known to the year may be any day of it. */
const latestStart = (p: Period) => endDay({ since: null, sinceDate: null, until: p.since, untilDate: p.sinceDate });
/** The first day an end may be on. */
const earliestEnd = (p: Period) => startDay({ since: p.until, sinceDate: p.untilDate, until: null, untilDate: null });
const startText = (p: Period) => p.sinceDate ?? String(p.since);
const endText = (p: Period) => p.untilDate ?? String(p.until);

/**
 * How a relationship's own period contradicts an endpoint's, read generously where only years are
 * known (a start in 2004 may be any day of 2004): it starts before the endpoint began or after it
 * ended, ends after it ended or before it began, or (`durable`) has a start and no end although the
 * endpoint has ended. A relationship without dates claims no years and contradicts nothing.
 */
function periodConflicts(r: Period, id: string, e: Period, durable: boolean): string[] {
  const out: string[] = [];
  const eStart = startDay(e);
  const eEnd = endDay(e);
  const rLatestStart = latestStart(r);
  const rEarliestEnd = earliestEnd(r);
  const began = `${id} began (${periodText(e)})`;
  const over = `${id} ended (${periodText(e)})`;
  if (rLatestStart !== null && eStart !== null && rLatestStart < eStart)
    out.push(`starts ${startText(r)}, before ${began}`);
  if (hasStart(r) && eEnd !== null && startDay(r)! > eEnd) out.push(`starts ${startText(r)}, after ${over}`);
  if (rEarliestEnd !== null && eEnd !== null && rEarliestEnd > eEnd) out.push(`ends ${endText(r)}, after ${over}`);
  if (ended(r) && eStart !== null && endDay(r)! < eStart) out.push(`ends ${endText(r)}, before ${began}`);
  if (durable && hasStart(r) && !ended(r) && eEnd !== null) {
    out.push(`open-ended since ${startText(r)}, past the end of ${id} (${periodText(e)})`);
  }
  return out;
}

/**
 * Relationships whose years contradict their endpoints' own years (issue 11's rule; a data-check
 * rule, not a write rule of the API). An endpoint without dates (most states, every region) constrains
 * nothing. For each endpoint that has a period, a relationship may not start before it began or after
 * it ended, nor end after it ended or before it began; a relationship that lasts (every type but
 * SUCCEEDS and DECIDED_AT, and not one with an EVENT, a moment) may not be open-ended past an
 * endpoint's end. DECIDED_AT is checked against its event only (a mission decided in 2016 may deploy
 * in 2017), and its subject may not have begun before the event began, nor ended before it.
 */
export function yearContradictions(graph: Pick<FigureGraph, 'entities' | 'relationships'>): YearContradiction[] {
  const entities = new Map(graph.entities.map((e) => [e.id, e]));
  const out: YearContradiction[] = [];
  const kindOf = (id: string): Kind | undefined => entities.get(id)?.kind;
  for (const r of graph.relationships) {
    const moment =
      r.type === 'SUCCEEDS' || r.type === 'DECIDED_AT' || kindOf(r.from) === 'EVENT' || kindOf(r.to) === 'EVENT';
    const checked = r.type === 'DECIDED_AT' ? [r.to] : [r.from, r.to];
    for (const id of checked) {
      const e = entities.get(id);
      if (!e) continue;
      for (const message of periodConflicts(r, id, e, !moment)) out.push({ relationship: r.id, endpoint: id, message });
    }
    if (r.type === 'DECIDED_AT') {
      const subject = entities.get(r.from);
      const event = entities.get(r.to);
      if (!subject || !event) continue;
      const eventStart = startDay(event);
      const subjectStart = latestStart(subject);
      const subjectEnd = ended(subject) ? endDay(subject) : null;
      if (eventStart !== null && subjectStart !== null && subjectStart < eventStart) {
        out.push({
          relationship: r.id,
          endpoint: r.from,
          message: `${r.from} began ${startText(subject)}, before ${r.to} (${periodText(event)})`,
        });
      }
      if (eventStart !== null && subjectEnd !== null && subjectEnd < eventStart) {
        out.push({
          relationship: r.id,
          endpoint: r.from,
          message: `${r.from} ended ${endText(subject)}, before ${r.to} (${periodText(event)})`,
        });
      }
    }
  }
  return out;
}

/**
 * A page as a URL names it, for finding two source ids that cite the same page: the scheme, `www.`,
 * a fragment, NATO's `selectedLocale` and session (`SID-…`) parts, its language folder
 * (`/cps/en/` = `/cps/fr/`) and `natolive` = `natohq` do not make another page.
 */
export function pageKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/#.*$/, '')
    .replace(/[?&]selectedlocale=[a-z]+/, '')
    .replace(/\/cps\/[a-z]{2}\//, '/cps/xx/')
    .replace(/\/sid-[0-9a-f-]+\//, '/')
    .replace('/natolive/', '/natohq/')
    .replace(/[?&/]+$/, '');
}

/** Groups of two or more source ids whose URLs name the same page (see `pageKey`), by page. */
export function sharedSourceUrls(sources: readonly Pick<Source, 'id' | 'url'>[]): string[][] {
  const byPage = new Map<string, string[]>();
  for (const s of sources) {
    if (!s.url) continue;
    const key = pageKey(s.url);
    byPage.set(key, [...(byPage.get(key) ?? []), s.id]);
  }
  return [...byPage.values()].filter((ids) => ids.length > 1);
}
