import type { Integer } from 'neo4j-driver';
import type { When } from '../../../domain/valid-at.js';
import type { EvidenceArgs } from '../arguments.js';
import { toInt } from './to-domain.js';

/**
 * The time a read asks about as the days the queries compare with `startDay`/`endDay`: a year is
 * its 1 January to 31 December (held at some time in it: domain/valid-at.ts validAt, since a
 * fact's start and end days fall in its since and until years), a day is itself twice (validOn).
 * Null: all time.
 */
export function timeParams(when: When): { lo: string | null; hi: string | null } {
  if (when.at !== null) return { lo: when.at, hi: when.at };
  if (when.asOf !== null) {
    const y = String(when.asOf).padStart(4, '0');
    return { lo: `${y}-01-01`, hi: `${y}-12-31` };
  }
  return { lo: null, hi: null };
}

/** The evidence filter as query parameters (fact-visibility.ts relationshipUsable). */
export function evidenceParams(e: EvidenceArgs): {
  minReliability: string | null;
  maxCredibility: Integer | null;
  includeSuspended: boolean;
} {
  return {
    minReliability: e.minReliability,
    maxCredibility: toInt(e.maxCredibility),
    includeSuspended: e.includeSuspended,
  };
}

/** A read's time and evidence parameters together. */
export function filterParams(
  when: When,
  e: EvidenceArgs,
): ReturnType<typeof timeParams> & ReturnType<typeof evidenceParams> {
  return { ...timeParams(when), ...evidenceParams(e) };
}
