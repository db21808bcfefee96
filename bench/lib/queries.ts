import { fold, words } from '../../server/store/search-text.js';
import type { SyntheticGraph } from './generate.js';
import { createRng } from './prng.js';

/** The query mix. Keys are stable: they name rows in latest.json. */
export const QUERIES = ['entity', 'search', 'neighborhood1', 'neighborhood2', 'paths'] as const;
export type QueryName = (typeof QUERIES)[number];

export const QUERY_LABEL: Record<QueryName, string> = {
  entity: 'entity',
  search: 'search',
  neighborhood1: 'neighborhood d1',
  neighborhood2: 'neighborhood d2 (limit 200)',
  paths: 'paths (maxLength 4)',
};

/** Depth 2 is capped by the API's `limit` (nodes kept), the explorer's default. */
export const NEIGHBORHOOD_LIMIT = 200;
export const PATHS_MAX_LENGTH = 4;
export const PATHS_LIMIT = 3;
export const SEARCH_FIRST = 10;

/** Our API's documents: the fields the explorer needs, no sources (those are a second round trip). */
const NODE = 'id kind name since until';
const EDGE = 'id type from { id } to { id } since until confidence';
export const API_DOCUMENTS: Record<QueryName, string> = {
  entity: 'query Entity($id: ID!) { entity(id: $id) { id kind name aliases summary since until version } }',
  search: `query Search($text: String!) { search(text: $text, first: ${SEARCH_FIRST}) { score entity { ${NODE} } } }`,
  neighborhood1: `query N1($id: ID!) { neighborhood(id: $id, depth: 1, limit: ${NEIGHBORHOOD_LIMIT}) { total truncated nodes { ${NODE} } edges { ${EDGE} } } }`,
  neighborhood2: `query N2($id: ID!) { neighborhood(id: $id, depth: 2, limit: ${NEIGHBORHOOD_LIMIT}) { total truncated nodes { ${NODE} } edges { ${EDGE} } } }`,
  paths: `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: ${PATHS_MAX_LENGTH}, limit: ${PATHS_LIMIT}) { length nodes { ${NODE} } edges { ${EDGE} } } }`,
};

/** @neo4j/graphql's documents (schema in neo4j-graphql.ts): entity is native, the rest @cypher. */
const BNODE = 'id kind name since until';
const BEDGE = 'id type from to since until credibility reliability';
export const NEO4J_GRAPHQL_DOCUMENTS: Record<QueryName, string> = {
  entity:
    'query Entity($id: ID!) { entities(where: { id: { eq: $id } }) { id kind name aliases summary since until version } }',
  search: `query Search($lucene: String!, $q: String!, $words: [String!]!) { search(lucene: $lucene, q: $q, words: $words, first: ${SEARCH_FIRST}) { ${BNODE} } }`,
  neighborhood1: `query N1($id: ID!) { neighborhood(id: $id, depth: 1, limit: ${NEIGHBORHOOD_LIMIT}) { total nodes { ${BNODE} } edges { ${BEDGE} } } }`,
  neighborhood2: `query N2($id: ID!) { neighborhood(id: $id, depth: 2, limit: ${NEIGHBORHOOD_LIMIT}) { total nodes { ${BNODE} } edges { ${BEDGE} } } }`,
  paths: `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: ${PATHS_MAX_LENGTH}, limit: ${PATHS_LIMIT}) { nodes { ${BNODE} } edges { ${BEDGE} } } }`,
};

/** The Lucene query the Neo4j store builds for a search text (Neo4jStore.search). */
export function luceneFor(text: string): string {
  return words(text)
    .map((w) => `${w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')}*`)
    .join(' AND ');
}

export type Vars = Record<string, string | string[]>;

/** Per query, a precomputed list of variables; requests cycle through it. */
export type VariableLists = Record<QueryName, Vars[]>;

/**
 * Deterministic request variables: focus ids drawn uniformly over entities (so mostly low-degree
 * activities, sometimes a hub), path pairs of random entities, search texts taken from real names
 * (whole names, one word, a prefix, two words).
 */
export function variableLists(graph: SyntheticGraph, count = 500): VariableLists {
  const rng = createRng(graph.seed ^ 0x5eed);
  const ids = graph.entities.map((e) => e.id);
  const one = () => ({ id: rng.pick(ids) });
  const texts: Vars[] = [];
  while (texts.length < count) {
    const e = rng.pick(graph.entities);
    const ws = e.name.split(/\s+/).filter((w) => fold(w).length >= 3);
    if (ws.length === 0) continue;
    const form = rng.int(4);
    const text =
      form === 0
        ? e.name
        : form === 1
          ? rng.pick(ws)
          : form === 2
            ? rng.pick(ws).slice(0, 4)
            : ws.slice(0, 2).join(' ');
    if (words(text).length === 0) continue;
    texts.push({ text, lucene: luceneFor(text), q: words(text).join(' '), words: words(text) });
  }
  const pairs: Vars[] = [];
  while (pairs.length < count) {
    const from = rng.pick(ids);
    const to = rng.pick(ids);
    if (from !== to) pairs.push({ from, to });
  }
  return {
    entity: Array.from({ length: count }, one),
    search: texts,
    neighborhood1: Array.from({ length: count }, one),
    neighborhood2: Array.from({ length: count }, one),
    paths: pairs,
  };
}
