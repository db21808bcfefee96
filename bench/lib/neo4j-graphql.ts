import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { CypherFiles } from '../../server/store/neo4j/cypher-files.js';
import { PATHS_MAX_LENGTH } from './queries.js';

/**
 * @neo4j/graphql over the same labels and properties (which work each query gets: PEER in
 * queries.ts). `entity` is a native operation (the generated `entities(where: { id: { eq } })`).
 * The library has no native operation for our scored full-text search, an undirected breadth-first
 * neighbourhood over every relationship type, or shortest paths, so those are `@cypher` fields.
 * Every parameter of our statements is a field argument, sent as a variable with the value the
 * store binds (null where no filter applies): a @cypher field passes its arguments as parameters,
 * so the planner sees the same parameterised statement, never a literal it could fold away.
 * Search is our statement as it is. The neighbourhood is our two statements in one (a @cypher
 * field runs one), ordered and cut between them by APOC where the store does it in JavaScript, and
 * paths are one bounded ALL SHORTEST statement (cypher/bench/paths-all-shortest.cypher) where the
 * store walks several: both are other algorithms, reported apart from the same-Cypher comparisons.
 */
export async function neo4jGraphQLSchema(driver: Driver): Promise<GraphQLSchema> {
  const cypher = CypherFiles.load();
  const body = (name: string): string =>
    cypher
      .statement(name)
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n')
      .replace(/"/g, '\\"');
  const statements: Record<string, string> = {
    'queries/search': body('queries/search'),
    'queries/neighborhood': body('queries/neighborhood'),
    // Step 2 of the neighbourhood reads the kept ids from the enclosing query instead of a parameter.
    'queries/neighborhood-subgraph': body('queries/neighborhood-subgraph')
      .replace(/CALL \(\) \{/g, 'CALL (ids) {')
      .replace(/\$ids\b/g, 'ids'),
    // A variable-length bound cannot be a parameter: the benchmark's maxLength is written in.
    'bench/paths-all-shortest': body('bench/paths-all-shortest').replace(/«maxLength»/g, String(PATHS_MAX_LENGTH)),
  };
  /** A cypher/bench/peer-* template with each «name» replaced by that statement. */
  const peer = (template: string): string =>
    body(template).replace(/«([\w/-]+)»/g, (_, name: string) => statements[name]!);
  const filters = 'kinds: [String!], lo: String, hi: String';
  const evidence = 'minReliability: String, maxCredibility: Int, includeSuspended: Boolean!';
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
      search(lucene: String!, q: String!, words: [String!]!, ${filters}, first: Int!, exact: Float!, prefix: Float!, wordScore: Float!): [BenchNode!]!
        @cypher(statement: """${peer('bench/peer-search')}""", columnName: "entity")
      neighborhood(id: ID!, depth: Int!, limit: Int!, ${filters}, types: [String!], ${evidence}): BenchSubgraph
        @cypher(statement: """${peer('bench/peer-neighborhood')}""", columnName: "result")
      paths(from: ID!, to: ID!, maxLength: Int!, limit: Int!, ${filters}, ${evidence}): [BenchPath!]!
        @cypher(statement: """${peer('bench/peer-paths')}""", columnName: "path")
    }
  `;
  return new Neo4jGraphQL({ typeDefs, driver }).getSchema();
}
