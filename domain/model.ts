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
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** A source document. Not an explorable entity: never in neighbourhoods or paths. */
export interface Source {
  id: string;
  title: string;
  /** Required for every source except the AI-written seed overview. */
  url: string | null;
  publisher: string | null;
  /** As the source gives it (ISO date or year); null when it gives none. */
  date: string | null;
  reliability: string | null;
}

export interface Entity {
  id: string;
  kind: Kind;
  name: string;
  aliases: string[];
  summary: string | null;
  /** First year the entity existed or held; null when unknown or not applicable. */
  since: number | null;
  /** Last year it held (inclusive); null while it still holds. */
  until: number | null;
  sources: string[];
  /** Starts at 1 and grows by one with every write; a write may pass the version it read. */
  version: number;
}

export interface Relationship {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  since: number | null;
  until: number | null;
  confidence: Confidence;
  sources: string[];
  role: string | null;
  note: string | null;
  version: number;
}

/** What callers send to create or replace an entity (the version is the store's). */
export type EntityInput = Omit<Entity, 'version' | 'aliases' | 'summary' | 'since' | 'until'> &
  Partial<Pick<Entity, 'aliases' | 'summary' | 'since' | 'until'>>;

/** What callers send to create or replace a relationship; `id` defaults to `from/TYPE/to/since`. */
export type RelationshipInput = Omit<Relationship, 'version' | 'id' | 'since' | 'until' | 'role' | 'note'> &
  Partial<Pick<Relationship, 'id' | 'since' | 'until' | 'role' | 'note'>>;

export type SourceInput = Omit<Source, 'url' | 'publisher' | 'date' | 'reliability'> &
  Partial<Pick<Source, 'url' | 'publisher' | 'date' | 'reliability'>>;

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
