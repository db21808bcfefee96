/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

/** A coarse view of a relationship's grade (docs/evidence-grading.md): HIGH for A–B with 1–2, LOW for E–F or 4–6, MEDIUM otherwise. */
export type Confidence =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

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

/** Which paths `paths` returns. */
export type PathMode =
  /** Every shortest path, ordered by their sequence of node ids. */
  | 'SHORTEST'
  /** Every simple path (no entity twice) up to `maxLength`, ranked by length, then weakest grade (best first), then node ids. */
  | 'SIMPLE';

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

export type ChangesQueryVariables = Exact<{
  from: number | null | undefined;
  to: number | null | undefined;
  fromDate: string | null | undefined;
  toDate: string | null | undefined;
  focus: string | number | null | undefined;
  depth: number | null | undefined;
  minReliability: Reliability | null | undefined;
  maxCredibility: number | null | undefined;
  limit: number | null | undefined;
}>;


export type ChangesQuery = { changes: { fromDay: string, toDay: string, total: number, truncated: boolean, relationships: Array<{ change: ChangeKind, year: number, date: string | null, relationship: { id: string, type: RelationType, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, status: RelationshipStatus, credibility: number, reliability: Reliability, grade: string, confidence: Confidence, disputed: boolean, role: string | null, note: string | null, from: { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }, to: { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, alternatives: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }, suspension: { sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> } | null }>, entities: Array<{ change: ChangeKind, year: number, date: string | null, entity: { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> } }> } };

export type CompareOwnQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  asOf: number | null | undefined;
  at: string | null | undefined;
  includeSuspended: boolean | null | undefined;
  minReliability: Reliability | null | undefined;
  maxCredibility: number | null | undefined;
}>;


export type CompareOwnQuery = { compare: { onlyA: Array<{ relationType: RelationType, neighbor: { id: string, kind: Kind, name: string }, a: Array<{ id: string, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, grade: string, role: string | null, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }>, sources: Array<{ id: string, title: string, url: string | null }> }>, b: Array<{ id: string, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, grade: string, role: string | null, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }>, sources: Array<{ id: string, title: string, url: string | null }> }> }>, onlyB: Array<{ relationType: RelationType, neighbor: { id: string, kind: Kind, name: string }, a: Array<{ id: string, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, grade: string, role: string | null, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }>, sources: Array<{ id: string, title: string, url: string | null }> }>, b: Array<{ id: string, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, grade: string, role: string | null, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }>, sources: Array<{ id: string, title: string, url: string | null }> }> }> } };

export type CompareQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  asOf: number | null | undefined;
  at: string | null | undefined;
  includeSuspended: boolean | null | undefined;
  minReliability: Reliability | null | undefined;
  maxCredibility: number | null | undefined;
}>;


export type CompareQuery = { compare: { truncated: boolean, a: { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }, b: { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }, between: Array<{ type: RelationType, id: string, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, grade: string, role: string | null, from: { id: string }, to: { id: string }, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }>, sources: Array<{ id: string, title: string, url: string | null }> }>, shared: Array<{ relationType: RelationType, neighbor: { id: string, kind: Kind, name: string }, a: Array<{ id: string, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, grade: string, role: string | null, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }>, sources: Array<{ id: string, title: string, url: string | null }> }>, b: Array<{ id: string, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, grade: string, role: string | null, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }>, sources: Array<{ id: string, title: string, url: string | null }> }> }>, byRelationType: Array<{ relationType: RelationType, shared: number, onlyA: number, onlyB: number, between: number }> } };

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
  minReliability: Reliability | null | undefined;
  maxCredibility: number | null | undefined;
}>;


export type EntityDetailsQuery = { entity: { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> } | null, neighborhood: { truncated: boolean, total: number, nodes: Array<{ id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }>, edges: Array<{ id: string, type: RelationType, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, status: RelationshipStatus, credibility: number, reliability: Reliability, grade: string, confidence: Confidence, disputed: boolean, role: string | null, note: string | null, from: { id: string }, to: { id: string }, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, alternatives: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }> } };

export type SourceFieldsFragment = { id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability };

export type EntityFieldsFragment = { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null };

export type RelationshipFieldsFragment = { id: string, type: RelationType, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, status: RelationshipStatus, credibility: number, reliability: Reliability, grade: string, confidence: Confidence, disputed: boolean, role: string | null, note: string | null, from: { id: string }, to: { id: string }, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, alternatives: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> };

export type ComparedRelationshipFieldsFragment = { id: string, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, grade: string, role: string | null, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }>, sources: Array<{ id: string, title: string, url: string | null }> };

export type ComparedNeighborFieldsFragment = { relationType: RelationType, neighbor: { id: string, kind: Kind, name: string }, a: Array<{ id: string, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, grade: string, role: string | null, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }>, sources: Array<{ id: string, title: string, url: string | null }> }>, b: Array<{ id: string, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, grade: string, role: string | null, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }>, sources: Array<{ id: string, title: string, url: string | null }> }> };

export type NeighborCountsQueryVariables = Exact<{
  id: string | number;
  asOf: number | null | undefined;
  at: string | null | undefined;
  includeSuspended: boolean | null | undefined;
  minReliability: Reliability | null | undefined;
  maxCredibility: number | null | undefined;
}>;


export type NeighborCountsQuery = { neighborCounts: Array<{ relationType: RelationType, kind: Kind, count: number }> };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth: number | null | undefined;
  kinds: Array<Kind> | Kind | null | undefined;
  relationTypes: Array<RelationType> | RelationType | null | undefined;
  asOf: number | null | undefined;
  at: string | null | undefined;
  includeSuspended: boolean | null | undefined;
  minReliability: Reliability | null | undefined;
  maxCredibility: number | null | undefined;
  limit: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, total: number, nodes: Array<{ id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }>, edges: Array<{ id: string, type: RelationType, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, status: RelationshipStatus, credibility: number, reliability: Reliability, grade: string, confidence: Confidence, disputed: boolean, role: string | null, note: string | null, from: { id: string }, to: { id: string }, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, alternatives: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }> } };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxLength: number | null | undefined;
  mode: PathMode | null | undefined;
  kinds: Array<Kind> | Kind | null | undefined;
  relationTypes: Array<RelationType> | RelationType | null | undefined;
  excludeIds: Array<string | number> | string | number | null | undefined;
  asOf: number | null | undefined;
  at: string | null | undefined;
  includeSuspended: boolean | null | undefined;
  minReliability: Reliability | null | undefined;
  maxCredibility: number | null | undefined;
  limit: number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, weakestGrade: string, nodes: Array<{ id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }>, edges: Array<{ id: string, type: RelationType, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, status: RelationshipStatus, credibility: number, reliability: Reliability, grade: string, confidence: Confidence, disputed: boolean, role: string | null, note: string | null, from: { id: string }, to: { id: string }, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, alternatives: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }> }> };

export type RelationshipDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type RelationshipDetailsQuery = { relationship: { id: string, type: RelationType, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, status: RelationshipStatus, credibility: number, reliability: Reliability, grade: string, confidence: Confidence, disputed: boolean, role: string | null, note: string | null, from: { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }, to: { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, alternatives: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> } | null };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds: Array<Kind> | Kind | null | undefined;
  asOf: number | null | undefined;
  at: string | null | undefined;
  first: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, entity: { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null } }> };
