/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
  minReliability: Reliability | null | undefined;
  maxCredibility: number | null | undefined;
}>;


export type EntityDetailsQuery = { entity: { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> } | null, neighborhood: { truncated: boolean, total: number, nodes: Array<{ id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null }>, edges: Array<{ id: string, type: RelationType, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, status: RelationshipStatus, credibility: number, reliability: Reliability, grade: string, confidence: Confidence, disputed: boolean, role: string | null, note: string | null, from: { id: string }, to: { id: string }, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, alternatives: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }> } };

export type SourceFieldsFragment = { id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability };

export type EntityFieldsFragment = { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null };

export type RelationshipFieldsFragment = { id: string, type: RelationType, since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, status: RelationshipStatus, credibility: number, reliability: Reliability, grade: string, confidence: Confidence, disputed: boolean, role: string | null, note: string | null, from: { id: string }, to: { id: string }, suspensions: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, alternatives: Array<{ since: number | null, until: number | null, sinceDate: string | null, untilDate: string | null, note: string | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> }>, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: Reliability }> };

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
  kinds: Array<Kind> | Kind | null | undefined;
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
