import type { z } from 'zod';
import {
  EntitySchema,
  GraphDataSchema,
  normalizeEntity,
  normalizeRelationship,
  normalizeSource,
  RelationshipSchema,
  SourceSchema,
  type NormalizedGraph,
} from './data-schema.js';
import { ID_PREFIX } from './ids.js';
import { bestReliability } from './evidence.js';
import { RELIABILITIES, type ImportProblem, type Kind, type Period, type Relationship, type Source } from './model.js';
import { endpointsAllowed } from './relation-rules.js';
import { endDay, startDay, yearOf } from './valid-at.js';

export type { NormalizedEntity, NormalizedGraph, NormalizedRelationship, NormalizedSource } from './data-schema.js';

/** What already exists in a store, for imports and writes that refer to it. */
export interface ExistingGraph {
  entityKind(id: string): Kind | undefined;
  /** What the checks need of a stored source: its publisher and reliability. */
  source(id: string): Pick<Source, 'publisher' | 'reliability'> | undefined;
}

const NOTHING: ExistingGraph = { entityKind: () => undefined, source: () => undefined };

function zodProblems(entry: string, error: z.ZodError): ImportProblem[] {
  return error.issues.map((issue) => ({
    entry,
    field: issue.path.length > 0 ? issue.path.join('.') : '(entry)',
    message: issue.message,
  }));
}

type ListName = 'sources' | 'entities' | 'relationships';
/** Names where an entry came from, e.g. `members.json: entities[3]`; the default is its place in the batch. */
export type Locate = (list: ListName, index: number) => string;
const inBatch: Locate = (list, index) => `${list}[${index}]`;

/**
 * A period's problems, its fields prefixed by `at` (e.g. `suspensions.0.`): years in order, exact
 * dates in order, and each exact date in the year given beside it.
 */
function periodProblems(entry: string, p: Period, at = ''): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const push = (field: string, message: string) => problems.push({ entry, field: `${at}${field}`, message });
  if (p.since !== null && p.until !== null && p.until < p.since) push('until', `is before since (${p.since})`);
  if (p.sinceDate !== null && p.since !== null && yearOf(p.sinceDate) !== p.since) {
    push('sinceDate', `is not in since's year (${p.since})`);
  }
  if (p.untilDate !== null && p.until !== null && yearOf(p.untilDate) !== p.until) {
    push('untilDate', `is not in until's year (${p.until})`);
  }
  const start = startDay(p);
  const end = endDay(p);
  if (p.sinceDate !== null && p.untilDate !== null && start !== null && end !== null && end < start) {
    push('untilDate', `is before sinceDate (${p.sinceDate})`);
  }
  return problems;
}

/**
 * Publishers whose texts are not independent of each other count as one for confirmation
 * (docs/evidence-grading.md): NATO's bodies (NATO, SHAPE, its commands and agencies, NATO Review,
 * the NATO-accredited centres of excellence) are one family, "NATO". A copy on another site is
 * named `Host (copy of Original)`, and counts as its original's.
 */
const NATO_FAMILY = [
  /^NATO\b(?! Watch\b)/i,
  /^SHAPE\b/i,
  /^Supreme Headquarters Allied Powers Europe\b/i,
  /^Allied (Forces|Command|Joint Force Command|Maritime Command|Land Command|Air Command)\b/i,
  /\bCOE\b/i,
  /\bCent(re|er) of Excellence\b/i,
];

export function publisherFamily(publisher: string): string {
  const copy = /\(copy of ([^)]+)\)\s*$/i.exec(publisher);
  const original = (copy?.[1] ?? publisher).trim();
  return NATO_FAMILY.some((re) => re.test(original)) ? 'NATO' : original.toLowerCase();
}

/** Credibility 1 ("confirmed") needs sources from two independent publishers (two publisher families). */
function confirmedProblem(
  entry: string,
  r: Pick<Relationship, 'credibility' | 'sources'>,
  source: (id: string) => Pick<Source, 'publisher'> | undefined,
): ImportProblem[] {
  if (r.credibility !== 1) return [];
  const families = new Set(
    r.sources.flatMap((id) => {
      const publisher = source(id)?.publisher ?? null;
      return publisher === null ? [] : [publisherFamily(publisher)];
    }),
  );
  return families.size >= 2
    ? []
    : [
        {
          entry,
          field: 'credibility',
          message:
            '1 (confirmed) needs sources from at least two independent publishers (NATO bodies count as one, NATO)',
        },
      ];
}

/**
 * A suspension starts at a known year or date, not before its relationship starts nor after it
 * ends. Years alone are read generously: a suspension of 2014 may start on any day of 2014.
 */
function suspensionProblems(entry: string, r: Period, c: Period, j: number): ImportProblem[] {
  const at = `suspensions.${j}.`;
  if (c.since === null && c.sinceDate === null) {
    return [{ entry, field: `${at}since`, message: 'is required: a suspension starts at a known year or date' }];
  }
  const field = `${at}${c.sinceDate !== null ? 'sinceDate' : 'since'}`;
  const earliest = startDay(c);
  const latest = endDay({ since: null, sinceDate: null, until: c.since, untilDate: c.sinceDate });
  const starts = startDay(r);
  const ends = endDay(r);
  if (latest !== null && starts !== null && latest < starts) {
    return [{ entry, field, message: `is before the relationship starts (${r.sinceDate ?? r.since})` }];
  }
  if (earliest !== null && ends !== null && earliest > ends) {
    return [{ entry, field, message: `is after the relationship ends (${r.untilDate ?? r.until})` }];
  }
  return [];
}

/**
 * A fact's primary value is the one its best-graded source gives (docs/evidence-grading.md): an
 * alternative may not cite a more reliable source than the primary value does.
 */
function primaryProblems(
  entry: string,
  r: Pick<Relationship, 'sources' | 'alternatives'>,
  source: (id: string) => Pick<Source, 'reliability'> | undefined,
): ImportProblem[] {
  const best = (ids: string[]) => bestReliability(ids.flatMap((id) => source(id)?.reliability ?? []));
  const primary = best(r.sources);
  return r.alternatives.flatMap((a, j) => {
    const other = best(a.sources);
    return RELIABILITIES.indexOf(other) < RELIABILITIES.indexOf(primary)
      ? [
          {
            entry,
            field: `alternatives.${j}.sources`,
            message: `cite a better-graded source (${other}) than the primary value's (${primary}): the primary value is the best-graded source's`,
          },
        ]
      : [];
  });
}

/**
 * Validates a whole batch at once and reports every problem (never the first only): shapes, kinds,
 * id prefixes, duplicate ids, dangling references to entities and sources, allowed endpoints,
 * dates and their order, the evidence rules of docs/evidence-grading.md (a URL on every source that
 * can be graded, a publisher with every URL, two independent publishers for a confirmed fact, the primary value
 * the best-graded source's), suspensions dated within their relationship. References may
 * point into the batch or at what `existing` already holds; a reference to an entry of the batch that
 * failed to parse is not reported again.
 */
export function validateGraphData(
  input: unknown,
  existing: ExistingGraph = NOTHING,
  locate: Locate = inBatch,
): { graph: NormalizedGraph; problems: ImportProblem[] } {
  const label = (list: ListName, index: number, id: unknown) =>
    typeof id === 'string' ? `${locate(list, index)} (${id})` : locate(list, index);
  const problems: ImportProblem[] = [];
  const graph: NormalizedGraph = { sources: [], entities: [], relationships: [] };
  const top = GraphDataSchema.safeParse(input);
  if (!top.success) {
    return { graph, problems: zodProblems('(file)', top.error) };
  }

  // Ids of entries that failed to parse: their problems are reported once, not again at every reference.
  const failedSources = new Set<string>();
  const failedEntities = new Set<string>();
  const failed = (into: Set<string>, id: unknown) => {
    if (typeof id === 'string') into.add(id);
  };

  const sources = new Map<string, Source>();
  (top.data.sources ?? []).forEach((raw, i) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const entry = label('sources', i, rawId);
    const parsed = SourceSchema.safeParse(raw);
    if (!parsed.success) {
      failed(failedSources, rawId);
      return void problems.push(...zodProblems(entry, parsed.error));
    }
    const s = normalizeSource(parsed.data);
    if (sources.has(s.id)) problems.push({ entry, field: 'id', message: `duplicate source id '${s.id}'` });
    if (s.url === null && s.reliability !== 'F') {
      problems.push({ entry, field: 'url', message: 'is required (only a source graded F may lack one)' });
    }
    if (s.url !== null && s.publisher === null) {
      problems.push({ entry, field: 'publisher', message: 'is required with a URL' });
    }
    sources.set(s.id, s);
    graph.sources.push(s);
  });
  const sourceOf = (id: string) => sources.get(id) ?? existing.source(id);
  const checkSources = (entry: string, ids: string[], at = '') => {
    ids.forEach((id, j) => {
      if (!sourceOf(id) && !failedSources.has(id))
        problems.push({ entry, field: `${at}sources.${j}`, message: `unknown source '${id}'` });
    });
  };

  const kinds = new Map<string, Kind>();
  (top.data.entities ?? []).forEach((raw, i) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const entry = label('entities', i, rawId);
    const parsed = EntitySchema.safeParse(raw);
    if (!parsed.success) {
      failed(failedEntities, rawId);
      return void problems.push(...zodProblems(entry, parsed.error));
    }
    const e = normalizeEntity(parsed.data);
    if (!e.id.startsWith(ID_PREFIX[e.kind])) {
      problems.push({ entry, field: 'id', message: `a ${e.kind} id starts with '${ID_PREFIX[e.kind]}'` });
    }
    if (kinds.has(e.id)) problems.push({ entry, field: 'id', message: `duplicate entity id '${e.id}'` });
    problems.push(...periodProblems(entry, e));
    checkSources(entry, e.sources);
    kinds.set(e.id, e.kind);
    graph.entities.push(e);
  });
  const kindOf = (id: string) => kinds.get(id) ?? existing.entityKind(id);

  const relIds = new Set<string>();
  (top.data.relationships ?? []).forEach((raw, i) => {
    const entry = label('relationships', i, (raw as { id?: unknown } | null)?.id);
    const parsed = RelationshipSchema.safeParse(raw);
    if (!parsed.success) return void problems.push(...zodProblems(entry, parsed.error));
    const r = normalizeRelationship(parsed.data);
    const named = label('relationships', i, r.id);
    if (relIds.has(r.id)) problems.push({ entry: named, field: 'id', message: `duplicate relationship id '${r.id}'` });
    relIds.add(r.id);
    const fromKind = kindOf(r.from);
    const toKind = kindOf(r.to);
    if (!fromKind && !failedEntities.has(r.from)) {
      problems.push({ entry: named, field: 'from', message: `unknown entity '${r.from}'` });
    }
    if (!toKind && !failedEntities.has(r.to)) {
      problems.push({ entry: named, field: 'to', message: `unknown entity '${r.to}'` });
    }
    if (fromKind && toKind && !endpointsAllowed(r.type, fromKind, toKind)) {
      problems.push({ entry: named, field: 'type', message: `${r.type} does not link ${fromKind} to ${toKind}` });
    }
    problems.push(...periodProblems(named, r));
    checkSources(named, r.sources);
    // A cited source that failed to parse has its own problems; the grade checks would only guess without it.
    const cited = [r.sources, ...r.alternatives.map((a) => a.sources)].flat();
    if (!cited.some((id) => failedSources.has(id))) {
      problems.push(...confirmedProblem(named, r, sourceOf));
      problems.push(...primaryProblems(named, r, sourceOf));
    }
    r.suspensions.forEach((c, j) => problems.push(...suspensionProblems(named, r, c, j)));
    for (const list of ['suspensions', 'alternatives'] as const) {
      r[list].forEach((c, j) => {
        problems.push(...periodProblems(named, c, `${list}.${j}.`));
        checkSources(named, c.sources, `${list}.${j}.`);
      });
    }
    graph.relationships.push(r);
  });

  return { graph, problems };
}

export function describeProblem(p: ImportProblem): string {
  return `${p.entry} field '${p.field}': ${p.message}`;
}
