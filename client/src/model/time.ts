import { holdsAt, isCalendarDay, statusAt, type When } from '../../../domain/valid-at.js';
import type { ViewState } from '../state.js';

// The time rule and status the stores apply (domain/valid-at.ts), so the canvas filters as the server does.
export { holdsAt, isCalendarDay, statusAt, type When };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "29 March 2004" for 2004-03-29, "March 2004" for 2004-03; anything else as given. Pure. */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return date;
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

interface Dated {
  since: number | null;
  until: number | null;
  sinceDate?: string | null;
  untilDate?: string | null;
}

/** A period's start and end as the most exact thing known: a date where given, else a year. */
function ends(p: Dated): [string | null, string | null] {
  const start = p.sinceDate ? formatDate(p.sinceDate) : p.since === null ? null : String(p.since);
  const end = p.untilDate ? formatDate(p.untilDate) : p.until === null ? null : String(p.until);
  return [start, end];
}

/** "29 March 2004–", "1994–2019", "until 1991", "2004", "": exact dates where known, years otherwise. */
export function periodLabel(p: Dated): string {
  const [start, end] = ends(p);
  if (start === null && end === null) return '';
  if (end === null) return `${start}–`;
  if (start === null) return `until ${end}`;
  return start === end ? start : `${start}–${end}`;
}

/** "suspended since 1 April 2014", "suspended 2008–2009" (a suspension in words). */
export function suspensionLabel(s: Dated): string {
  const [start, end] = ends(s);
  if (start === null && end === null) return 'suspended';
  if (end === null) return `suspended since ${start}`;
  if (start === null) return `suspended until ${end}`;
  return start === end ? `suspended in ${start}` : `suspended ${start}–${end}`;
}

/** The time a view asks about: its day when one is picked, else its year, else none. */
export function whenOf(view: Pick<ViewState, 'year' | 'day'>): When {
  return view.day !== null ? { asOf: null, at: view.day } : { asOf: view.year, at: null };
}

/** " on 29 March 2004", " in 2004", or "" (for sentences: "not valid in 2004"). */
export function timePhrase(view: Pick<ViewState, 'year' | 'day'>): string {
  if (view.day !== null) return ` on ${formatDate(view.day)}`;
  return view.year !== null ? ` in ${view.year}` : '';
}

/** " as of 29 March 2004", " as of 2004" or "" (captions). */
export function asOfPhrase(view: Pick<ViewState, 'year' | 'day'>): string {
  if (view.day !== null) return ` as of ${formatDate(view.day)}`;
  return view.year !== null ? ` as of ${view.year}` : '';
}

/** The time arguments of a read: `at` for a day, `asOf` for a year, never both. */
export function timeArgs(view: Pick<ViewState, 'year' | 'day'>): { asOf: number | null; at: string | null } {
  const w = whenOf(view);
  return { asOf: w.asOf, at: w.at };
}
