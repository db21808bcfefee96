/** The fuzz's fixed cases, each sent once: huge ids in every id position, and hostile requests. */
import type { Case } from './fuzz-operations.js';
import type { Suite } from './context.js';

export const HUGE = 'x'.repeat(100_000);
export const HUGE_ID = `activity:${'x'.repeat(100_000)}`;

/** A huge value in each id and string position of every operation, with the editor token. */
export function hugeIdCases(suite: Suite): Case[] {
  const src = suite.sourceId;
  const state = suite.seed.states[0]!;
  const cases: [string, string, Record<string, unknown>][] = [];
  for (const id of [HUGE, HUGE_ID]) {
    cases.push(
      ['entity(id)', 'query Q($v: ID!) { entity(id: $v) { id } }', { v: id }],
      ['relationship(id)', 'query Q($v: ID!) { relationship(id: $v) { id } }', { v: id }],
      ['neighborhood(id)', 'query Q($v: ID!) { neighborhood(id: $v) { total } }', { v: id }],
      ['neighborCounts(id)', 'query Q($v: ID!) { neighborCounts(id: $v) { count } }', { v: id }],
      ['paths(from)', 'query Q($v: ID!, $to: ID!) { paths(from: $v, to: $to) { length } }', { v: id, to: state }],
      [
        'paths(excludeIds)',
        'query Q($v: [ID!], $from: ID!, $to: ID!) { paths(from: $from, to: $to, excludeIds: $v) { length } }',
        { v: [id], from: state, to: suite.seed.organizations[0] },
      ],
      ['changes(focus)', 'query Q($v: ID) { changes(from: 2000, to: 2020, focus: $v) { total } }', { v: id }],
      ['changes(fromDate)', 'query Q($v: String) { changes(fromDate: $v, toDate: "2020-01-01") { total } }', { v: id }],
      ['compare(a)', 'query Q($v: ID!, $b: ID!) { compare(a: $v, b: $b) { truncated } }', { v: id, b: state }],
      ['entities(after)', 'query Q($v: String) { entities(after: $v) { totalCount } }', { v: id }],
      [
        'upsertEntity(input.id)',
        'mutation M($v: EntityInput!) { upsertEntity(input: $v) { id } }',
        { v: { id, kind: 'ACTIVITY', name: 'x', sources: [src] } },
      ],
      [
        'upsertEntity(input.name)',
        'mutation M($v: EntityInput!) { upsertEntity(input: $v) { id } }',
        { v: { id: 'activity:rel-fuzz-huge-name', kind: 'ACTIVITY', name: id, sources: [src] } },
      ],
      [
        'upsertEntity(input.sources)',
        'mutation M($v: EntityInput!) { upsertEntity(input: $v) { id } }',
        { v: { id: 'activity:rel-fuzz-huge-src', kind: 'ACTIVITY', name: 'x', sources: [id] } },
      ],
      [
        'upsertRelationship(input.id)',
        'mutation M($v: RelationshipInput!) { upsertRelationship(input: $v) { id } }',
        {
          v: {
            id,
            type: 'MEMBER_OF',
            from: state,
            to: suite.seed.organizations[0],
            credibility: 2,
            sources: [src],
          },
        },
      ],
      [
        'upsertRelationship(input.to)',
        'mutation M($v: RelationshipInput!) { upsertRelationship(input: $v) { id } }',
        { v: { type: 'MEMBER_OF', from: state, to: id, credibility: 2, sources: [src] } },
      ],
      ['deleteEntity(id)', 'mutation M($v: ID!) { deleteEntity(id: $v) { entity { id } } }', { v: id }],
      ['deleteRelationship(id)', 'mutation M($v: ID!) { deleteRelationship(id: $v) { id } }', { v: id }],
      [
        'importGraph(entities.id)',
        'mutation M($v: GraphInput!) { importGraph(input: $v) { ok } }',
        { v: { entities: [{ id, kind: 'ACTIVITY', name: 'x', sources: [src] }] } },
      ],
      [
        'importGraph(sources.id)',
        'mutation M($v: GraphInput!) { importGraph(input: $v) { ok } }',
        { v: { sources: [{ id, title: 'x', url: 'https://example.org' }] } },
      ],
    );
  }
  return cases.map(([field, query, variables]) => ({
    field,
    token: true,
    request: { query, variables },
    echoed: [HUGE, HUGE_ID],
  }));
}

/** Fixed hostile requests, each once. */
export function fixedBodies(): { label: string; body: string; contentType: string; method?: string }[] {
  return [
    { label: 'empty body', body: '', contentType: 'application/json' },
    {
      label: 'BOM then JSON',
      body: `\uFEFF${JSON.stringify({ query: '{ stats { entities } }' })}`,
      contentType: 'application/json',
    },
    {
      label: 'huge query string (1.9 MB)',
      body: JSON.stringify({ query: `{ search(text: "${'a'.repeat(1_900_000)}") { score } }` }),
      contentType: 'application/json',
    },
    {
      label: 'huge variable (1.9 MB)',
      body: JSON.stringify({
        query: 'query Q($t: String!) { search(text: $t) { score } }',
        variables: { t: 'a'.repeat(1_900_000) },
      }),
      contentType: 'application/json',
    },
    {
      label: 'body over the limit (3 MB)',
      body: JSON.stringify({ query: '{ stats { entities } }', pad: 'x'.repeat(3_000_000) }),
      contentType: 'application/json',
    },
    {
      label: 'fragment cycle',
      body: JSON.stringify({ query: 'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }' }),
      contentType: 'application/json',
    },
    {
      label: 'unknown operationName',
      body: JSON.stringify({ query: 'query A { stats { entities } }', operationName: 'B' }),
      contentType: 'application/json',
    },
    {
      label: 'two operations, no name',
      body: JSON.stringify({ query: 'query A { stats { entities } } query B { kinds { kind } }' }),
      contentType: 'application/json',
    },
    {
      label: 'persisted query extension',
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
      contentType: 'application/json',
    },
    {
      label: 'subscription',
      body: JSON.stringify({ query: 'subscription { stats { entities } }' }),
      contentType: 'application/json',
    },
    {
      label: '__proto__ variables',
      body: '{"query":"query Q($id: ID!) { entity(id: $id) { id } }","variables":{"__proto__":{"id":"state:est"},"constructor":{"prototype":{"x":1}}}}',
      contentType: 'application/json',
    },
    {
      label: 'deep variables object',
      body: `{"query":"mutation M($i: GraphInput!) { importGraph(input: $i, dryRun: true) { ok } }","variables":{"i":{"entities":${'['.repeat(5000)}${']'.repeat(5000)}}}}`,
      contentType: 'application/json',
    },
    {
      label: 'GET with a query',
      body: '',
      contentType: '',
      method: 'GET:query=%7B%20stats%20%7B%20entities%20%7D%20%7D',
    },
    {
      label: 'GET with a mutation',
      body: '',
      contentType: '',
      method:
        'GET:query=mutation%20%7B%20deleteEntity(id%3A%22state%3Aest%22)%20%7B%20entity%20%7B%20id%20%7D%20%7D%20%7D',
    },
    {
      label: 'PUT',
      body: JSON.stringify({ query: '{ stats { entities } }' }),
      contentType: 'application/json',
      method: 'PUT',
    },
    { label: 'DELETE', body: '', contentType: '', method: 'DELETE' },
    { label: 'PATCH', body: '{}', contentType: 'application/json', method: 'PATCH' },
  ];
}
