import { bestReliability, passesEvidence } from '../../domain/evidence.js';
import type { Relationship, RelationshipView, Reliability, Source } from '../../domain/model.js';
import { holdsAt, statusAt, type When } from '../../domain/valid-at.js';
import type { EvidenceArgs } from './arguments.js';

/**
 * Which relationships a read may use, the same in both stores (docs/store-semantics.md): those that
 * hold at the time asked, pass the evidence filter, and, unless suspended facts are included, are
 * not suspended then. (Both endpoints must hold too; the stores check that beside this.)
 */
export function relationshipUsable(r: RelationshipView, when: When, evidence: EvidenceArgs): boolean {
  return (
    holdsAt(r, when) && passesEvidence(r, evidence) && (evidence.includeSuspended || statusAt(r, when) === 'ACTIVE')
  );
}

/** A relationship's reliability: the best among the sources it cites (F when none is known). */
export function reliabilityOf(
  r: Pick<Relationship, 'sources'>,
  source: (id: string) => Pick<Source, 'reliability'> | undefined,
): Reliability {
  return bestReliability(r.sources.flatMap((id) => source(id)?.reliability ?? []));
}

/** A relationship as a read returns it at `when`. */
export function viewAt(r: Relationship & { reliability: Reliability }, when: When): RelationshipView {
  return { ...r, status: statusAt(r, when) };
}
