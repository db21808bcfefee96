import { bestReliability, gradeOf } from '../../domain/evidence.js';
import type {
  AlternativeInput,
  GraphData,
  Reliability,
  RelationshipInput,
  SourceInput,
  Status,
  SuspensionInput,
} from '../../domain/model.js';
import { CLAIM_SEPARATOR, claimText, TITLE_SEPARATOR } from '../../domain/export-text.js';
import { statusAt, yearOf, type When } from '../../domain/valid-at.js';

/**
 * What GraphML and CSV show beside a relationship's data/ fields, derived as the API derives it
 * (docs/evidence-grading.md): its best cited source's reliability, its grade, its status at the
 * time the export asked about, whether it is disputed, and its suspensions and alternative claims
 * in words. The JSON export carries none of these (it is the data/ format).
 */
export interface DerivedFacts {
  reliability: Reliability;
  grade: string;
  status: Status;
  disputed: boolean;
  /** E.g. `from 2014-04-01: practical cooperation suspended [NATO: Relations with Russia]`; claims joined by ` | `. */
  suspensions: string;
  alternatives: string;
}

export class SourceIndex {
  private readonly byId: Map<string, SourceInput>;

  constructor(sources: readonly SourceInput[]) {
    this.byId = new Map(sources.map((s) => [s.id, s]));
  }

  /** The sources' titles, the id standing in for one the export does not hold. */
  titles(ids: readonly string[]): string {
    return this.titlesOf(ids).join(TITLE_SEPARATOR);
  }

  private titlesOf(ids: readonly string[]): string[] {
    return ids.map((id) => this.byId.get(id)?.title ?? id);
  }

  /** The sources' URLs (those that have one). */
  urls(ids: readonly string[]): string {
    return ids.flatMap((id) => this.byId.get(id)?.url ?? []).join(TITLE_SEPARATOR);
  }

  reliability(ids: readonly string[]): Reliability {
    return bestReliability(ids.flatMap((id) => this.byId.get(id)?.reliability ?? []));
  }

  /** One claim in words: its period, its note, and the titles of the sources that make it. */
  claim(c: SuspensionInput | AlternativeInput): string {
    return claimText(c, this.titlesOf(c.sources));
  }
}

export function derivedFacts(r: RelationshipInput, sources: SourceIndex, when: When): DerivedFacts {
  // Years default to their dates' years, as normalizeRelationship does for what the stores hold.
  const suspensions = (r.suspensions ?? []).map((s) => ({
    since: s.since ?? (s.sinceDate ? yearOf(s.sinceDate) : null),
    until: s.until ?? (s.untilDate ? yearOf(s.untilDate) : null),
    sinceDate: s.sinceDate ?? null,
    untilDate: s.untilDate ?? null,
  }));
  const alternatives = r.alternatives ?? [];
  const reliability = sources.reliability(r.sources);
  return {
    reliability,
    grade: gradeOf({ reliability, credibility: r.credibility }),
    status: statusAt({ suspensions }, when),
    disputed: alternatives.length > 0,
    suspensions: (r.suspensions ?? []).map((s) => sources.claim(s)).join(CLAIM_SEPARATOR),
    alternatives: alternatives.map((a) => sources.claim(a)).join(CLAIM_SEPARATOR),
  };
}

/** The index of a graph's sources, for the renderers. */
export const sourceIndex = (graph: GraphData): SourceIndex => new SourceIndex(graph.sources);
