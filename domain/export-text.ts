/**
 * The words and fields every export writes, the server's (server/http) and the explorer's
 * (client/src/model/exporters.ts) alike, so a fact reads the same in both.
 */

/** Between claims of one relationship in `suspensions` and `alternatives`. */
export const CLAIM_SEPARATOR = ' | ';
/** Between source titles (and URLs) of one entity or relationship. */
export const TITLE_SEPARATOR = '; ';

type Period = { since?: number | null; until?: number | null; sinceDate?: string | null; untilDate?: string | null };

/** `2004-03-29 to 2010`, `from 2014-04-01`, `until 2005`, or `undated`. */
export function periodText(p: Period): string {
  const start = p.sinceDate ?? (p.since == null ? null : String(p.since));
  const end = p.untilDate ?? (p.until == null ? null : String(p.until));
  if (start !== null && end !== null) return start === end ? start : `${start} to ${end}`;
  if (start !== null) return `from ${start}`;
  if (end !== null) return `until ${end}`;
  return 'undated';
}

/** One claim (a suspension or an alternative) in words: its period, its note, its sources' titles. */
export function claimText(claim: Period & { note?: string | null }, titles: readonly string[]): string {
  const note = claim.note ? `: ${claim.note}` : '';
  return `${periodText(claim)}${note} [${titles.join(TITLE_SEPARATOR)}]`;
}

/**
 * Text a spreadsheet would read as a formula (OWASP's CSV injection: `=`, `+`, `-`, `@`, tab, CR)
 * or that already starts with an apostrophe: written with one more apostrophe in front, so a
 * spreadsheet shows it as text and a reader gets the value back by removing the one leading
 * apostrophe of any cell that has one (docs/security.md).
 */
const NEEDS_APOSTROPHE = /^[=+\-@\t\r']/;

/**
 * RFC 4180: a field with a comma, quote, CR or LF is quoted, and its quotes doubled. Text that
 * could run as a formula gets a leading apostrophe first; numbers and booleans never need one.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' && NEEDS_APOSTROPHE.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
