/**
 * The one seam between the API and the databases. Nothing below this interface knows GraphQL;
 * nothing above it knows a driver. `MemoryStore` and `Neo4jStore` implement it and pass the same
 * contract suite (tests/contract/graph-store.contract.ts).
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
export type RelationshipInput = Omit<
  Relationship,
  'version' | 'id' | 'since' | 'until' | 'role' | 'note'
> &
  Partial<Pick<Relationship, 'id' | 'since' | 'until' | 'role' | 'note'>>;

export type SourceInput = Omit<Source, 'url' | 'publisher' | 'date' | 'reliability'> &
  Partial<Pick<Source, 'url' | 'publisher' | 'date' | 'reliability'>>;

/** The `data/` file format; also what `importGraph` takes and `exportGraph` returns. */
export interface GraphData {
  sources: SourceInput[];
  entities: EntityInput[];
  relationships: RelationshipInput[];
}

export interface SearchHit {
  entity: Entity;
  /** 1 exact name or alias, 0.8 prefix of one, 0.6 every query word starts a word of one. */
  score: number;
}

export interface EntityPage {
  items: Entity[];
  totalCount: number;
  /** Opaque cursor of the last item; pass it as `after` for the next page. */
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface Subgraph {
  nodes: Entity[];
  edges: Relationship[];
  /** True when `limit` cut nodes off. */
  truncated: boolean;
  /** Nodes besides the focus before truncation. */
  total: number;
}

export interface NeighborCount {
  relationType: RelationType;
  kind: Kind;
  count: number;
}

export interface Path {
  nodes: Entity[];
  edges: Relationship[];
  length: number;
}

export interface Stats {
  entities: number;
  relationships: number;
  sources: number;
  byKind: { kind: Kind; count: number }[];
  byRelationType: { relationType: RelationType; count: number }[];
}

export interface ImportProblem {
  /** Where: `entities[3]`, `relationships[12]`, `sources[0]`. */
  entry: string;
  /** The offending field, e.g. `kind`, `to`, `sources`. */
  field: string;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  /** False when any problem was found; then nothing was written. */
  ok: boolean;
  problems: ImportProblem[];
  sources: number;
  entities: number;
  relationships: number;
}

/** Both stores' report on an import of `graph`, which found `problems`. */
export function importReport(
  graph: { sources: readonly unknown[]; entities: readonly unknown[]; relationships: readonly unknown[] },
  problems: ImportProblem[],
  dryRun: boolean,
): ImportReport {
  return {
    dryRun,
    ok: problems.length === 0,
    problems,
    sources: graph.sources.length,
    entities: graph.entities.length,
    relationships: graph.relationships.length,
  };
}

export interface AuditEntry {
  id: string;
  /** Sequence number: strictly increasing in write order. */
  seq: number;
  actor: string;
  /** ISO 8601 time of the write. */
  at: string;
  operation:
    | 'upsertEntity'
    | 'upsertRelationship'
    | 'deleteEntity'
    | 'deleteRelationship'
    | 'importGraph';
  ids: string[];
  /** JSON of the state before the write (null for a creation or an import). */
  before: string | null;
  /** JSON of the state after the write (null for a deletion). */
  after: string | null;
}

export interface AuditPage {
  items: AuditEntry[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Who writes, recorded in the audit log with the write, in the same transaction. */
export interface WriteContext {
  actor: string;
}

export interface SearchOptions {
  kinds?: Kind[] | null;
  asOf?: number | null;
  /** @default 10, at most 50 */
  first?: number;
}

export interface EntitiesOptions {
  kind?: Kind | null;
  asOf?: number | null;
  /** @default 50, at most 500 */
  first?: number;
  after?: string | null;
}

export interface NeighborhoodOptions {
  id: string;
  /** @default 1, 1–3 */
  depth?: number;
  kinds?: Kind[] | null;
  relationTypes?: RelationType[] | null;
  asOf?: number | null;
  /** Nodes besides the focus. @default 200, at most 2000 */
  limit?: number;
}

export interface PathsOptions {
  from: string;
  to: string;
  /** @default 4, 1–6 */
  maxLength?: number;
  /** Restricts intermediate nodes (not the endpoints). */
  kinds?: Kind[] | null;
  asOf?: number | null;
  /** @default 3, at most 20 */
  limit?: number;
}

export interface ExportOptions {
  /** Only these entities and the relationships among them (and the sources they cite). */
  ids?: string[] | null;
  asOf?: number | null;
}

export interface GraphStore {
  /** 'memory' or 'neo4j', for start-up logs and health. */
  readonly backend: 'memory' | 'neo4j';
  /** Resolves when the store can answer; rejects with UNAVAILABLE otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;

  entity(id: string): Promise<Entity | null>;
  /** Batched lookup for resolvers; unknown ids are left out; order follows `ids`. */
  entitiesByIds(ids: readonly string[]): Promise<Entity[]>;
  relationship(id: string): Promise<Relationship | null>;
  /** Batched lookup; unknown ids are left out; order follows `ids`. */
  sourcesByIds(ids: readonly string[]): Promise<Source[]>;
  search(text: string, options?: SearchOptions): Promise<SearchHit[]>;
  entities(options?: EntitiesOptions): Promise<EntityPage>;
  neighborhood(options: NeighborhoodOptions): Promise<Subgraph>;
  neighborCounts(id: string, asOf?: number | null): Promise<NeighborCount[]>;
  paths(options: PathsOptions): Promise<Path[]>;
  stats(asOf?: number | null): Promise<Stats>;

  upsertEntity(input: EntityInput, ctx: WriteContext, expectedVersion?: number | null): Promise<Entity>;
  upsertRelationship(
    input: RelationshipInput,
    ctx: WriteContext,
    expectedVersion?: number | null,
  ): Promise<Relationship>;
  /** Deletes the entity and every relationship touching it; returns what was removed. */
  deleteEntity(
    id: string,
    ctx: WriteContext,
    expectedVersion?: number | null,
  ): Promise<{ entity: Entity; relationships: Relationship[] }>;
  deleteRelationship(id: string, ctx: WriteContext, expectedVersion?: number | null): Promise<Relationship>;
  /** All-or-nothing; reports every problem at once; `dryRun` validates without writing. */
  importGraph(data: unknown, ctx: WriteContext, options?: { dryRun?: boolean }): Promise<ImportReport>;
  exportGraph(options?: ExportOptions): Promise<GraphData>;
  /** Newest first. */
  auditLog(options?: { first?: number; after?: string | null }): Promise<AuditPage>;
}
