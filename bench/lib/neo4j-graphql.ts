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
  const search = unfiltered('queries/search');
  const neighborhood = unfiltered('queries/neighborhood');
  // Step 2 reads the kept ids from the enclosing query instead of a parameter.
  const subgraph = unfiltered('queries/neighborhood-subgraph')
    .replace(/CALL \(\) \{/g, 'CALL (ids) {')
    .replace(/\$ids\b/g, 'ids');
  // The store's paths is a walk over several statements (an ordered walk that stops at the limit);
  // a @cypher field runs one statement, so (c) answers paths with the one-statement ALL SHORTEST.
  const paths = unfiltered('bench/paths-all-shortest', false);
  // The @cypher wrappers stay inline: each splices a statement's text into the one statement a
  // field runs, and a field's Cypher receives only the field's arguments as parameters.
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
        @cypher(
          statement: """
          CALL () {
          ${search}
          }
          RETURN entity
          """
          columnName: "entity"
        )
      neighborhood(id: ID!, depth: Int!, limit: Int!): BenchSubgraph
        @cypher(
          statement: """
          CALL () {
          ${neighborhood}
          }
          WITH focus, apoc.coll.sort(level1) + apoc.coll.sort(level2) + apoc.coll.sort(level3) AS reached
          WITH size(reached) AS total, [focus.id] + reached[..$limit] AS ids
          CALL (ids) {
          ${subgraph}
          }
          RETURN { total: total, nodes: nodes, edges: edges } AS result
          """
          columnName: "result"
        )
      paths(from: ID!, to: ID!, maxLength: Int!, limit: Int!): [BenchPath!]!
        @cypher(
          statement: """
          CALL () {
          ${paths}
          }
          UNWIND paths AS path
          RETURN path
          """
          columnName: "path"
        )
    }
  `;
  return new Neo4jGraphQL({ typeDefs, driver }).getSchema();
}
