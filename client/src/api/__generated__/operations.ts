/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Confidence =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type EntityInput = {
  aliases: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  kind: Kind;
  name: Scalars['String']['input'];
  since: InputMaybe<Scalars['Int']['input']>;
  /** Ids of existing sources; at least one. */
  sources: Array<Scalars['ID']['input']>;
  summary: InputMaybe<Scalars['String']['input']>;
  until: InputMaybe<Scalars['Int']['input']>;
};

export type GraphInput = {
  entities: InputMaybe<Array<EntityInput>>;
  relationships: InputMaybe<Array<RelationshipInput>>;
  sources: InputMaybe<Array<SourceInput>>;
};

export type Kind =
  | 'ACTIVITY'
  | 'FRAMEWORK'
  | 'INSTITUTION'
  | 'MECHANISM'
  | 'ORGANIZATION'
  | 'REGION'
  | 'STATE'
  | 'THREAT';

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

export type RelationshipInput = {
  confidence: Confidence;
  from: Scalars['ID']['input'];
  /** Defaults to from/TYPE/to/since. */
  id: InputMaybe<Scalars['ID']['input']>;
  note: InputMaybe<Scalars['String']['input']>;
  role: InputMaybe<Scalars['String']['input']>;
  since: InputMaybe<Scalars['Int']['input']>;
  sources: Array<Scalars['ID']['input']>;
  to: Scalars['ID']['input'];
  type: RelationType;
  until: InputMaybe<Scalars['Int']['input']>;
};

export type SourceInput = {
  date: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  publisher: InputMaybe<Scalars['String']['input']>;
  reliability: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  url: InputMaybe<Scalars['String']['input']>;
};
