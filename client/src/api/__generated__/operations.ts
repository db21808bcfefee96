/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** How firmly the cited sources support a relationship. */
export type Confidence =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** What an entity is; its id starts with the kind's prefix (see `kinds`). */
export type Kind =
  | 'ACTIVITY'
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
  | 'CONTRIBUTES_TO'
  | 'FOCUSES_ON'
  | 'HOSTS'
  | 'INVITED_TO'
  | 'LEADS'
  | 'LOCATED_IN'
  | 'MEMBER_OF'
  | 'PARTICIPATES_IN'
  | 'PARTNER_IN'
  | 'PART_OF'
  | 'SUCCEEDS'
  | 'USES';

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityDetailsQuery = { entity: { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: string | null }> } | null, neighborhood: { truncated: boolean, total: number, nodes: Array<{ id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null }>, edges: Array<{ id: string, type: RelationType, since: number | null, until: number | null, confidence: Confidence, role: string | null, note: string | null, from: { id: string }, to: { id: string }, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: string | null }> }> } };

export type SourceFieldsFragment = { id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: string | null };

export type EntityFieldsFragment = { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null };

export type RelationshipFieldsFragment = { id: string, type: RelationType, since: number | null, until: number | null, confidence: Confidence, role: string | null, note: string | null, from: { id: string }, to: { id: string }, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: string | null }> };

export type NeighborCountsQueryVariables = Exact<{
  id: string | number;
  asOf: number | null | undefined;
}>;


export type NeighborCountsQuery = { neighborCounts: Array<{ relationType: RelationType, kind: Kind, count: number }> };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth: number | null | undefined;
  kinds: Array<Kind> | Kind | null | undefined;
  relationTypes: Array<RelationType> | RelationType | null | undefined;
  asOf: number | null | undefined;
  limit: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, total: number, nodes: Array<{ id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null }>, edges: Array<{ id: string, type: RelationType, since: number | null, until: number | null, confidence: Confidence, role: string | null, note: string | null, from: { id: string }, to: { id: string }, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: string | null }> }> } };

export type PathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxLength: number | null | undefined;
  kinds: Array<Kind> | Kind | null | undefined;
  asOf: number | null | undefined;
  limit: number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, nodes: Array<{ id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null }>, edges: Array<{ id: string, type: RelationType, since: number | null, until: number | null, confidence: Confidence, role: string | null, note: string | null, from: { id: string }, to: { id: string }, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: string | null }> }> }> };

export type RelationshipDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type RelationshipDetailsQuery = { relationship: { id: string, type: RelationType, since: number | null, until: number | null, confidence: Confidence, role: string | null, note: string | null, from: { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null }, to: { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null }, sources: Array<{ id: string, title: string, url: string | null, publisher: string | null, date: string | null, reliability: string | null }> } | null };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds: Array<Kind> | Kind | null | undefined;
  asOf: number | null | undefined;
  first: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, entity: { id: string, kind: Kind, name: string, aliases: Array<string>, summary: string | null, since: number | null, until: number | null } }> };
