import { RELIABILITIES, type Confidence, type Credibility, type Reliability } from './model.js';

/**
 * Graded evidence, the Admiralty code of STANAG 2511 / AJP-2.1 (docs/evidence-grading.md): a
 * source's reliability A–F, a fact's credibility 1–6, and a fact's grade, the best reliability
 * among its sources followed by its credibility ("B2").
 */

/** The best (earliest letter) reliability among `reliabilities`; F when there are none. */
export function bestReliability(reliabilities: Iterable<Reliability>): Reliability {
  let best = RELIABILITIES.length - 1;
  for (const r of reliabilities) best = Math.min(best, RELIABILITIES.indexOf(r));
  return RELIABILITIES[best]!;
}

export function gradeOf(fact: { reliability: Reliability; credibility: Credibility }): string {
  return `${fact.reliability}${fact.credibility}`;
}

/**
 * The coarse view the v1 API called confidence: high for a usually reliable source and a probably
 * true fact (A–B with 1–2), low for an unreliable or ungradable source or a doubtful fact (E–F, or
 * 4–6), medium otherwise.
 */
export function confidenceOf(fact: { reliability: Reliability; credibility: Credibility }): Confidence {
  const r = RELIABILITIES.indexOf(fact.reliability);
  if (r >= 4 || fact.credibility >= 4) return 'low';
  if (r <= 1 && fact.credibility <= 2) return 'high';
  return 'medium';
}

/** What a read may leave out by its evidence: facts below a reliability or above a credibility. */
export interface EvidenceFilter {
  /** Keep facts whose best source is at least this reliable (A is best). */
  minReliability: Reliability | null;
  /** Keep facts at least this credible (1 is best). */
  maxCredibility: Credibility | null;
}

export const ANY_EVIDENCE: EvidenceFilter = { minReliability: null, maxCredibility: null };

export function passesEvidence(
  fact: { reliability: Reliability; credibility: Credibility },
  filter: EvidenceFilter,
): boolean {
  return (
    (filter.minReliability === null ||
      RELIABILITIES.indexOf(fact.reliability) <= RELIABILITIES.indexOf(filter.minReliability)) &&
    (filter.maxCredibility === null || fact.credibility <= filter.maxCredibility)
  );
}

/**
 * The weakest grade along a path: its least reliable link's reliability and its least credible
 * link's credibility (a bound: no link of the path is graded better on either scale). Null for no links.
 */
export function weakestGrade(facts: readonly { reliability: Reliability; credibility: Credibility }[]): string | null {
  if (facts.length === 0) return null;
  const worstReliability = RELIABILITIES[Math.max(...facts.map((f) => RELIABILITIES.indexOf(f.reliability)))]!;
  const worstCredibility = Math.max(...facts.map((f) => f.credibility)) as Credibility;
  return gradeOf({ reliability: worstReliability, credibility: worstCredibility });
}
