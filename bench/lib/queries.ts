import { ALWAYS, type When } from '../../domain/valid-at.js';
import { ANY_EVIDENCE, type EvidenceFilter } from '../../domain/evidence.js';
import { timeParams } from '../../server/store/neo4j/read-params.js';
import { SCORE_EXACT, SCORE_PREFIX, SCORE_WORDS, fold, words } from '../../server/store/search-text.js';
import type { SyntheticGraph } from './generate.js';
import { createRng } from './prng.js';

/** The query mix. Keys are stable: they name rows in latest.json. */
export const QUERIES = [
  'entity',
  'search',
  'neighborhood1',
  'neighborhood2',
  'neighborhood1At',
  'neighborhood1Evidence',
  'paths',
  'pathsSimple',
  'changes',
  'compare',
] as const;
export type QueryName = (typeof QUERIES)[number];

/**
 * Measured on our API only (on Neo4j and on the embedded store): the store builds these answers in
 * JavaScript from several statements (server/store/simple-paths.ts, change-report.ts,
 * comparison.ts), so a floor or a @cypher field for them would be a second implementation, not the
 * same work.
 */
export const API_ONLY: ReadonlySet<QueryName> = new Set(['pathsSimple', 'changes', 'compare']);
export type ComparedQuery = Exclude<QueryName, 'pathsSimple' | 'changes' | 'compare'>;
/** The years of the change report: a decade with many changes in the synthetic graph. */
export const CHANGES_WINDOW = { from: 2010, to: 2020 };

/** The day the `at` reads ask about: late in the synthetic years (1949–2025), where most facts are. */
export const AT_DAY = '2015-06-30';
/** The evidence filter of the filtered read: a middle setting, so it keeps some facts and drops others. */
export const EVIDENCE: EvidenceFilter = { minReliability: 'B', maxCredibility: 3 };

export const QUERY_LABEL: Record<QueryName, string> = {
  entity: 'entity',
  search: 'search',
  neighborhood1: 'neighborhood d1',
  neighborhood2: 'neighborhood d2 (limit 200)',
  neighborhood1At: `neighborhood d1 at ${AT_DAY}`,
  neighborhood1Evidence: `neighborhood d1 evidence ≥${EVIDENCE.minReliability ?? ''}/≤${EVIDENCE.maxCredibility ?? ''}`,
  paths: 'paths (maxLength 4)',
  pathsSimple: 'simple paths (maxLength 4)',
  changes: `changes ${CHANGES_WINDOW.from}–${CHANGES_WINDOW.to}, whole graph`,
  compare: 'compare two hubs',
};

/** Depth 2 is capped by the API's `limit` (nodes kept), the explorer's default. */
export const NEIGHBORHOOD_LIMIT = 200;
export const PATHS_MAX_LENGTH = 4;
export const PATHS_LIMIT = 3;
export const SEARCH_FIRST = 10;

/** What a query asks of the store: the read and its time and evidence filters (the API's defaults elsewhere). */
export interface Read {
  read: 'entity' | 'search' | 'neighborhood' | 'paths' | 'changes' | 'compare';
  depth?: number;
  when: When;
  evidence: EvidenceFilter;
  /** The API's default for the read: neighbourhoods use suspended facts, paths do not. */
  includeSuspended: boolean;
}
const plain = (read: Read['read'], extra: Partial<Read> = {}): Read => ({
  read,
  when: ALWAYS,
  evidence: ANY_EVIDENCE,
  includeSuspended: read !== 'paths',
  ...extra,
});
export const READS: Record<QueryName, Read> = {
  entity: plain('entity'),
  search: plain('search'),
  neighborhood1: plain('neighborhood', { depth: 1 }),
  neighborhood2: plain('neighborhood', { depth: 2 }),
  neighborhood1At: plain('neighborhood', { depth: 1, when: { asOf: null, at: AT_DAY } }),
  neighborhood1Evidence: plain('neighborhood', { depth: 1, evidence: EVIDENCE }),
  paths: plain('paths'),
  pathsSimple: plain('paths'),
  changes: plain('changes'),
  compare: plain('compare'),
};

/**
 * How target (c), @neo4j/graphql, answers each query. `native`: its own translation (entity).
 * `same`: our store's statement with the same parameters, passed as @cypher arguments, so a/c
 * measures the library around the same Cypher. `different`: the work cannot be expressed as one
 * @cypher statement the way the store does it, so (c) runs another algorithm, reported for
 * reference and kept out of every same-Cypher ratio and target.
 */
export const PEER: Record<QueryName, { kind: 'native' | 'same' | 'different' | 'none'; why?: string }> = {
  entity: { kind: 'native' },
  search: { kind: 'same' },
  neighborhood1: {
    kind: 'different',
    why: 'our two statements in one, ordered and cut by APOC between them: one round trip where the store makes two and sorts in JavaScript',
  },
  neighborhood2: { kind: 'different', why: 'as neighborhood d1' },
  neighborhood1At: { kind: 'different', why: 'as neighborhood d1' },
  neighborhood1Evidence: { kind: 'different', why: 'as neighborhood d1' },
  paths: {
    kind: 'different',
    why: "one ALL SHORTEST statement (bounded by maxLength, over the same usable relationships) that enumerates every shortest path before the limit, where the store's walk stops at it",
  },
  pathsSimple: { kind: 'none', why: 'as changes' },
  changes: {
    kind: 'none',
    why: 'measured on our API only (no floor, no (c)): the store builds the report in JavaScript from several statements, so either would be a second implementation',
  },
  compare: { kind: 'none', why: 'as changes' },
};

/** Our API's documents: the fields the explorer needs, no sources (those are a second round trip). */
const NODE = 'id kind name since until';
const EDGE = 'id type from { id } to { id } since until confidence';
const apiNeighborhood = (name: string, r: Read): string => {
  const args = [
    `id: $id, depth: ${r.depth ?? 1}, limit: ${NEIGHBORHOOD_LIMIT}`,
    r.when.at !== null ? `, at: "${r.when.at}"` : '',
    r.evidence.minReliability !== null ? `, minReliability: ${r.evidence.minReliability}` : '',
    r.evidence.maxCredibility !== null ? `, maxCredibility: ${r.evidence.maxCredibility}` : '',
  ].join('');
  return `query ${name}($id: ID!) { neighborhood(${args}) { total truncated nodes { ${NODE} } edges { ${EDGE} } } }`;
};
export const API_DOCUMENTS: Record<QueryName, string> = {
  entity: 'query Entity($id: ID!) { entity(id: $id) { id kind name aliases summary since until version } }',
  search: `query Search($text: String!) { search(text: $text, first: ${SEARCH_FIRST}) { score entity { ${NODE} } } }`,
  neighborhood1: apiNeighborhood('N1', READS.neighborhood1),
  neighborhood2: apiNeighborhood('N2', READS.neighborhood2),
  neighborhood1At: apiNeighborhood('N1At', READS.neighborhood1At),
  neighborhood1Evidence: apiNeighborhood('N1Evidence', READS.neighborhood1Evidence),
  paths: `query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: ${PATHS_MAX_LENGTH}, limit: ${PATHS_LIMIT}) { length nodes { ${NODE} } edges { ${EDGE} } } }`,
  pathsSimple: `query SimplePaths($from: ID!, $to: ID!) { paths(from: $from, to: $to, mode: SIMPLE, maxLength: ${PATHS_MAX_LENGTH}, limit: ${PATHS_LIMIT}) { length nodes { ${NODE} } edges { ${EDGE} } } }`,
  // The explorer's workbench asks these around the entity in view.
  changes: `query Changes { changes(from: ${CHANGES_WINDOW.from}, to: ${CHANGES_WINDOW.to}) { total truncated relationships { change year date relationship { ${EDGE} } } entities { change year date entity { ${NODE} } } byRelationType { relationType began ended suspended resumed } } }`,
  compare: `query Compare($from: ID!, $to: ID!) { compare(a: $from, b: $to) { a { ${NODE} } b { ${NODE} } between { ${EDGE} } shared { relationType neighbor { ${NODE} } } onlyA { relationType neighbor { ${NODE} } } onlyB { relationType neighbor { ${NODE} } } byRelationType { relationType shared onlyA onlyB between } truncated } }`,
};

/** @neo4j/graphql's documents (schema in neo4j-graphql.ts): entity is native, the rest @cypher fields taking our statements' parameters. */
const BNODE = 'id kind name since until';
const BEDGE = 'id type from to since until credibility reliability';
const FILTER_VARS = '$kinds: [String!], $lo: String, $hi: String';
const EVIDENCE_VARS = '$minReliability: String, $maxCredibility: Int, $includeSuspended: Boolean!';
const FILTER_ARGS = 'kinds: $kinds, lo: $lo, hi: $hi';
const EVIDENCE_ARGS =
  'minReliability: $minReliability, maxCredibility: $maxCredibility, includeSuspended: $includeSuspended';
const peerNeighborhood = (name: string, depth: number): string =>
  `query ${name}($id: ID!, ${FILTER_VARS}, $types: [String!], ${EVIDENCE_VARS}) { neighborhood(id: $id, depth: ${depth}, limit: ${NEIGHBORHOOD_LIMIT}, ${FILTER_ARGS}, types: $types, ${EVIDENCE_ARGS}) { total nodes { ${BNODE} } edges { ${BEDGE} } } }`;
export const NEO4J_GRAPHQL_DOCUMENTS: Record<ComparedQuery, string> = {
  entity:
    'query Entity($id: ID!) { entities(where: { id: { eq: $id } }) { id kind name aliases summary since until version } }',
  search: `query Search($lucene: String!, $q: String!, $words: [String!]!, ${FILTER_VARS}, $exact: Float!, $prefix: Float!, $wordScore: Float!) { search(lucene: $lucene, q: $q, words: $words, ${FILTER_ARGS}, first: ${SEARCH_FIRST}, exact: $exact, prefix: $prefix, wordScore: $wordScore) { ${BNODE} } }`,
  neighborhood1: peerNeighborhood('N1', 1),
  neighborhood2: peerNeighborhood('N2', 2),
  neighborhood1At: peerNeighborhood('N1At', 1),
  neighborhood1Evidence: peerNeighborhood('N1Evidence', 1),
  paths: `query Paths($from: ID!, $to: ID!, ${FILTER_VARS}, ${EVIDENCE_VARS}) { paths(from: $from, to: $to, maxLength: ${PATHS_MAX_LENGTH}, limit: ${PATHS_LIMIT}, ${FILTER_ARGS}, ${EVIDENCE_ARGS}) { nodes { ${BNODE} } edges { ${BEDGE} } } }`,
};

/** The parameters our statements take for a query's filters, as the store binds them (read-params.ts), in JSON. */
export function filterVariables(query: ComparedQuery): Vars {
  const r = READS[query];
  const base: Vars = { kinds: null, ...timeParams(r.when) };
  if (r.read === 'search') return { ...base, exact: SCORE_EXACT, prefix: SCORE_PREFIX, wordScore: SCORE_WORDS };
  if (r.read === 'entity') return {};
  return {
    ...base,
    ...(r.read === 'neighborhood' ? { types: null } : {}),
    minReliability: r.evidence.minReliability,
    maxCredibility: r.evidence.maxCredibility,
    includeSuspended: r.includeSuspended,
  };
}

/** The Lucene query the Neo4j store builds for a search text (Neo4jStore.search). */
export function luceneFor(text: string): string {
  return words(text)
    .map((w) => `${w.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&')}*`)
    .join(' AND ');
}

export type Vars = Record<string, string | string[] | number | boolean | null>;

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
  // The filtered reads' ids are drawn last, so the other lists (and their requests) stay those of earlier runs.
  const lists = {
    entity: Array.from({ length: count }, one),
    search: texts,
    neighborhood1: Array.from({ length: count }, one),
    neighborhood2: Array.from({ length: count }, one),
    paths: pairs,
  };
  return {
    ...lists,
    neighborhood1At: Array.from({ length: count }, one),
    neighborhood1Evidence: Array.from({ length: count }, one),
    pathsSimple: pairs,
    // The worst cases: the change report of the whole graph, and two hubs side by side.
    changes: [{}],
    compare: hubPairs(graph),
  };
}

/** Every ordered pair of the graph's five biggest hubs: the largest comparisons. */
function hubPairs(graph: SyntheticGraph): Vars[] {
  const hubs = graph.hubs.slice(0, 5);
  return hubs.flatMap((from) => hubs.filter((to) => to !== from).map((to) => ({ from, to })));
}
