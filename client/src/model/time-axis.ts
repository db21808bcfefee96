import type { ViewState } from '../state.js';

/*
 * Time on a horizontal axis, pure: a fact's span in fractional years (exact dates where known),
 * its suspensions, and the mapping between years and pixels. Shared by the timeline under the
 * canvas and the aligned timelines of the side-by-side profile; and whose relationships the
 * timeline shows.
 */

interface Dated {
  since: number | null;
  until: number | null;
  sinceDate?: string | null;
  untilDate?: string | null;
}

/** A point in time as a fractional year: 2023-04-04 → 2023.26; a bare year → its start (or end). */
export function yearValue(date: string | null | undefined, year: number | null, atEnd = false): number | null {
  const m = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date) : null;
  if (m) {
    const month = m[2] ? Number(m[2]) - 1 : atEnd ? 11 : 0;
    const day = m[3] ? Number(m[3]) - 1 : atEnd && !m[3] ? 30 : 0;
    return Number(m[1]) + (month * 30.44 + day + (atEnd ? 1 : 0)) / 365.25;
  }
  return year === null ? null : year + (atEnd ? 1 : 0);
}

export interface Span {
  start: number;
  end: number;
  /** No start is known: drawn from the axis's start. */
  openStart: boolean;
  /** Still holds: drawn to the axis's end. */
  openEnd: boolean;
}

/** Where a fact lies on an axis from `min` to `max` (fractional years). */
export function spanOf(p: Dated, min: number, max: number): Span {
  const s = yearValue(p.sinceDate, p.since);
  const e = yearValue(p.untilDate, p.until, true);
  return {
    start: Math.max(min, Math.min(max, s ?? min)),
    end: Math.max(min, Math.min(max, e ?? max)),
    openStart: s === null,
    openEnd: e === null,
  };
}

export interface Axis {
  min: number;
  max: number;
  /** Pixels where `min` and `max` fall. */
  x0: number;
  x1: number;
}

export function toX(axis: Axis, year: number): number {
  return axis.x0 + ((year - axis.min) / (axis.max - axis.min)) * (axis.x1 - axis.x0);
}

/** The whole year under a pixel, within the axis. */
export function yearAt(axis: Axis, x: number): number {
  const y = axis.min + ((x - axis.x0) / (axis.x1 - axis.x0)) * (axis.max - axis.min);
  return Math.max(Math.ceil(axis.min), Math.min(Math.floor(axis.max) - 1, Math.floor(y)));
}

/** Years to label: every 5 or 10 years, so labels never crowd (about 70 px apart at least). */
export function ticks(axis: Axis): number[] {
  const perYear = (axis.x1 - axis.x0) / (axis.max - axis.min);
  const step = perYear * 5 >= 70 ? 5 : perYear * 10 >= 70 ? 10 : 20;
  const out: number[] = [];
  for (let y = Math.ceil(axis.min / step) * step; y <= axis.max; y += step) out.push(y);
  return out;
}

/** The range of years a set of facts needs (from the earliest start known, at most from `floor`), to the end of `now`. */
export function yearRange(facts: readonly Dated[], floor: number, now: number): { min: number; max: number } {
  const starts = facts.map((f) => yearValue(f.sinceDate, f.since)).filter((v): v is number => v !== null);
  const min = Math.max(floor, Math.floor(Math.min(now - 10, ...starts)));
  return { min, max: now + 1 };
}

/** Whose relationships the timeline shows: the selected entity (both ends of a selected link), else the focus. */
export function timelineEntities(
  view: Pick<ViewState, 'selected' | 'focus'>,
  isEntity: (id: string) => boolean,
): string[] {
  const s = view.selected;
  if (s && isEntity(s)) return [s];
  if (s) {
    const [from, , to] = s.split('/');
    const ends = [from, to].filter((x): x is string => !!x && isEntity(x));
    if (ends.length) return [...new Set(ends)];
  }
  return view.focus ? [view.focus] : [];
}
