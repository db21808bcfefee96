/**
 * The one seam between the API and the databases. Nothing below this interface knows GraphQL;
 * nothing above it knows a driver. `MemoryStore` and `Neo4jStore` implement it and pass the same
 * contract suite (tests/contract/graph-store.contract.ts).
 */

import type {
  AuditEntry,
  Entity,
  EntityInput,
  GraphData,
  ImportProblem,
  Kind,
  Credibility,
  RelationshipInput,
  RelationshipView,
  RelationType,
  Reliability,
  Source,
  Suspension,
} from '../../domain/model.js';
import type { ChangeKind } from '../../domain/changes.js';

/** The time a read asks about: a year (`asOf`) or a day (`at`, YYYY-MM-DD), not both; neither: all time. */
export interface TimeOptions {
  asOf?: number | null;
  at?: string | null;
}

/** The evidence a read may use: facts from sources at least this reliable, at least this credible. */
export interface EvidenceOptions {
  minReliability?: Reliability | null;
  maxCredibility?: Credibility | null;
  /** Whether facts suspended at the time asked are used (default per read: see each option type). */
  includeSuspended?: boolean | null;
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
  edges: RelationshipView[];
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
  edges: RelationshipView[];
  length: number;
  /** Its least reliable link's reliability and least credible link's credibility, e.g. "C3". */
  weakestGrade: string;
}

export interface Stats {
  entities: number;
  relationships: number;
  /** Of `relationships`, those active and those suspended at the time asked. */
  activeRelationships: number;
  suspendedRelationships: number;
  sources: number;
  byKind: { kind: Kind; count: number }[];
  byRelationType: { relationType: RelationType; count: number }[];
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

export interface SearchOptions extends TimeOptions {
  kinds?: Kind[] | null;
  /** @default 10, at most 50 */
  first?: number;
}

export interface EntitiesOptions extends TimeOptions {
  kind?: Kind | null;
  /** @default 50, at most 500 */
  first?: number;
  after?: string | null;
}

/** `includeSuspended` defaults to true: a suspended partnership is part of the picture, drawn as such. */
export interface NeighborhoodOptions extends TimeOptions, EvidenceOptions {
  id: string;
  /** @default 1, 1–3 */
  depth?: number;
  kinds?: Kind[] | null;
  relationTypes?: RelationType[] | null;
  /** Nodes besides the focus. @default 200, at most 2000 */
  limit?: number;
}

/** Counts of the focus's neighbours; `includeSuspended` defaults to true. */
export type NeighborCountsOptions = TimeOptions & EvidenceOptions;

/** `includeSuspended` defaults to false: a path does not run through a suspended link unless asked. */
export interface PathsOptions extends TimeOptions, EvidenceOptions {
  from: string;
  to: string;
  /** @default 4, 1–6 */
  maxLength?: number;
  /** @default 'SHORTEST' */
  mode?: PathMode | null;
  /** Restricts intermediate nodes (not the endpoints). */
  kinds?: Kind[] | null;
  relationTypes?: RelationType[] | null;
  /** Entities no path goes through; at most 100, never `from` or `to`. */
  excludeIds?: string[] | null;
  /** @default 3, at most 20 */
  limit?: number;
}

/** Which paths `paths` returns: every shortest one, or every simple one up to maxLength, ranked. */
export type PathMode = 'SHORTEST' | 'SIMPLE';

/** A window of years (`from`, `to`) or of days (`fromDate`, `toDate`), and what to look at within it. */
export interface ChangesOptions extends Omit<EvidenceOptions, 'includeSuspended'> {
  from?: number | null;
  to?: number | null;
  fromDate?: string | null;
  toDate?: string | null;
  /** Only entities within `depth` hops of it, and the relationships among them. */
  focus?: string | null;
  /** @default 1, 1–3; only with `focus` */
  depth?: number | null;
  /** Restricts the entities (never the focus) and the relationships' ends. */
  kinds?: Kind[] | null;
  relationTypes?: RelationType[] | null;
  /** Each list. @default 200, at most 2000 */
  limit?: number;
}

export interface RelationshipChange {
  change: ChangeKind;
  year: number;
  /** The exact date where known (YYYY-MM-DD or YYYY-MM). */
  date: string | null;
  /** With its status on the window's last day. */
  relationship: RelationshipView;
  /** The suspension that started or ended (SUSPENDED, RESUMED). */
  suspension: Suspension | null;
}

export interface EntityChange {
  change: ChangeKind;
  year: number;
  date: string | null;
  entity: Entity;
}

export interface ChangeReport {
  /** The window's first and last day, YYYY-MM-DD. */
  fromDay: string;
  toDay: string;
  relationships: RelationshipChange[];
  entities: EntityChange[];
  byRelationType: { relationType: RelationType; began: number; ended: number; suspended: number; resumed: number }[];
  byKind: { kind: Kind; began: number; ended: number }[];
  /** Changes in both lists before `limit`. */
  total: number;
  truncated: boolean;
}

/** `includeSuspended` defaults to true. */
export interface CompareOptions extends TimeOptions, EvidenceOptions {
  a: string;
  b: string;
  /** Only neighbours of these kinds. */
  kinds?: Kind[] | null;
  relationTypes?: RelationType[] | null;
  /** Each neighbour list. @default 100, at most 1000 */
  limit?: number;
}

/** A neighbour over one relation type, with each compared entity's relationships to it (by id). */
export interface ComparedNeighbor {
  relationType: RelationType;
  neighbor: Entity;
  a: RelationshipView[];
  b: RelationshipView[];
}

export interface Comparison {
  a: Entity;
  b: Entity;
  between: RelationshipView[];
  shared: ComparedNeighbor[];
  onlyA: ComparedNeighbor[];
  onlyB: ComparedNeighbor[];
  byRelationType: { relationType: RelationType; shared: number; onlyA: number; onlyB: number; between: number }[];
  truncated: boolean;
}

/** Counts; `includeSuspended` defaults to true (suspended relationships are counted, and counted apart). */
export type StatsOptions = TimeOptions & EvidenceOptions;

/** `includeSuspended` defaults to true. */
export interface ExportOptions extends TimeOptions, EvidenceOptions {
  /** Only these entities and the relationships among them (and the sources they cite). */
  ids?: string[] | null;
}

/** See GraphStore.writeBounds. */
export interface WriteBounds {
  writeMs: number;
  importMs: number;
}

export interface GraphStore {
  /** 'memory' or 'neo4j', for start-up logs and health. */
  readonly backend: 'memory' | 'neo4j';
  /**
   * For a store whose writes can land after their call gave up (Neo4j: a server-side transaction
   * timeout, the driver's retries, the database's timeout check), how long a single write and an
   * import may take before they have surely committed or rolled back: the API waits that long
   * before answering UNAVAILABLE, so an UNAVAILABLE write was never written. Null for a store that
   * applies a write inside its call (the API then bounds writes by its own timeouts).
   */
  readonly writeBounds: WriteBounds | null;
  /** Resolves when the store can answer; rejects with UNAVAILABLE otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;

  entity(id: string): Promise<Entity | null>;
  /** Batched lookup for resolvers; unknown ids are left out; order follows `ids`. */
  entitiesByIds(ids: readonly string[]): Promise<Entity[]>;
  /** With its status as it stands (SUSPENDED while an open-ended suspension lasts). */
  relationship(id: string): Promise<RelationshipView | null>;
  /** Batched lookup; unknown ids are left out; order follows `ids`. */
  sourcesByIds(ids: readonly string[]): Promise<Source[]>;
  search(text: string, options?: SearchOptions): Promise<SearchHit[]>;
  entities(options?: EntitiesOptions): Promise<EntityPage>;
  neighborhood(options: NeighborhoodOptions): Promise<Subgraph>;
  neighborCounts(id: string, options?: NeighborCountsOptions): Promise<NeighborCount[]>;
  paths(options: PathsOptions): Promise<Path[]>;
  /** What began, ended, was suspended or resumed within a window of time. */
  changes(options: ChangesOptions): Promise<ChangeReport>;
  /** Two entities side by side: shared neighbours per relation type, those only one has, the links between. */
  compare(options: CompareOptions): Promise<Comparison>;
  stats(options?: StatsOptions): Promise<Stats>;

  upsertEntity(input: EntityInput, ctx: WriteContext, expectedVersion?: number | null): Promise<Entity>;
  upsertRelationship(
    input: RelationshipInput,
    ctx: WriteContext,
    expectedVersion?: number | null,
  ): Promise<RelationshipView>;
  /** Deletes the entity and every relationship touching it; returns what was removed. */
  deleteEntity(
    id: string,
    ctx: WriteContext,
    expectedVersion?: number | null,
  ): Promise<{ entity: Entity; relationships: RelationshipView[] }>;
  deleteRelationship(id: string, ctx: WriteContext, expectedVersion?: number | null): Promise<RelationshipView>;
  /** All-or-nothing; reports every problem at once; `dryRun` validates without writing. */
  importGraph(data: unknown, ctx: WriteContext, options?: { dryRun?: boolean }): Promise<ImportReport>;
  exportGraph(options?: ExportOptions): Promise<GraphData>;
  /** Newest first. */
  auditLog(options?: { first?: number; after?: string | null }): Promise<AuditPage>;
}
