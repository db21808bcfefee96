import type {
  ChangeKind,
  ChangesQuery,
  ChangesQueryVariables,
  RelationshipFieldsFragment as Rel,
} from '../api/__generated__/operations.js';
import type { ChangeSort, TimePoint, ViewStore } from '../state.js';
import { formatDate, holdsAt, isCalendarDay, statusAt, type When } from './time.js';
import { FIRST_YEAR, KIND_STYLE, RELATION_STYLE } from './vocabulary.js';

/*
 * Compare-times mode: two times (a year or a day each), the window the server's `changes` is asked
 * about, how each relationship on the canvas changed between them, the changelog's rows and their
 * order (all pure), and the toggle that turns the mode on or off in a view store.
 */

/** How the canvas draws a relationship when two times are compared. */
export type ChangeClass = 'began' | 'ended' | 'suspended' | 'resumed' | 'unchanged';
export const CHANGE_CLASSES: readonly ChangeClass[] = ['began', 'ended', 'suspended', 'resumed', 'unchanged'];

const YEAR = /^\d{4}$/;

export function isTimePoint(text: string): boolean {
  return (YEAR.test(text) && Number(text) >= 1900 && Number(text) <= 2100) || isCalendarDay(text);
}

/** The first and last day a time point covers (a year: 1 January to 31 December). */
export function firstDay(t: TimePoint): string {
  return YEAR.test(t) ? `${t}-01-01` : t;
}
export function lastDay(t: TimePoint): string {
  return YEAR.test(t) ? `${t}-12-31` : t;
}

/** Whether `a` starts after `b` ends (a window from `a` to `b` would run backwards). */
export function pointAfter(a: TimePoint, b: TimePoint): boolean {
  return firstDay(a) > lastDay(b);
}

/** The time rule's question for one point: held at some time in the year, or on the day. */
export function whenOfPoint(t: TimePoint): When {
  return YEAR.test(t) ? { asOf: Number(t), at: null } : { asOf: null, at: t };
}

/** "2014" or "29 March 2004". */
export function pointLabel(t: TimePoint): string {
  return YEAR.test(t) ? t : formatDate(t);
}

/** The window's arguments of `changes`: years when both ends are years, else days. */
export function windowArgs(
  from: TimePoint,
  to: TimePoint,
): Pick<ChangesQueryVariables, 'from' | 'to' | 'fromDate' | 'toDate'> {
  if (YEAR.test(from) && YEAR.test(to)) return { from: Number(from), to: Number(to), fromDate: null, toDate: null };
  return { from: null, to: null, fromDate: firstDay(from), toDate: lastDay(to) };
}

export type ChangeReport = ChangesQuery['changes'];
export type RelationshipChange = ChangeReport['relationships'][number];

/**
 * What the server says happened to each relationship in the window: ended wins (it holds no more
 * at the end), then began, then the last suspension or resumption.
 */
export function reportedClasses(report: ChangeReport): Map<string, ChangeClass> {
  const byId = new Map<string, ChangeKind[]>();
  for (const c of report.relationships) {
    const list = byId.get(c.relationship.id) ?? [];
    list.push(c.change);
    byId.set(c.relationship.id, list);
  }
  const out = new Map<string, ChangeClass>();
  for (const [id, kinds] of byId) {
    if (kinds.includes('ENDED')) out.set(id, 'ended');
    else if (kinds.includes('BEGAN')) out.set(id, 'began');
    else out.set(id, kinds[kinds.length - 1] === 'RESUMED' ? 'resumed' : 'suspended');
  }
  return out;
}

/**
 * A relationship the report does not list (it was cut at its limit, or lies outside the focus's
 * neighbourhood), judged by the time rule at both ends; null when it holds at neither.
 */
export function classifyAt(rel: Rel, from: When, to: When): ChangeClass | null {
  const before = holdsAt(rel, from);
  const after = holdsAt(rel, to);
  if (!before && !after) return null;
  if (!before) return 'began';
  if (!after) return 'ended';
  const [s0, s1] = [statusAt(rel, from), statusAt(rel, to)];
  if (s0 === 'ACTIVE' && s1 === 'SUSPENDED') return 'suspended';
  if (s0 === 'SUSPENDED' && s1 === 'ACTIVE') return 'resumed';
  return 'unchanged';
}

/** One row of the changelog: a relationship's or an entity's change, with what it cites. */
export interface ChangeRow {
  /** Unique per row (a relationship can change more than once in a window). */
  key: string;
  /** The relationship or entity id (selected when the row is picked). */
  id: string;
  change: ChangeKind;
  /** The exact date where known, else the year (sorts as text). */
  when: string;
  /** "Finland member of NATO" or "Battlegroup Slovakia (activity)" */
  fact: string;
  grade: string;
  sources: { title: string; url: string | null; publisher: string | null }[];
}

const CHANGE_ORDER: Record<ChangeKind, number> = { BEGAN: 0, SUSPENDED: 1, RESUMED: 2, ENDED: 3 };

/** Rows in the server's order (day, id, change), relationships and entities merged by date. */
export function changeRows(report: ChangeReport): ChangeRow[] {
  const rels: ChangeRow[] = report.relationships.map((c, i) => {
    const r = c.relationship;
    const suspensionSources = c.suspension?.sources ?? [];
    return {
      key: `r${i}`,
      id: r.id,
      change: c.change,
      when: c.date ?? String(c.year),
      fact: `${r.from.name} ${RELATION_STYLE[r.type].verb} ${r.to.name}${r.role ? ` (${r.role})` : ''}`,
      grade: r.grade,
      // A suspension's own sources say when it started or ended; the relationship's say it exists.
      sources: [...suspensionSources, ...r.sources.filter((s) => !suspensionSources.some((x) => x.url === s.url))],
    };
  });
  const entities: ChangeRow[] = report.entities.map((c, i) => ({
    key: `e${i}`,
    id: c.entity.id,
    change: c.change,
    when: c.date ?? String(c.year),
    fact: `${c.entity.name} (${KIND_STYLE[c.entity.kind].label.toLowerCase()})`,
    grade: '',
    sources: c.entity.sources,
  }));
  return sortRows([...rels, ...entities], { key: 'date', desc: false });
}

/** The changelog in the order its header asks; ties keep date order. Pure (returns a copy). */
export function sortRows(rows: readonly ChangeRow[], sort: ChangeSort): ChangeRow[] {
  const byDate = (a: ChangeRow, b: ChangeRow) =>
    a.when.localeCompare(b.when) || CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] || a.fact.localeCompare(b.fact);
  const primary: Record<ChangeSort['key'], (a: ChangeRow, b: ChangeRow) => number> = {
    date: byDate,
    change: (a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change],
    fact: (a, b) => a.fact.localeCompare(b.fact),
    // Best grade first: A before F, then 1 before 6; entity rows (no grade) last.
    grade: (a, b) => (a.grade || 'Z9').localeCompare(b.grade || 'Z9'),
  };
  const sign = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => sign * primary[sort.key](a, b) || byDate(a, b));
}

/** Turns compare-times mode on (the ten years up to the view's year) or off. */
export function toggleCompareTimes(store: ViewStore, now = new Date().getFullYear()): void {
  const view = store.get();
  if (view.compareTimes) return store.set({ compareTimes: null, changeStep: null });
  const to = view.day ?? String(view.year ?? now);
  const from = String(Math.max(FIRST_YEAR, Number(to.slice(0, 4)) - 10));
  store.set({ compareTimes: { from, to }, changeStep: null });
}
