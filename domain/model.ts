/**
 * The graph's vocabulary, shared by the server, the explorer, the tools and the benchmark: kinds,
 * relation types, and the shapes of sources, entities, relationships and the data-file format.
 * `domain/` imports nothing of the project (docs/architecture.md).
 */
export const KINDS = [
  'STATE',
  'ORGANIZATION',
  'FRAMEWORK',
  'MECHANISM',
  'ACTIVITY',
  'INSTITUTION',
  'THREAT',
  'REGION',
  'EVENT',
  'DOCUMENT',
  'COMMAND',
] as const;
export type Kind = (typeof KINDS)[number];

export const RELATION_TYPES = [
  'MEMBER_OF',
  'PARTNER_IN',
  'INVITED_TO',
  'HOSTS',
  'LEADS',
  'CONTRIBUTES_TO',
  'PARTICIPATES_IN',
  'PART_OF',
  'USES',
  'ADDRESSES',
  'FOCUSES_ON',
  'LOCATED_IN',
  'SUCCEEDS',
  'ATTENDS',
  'DECIDED_AT',
  'PARTY_TO',
  'SPONSORS',
  'COMMANDS',
  'COOPERATES_WITH',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** A coarse view of a fact's grade, kept for readers of the v1 API (docs/evidence-grading.md). */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Admiralty code (STANAG 2511): how reliable a source is, A (completely reliable) to F (cannot be judged). */
export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITIES)[number];

/** Admiralty code: how credible a fact is, 1 (confirmed by other sources) to 6 (cannot be judged). */
export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITIES)[number];

/** Whether a relationship holds or is suspended at the time a read asks about. */
export const STATUSES = ['ACTIVE', 'SUSPENDED'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * When something held: years (inclusive) and, where a source gives them, exact dates
 * (`YYYY-MM-DD` or `YYYY-MM`) that agree with the years. Null: unknown, or still holding.
 */
export interface Period {
  since: number | null;
  until: number | null;
  sinceDate: string | null;
  untilDate: string | null;
}

/** A source document. Not an explorable entity: never in neighbourhoods or paths. */
export interface Source {
  id: string;
  title: string;
  /** Required for every source except those that cannot be graded (reliability F, e.g. the AI-written seed overview). */
  url: string | null;
  /** Required with a URL. */
  publisher: string | null;
  /** As the source gives it (ISO date or year); null when it gives none. */
  date: string | null;
  reliability: Reliability;
}

export interface Entity extends Period {
  id: string;
  kind: Kind;
  name: string;
  aliases: string[];
  summary: string | null;
  sources: string[];
  /** Starts at 1 and grows by one with every write; a write may pass the version it read. */
  version: number;
}

/** A time when a relationship still existed but was suspended (Russia's partnership since 2014). */
export interface Suspension extends Period {
  note: string | null;
  sources: string[];
}

/** What another source says about a fact's dates, where sources disagree. */
export interface Alternative extends Period {
  note: string | null;
  sources: string[];
}

export interface Relationship extends Period {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  credibility: Credibility;
  sources: string[];
  role: string | null;
  note: string | null;
  suspensions: Suspension[];
  alternatives: Alternative[];
  version: number;
}

/** A relationship as a read returns it: with its best source's reliability and its status at the time asked. */
export interface RelationshipView extends Relationship {
  /** The best reliability among the sources it cites (A is best). */
  reliability: Reliability;
  /** At the time the read asked about; without a time, SUSPENDED while an open-ended suspension lasts. */
  status: Status;
}

type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

/** What callers send to create or replace an entity (the version is the store's). */
export type EntityInput = Optional<
  Omit<Entity, 'version'>,
  'aliases' | 'summary' | 'since' | 'until' | 'sinceDate' | 'untilDate'
>;

export type SuspensionInput = Optional<Suspension, 'since' | 'until' | 'sinceDate' | 'untilDate' | 'note'>;
export type AlternativeInput = Optional<Alternative, 'since' | 'until' | 'sinceDate' | 'untilDate' | 'note'>;

/** What callers send to create or replace a relationship; `id` defaults to `from/TYPE/to/since`. */
export type RelationshipInput = Optional<
  Omit<Relationship, 'version' | 'suspensions' | 'alternatives'>,
  'id' | 'since' | 'until' | 'sinceDate' | 'untilDate' | 'role' | 'note'
> & { suspensions?: SuspensionInput[]; alternatives?: AlternativeInput[] };

export type SourceInput = Optional<Source, 'url' | 'publisher' | 'date'>;

/** The `data/` file format; also what `importGraph` takes and `exportGraph` returns. */
export interface GraphData {
  sources: SourceInput[];
  entities: EntityInput[];
  relationships: RelationshipInput[];
}

export interface ImportProblem {
  /** Where: `entities[3]`, `relationships[12]`, `sources[0]`. */
  entry: string;
  /** The offending field, e.g. `kind`, `to`, `sources`. */
  field: string;
  message: string;
}

export interface AuditEntry {
  id: string;
  /** Sequence number: strictly increasing in write order. */
  seq: number;
  actor: string;
  /** ISO 8601 time of the write. */
  at: string;
  operation: 'upsertEntity' | 'upsertRelationship' | 'deleteEntity' | 'deleteRelationship' | 'importGraph';
  ids: string[];
  /** JSON of the state before the write (null for a creation or an import). */
  before: string | null;
  /** JSON of the state after the write (null for a deletion). */
  after: string | null;
}
