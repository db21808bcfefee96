import type { Period, Status } from './model.js';

/**
 * The time rule (docs/store-semantics.md). A read asks about a year (`asOf`: "held at some time in
 * that year") or a day (`at`, `YYYY-MM-DD`: "held on that day"), never both; without either every
 * fact holds.
 */
export interface When {
  asOf: number | null;
  at: string | null;
}

export const ALWAYS: When = { asOf: null, at: null };

/** A fact holds in year Y when `since` is empty or `since <= Y`, and `until` is empty or `Y <= until`. */
export function validAt(
  fact: { since: number | null; until: number | null },
  asOf: number | null | undefined,
): boolean {
  if (asOf == null) return true;
  return (fact.since == null || fact.since <= asOf) && (fact.until == null || asOf <= fact.until);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** True for a real calendar day `YYYY-MM-DD` (2023-02-29 is not one). */
export function isCalendarDay(text: string): boolean {
  const m = DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** True for `YYYY-MM-DD` (a calendar day) or `YYYY-MM`. */
export function isPartialDate(text: string): boolean {
  const m = MONTH.exec(text);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return isCalendarDay(text);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The year a `YYYY[-MM[-DD]]` date falls in. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * The first day a fact may hold on: its exact start (a month's first day), else the first day of
 * its `since` year; null when it has no start.
 */
export function startDay(fact: Period): string | null {
  if (fact.sinceDate !== null) return fact.sinceDate.length === 7 ? `${fact.sinceDate}-01` : fact.sinceDate;
  return fact.since === null ? null : `${String(fact.since).padStart(4, '0')}-01-01`;
}

/** The last day it may hold on: its exact end (a month's last day), else the last day of its `until` year. */
export function endDay(fact: Period): string | null {
  if (fact.untilDate !== null) {
    if (fact.untilDate.length === 10) return fact.untilDate;
    const [y, m] = fact.untilDate.split('-').map(Number) as [number, number];
    return `${fact.untilDate}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  }
  return fact.until === null ? null : `${String(fact.until).padStart(4, '0')}-12-31`;
}

/**
 * A fact holds on day `at` when it started on or before it and ended on or after it, by exact dates
 * where known and by years otherwise (a fact known only to start in 2004 holds on every day of 2004).
 */
export function validOn(fact: Period, at: string | null | undefined): boolean {
  if (at == null) return true;
  const start = startDay(fact);
  const end = endDay(fact);
  return (start === null || start <= at) && (end === null || at <= end);
}

/** The time rule for a read's `When`. */
export function holdsAt(fact: Period, when: When): boolean {
  return when.at !== null ? validOn(fact, when.at) : validAt(fact, when.asOf);
}

/**
 * A relationship's status at the time asked: SUSPENDED when one of its suspensions holds then;
 * without a time, when a suspension is still open (no end).
 */
export function statusAt(relationship: { suspensions: readonly Period[] }, when: When): Status {
  const timed = when.at !== null || when.asOf !== null;
  const suspended = relationship.suspensions.some((s) =>
    timed ? holdsAt(s, when) : s.until === null && s.untilDate === null,
  );
  return suspended ? 'SUSPENDED' : 'ACTIVE';
}
