import type { Reliability } from '../api/__generated__/operations.js';
import { evidenceArgs, evidenceKey, expansionKey, type Expansion, type ViewState } from '../state.js';
import { timeArgs } from './time.js';

/**
 * What the server filters, and so what a fetched neighbourhood depends on. The evidence filter
 * (minReliability, maxCredibility, includeSuspended) is always the server's. A neighbourhood is
 * fetched for all time and the canvas applies the year or day itself (the slider plays without a
 * round trip), except when suspended links are left out: whether a link is suspended depends on
 * the time asked, so then the server is given the time too. Pure.
 */
export interface NeighbourhoodFilterArgs {
  asOf: number | null;
  at: string | null;
  includeSuspended: boolean;
  minReliability: Reliability | null;
  maxCredibility: number | null;
}

export function neighbourhoodArgs(view: Pick<ViewState, 'filters' | 'year' | 'day'>): NeighbourhoodFilterArgs {
  const time = view.filters.includeSuspended ? { asOf: null, at: null } : timeArgs(view);
  return { ...time, ...evidenceArgs(view.filters) };
}

/** The cache key of an expansion's neighbourhood under the view's server filters. */
export function partKey(e: Expansion, view: Pick<ViewState, 'filters' | 'year' | 'day'>): string {
  const a = neighbourhoodArgs(view);
  return `${expansionKey(e)}#${evidenceKey(view.filters)}@${a.at ?? a.asOf ?? ''}`;
}

/** Whether a view change alters what the server returns for neighbourhoods. */
export function sameServerFilters(
  a: Pick<ViewState, 'filters' | 'year' | 'day'>,
  b: Pick<ViewState, 'filters' | 'year' | 'day'>,
): boolean {
  return JSON.stringify(neighbourhoodArgs(a)) === JSON.stringify(neighbourhoodArgs(b));
}
