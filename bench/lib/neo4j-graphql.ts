import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { CypherFiles } from '../../server/store/neo4j/cypher-files.js';
import { SCORE_EXACT, SCORE_PREFIX, SCORE_WORDS } from '../../server/store/search-text.js';

/**
 * @neo4j/graphql over the same labels and properties. `entity` is a native operation (the generated
 * `entities(where: { id: { eq } })`). The library has no native operation for an undirected
 * breadth-first neighbourhood over every relationship type, for shortest paths, or for our scored
 * full-text search, so those are `@cypher` fields. Search and neighbourhood run our own store
 * statement (cypher/queries/*.cypher, unused filters bound to null), wrapped to return one column,
 * so the comparison measures the library's translation and projection around the same Cypher.
 * Paths cannot: the store walks them over several statements, and a @cypher field runs one, so it
 * is the single ALL SHORTEST statement of cypher/bench/paths-all-shortest.cypher, which enumerates
 * every shortest path before cutting to the limit. The store orders and cuts the neighbourhood's levels in
 * JavaScript between its two statements; here APOC's coll.sort does it between the two, in one
 * statement.
 */
export async function neo4jGraphQLSchema(driver: Driver): Promise<GraphQLSchema> {
  const cypher = CypherFiles.load();
  const unfiltered = (name: string, includeSuspended = true): string =>
    cypher
      .statement(name)
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n')
      .replace(/\$kinds\b/g, 'null')
      .replace(/\$types\b/g, 'null')
      // All time and any evidence, suspended facts as the API's default for the read.
      .replace(/\$(lo|hi|minReliability|maxCredibility)\b/g, 'null')
      .replace(/\$includeSuspended\b/g, String(includeSuspended))
      .replace(/\$exact\b/g, String(SCORE_EXACT))
      .replace(/\$prefix\b/g, String(SCORE_PREFIX))
      .replace(/\$wordScore\b/g, String(SCORE_WORDS))
      .replace(/"/g, '\\"');
  // Step 2 of the neighbourhood reads the kept ids from the enclosing query instead of a parameter.
  const statements: Record<string, string> = {
    'queries/search': unfiltered('queries/search'),
    'queries/neighborhood': unfiltered('queries/neighborhood'),
    'queries/neighborhood-subgraph': unfiltered('queries/neighborhood-subgraph')
      .replace(/CALL \(\) \{/g, 'CALL (ids) {')
      .replace(/\$ids\b/g, 'ids'),
    'bench/paths-all-shortest': unfiltered('bench/paths-all-shortest', false),
  };
  /** A cypher/bench/peer-* template with each «name» replaced by that statement. */
  const peer = (template: string): string =>
    cypher
      .statement(template)
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n')
      .replace(/«([\w/-]+)»/g, (_, name: string) => statements[name]!);
  const search = peer('bench/peer-search');
  const neighborhood = peer('bench/peer-neighborhood');
  const paths = peer('bench/peer-paths');
  const typeDefs = /* GraphQL */ `
    type Entity @node(labels: ["Entity"]) {
      id: ID!
      kind: String!
      name: String!
      aliases: [String!]
      summary: String
      since: Int
      until: Int
      version: Int
    }
    type BenchNode {
      id: ID!
      kind: String!
      name: String!
      since: Int
      until: Int
    }
    type BenchEdge {
      id: ID!
      type: String!
      from: ID!
      to: ID!
      since: Int
      until: Int
      credibility: Int
      reliability: String
    }
    type BenchSubgraph {
      total: Int!
      nodes: [BenchNode!]!
      edges: [BenchEdge!]!
    }
    type BenchPath {
      nodes: [BenchNode!]!
      edges: [BenchEdge!]!
    }
    type Query {
      search(lucene: String!, q: String!, words: [String!]!, first: Int!): [BenchNode!]!
        @cypher(statement: """${search}""", columnName: "entity")
      neighborhood(id: ID!, depth: Int!, limit: Int!): BenchSubgraph
        @cypher(statement: """${neighborhood}""", columnName: "result")
      paths(from: ID!, to: ID!, maxLength: Int!, limit: Int!): [BenchPath!]!
        @cypher(statement: """${paths}""", columnName: "path")
    }
  `;
  return new Neo4jGraphQL({ typeDefs, driver }).getSchema();
}
