import { createServer, type Server } from 'node:http';
import neo4j, { routing, type Driver } from 'neo4j-driver';
import { NotFoundError } from '../../server/errors.js';
import { compareStrings } from '../../server/store/arguments.js';
import { confidenceOf } from '../../domain/evidence.js';
import type { Entity, Relationship, Reliability } from '../../domain/model.js';
import { CypherFiles } from '../../server/store/neo4j/cypher-files.js';
import { PATHS_STATEMENTS, pathsOverNeo4j, type PathsStatement } from '../../server/store/neo4j/paths-graph.js';
import { filterParams, timeParams } from '../../server/store/neo4j/read-params.js';
import { toEntity, toRelationship } from '../../server/store/neo4j/to-domain.js';
import { SCORE_EXACT, SCORE_PREFIX, SCORE_WORDS, words } from '../../server/store/search-text.js';
import {
  NEIGHBORHOOD_LIMIT,
  PATHS_LIMIT,
  PATHS_MAX_LENGTH,
  READS,
  SEARCH_FIRST,
  luceneFor,
  type ComparedQuery,
  type Read,
  type Vars,
} from './queries.js';

/**
 * The floor: the store's own statements (cypher/queries/*.cypher, read through the store's
 * CypherFiles loader, so byte for byte the same text), the same parameters, run with neo4j-driver's
 * executeQuery behind a bare node:http endpoint, answering with the same JSON our GraphQL API sends
 * for the documents in queries.ts. No GraphQL, no express, no validation: what (a) costs beyond it is
 * the API's own overhead.
 *
 * Request: POST / {"q": "<query name>", "v": {variables}}.
 */
type Row = Record<string, unknown>;

/** A query's time and evidence as the store binds them (READS: the API's defaults unless the query sets a filter). */
const filtersOf = (r: Read) => filterParams(r.when, { ...r.evidence, includeSuspended: r.includeSuspended });

const node = (e: Entity) => ({ id: e.id, kind: e.kind, name: e.name, since: e.since, until: e.until });
const edge = (r: Relationship & { reliability: Reliability }) => ({
  id: r.id,
  type: r.type,
  from: { id: r.from },
  to: { id: r.to },
  since: r.since,
  until: r.until,
  confidence: confidenceOf(r).toUpperCase(),
});

export function createFloorServer(driver: Driver, database = 'neo4j'): Server {
  const cypher = CypherFiles.load();
  const statements = {
    entity: cypher.statement('queries/entity'),
    search: cypher.statement('queries/search'),
    neighborhood: cypher.statement('queries/neighborhood'),
    neighborhoodSubgraph: cypher.statement('queries/neighborhood-subgraph'),
  };
  const pathStatements = Object.fromEntries(
    Object.entries(PATHS_STATEMENTS).map(([name, file]) => [name, cypher.statement(file)]),
  ) as Record<PathsStatement, string>;
  const read = async (statement: string, params: Row): Promise<Row[]> => {
    const result = await driver.executeQuery(statement, params, { routing: routing.READ, database });
    return result.records.map((r) => r.toObject());
  };
  /** Two statements in one read transaction, ordered and cut between them, as Neo4jStore.neighborhood does. */
  const neighborhood = async (id: string, read: Read) => {
    const filters = filtersOf(read);
    const session = driver.session({ database, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead(async (tx) => {
        const first = await tx.run(statements.neighborhood, {
          id,
          depth: neo4j.int(read.depth ?? 1),
          kinds: null,
          types: null,
          ...filters,
        });
        const row = first.records[0]?.toObject();
        if (!row) return { errors: [{ message: `No Entity with id '${id}'` }] };
        const focus = toEntity(row.focus as Row);
        if (row.visible !== true) {
          return { data: { neighborhood: { total: 0, truncated: false, nodes: [node(focus)], edges: [] } } };
        }
        const levels = [row.level1, row.level2, row.level3].map((l) => (l as string[]).sort(compareStrings));
        const total = levels.reduce((n, l) => n + l.length, 0);
        const kept = levels.flat().slice(0, NEIGHBORHOOD_LIMIT);
        const second = await tx.run(statements.neighborhoodSubgraph, {
          ids: [focus.id, ...kept],
          types: null,
          ...filters,
        });
        const sub = second.records[0]!.toObject();
        const byId = new Map((sub.nodes as Row[]).map((n) => [n.id as string, toEntity(n)]));
        return {
          data: {
            neighborhood: {
              total,
              truncated: total > NEIGHBORHOOD_LIMIT,
              nodes: [focus, ...kept.map((k) => byId.get(k)!)].map(node),
              edges: (sub.edges as Row[]).map(toRelationship).map(edge),
            },
          },
        };
      });
    } finally {
      await session.close();
    }
  };
  const handlers: Record<ComparedQuery, (v: Vars) => Promise<unknown>> = {
    entity: async (v) => {
      const row = (await read(statements.entity, { id: v.id }))[0];
      const e = row ? toEntity(row.entity as Row) : null;
      return {
        data: {
          entity: e && {
            id: e.id,
            kind: e.kind,
            name: e.name,
            aliases: e.aliases,
            summary: e.summary,
            since: e.since,
            until: e.until,
            version: e.version,
          },
        },
      };
    },
    search: async (v) => {
      const text = typeof v.text === 'string' ? v.text : '';
      const ws = words(text);
      if (ws.length === 0) return { data: { search: [] } };
      const rows = await read(statements.search, {
        lucene: luceneFor(text),
        q: ws.join(' '),
        words: ws,
        kinds: null,
        ...timeParams(READS.search.when),
        first: neo4j.int(SEARCH_FIRST),
        exact: SCORE_EXACT,
        prefix: SCORE_PREFIX,
        wordScore: SCORE_WORDS,
      });
      return {
        data: { search: rows.map((r) => ({ score: r.score as number, entity: node(toEntity(r.entity as Row)) })) },
      };
    },
    neighborhood1: (v) => neighborhood(String(v.id), READS.neighborhood1),
    neighborhood2: (v) => neighborhood(String(v.id), READS.neighborhood2),
    neighborhood1At: (v) => neighborhood(String(v.id), READS.neighborhood1At),
    neighborhood1Evidence: (v) => neighborhood(String(v.id), READS.neighborhood1Evidence),
    // As Neo4jStore.paths: the store's paths statements in one read transaction, driven by the walk.
    paths: async (v) => {
      const session = driver.session({ database, defaultAccessMode: 'READ' });
      try {
        const args = {
          from: String(v.from),
          to: String(v.to),
          maxLength: PATHS_MAX_LENGTH,
          kinds: null,
          when: READS.paths.when,
          evidence: { ...READS.paths.evidence, includeSuspended: READS.paths.includeSuspended },
          limit: PATHS_LIMIT,
        };
        const paths = await session.executeRead((tx) =>
          pathsOverNeo4j(
            async (name, params) => (await tx.run(pathStatements[name], params)).records.map((r) => r.toObject()),
            args,
          ),
        );
        return {
          data: { paths: paths.map((p) => ({ length: p.length, nodes: p.nodes.map(node), edges: p.edges.map(edge) })) },
        };
      } catch (e) {
        if (e instanceof NotFoundError) return { errors: [{ message: 'not found' }] };
        throw e;
      } finally {
        await session.close();
      }
    },
  };

  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            q: ComparedQuery;
            v: Vars;
          };
          const handler = handlers[body.q];
          const out = handler ? await handler(body.v) : { errors: [{ message: `unknown query ${String(body.q)}` }] };
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(out));
        } catch (e) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: String(e) }] }));
        }
      })();
    });
  });
}
