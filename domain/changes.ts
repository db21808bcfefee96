import type { Period, Suspension } from './model.js';
import { endDay, startDay, yearOf } from './valid-at.js';

/**
 * How a fact changed within a window of time (`changes`, docs/store-semantics.md): it began or
 * ended, or a suspension of it began (SUSPENDED) or ended (RESUMED). A change is dated by the day
 * the time rule gives it (domain/valid-at.ts `startDay`/`endDay`: the exact date where known, else
 * the first or last day of its year) and counts when that day falls within the window.
 */
export const CHANGE_KINDS = ['BEGAN', 'SUSPENDED', 'RESUMED', 'ENDED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A window of days, `first` to `last` (YYYY-MM-DD), both included. */
export interface Window {
  first: string;
  last: string;
}

/** The years `from` to `to`: 1 January of the one to 31 December of the other. */
export function yearsWindow(from: number, to: number): Window {
  return { first: `${String(from).padStart(4, '0')}-01-01`, last: `${String(to).padStart(4, '0')}-12-31` };
}

/** One change: what happened, the year and exact date (where known) it happened, the day it counts on. */
export interface DatedChange {
  change: ChangeKind;
  year: number;
  /** YYYY-MM-DD or YYYY-MM as the source gives it; null when only the year is known. */
  date: string | null;
  /** The day the time rule dates it by (YYYY-MM-DD), for the window and the order. */
  day: string;
}

const within = (day: string | null, w: Window): day is string => day !== null && w.first <= day && day <= w.last;

/** A period's start (BEGAN or `started`) and end (ENDED or `ended`) within the window. */
function periodChanges(p: Period, w: Window, started: ChangeKind, ended: ChangeKind): DatedChange[] {
  const changes: DatedChange[] = [];
  const first = startDay(p);
  if (within(first, w))
    changes.push({ change: started, year: p.since ?? yearOf(first), date: p.sinceDate, day: first });
  const last = endDay(p);
  if (within(last, w)) changes.push({ change: ended, year: p.until ?? yearOf(last), date: p.untilDate, day: last });
  return changes;
}

/** An entity's changes within the window: it began, it ended. */
export function entityChanges(entity: Period, w: Window): DatedChange[] {
  return periodChanges(entity, w, 'BEGAN', 'ENDED');
}

/** A relationship's changes within the window, each suspension's with the suspension. */
export function relationshipChanges(
  relationship: Period & { suspensions: readonly Suspension[] },
  w: Window,
): (DatedChange & { suspension: Suspension | null })[] {
  return [
    ...periodChanges(relationship, w, 'BEGAN', 'ENDED').map((c) => ({ ...c, suspension: null })),
    ...relationship.suspensions.flatMap((s) =>
      periodChanges(s, w, 'SUSPENDED', 'RESUMED').map((c) => ({ ...c, suspension: s })),
    ),
  ];
}

/** Whether a period holds at some time within the window (the time rule, for a span of days). */
export function overlaps(p: Period, w: Window): boolean {
  const first = startDay(p);
  const last = endDay(p);
  return (first === null || first <= w.last) && (last === null || w.first <= last);
}
