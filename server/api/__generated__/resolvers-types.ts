import type { GraphQLResolveInfo } from 'graphql';
import type { Entity as EntityModel, RelationshipView as RelationshipViewModel, Source as SourceModel, AuditEntry as AuditEntryModel, Suspension as SuspensionModel, Alternative as AlternativeModel } from '../../../domain/model.js';
import type { SearchHit as SearchHitModel, Subgraph as SubgraphModel, Path as PathModel, ImportReport as ImportReportModel } from '../../store/graph-store.js';
import type { ApiContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** What another source says about a relationship's dates. */
export type Alternative = {
  __typename?: 'Alternative';
  /** What the sources say, in words. */
  note?: Maybe<Scalars['String']['output']>;
  /** First year it held. */
  since?: Maybe<Scalars['Int']['output']>;
  /** Exact start, YYYY-MM-DD or YYYY-MM, in the year `since`. */
  sinceDate?: Maybe<Scalars['String']['output']>;
  /** The sources that say so; at least one. */
  sources: Array<Source>;
  /** Last year it held; null while it holds. */
  until?: Maybe<Scalars['Int']['output']>;
  /** Exact end, YYYY-MM-DD or YYYY-MM, in the year `until`. */
  untilDate?: Maybe<Scalars['String']['output']>;
};

/** A page of the audit log. */
export type AuditConnection = {
  __typename?: 'AuditConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One write, as the audit log kept it. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The editor token's name. */
  actor: Scalars['String']['output'];
  /** JSON of the state after the write. */
  after?: Maybe<Scalars['String']['output']>;
  /** ISO 8601. */
  at: Scalars['String']['output'];
  /** JSON of the state before the write. */
  before?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ids: Array<Scalars['ID']['output']>;
  operation: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
};

/** How a fact changed within a window of time. */
export type ChangeKind =
  /** It started (its first day or year). */
  | 'BEGAN'
  /** It ended (dated by its last day or year). */
  | 'ENDED'
  /** A suspension of it ended (dated by the suspension's last day or year). */
  | 'RESUMED'
  /** A suspension of it started. */
  | 'SUSPENDED';

/** What changed in a window of time (see `changes`). */
export type ChangeReport = {
  __typename?: 'ChangeReport';
  /** Every entity change counted per kind (kinds without a change left out). */
  byKind: Array<KindChangeCount>;
  /** Every relationship change counted per relation type (types without a change left out). */
  byRelationType: Array<RelationTypeChangeCount>;
  /** Entity changes (BEGAN, ENDED), the first `limit`. */
  entities: Array<EntityChangeInfo>;
  /** The window's first day, YYYY-MM-DD (1 January of `from`). */
  fromDay: Scalars['String']['output'];
  /** Relationship changes, the first `limit`. */
  relationships: Array<RelationshipChangeInfo>;
  /** The window's last day, YYYY-MM-DD (31 December of `to`). */
  toDay: Scalars['String']['output'];
  /** Changes of both lists before `limit` cut them. */
  total: Scalars['Int']['output'];
  /** True when `limit` cut either list. */
  truncated: Scalars['Boolean']['output'];
};

/** A suspension or an alternative claim: when, a note, and the sources that say so. */
export type ClaimInput = {
  /** What the sources say, in words. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** First year it held (a suspension needs this or sinceDate). */
  since?: InputMaybe<Scalars['Int']['input']>;
  /** Exact start, YYYY-MM-DD or YYYY-MM, in the year `since`. */
  sinceDate?: InputMaybe<Scalars['String']['input']>;
  /** Ids of existing sources; at least one. */
  sources: Array<Scalars['ID']['input']>;
  /** Last year it held; null while it holds. */
  until?: InputMaybe<Scalars['Int']['input']>;
  /** Exact end, YYYY-MM-DD or YYYY-MM, in the year `until`. */
  untilDate?: InputMaybe<Scalars['String']['input']>;
};

/** A neighbour of the compared entities over one relation type, with each one's relationships to it. */
export type ComparedNeighborInfo = {
  __typename?: 'ComparedNeighborInfo';
  /** `a`'s relationships of this type with the neighbour (either direction), ordered by id; empty in `onlyB`. */
  a: Array<Relationship>;
  /** `b`'s relationships of this type with the neighbour (either direction), ordered by id; empty in `onlyA`. */
  b: Array<Relationship>;
  neighbor: Entity;
  relationType: RelationType;
};

/** How the compared entities' neighbours over one relation type split. */
export type ComparisonCount = {
  __typename?: 'ComparisonCount';
  /** Relationships of this type between `a` and `b`. */
  between: Scalars['Int']['output'];
  onlyA: Scalars['Int']['output'];
  onlyB: Scalars['Int']['output'];
  relationType: RelationType;
  shared: Scalars['Int']['output'];
};

/** Two entities side by side (see `compare`). */
export type ComparisonReport = {
  __typename?: 'ComparisonReport';
  a: Entity;
  b: Entity;
  /** The relationships linking `a` and `b` directly, ordered by id. */
  between: Array<Relationship>;
  /** Shared, only-`a` and only-`b` neighbours and relationships between them, per relation type (types with none left out). */
  byRelationType: Array<ComparisonCount>;
  /** Neighbours only `a` is linked to by that relation type. */
  onlyA: Array<ComparedNeighborInfo>;
  /** Neighbours only `b` is linked to by that relation type. */
  onlyB: Array<ComparedNeighborInfo>;
  /** Neighbours both are linked to by the same relation type. */
  shared: Array<ComparedNeighborInfo>;
  /** True when `limit` cut a neighbour list. */
  truncated: Scalars['Boolean']['output'];
};

/** A coarse view of a relationship's grade (docs/evidence-grading.md): HIGH for A–B with 1–2, LOW for E–F or 4–6, MEDIUM otherwise. */
export type Confidence =
  | 'high'
  | 'low'
  | 'medium';

/** What `deleteEntity` removed. */
export type DeletedEntity = {
  __typename?: 'DeletedEntity';
  entity: Entity;
  /** The relationships deleted with it. */
  relationships: Array<Relationship>;
};

/** One group of allowed endpoints of a relation type. */
export type EndpointsInfo = {
  __typename?: 'EndpointsInfo';
  fromKinds: Array<Kind>;
  toKinds: Array<Kind>;
};

/** A state, organization, framework, mechanism, activity, institution, threat, region, event, document or command. */
export type Entity = {
  __typename?: 'Entity';
  /** Other names and acronyms. */
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: Kind;
  name: Scalars['String']['output'];
  since?: Maybe<Scalars['Int']['output']>;
  /** The exact start where a source gives it: YYYY-MM-DD or YYYY-MM, in the year `since`. */
  sinceDate?: Maybe<Scalars['String']['output']>;
  /** At least one. */
  sources: Array<Source>;
  summary?: Maybe<Scalars['String']['output']>;
  until?: Maybe<Scalars['Int']['output']>;
  /** The exact end where a source gives it: YYYY-MM-DD or YYYY-MM, in the year `until`. */
  untilDate?: Maybe<Scalars['String']['output']>;
  /** Grows by one with every write. */
  version: Scalars['Int']['output'];
};

/** One change of an entity. */
export type EntityChangeInfo = {
  __typename?: 'EntityChangeInfo';
  /** BEGAN or ENDED. */
  change: ChangeKind;
  /** The exact date where a source gives it (YYYY-MM-DD or YYYY-MM); null when only the year is known. */
  date?: Maybe<Scalars['String']['output']>;
  entity: Entity;
  /** The year it happened in. */
  year: Scalars['Int']['output'];
};

/** A page of entities. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  nodes: Array<Entity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An entity to create or replace. */
export type EntityInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  kind: Kind;
  name: Scalars['String']['input'];
  since?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD or YYYY-MM, in the year `since` (which defaults to it). */
  sinceDate?: InputMaybe<Scalars['String']['input']>;
  /** Ids of existing sources; at least one. */
  sources: Array<Scalars['ID']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD or YYYY-MM, in the year `until` (which defaults to it). */
  untilDate?: InputMaybe<Scalars['String']['input']>;
};

/** A batch in the data/ format: sources, entities and relationships. */
export type GraphInput = {
  entities?: InputMaybe<Array<EntityInput>>;
  relationships?: InputMaybe<Array<RelationshipInput>>;
  sources?: InputMaybe<Array<SourceInput>>;
};

/** One problem in an import batch, naming the entry and field. */
export type ImportProblem = {
  __typename?: 'ImportProblem';
  /** Where, e.g. entities[3] (state:est). */
  entry: Scalars['String']['output'];
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The outcome of `importGraph`: counts of what the batch holds and every problem found. */
export type ImportReport = {
  __typename?: 'ImportReport';
  dryRun: Scalars['Boolean']['output'];
  entities: Scalars['Int']['output'];
  /** False when any problem was found; then nothing was written. */
  ok: Scalars['Boolean']['output'];
  problems: Array<ImportProblem>;
  relationships: Scalars['Int']['output'];
  sources: Scalars['Int']['output'];
};

/** What an entity is; its id starts with the kind's prefix (see `kinds`). */
export type Kind =
  | 'ACTIVITY'
  /** A headquarters of the NATO command structure. */
  | 'COMMAND'
  /** A strategic concept, declaration, framework document or partnership agreement. */
  | 'DOCUMENT'
  /** A summit, ministerial meeting or high-level conference. */
  | 'EVENT'
  | 'FRAMEWORK'
  | 'INSTITUTION'
  | 'MECHANISM'
  | 'ORGANIZATION'
  | 'REGION'
  | 'STATE'
  | 'THREAT';

/** The changes of one kind of entity. */
export type KindChangeCount = {
  __typename?: 'KindChangeCount';
  began: Scalars['Int']['output'];
  ended: Scalars['Int']['output'];
  kind: Kind;
};

/** How many entities of one kind. */
export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: Kind;
};

/** A kind, for legends. */
export type KindInfo = {
  __typename?: 'KindInfo';
  count: Scalars['Int']['output'];
  /** Id prefix, e.g. state: */
  idPrefix: Scalars['String']['output'];
  kind: Kind;
};

/** Writes (editors or admins, with a bearer token; a few need an admin, as said). Each is one transaction and is audited. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Deletes an entity and every relationship touching it; returns the entity as it was. An entity with more than 20 relationships needs an admin (FORBIDDEN for an editor). */
  deleteEntity: DeletedEntity;
  /** Deletes a relationship; returns it as it was. */
  deleteRelationship: Relationship;
  /** Imports a batch in the data/ format, all or nothing (admins only). `dryRun` reports every problem without writing. */
  importGraph: ImportReport;
  /** Creates or replaces an entity. Pass `expectedVersion` (the version you read) to fail with CONFLICT instead of overwriting a newer one. */
  upsertEntity: Entity;
  /** Creates or replaces a relationship. Its id is from/TYPE/to or from/TYPE/to/since (the default); any other id is refused, so changing `since` of such an id means deleting it and writing it anew. */
  upsertRelationship: Relationship;
};


/** Writes (editors or admins, with a bearer token; a few need an admin, as said). Each is one transaction and is audited. */
export type MutationDeleteEntityArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Writes (editors or admins, with a bearer token; a few need an admin, as said). Each is one transaction and is audited. */
export type MutationDeleteRelationshipArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/** Writes (editors or admins, with a bearer token; a few need an admin, as said). Each is one transaction and is audited. */
export type MutationImportGraphArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: GraphInput;
};


/** Writes (editors or admins, with a bearer token; a few need an admin, as said). Each is one transaction and is audited. */
export type MutationUpsertEntityArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: EntityInput;
};


/** Writes (editors or admins, with a bearer token; a few need an admin, as said). Each is one transaction and is audited. */
export type MutationUpsertRelationshipArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: RelationshipInput;
};

/** How many direct neighbours of one kind are reached over one relation type. */
export type NeighborCount = {
  __typename?: 'NeighborCount';
  count: Scalars['Int']['output'];
  kind: Kind;
  relationType: RelationType;
};

/** Where a page ends and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** One path: `nodes` has one more entry than `edges`; `edges[i]` joins `nodes[i]` and `nodes[i + 1]` in either direction. */
export type Path = {
  __typename?: 'Path';
  edges: Array<Relationship>;
  length: Scalars['Int']['output'];
  nodes: Array<Entity>;
  /** Its least reliable link's reliability and least credible link's credibility, e.g. C3. */
  weakestGrade: Scalars['String']['output'];
};

/** Which paths `paths` returns. */
export type PathMode =
  /** Every shortest path, ordered by their sequence of node ids. */
  | 'SHORTEST'
  /** Every simple path (no entity twice) up to `maxLength`, ranked by length, then weakest grade (best first), then node ids. */
  | 'SIMPLE';

/** What the graph answers: lookups, search, neighbourhoods, paths, changes over time, comparisons and counts. */
export type Query = {
  __typename?: 'Query';
  /** The write log, newest first (editors only). `first`: default 50, at most 500. */
  auditLog: AuditConnection;
  /**
   * What changed in a window of time: the relationships that began, ended, were suspended or resumed
   * and the entities that began or ended on a day within it. Give the window as years (`from` and
   * `to`: 1 January of `from` to 31 December of `to`) or as days (`fromDate` and `toDate`, both
   * included), not both; the first may equal the last, never follow it. A change is dated by the fact's
   * exact date where known, else its year (a fact known only to start in 2014 begins on 2014-01-01;
   * one known only to end in 2016 ends on 2016-12-31). With `focus`, only entities within `depth` hops
   * of it (1 to 3, default 1) over relationships held at some time in the window, and the
   * relationships among them; without it, the whole graph. `kinds` restricts the entities (never the
   * focus) and the relationships' ends, `relationTypes` and the evidence filters the relationships.
   * Each list is ordered by day, then id, then change (BEGAN, SUSPENDED, RESUMED, ENDED) and cut at
   * `limit` (default 200, at most 2000); the counts cover every change.
   */
  changes: ChangeReport;
  /**
   * Two entities side by side: the neighbours both are linked to by the same relation type (the same
   * framework, mission, event, document…), those only one of them is, and the relationships between
   * them, each with every relationship behind it (its years, suspensions, grade and sources: together
   * each one's relationships over time). Over the relationships held at `asOf` or on `at` when given
   * (else all time) whose other end holds then, of `relationTypes`, to neighbours of `kinds`, passing
   * the evidence filters. Each neighbour list is ordered by relation type, then the neighbour's name,
   * then its id, and cut at `limit` (default 100, at most 1000); `byRelationType` counts them all.
   */
  compare: ComparisonReport;
  /** Entities ordered by name, then id. `first`: default 50, at most 500; `after`: a cursor from a previous page. */
  entities: EntityConnection;
  /** One entity by id; null when unknown. */
  entity?: Maybe<Entity>;
  /** Every kind with its entity count, for legends. */
  kinds: Array<KindInfo>;
  /** The focus's direct neighbours counted per relation type and kind, for "20 of 47 — show more", over the facts the time and evidence arguments keep. */
  neighborCounts: Array<NeighborCount>;
  /**
   * Entities within `depth` hops of `id` (relationships followed both ways). `depth`: 1 to 3.
   * `limit` counts nodes besides the focus (default 200, at most 2000); nodes are kept nearest first,
   * then by id; edges are every matching relationship among the kept nodes. The focus is always
   * returned, with its years, even when `asOf` or `at` excludes it. Suspended relationships are
   * included (with `status` SUSPENDED) unless `includeSuspended` is false.
   */
  neighborhood: Subgraph;
  /**
   * Paths of at most `maxLength` hops (default 4, 1 to 6), relationships followed both ways,
   * intermediate nodes restricted to `kinds` when given and never one of `excludeIds`, over
   * relationships of `relationTypes` when given; the first `limit` (default 3, at most 20). Empty when
   * none. `mode` SHORTEST (the default): every shortest path, ordered by their sequence of node ids.
   * `mode` SIMPLE: every simple path (no entity twice), ranked by length, then weakest grade (best
   * first), then node ids; refused with BAD_USER_INPUT on `maxLength` when ranking them would extend
   * more than 50000 partial paths (exclude hubs, restrict kinds or types, or shorten `maxLength`). A
   * path runs through a relationship suspended at the time asked only when `includeSuspended` is true.
   */
  paths: Array<Path>;
  /** Every relation type with its allowed endpoints and count, for legends. */
  relationTypes: Array<RelationTypeInfo>;
  /** One relationship by id; null when unknown. */
  relationship?: Maybe<Relationship>;
  /**
   * Names, aliases and acronyms ("PfP", "EFP"), ignoring case and diacritics. Exact matches first
   * (score 1), then prefixes (0.8), then names with a word starting with each query word (0.6);
   * ties by name, then id. `text`: at most 200 characters. `first`: default 10, at most 50.
   */
  search: Array<SearchHit>;
  /** Counts per kind and per relation type, valid in `asOf` (or on `at`) when given; relationships active and suspended apart. */
  stats: Stats;
};


/** What the graph answers: lookups, search, neighbourhoods, paths, changes over time, comparisons and counts. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What the graph answers: lookups, search, neighbourhoods, paths, changes over time, comparisons and counts. */
export type QueryChangesArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  focus?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Int']['input']>;
  fromDate?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<Kind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxCredibility?: InputMaybe<Scalars['Int']['input']>;
  minReliability?: InputMaybe<Reliability>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  to?: InputMaybe<Scalars['Int']['input']>;
  toDate?: InputMaybe<Scalars['String']['input']>;
};


/** What the graph answers: lookups, search, neighbourhoods, paths, changes over time, comparisons and counts. */
export type QueryCompareArgs = {
  a: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Int']['input']>;
  at?: InputMaybe<Scalars['String']['input']>;
  b: Scalars['ID']['input'];
  includeSuspended?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<Kind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxCredibility?: InputMaybe<Scalars['Int']['input']>;
  minReliability?: InputMaybe<Reliability>;
  relationTypes?: InputMaybe<Array<RelationType>>;
};


/** What the graph answers: lookups, search, neighbourhoods, paths, changes over time, comparisons and counts. */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Int']['input']>;
  at?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Kind>;
};


/** What the graph answers: lookups, search, neighbourhoods, paths, changes over time, comparisons and counts. */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/** What the graph answers: lookups, search, neighbourhoods, paths, changes over time, comparisons and counts. */
export type QueryNeighborCountsArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  at?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  includeSuspended?: InputMaybe<Scalars['Boolean']['input']>;
  maxCredibility?: InputMaybe<Scalars['Int']['input']>;
  minReliability?: InputMaybe<Reliability>;
};


/** What the graph answers: lookups, search, neighbourhoods, paths, changes over time, comparisons and counts. */
export type QueryNeighborhoodArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  at?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  includeSuspended?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<Kind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxCredibility?: InputMaybe<Scalars['Int']['input']>;
  minReliability?: InputMaybe<Reliability>;
  relationTypes?: InputMaybe<Array<RelationType>>;
};


/** What the graph answers: lookups, search, neighbourhoods, paths, changes over time, comparisons and counts. */
export type QueryPathsArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  at?: InputMaybe<Scalars['String']['input']>;
  excludeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  from: Scalars['ID']['input'];
  includeSuspended?: InputMaybe<Scalars['Boolean']['input']>;
  kinds?: InputMaybe<Array<Kind>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxCredibility?: InputMaybe<Scalars['Int']['input']>;
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  minReliability?: InputMaybe<Reliability>;
  mode?: InputMaybe<PathMode>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  to: Scalars['ID']['input'];
};


/** What the graph answers: lookups, search, neighbourhoods, paths, changes over time, comparisons and counts. */
export type QueryRelationshipArgs = {
  id: Scalars['ID']['input'];
};


/** What the graph answers: lookups, search, neighbourhoods, paths, changes over time, comparisons and counts. */
export type QuerySearchArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  at?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<Kind>>;
  text: Scalars['String']['input'];
};


/** What the graph answers: lookups, search, neighbourhoods, paths, changes over time, comparisons and counts. */
export type QueryStatsArgs = {
  asOf?: InputMaybe<Scalars['Int']['input']>;
  at?: InputMaybe<Scalars['String']['input']>;
  includeSuspended?: InputMaybe<Scalars['Boolean']['input']>;
  maxCredibility?: InputMaybe<Scalars['Int']['input']>;
  minReliability?: InputMaybe<Reliability>;
};

/** What a relationship says; each type allows certain kinds at each end (see `relationTypes`). */
export type RelationType =
  | 'ADDRESSES'
  /** A state or organization at an event (role: host, member, partner, invitee). */
  | 'ATTENDS'
  /** A command that runs an activity (operation, mission). */
  | 'COMMANDS'
  | 'CONTRIBUTES_TO'
  /** Organizations, or activities, that cooperate. */
  | 'COOPERATES_WITH'
  /** Launched, decided or adopted at an event. */
  | 'DECIDED_AT'
  | 'FOCUSES_ON'
  | 'HOSTS'
  | 'INVITED_TO'
  | 'LEADS'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  | 'PARTICIPATES_IN'
  | 'PARTNER_IN'
  /** A state or organization that is a party to a document. */
  | 'PARTY_TO'
  | 'PART_OF'
  /** A sponsoring nation of an institution (e.g. a centre of excellence). */
  | 'SPONSORS'
  | 'SUCCEEDS'
  | 'USES';

/** The changes of one relation type. */
export type RelationTypeChangeCount = {
  __typename?: 'RelationTypeChangeCount';
  began: Scalars['Int']['output'];
  ended: Scalars['Int']['output'];
  relationType: RelationType;
  resumed: Scalars['Int']['output'];
  suspended: Scalars['Int']['output'];
};

/** How many relationships of one type. */
export type RelationTypeCount = {
  __typename?: 'RelationTypeCount';
  count: Scalars['Int']['output'];
  relationType: RelationType;
};

/** A relation type and the kinds it may join, for legends. */
export type RelationTypeInfo = {
  __typename?: 'RelationTypeInfo';
  count: Scalars['Int']['output'];
  /** The allowed pairs: any of `fromKinds` to any of `toKinds` within one pair. */
  endpoints: Array<EndpointsInfo>;
  /** Every kind it may start from (which ends go together: `endpoints`). */
  fromKinds: Array<Kind>;
  /** True when it links only like to like (SUCCEEDS: Document to Document, never Document to Mechanism). */
  likeToLike: Scalars['Boolean']['output'];
  relationType: RelationType;
  /** Every kind it may end at (which ends go together: `endpoints`). */
  toKinds: Array<Kind>;
};

/** A directed, sourced fact between two entities, with the years it held, its grade and its suspensions. */
export type Relationship = {
  __typename?: 'Relationship';
  /** What other sources say where they disagree (the primary values are the best-graded source's). */
  alternatives: Array<Alternative>;
  /** Derived from the grade (see Confidence). */
  confidence: Confidence;
  /** How credible the fact is, 1 (confirmed by independent sources) to 6 (cannot be judged). */
  credibility: Scalars['Int']['output'];
  /** True when any alternative exists. */
  disputed: Scalars['Boolean']['output'];
  from: Entity;
  /** Reliability and credibility, e.g. B2. */
  grade: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The best reliability among the sources it cites. */
  reliability: Reliability;
  /** E.g. framework nation, organiser. */
  role?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Int']['output']>;
  /** The exact start where a source gives it: YYYY-MM-DD or YYYY-MM. */
  sinceDate?: Maybe<Scalars['String']['output']>;
  /** At least one. */
  sources: Array<Source>;
  /** ACTIVE or SUSPENDED at the time the read asked about; without a time, SUSPENDED while a suspension with no end lasts. */
  status: RelationshipStatus;
  /** Times when it still existed but was suspended. */
  suspensions: Array<Suspension>;
  to: Entity;
  type: RelationType;
  until?: Maybe<Scalars['Int']['output']>;
  /** The exact end where a source gives it: YYYY-MM-DD or YYYY-MM. */
  untilDate?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** One change of a relationship. */
export type RelationshipChangeInfo = {
  __typename?: 'RelationshipChangeInfo';
  change: ChangeKind;
  /** The exact date where a source gives it (YYYY-MM-DD or YYYY-MM); null when only the year is known. */
  date?: Maybe<Scalars['String']['output']>;
  /** With its dates, grade and sources; `status` as on the window's last day. */
  relationship: Relationship;
  /** The suspension that started (SUSPENDED) or ended (RESUMED), with its sources; null otherwise. */
  suspension?: Maybe<Suspension>;
  /** The year it happened in. */
  year: Scalars['Int']['output'];
};

/** A relationship to create or replace. */
export type RelationshipInput = {
  /** What other sources say where they disagree; the primary values must be the best-graded source's. */
  alternatives?: InputMaybe<Array<ClaimInput>>;
  /** 1 (confirmed: needs sources from two publishers) to 6 (cannot be judged). */
  credibility: Scalars['Int']['input'];
  from: Scalars['ID']['input'];
  /** Defaults to from/TYPE/to/since. */
  id?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD or YYYY-MM, in the year `since` (which defaults to it). */
  sinceDate?: InputMaybe<Scalars['String']['input']>;
  sources: Array<Scalars['ID']['input']>;
  /** Times it still existed but was suspended. */
  suspensions?: InputMaybe<Array<ClaimInput>>;
  to: Scalars['ID']['input'];
  type: RelationType;
  until?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD or YYYY-MM, in the year `until` (which defaults to it). */
  untilDate?: InputMaybe<Scalars['String']['input']>;
};

/** Whether a relationship holds or is suspended at the time asked (without a time: whether a suspension with no end lasts). */
export type RelationshipStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

/** How reliable a source is (Admiralty code): A completely reliable … E unreliable, F cannot be judged. */
export type Reliability =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F';

/** One search result and how well it matched. */
export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  score: Scalars['Float']['output'];
};

/** A public document that supports entities and relationships. */
export type Source = {
  __typename?: 'Source';
  /** As the source gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Given with every URL. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** How reliable the source is, A (completely reliable) to F (cannot be judged). */
  reliability: Reliability;
  title: Scalars['String']['output'];
  /** Null only for a source that cannot be graded (reliability F), such as the AI-written seed overview. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A source to create or replace. */
export type SourceInput = {
  date?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Required with a URL. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** F for a source that cannot be graded; every other source has a URL. */
  reliability: Reliability;
  title: Scalars['String']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Totals of the graph (or of the facts valid in one year). */
export type Stats = {
  __typename?: 'Stats';
  /** Of `relationships`, those active at the time asked. */
  activeRelationships: Scalars['Int']['output'];
  byKind: Array<KindCount>;
  byRelationType: Array<RelationTypeCount>;
  entities: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  sources: Scalars['Int']['output'];
  /** Of `relationships`, those suspended at the time asked. */
  suspendedRelationships: Scalars['Int']['output'];
};

/** A neighbourhood: the focus first, then the kept nodes, and the relationships among them. */
export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<Relationship>;
  nodes: Array<Entity>;
  /** Nodes besides the focus before truncation. */
  total: Scalars['Int']['output'];
  /** True when `limit` cut nodes off. */
  truncated: Scalars['Boolean']['output'];
};

/** A time when a relationship still existed but was suspended, and who says so. */
export type Suspension = {
  __typename?: 'Suspension';
  /** What the sources say, in words. */
  note?: Maybe<Scalars['String']['output']>;
  /** First year it held. */
  since?: Maybe<Scalars['Int']['output']>;
  /** Exact start, YYYY-MM-DD or YYYY-MM, in the year `since`. */
  sinceDate?: Maybe<Scalars['String']['output']>;
  /** The sources that say so; at least one. */
  sources: Array<Source>;
  /** Last year it held; null while it holds. */
  until?: Maybe<Scalars['Int']['output']>;
  /** Exact end, YYYY-MM-DD or YYYY-MM, in the year `until`. */
  untilDate?: Maybe<Scalars['String']['output']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Alternative: ResolverTypeWrapper<AlternativeModel>;
  AuditConnection: ResolverTypeWrapper<Omit<AuditConnection, 'nodes'> & { nodes: Array<ResolversTypes['AuditEntry']> }>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeKind: ChangeKind;
  ChangeReport: ResolverTypeWrapper<Omit<ChangeReport, 'entities' | 'relationships'> & { entities: Array<ResolversTypes['EntityChangeInfo']>, relationships: Array<ResolversTypes['RelationshipChangeInfo']> }>;
  ClaimInput: ClaimInput;
  ComparedNeighborInfo: ResolverTypeWrapper<Omit<ComparedNeighborInfo, 'a' | 'b' | 'neighbor'> & { a: Array<ResolversTypes['Relationship']>, b: Array<ResolversTypes['Relationship']>, neighbor: ResolversTypes['Entity'] }>;
  ComparisonCount: ResolverTypeWrapper<ComparisonCount>;
  ComparisonReport: ResolverTypeWrapper<Omit<ComparisonReport, 'a' | 'b' | 'between' | 'onlyA' | 'onlyB' | 'shared'> & { a: ResolversTypes['Entity'], b: ResolversTypes['Entity'], between: Array<ResolversTypes['Relationship']>, onlyA: Array<ResolversTypes['ComparedNeighborInfo']>, onlyB: Array<ResolversTypes['ComparedNeighborInfo']>, shared: Array<ResolversTypes['ComparedNeighborInfo']> }>;
  Confidence: null;
  DeletedEntity: ResolverTypeWrapper<{ entity: import("../../../domain/model.js").Entity; relationships: import("../../../domain/model.js").RelationshipView[] }>;
  EndpointsInfo: ResolverTypeWrapper<EndpointsInfo>;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityChangeInfo: ResolverTypeWrapper<Omit<EntityChangeInfo, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'nodes'> & { nodes: Array<ResolversTypes['Entity']> }>;
  EntityInput: EntityInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphInput: GraphInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportProblem: ResolverTypeWrapper<ImportProblem>;
  ImportReport: ResolverTypeWrapper<ImportReportModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Kind: Kind;
  KindChangeCount: ResolverTypeWrapper<KindChangeCount>;
  KindCount: ResolverTypeWrapper<KindCount>;
  KindInfo: ResolverTypeWrapper<KindInfo>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NeighborCount: ResolverTypeWrapper<NeighborCount>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathModel>;
  PathMode: PathMode;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationType: RelationType;
  RelationTypeChangeCount: ResolverTypeWrapper<RelationTypeChangeCount>;
  RelationTypeCount: ResolverTypeWrapper<RelationTypeCount>;
  RelationTypeInfo: ResolverTypeWrapper<RelationTypeInfo>;
  Relationship: ResolverTypeWrapper<RelationshipViewModel>;
  RelationshipChangeInfo: ResolverTypeWrapper<Omit<RelationshipChangeInfo, 'relationship' | 'suspension'> & { relationship: ResolversTypes['Relationship'], suspension?: Maybe<ResolversTypes['Suspension']> }>;
  RelationshipInput: RelationshipInput;
  RelationshipStatus: RelationshipStatus;
  Reliability: Reliability;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  Source: ResolverTypeWrapper<SourceModel>;
  SourceInput: SourceInput;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphModel>;
  Suspension: ResolverTypeWrapper<SuspensionModel>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Alternative: AlternativeModel;
  AuditConnection: Omit<AuditConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['AuditEntry']> };
  AuditEntry: AuditEntryModel;
  Boolean: Scalars['Boolean']['output'];
  ChangeReport: Omit<ChangeReport, 'entities' | 'relationships'> & { entities: Array<ResolversParentTypes['EntityChangeInfo']>, relationships: Array<ResolversParentTypes['RelationshipChangeInfo']> };
  ClaimInput: ClaimInput;
  ComparedNeighborInfo: Omit<ComparedNeighborInfo, 'a' | 'b' | 'neighbor'> & { a: Array<ResolversParentTypes['Relationship']>, b: Array<ResolversParentTypes['Relationship']>, neighbor: ResolversParentTypes['Entity'] };
  ComparisonCount: ComparisonCount;
  ComparisonReport: Omit<ComparisonReport, 'a' | 'b' | 'between' | 'onlyA' | 'onlyB' | 'shared'> & { a: ResolversParentTypes['Entity'], b: ResolversParentTypes['Entity'], between: Array<ResolversParentTypes['Relationship']>, onlyA: Array<ResolversParentTypes['ComparedNeighborInfo']>, onlyB: Array<ResolversParentTypes['ComparedNeighborInfo']>, shared: Array<ResolversParentTypes['ComparedNeighborInfo']> };
  DeletedEntity: { entity: import("../../../domain/model.js").Entity; relationships: import("../../../domain/model.js").RelationshipView[] };
  EndpointsInfo: EndpointsInfo;
  Entity: EntityModel;
  EntityChangeInfo: Omit<EntityChangeInfo, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  EntityConnection: Omit<EntityConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Entity']> };
  EntityInput: EntityInput;
  Float: Scalars['Float']['output'];
  GraphInput: GraphInput;
  ID: Scalars['ID']['output'];
  ImportProblem: ImportProblem;
  ImportReport: ImportReportModel;
  Int: Scalars['Int']['output'];
  KindChangeCount: KindChangeCount;
  KindCount: KindCount;
  KindInfo: KindInfo;
  Mutation: Record<PropertyKey, never>;
  NeighborCount: NeighborCount;
  PageInfo: PageInfo;
  Path: PathModel;
  Query: Record<PropertyKey, never>;
  RelationTypeChangeCount: RelationTypeChangeCount;
  RelationTypeCount: RelationTypeCount;
  RelationTypeInfo: RelationTypeInfo;
  Relationship: RelationshipViewModel;
  RelationshipChangeInfo: Omit<RelationshipChangeInfo, 'relationship' | 'suspension'> & { relationship: ResolversParentTypes['Relationship'], suspension?: Maybe<ResolversParentTypes['Suspension']> };
  RelationshipInput: RelationshipInput;
  SearchHit: SearchHitModel;
  Source: SourceModel;
  SourceInput: SourceInput;
  Stats: Stats;
  String: Scalars['String']['output'];
  Subgraph: SubgraphModel;
  Suspension: SuspensionModel;
}>;

export type AlternativeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Alternative'] = ResolversParentTypes['Alternative']> = ResolversObject<{
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sinceDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  untilDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChangeReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ChangeReport'] = ResolversParentTypes['ChangeReport']> = ResolversObject<{
  byKind?: Resolver<Array<ResolversTypes['KindChangeCount']>, ParentType, ContextType>;
  byRelationType?: Resolver<Array<ResolversTypes['RelationTypeChangeCount']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['EntityChangeInfo']>, ParentType, ContextType>;
  fromDay?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['RelationshipChangeInfo']>, ParentType, ContextType>;
  toDay?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ComparedNeighborInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ComparedNeighborInfo'] = ResolversParentTypes['ComparedNeighborInfo']> = ResolversObject<{
  a?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  b?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  neighbor?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relationType?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
}>;

export type ComparisonCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ComparisonCount'] = ResolversParentTypes['ComparisonCount']> = ResolversObject<{
  between?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onlyA?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onlyB?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationType?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComparisonReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ComparisonReport'] = ResolversParentTypes['ComparisonReport']> = ResolversObject<{
  a?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  between?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  byRelationType?: Resolver<Array<ResolversTypes['ComparisonCount']>, ParentType, ContextType>;
  onlyA?: Resolver<Array<ResolversTypes['ComparedNeighborInfo']>, ParentType, ContextType>;
  onlyB?: Resolver<Array<ResolversTypes['ComparedNeighborInfo']>, ParentType, ContextType>;
  shared?: Resolver<Array<ResolversTypes['ComparedNeighborInfo']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ConfidenceResolvers = { HIGH: 'high', LOW: 'low', MEDIUM: 'medium' };

export type DeletedEntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['DeletedEntity'] = ResolversParentTypes['DeletedEntity']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
}>;

export type EndpointsInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EndpointsInfo'] = ResolversParentTypes['EndpointsInfo']> = ResolversObject<{
  fromKinds?: Resolver<Array<ResolversTypes['Kind']>, ParentType, ContextType>;
  toKinds?: Resolver<Array<ResolversTypes['Kind']>, ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['Kind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sinceDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  untilDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EntityChangeInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityChangeInfo'] = ResolversParentTypes['EntityChangeInfo']> = ResolversObject<{
  change?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EntityConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportProblemResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportProblem'] = ResolversParentTypes['ImportProblem']> = ResolversObject<{
  entry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = ResolversObject<{
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['ImportProblem']>, ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type KindChangeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['KindChangeCount'] = ResolversParentTypes['KindChangeCount']> = ResolversObject<{
  began?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['Kind'], ParentType, ContextType>;
}>;

export type KindCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['Kind'], ParentType, ContextType>;
}>;

export type KindInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['KindInfo'] = ResolversParentTypes['KindInfo']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  idPrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['Kind'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deleteEntity?: Resolver<ResolversTypes['DeletedEntity'], ParentType, ContextType, RequireFields<MutationDeleteEntityArgs, 'id'>>;
  deleteRelationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType, RequireFields<MutationDeleteRelationshipArgs, 'id'>>;
  importGraph?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationImportGraphArgs, 'dryRun' | 'input'>>;
  upsertEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationUpsertEntityArgs, 'input'>>;
  upsertRelationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType, RequireFields<MutationUpsertRelationshipArgs, 'input'>>;
}>;

export type NeighborCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NeighborCount'] = ResolversParentTypes['NeighborCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['Kind'], ParentType, ContextType>;
  relationType?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  weakestGrade?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  changes?: Resolver<ResolversTypes['ChangeReport'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'limit'>>;
  compare?: Resolver<ResolversTypes['ComparisonReport'], ParentType, ContextType, RequireFields<QueryCompareArgs, 'a' | 'b' | 'includeSuspended' | 'limit'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  kinds?: Resolver<Array<ResolversTypes['KindInfo']>, ParentType, ContextType>;
  neighborCounts?: Resolver<Array<ResolversTypes['NeighborCount']>, ParentType, ContextType, RequireFields<QueryNeighborCountsArgs, 'id' | 'includeSuspended'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'includeSuspended' | 'limit'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'includeSuspended' | 'limit' | 'maxLength' | 'mode' | 'to'>>;
  relationTypes?: Resolver<Array<ResolversTypes['RelationTypeInfo']>, ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<QueryRelationshipArgs, 'id'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType, RequireFields<QueryStatsArgs, 'includeSuspended'>>;
}>;

export type RelationTypeChangeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationTypeChangeCount'] = ResolversParentTypes['RelationTypeChangeCount']> = ResolversObject<{
  began?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationType?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  resumed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suspended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RelationTypeCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationTypeCount'] = ResolversParentTypes['RelationTypeCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationType?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
}>;

export type RelationTypeInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationTypeInfo'] = ResolversParentTypes['RelationTypeInfo']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endpoints?: Resolver<Array<ResolversTypes['EndpointsInfo']>, ParentType, ContextType>;
  fromKinds?: Resolver<Array<ResolversTypes['Kind']>, ParentType, ContextType>;
  likeToLike?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relationType?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  toKinds?: Resolver<Array<ResolversTypes['Kind']>, ParentType, ContextType>;
}>;

export type RelationshipResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = ResolversObject<{
  alternatives?: Resolver<Array<ResolversTypes['Alternative']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  credibility?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disputed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  grade?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reliability?: Resolver<ResolversTypes['Reliability'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sinceDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RelationshipStatus'], ParentType, ContextType>;
  suspensions?: Resolver<Array<ResolversTypes['Suspension']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  untilDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RelationshipChangeInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RelationshipChangeInfo'] = ResolversParentTypes['RelationshipChangeInfo']> = ResolversObject<{
  change?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType>;
  suspension?: Resolver<Maybe<ResolversTypes['Suspension']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reliability?: Resolver<ResolversTypes['Reliability'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type StatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = ResolversObject<{
  activeRelationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  byRelationType?: Resolver<Array<ResolversTypes['RelationTypeCount']>, ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suspendedRelationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubgraphResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SuspensionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Suspension'] = ResolversParentTypes['Suspension']> = ResolversObject<{
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sinceDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  untilDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ApiContext> = ResolversObject<{
  Alternative?: AlternativeResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  ChangeReport?: ChangeReportResolvers<ContextType>;
  ComparedNeighborInfo?: ComparedNeighborInfoResolvers<ContextType>;
  ComparisonCount?: ComparisonCountResolvers<ContextType>;
  ComparisonReport?: ComparisonReportResolvers<ContextType>;
  Confidence?: ConfidenceResolvers;
  DeletedEntity?: DeletedEntityResolvers<ContextType>;
  EndpointsInfo?: EndpointsInfoResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityChangeInfo?: EntityChangeInfoResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  ImportProblem?: ImportProblemResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  KindChangeCount?: KindChangeCountResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  KindInfo?: KindInfoResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighborCount?: NeighborCountResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RelationTypeChangeCount?: RelationTypeChangeCountResolvers<ContextType>;
  RelationTypeCount?: RelationTypeCountResolvers<ContextType>;
  RelationTypeInfo?: RelationTypeInfoResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  RelationshipChangeInfo?: RelationshipChangeInfoResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  Suspension?: SuspensionResolvers<ContextType>;
}>;

