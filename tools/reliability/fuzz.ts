import fc from 'fast-check';
import { CONFIDENCES, KINDS, RELATION_TYPES } from '../../domain/model.js';
import { http, judge, withBody, type GraphQLRequest } from './client.js';
import type { Suite } from './context.js';

/** A GraphQL argument: its SDL type and how to make a plausible but hostile value of it. */
interface Arg {
  name: string;
  type: string;
  value: fc.Arbitrary<unknown>;
}

interface Field {
  name: string;
  mutation?: boolean;
  /** auditLog and every mutation need the editor token. */
  token?: boolean;
  args: Arg[];
  selection: string;
}

const SPECIAL_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  'a'.repeat(201),
  'x'.repeat(100_000),
  '💥'.repeat(300),
  'e\u0301\u0301\u0301',
  '../../etc/passwd',
  '%00%2e%2e',
  '${process.env}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'state:',
  'state:est',
  'org:nato',
  'activity:',
  'Ω≈ç√∫˜µ≤≥÷',
  '\r\n\t',
  'NaN',
  '-1',
];

/** Strings a hostile client might send: arbitrary Unicode (lone surrogates too), very long, well-known troublemakers. */
const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
  { weight: 1, arbitrary: fc.string({ minLength: 150, maxLength: 400 }) },
);

const hostileInt: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -5, max: 10 }),
  fc.integer({ min: 1800, max: 2200 }),
  fc.integer(),
  fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 500, 501, 2000, 2001),
);

/** Any JSON value: the wrong type for whatever argument it lands in. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(1.5, -0.0001, 1e300, 2_147_483_648, -2_147_483_649, true, 'STATE', ['STATE'], {}, [], [[[]]]),
);

function typed<T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: wrongType }, { weight: 1, arbitrary: fc.constant(null) });
}

const kindArb = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...KINDS) }, { weight: 1, arbitrary: fc.constantFrom('state', 'STATES', 'Kind', '') });
const relationTypeArb = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...RELATION_TYPES) }, { weight: 1, arbitrary: fc.constantFrom('member_of', 'KNOWS', '') });

/** The grammar: every query and mutation argument of schema.graphql. */
function fields(suite: Suite): Field[] {
  const seedId = fc.constantFrom(...suite.seed.entities.slice(0, 50));
  const id = typed(fc.oneof(hostileString, seedId, fc.string({ maxLength: 20 }).map((s) => `activity:fuzz-${s}`)));
  // Writes only ever target the fuzz namespace (or ids no entity has), so the graph the later checks read stays intact.
  const writeId = typed(fc.oneof(hostileString.filter((s) => !suite.seed.entities.includes(s)), fc.string({ maxLength: 20 }).map((s) => `activity:fuzz-${s}`)));
  const year = typed(hostileInt);
  const int = typed(hostileInt);
  const str = typed(hostileString);
  const kinds = typed(fc.array(kindArb, { maxLength: 4 }));
  const relationTypes = typed(fc.array(relationTypeArb, { maxLength: 4 }));
  const sourceIds = typed(fc.array(fc.oneof(fc.constant(suite.sourceId), hostileString), { maxLength: 3 }));
  const entityInput = typed(
    fc.record(
      {
        id: writeId,
        kind: typed(kindArb),
        name: str,
        aliases: typed(fc.array(hostileString, { maxLength: 4 })),
        summary: str,
        since: year,
        until: year,
        sources: sourceIds,
      },
      { requiredKeys: ['id', 'kind', 'name', 'sources'] },
    ),
  );
  const relationshipInput = typed(
    fc.record(
      {
        id: typed(fc.oneof(hostileString, fc.string({ maxLength: 20 }).map((s) => `rel-fuzz-${s}`))),
        type: typed(relationTypeArb),
        from: typed(fc.oneof(seedId, hostileString)),
        to: typed(fc.oneof(seedId, hostileString)),
        since: year,
        until: year,
        confidence: typed(fc.constantFrom(...CONFIDENCES.map((c) => c.toUpperCase()), 'high', 'CERTAIN')),
        role: str,
        note: str,
        sources: sourceIds,
      },
      { requiredKeys: ['type', 'from', 'to', 'confidence', 'sources'] },
    ),
  );
  const sourceInput = fc.record(
    {
      id: typed(fc.oneof(hostileString, fc.string({ maxLength: 20 }).map((s) => `source:fuzz-${s}`))),
      title: str,
      url: str,
      publisher: str,
      date: typed(fc.oneof(hostileString, fc.constantFrom('2024', '2024-02', '2024-02-30', '99999'))),
      reliability: str,
    },
    { requiredKeys: ['id', 'title'] },
  );
  const graphInput = typed(
    fc.record({
      sources: typed(fc.array(sourceInput, { maxLength: 3 })),
      entities: typed(fc.array(entityInput, { maxLength: 4 })),
      relationships: typed(fc.array(relationshipInput, { maxLength: 4 })),
    }),
  );
  const entity = 'id kind name aliases summary since until version sources { id title url }';
  const rel = 'id type since until confidence role note version from { id } to { id } sources { id }';
  return [
    { name: 'entity', args: [{ name: 'id', type: 'ID!', value: id }], selection: `{ ${entity} }` },
    { name: 'relationship', args: [{ name: 'id', type: 'ID!', value: id }], selection: `{ ${rel} }` },
    {
      name: 'search',
      args: [
        { name: 'text', type: 'String!', value: str },
        { name: 'kinds', type: '[Kind!]', value: kinds },
        { name: 'asOf', type: 'Int', value: year },
        { name: 'first', type: 'Int', value: int },
      ],
      selection: '{ score entity { id name } }',
    },
    {
      name: 'entities',
      args: [
        { name: 'kind', type: 'Kind', value: typed(kindArb) },
        { name: 'asOf', type: 'Int', value: year },
        { name: 'first', type: 'Int', value: int },
        { name: 'after', type: 'String', value: typed(fc.oneof(hostileString, fc.base64String({ maxLength: 40 }))) },
      ],
      selection: '{ totalCount pageInfo { endCursor hasNextPage } nodes { id } }',
    },
    {
      name: 'neighborhood',
      args: [
        { name: 'id', type: 'ID!', value: id },
        { name: 'depth', type: 'Int', value: int },
        { name: 'kinds', type: '[Kind!]', value: kinds },
        { name: 'relationTypes', type: '[RelationType!]', value: relationTypes },
        { name: 'asOf', type: 'Int', value: year },
        { name: 'limit', type: 'Int', value: int },
      ],
      selection: '{ total truncated nodes { id } edges { id } }',
    },
    {
      name: 'neighborCounts',
      args: [
        { name: 'id', type: 'ID!', value: id },
        { name: 'asOf', type: 'Int', value: year },
      ],
      selection: '{ relationType kind count }',
    },
    {
      name: 'paths',
      args: [
        { name: 'from', type: 'ID!', value: id },
        { name: 'to', type: 'ID!', value: id },
        { name: 'maxLength', type: 'Int', value: int },
        { name: 'kinds', type: '[Kind!]', value: kinds },
        { name: 'asOf', type: 'Int', value: year },
        { name: 'limit', type: 'Int', value: int },
      ],
      selection: '{ length nodes { id } edges { id } }',
    },
    { name: 'stats', args: [{ name: 'asOf', type: 'Int', value: year }], selection: '{ entities relationships sources }' },
    { name: 'kinds', args: [], selection: '{ kind count }' },
    { name: 'relationTypes', args: [], selection: '{ relationType count }' },
    {
      name: 'auditLog',
      token: true,
      args: [
        { name: 'first', type: 'Int', value: int },
        { name: 'after', type: 'String', value: str },
      ],
      selection: '{ totalCount nodes { seq } }',
    },
    {
      name: 'upsertEntity',
      mutation: true,
      token: true,
      args: [
        { name: 'input', type: 'EntityInput!', value: entityInput },
        { name: 'expectedVersion', type: 'Int', value: int },
      ],
      selection: `{ ${entity} }`,
    },
    {
      name: 'upsertRelationship',
      mutation: true,
      token: true,
      args: [
        { name: 'input', type: 'RelationshipInput!', value: relationshipInput },
        { name: 'expectedVersion', type: 'Int', value: int },
      ],
      selection: `{ ${rel} }`,
    },
    {
      name: 'deleteEntity',
      mutation: true,
      token: true,
      args: [
        { name: 'id', type: 'ID!', value: writeId },
        { name: 'expectedVersion', type: 'Int', value: int },
      ],
      selection: '{ entity { id } relationships { id } }',
    },
    {
      name: 'deleteRelationship',
      mutation: true,
      token: true,
      args: [
        { name: 'id', type: 'ID!', value: typed(fc.oneof(hostileString, fc.string({ maxLength: 20 }).map((s) => `rel-fuzz-${s}`))) },
        { name: 'expectedVersion', type: 'Int', value: int },
      ],
      selection: '{ id }',
    },
    {
      name: 'importGraph',
      mutation: true,
      token: true,
      args: [
        { name: 'input', type: 'GraphInput!', value: graphInput },
        { name: 'dryRun', type: 'Boolean', value: typed(fc.boolean()) },
      ],
      selection: '{ ok dryRun problems { entry field message } sources entities relationships }',
    },
  ];
}

/** A JSON value written as a GraphQL literal (strings escaped as JSON, which GraphQL reads alike; upper-case words as enums). */
export function literal(value: unknown, enumLike: boolean): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return enumLike && /^[A-Z_]+$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, enumLike)).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${/^[A-Za-z_]\w*$/.test(k) ? k : '_bad'}: ${literal(v, k === 'kind' || k === 'type' || k === 'confidence' || k === 'kinds' || k === 'relationTypes')}`)
    .join(', ')}}`;
}

/** Every string inside a value (what an error message may quote back). */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value !== null && typeof value === 'object') Object.entries(value).forEach(([k, v]) => (out.push(k), stringsIn(v, out)));
  return out;
}

interface Case {
  field: string;
  token: boolean;
  request: GraphQLRequest;
  echoed: string[];
}

function operationCase(suite: Suite): fc.Arbitrary<Case> {
  return fc
    .constantFrom(...fields(suite))
    .chain((f) =>
      fc
        .tuple(
          fc.tuple(...f.args.map((a) => fc.option(a.value, { nil: undefined, freq: 4 }))),
          fc.boolean(),
          fc.constantFrom('token', 'token', 'token', 'none', 'wrong'),
        )
        .map(([values, inline, auth]): Case => {
          const given = f.args.map((a, i) => [a, values[i]] as const).filter(([, v]) => v !== undefined);
          const op = f.mutation ? 'mutation' : 'query';
          let request: GraphQLRequest;
          if (inline) {
            const args = given.map(([a, v]) => `${a.name}: ${literal(v, /Kind|RelationType|Confidence/.test(a.type))}`).join(', ');
            request = { query: `${op} Fuzz { ${f.name}${args ? `(${args})` : ''} ${f.selection} }` };
          } else {
            const declared = given.map(([a]) => `$${a.name}: ${a.type}`).join(', ');
            const args = given.map(([a]) => `${a.name}: $${a.name}`).join(', ');
            request = {
              query: `${op} Fuzz${declared ? `(${declared})` : ''} { ${f.name}${args ? `(${args})` : ''} ${f.selection} }`,
              variables: Object.fromEntries(given.map(([a, v]) => [a.name, v])),
            };
          }
          return {
            field: f.name,
            token: f.token === true && auth === 'token',
            request: auth === 'wrong' ? { ...request, operationName: request.operationName } : request,
            echoed: stringsIn(given.map(([, v]) => v)),
          };
        }),
    );
}

/** Raw bodies: malformed JSON, wrong shapes, floods. */
const rawBody: fc.Arbitrary<{ label: string; body: string; contentType: string }> = fc.oneof(
  fc.string({ maxLength: 200 }).map((body) => ({ label: 'random text', body, contentType: 'application/json' })),
  fc.string({ unit: 'binary', maxLength: 200 }).map((body) => ({ label: 'random binary', body, contentType: 'application/json' })),
  fc.jsonValue({ maxDepth: 4 }).map((v) => ({ label: 'random JSON', body: JSON.stringify(v), contentType: 'application/json' })),
  fc
    .record({ query: fc.oneof(fc.string({ maxLength: 100 }), fc.jsonValue({ maxDepth: 2 })), variables: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)), operationName: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)) }, { requiredKeys: [] })
    .map((v) => ({ label: 'request of wrong types', body: JSON.stringify(v), contentType: 'application/json' })),
  fc.integer({ min: 1, max: 200_000 }).map((n) => ({ label: `JSON nested ${n} deep`, body: '['.repeat(n) + ']'.repeat(n), contentType: 'application/json' })),
  fc.integer({ min: 1, max: 5000 }).map((n) => ({ label: `selection nested ${n} deep`, body: JSON.stringify({ query: `{ ${'neighborhood(id: "state:est") { nodes { '.repeat(n)}id${' } }'.repeat(n)} }` }), contentType: 'application/json' })),
  fc.integer({ min: 16, max: 3000 }).map((n) => ({ label: `${n} aliases`, body: JSON.stringify({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: stats { entities }`).join(' ')} }` }), contentType: 'application/json' })),
  fc.integer({ min: 2, max: 500 }).map((n) => ({ label: `batch of ${n}`, body: JSON.stringify(Array.from({ length: n }, () => ({ query: '{ stats { entities } }' }))), contentType: 'application/json' })),
  fc.integer({ min: 100, max: 20_000 }).map((n) => ({ label: `${n} repeated fields`, body: JSON.stringify({ query: `{ stats { ${'entities '.repeat(n)} } }` }), contentType: 'application/json' })),
  fc.integer({ min: 51, max: 2000 }).map((n) => ({ label: `${n} directives`, body: JSON.stringify({ query: `{ stats ${'@include(if: true) '.repeat(n)} { entities } }` }), contentType: 'application/json' })),
  fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql', 'application/xml', '', 'application/json; charset=utf-16').map((contentType) => ({
    label: `content type '${contentType}'`,
    body: JSON.stringify({ query: '{ stats { entities } }' }),
    contentType,
  })),
);

const HUGE = 'x'.repeat(100_000);
const HUGE_ID = `activity:${'x'.repeat(100_000)}`;

/** A huge value in each id and string position of every operation, with the editor token. */
function hugeIdCases(suite: Suite): Case[] {
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
      ['entities(after)', 'query Q($v: String) { entities(after: $v) { totalCount } }', { v: id }],
      ['upsertEntity(input.id)', 'mutation M($v: EntityInput!) { upsertEntity(input: $v) { id } }', { v: { id, kind: 'ACTIVITY', name: 'x', sources: [src] } }],
      ['upsertEntity(input.name)', 'mutation M($v: EntityInput!) { upsertEntity(input: $v) { id } }', { v: { id: 'activity:rel-fuzz-huge-name', kind: 'ACTIVITY', name: id, sources: [src] } }],
      ['upsertEntity(input.sources)', 'mutation M($v: EntityInput!) { upsertEntity(input: $v) { id } }', { v: { id: 'activity:rel-fuzz-huge-src', kind: 'ACTIVITY', name: 'x', sources: [id] } }],
      ['upsertRelationship(input.id)', 'mutation M($v: RelationshipInput!) { upsertRelationship(input: $v) { id } }', { v: { id, type: 'MEMBER_OF', from: state, to: suite.seed.organizations[0], confidence: 'HIGH', sources: [src] } }],
      ['upsertRelationship(input.to)', 'mutation M($v: RelationshipInput!) { upsertRelationship(input: $v) { id } }', { v: { type: 'MEMBER_OF', from: state, to: id, confidence: 'HIGH', sources: [src] } }],
      ['deleteEntity(id)', 'mutation M($v: ID!) { deleteEntity(id: $v) { entity { id } } }', { v: id }],
      ['deleteRelationship(id)', 'mutation M($v: ID!) { deleteRelationship(id: $v) { id } }', { v: id }],
      ['importGraph(entities.id)', 'mutation M($v: GraphInput!) { importGraph(input: $v) { ok } }', { v: { entities: [{ id, kind: 'ACTIVITY', name: 'x', sources: [src] }] } }],
      ['importGraph(sources.id)', 'mutation M($v: GraphInput!) { importGraph(input: $v) { ok } }', { v: { sources: [{ id, title: 'x', url: 'https://example.org' }] } }],
    );
  }
  return cases.map(([field, query, variables]) => ({ field, token: true, request: { query, variables }, echoed: [HUGE, HUGE_ID] }));
}

/** Fixed hostile requests, each once. */
function fixedBodies(): { label: string; body: string; contentType: string; method?: string }[] {
  return [
    { label: 'empty body', body: '', contentType: 'application/json' },
    { label: 'BOM then JSON', body: `\uFEFF${JSON.stringify({ query: '{ stats { entities } }' })}`, contentType: 'application/json' },
    { label: 'huge query string (1.9 MB)', body: JSON.stringify({ query: `{ search(text: "${'a'.repeat(1_900_000)}") { score } }` }), contentType: 'application/json' },
    { label: 'huge variable (1.9 MB)', body: JSON.stringify({ query: 'query Q($t: String!) { search(text: $t) { score } }', variables: { t: 'a'.repeat(1_900_000) } }), contentType: 'application/json' },
    { label: 'body over the limit (3 MB)', body: JSON.stringify({ query: '{ stats { entities } }', pad: 'x'.repeat(3_000_000) }), contentType: 'application/json' },
    { label: 'fragment cycle', body: JSON.stringify({ query: 'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }' }), contentType: 'application/json' },
    { label: 'unknown operationName', body: JSON.stringify({ query: 'query A { stats { entities } }', operationName: 'B' }), contentType: 'application/json' },
    { label: 'two operations, no name', body: JSON.stringify({ query: 'query A { stats { entities } } query B { kinds { kind } }' }), contentType: 'application/json' },
    { label: 'persisted query extension', body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }), contentType: 'application/json' },
    { label: 'subscription', body: JSON.stringify({ query: 'subscription { stats { entities } }' }), contentType: 'application/json' },
    { label: '__proto__ variables', body: '{"query":"query Q($id: ID!) { entity(id: $id) { id } }","variables":{"__proto__":{"id":"state:est"},"constructor":{"prototype":{"x":1}}}}', contentType: 'application/json' },
    {
      label: 'deep variables object',
      body: `{"query":"mutation M($i: GraphInput!) { importGraph(input: $i, dryRun: true) { ok } }","variables":{"i":{"entities":${'['.repeat(5000)}${']'.repeat(5000)}}}}`,
      contentType: 'application/json',
    },
    { label: 'GET with a query', body: '', contentType: '', method: 'GET:query=%7B%20stats%20%7B%20entities%20%7D%20%7D' },
    { label: 'GET with a mutation', body: '', contentType: '', method: 'GET:query=mutation%20%7B%20deleteEntity(id%3A%22state%3Aest%22)%20%7B%20entity%20%7B%20id%20%7D%20%7D%20%7D' },
    { label: 'PUT', body: JSON.stringify({ query: '{ stats { entities } }' }), contentType: 'application/json', method: 'PUT' },
    { label: 'DELETE', body: '', contentType: '', method: 'DELETE' },
    { label: 'PATCH', body: '{}', contentType: 'application/json', method: 'PATCH' },
  ];
}

/**
 * Property-based fuzzing with fast-check of every query and mutation argument (typed but hostile
 * values, wrong types, as variables and as inline literals; with, without and with a wrong token)
 * and of raw request bodies. Every answer must be acceptable by `judge` (no crash, no 5xx but
 * UNAVAILABLE, no code outside the list, no unmasked internals); the server must stay up and ready.
 */
export async function fuzzCheck(suite: Suite, options: { runs: number }): Promise<void> {
  const { report } = suite;
  const base = suite.main.url;
  const failures = new Map<string, number>();
  const firstProblem = new Map<string, string>();
  const fail = (where: string, problem: string, input: string) => {
    failures.set(where, (failures.get(where) ?? 0) + 1);
    if (!firstProblem.has(where)) firstProblem.set(where, problem.slice(0, 160));
    report.unexpected(where, `${problem} — input: ${input.slice(0, 300)}`);
  };
  let cases = 0;

  await fc.assert(
    fc.asyncProperty(operationCase(suite), fc.constantFrom('token', 'none', 'wrong'), async (c, auth) => {
      cases++;
      report.requests();
      const authorization = !c.token ? (auth === 'wrong' ? 'Bearer not-the-token' : undefined) : `Bearer ${suite.token}`;
      const res = await http(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(c.request),
        timeoutMs: suite.storeTimeoutMs * 2 + 10_000,
      }).catch((e: unknown) => ({ status: 0, text: String(e), headers: new Headers(), ms: 0 }));
      const verdict = judge(res, undefined, c.echoed);
      if (!verdict.ok) fail(`fuzz ${c.field}`, verdict.problem ?? '', JSON.stringify(c.request));
      // Without the editor token, a write or auditLog must say UNAUTHENTICATED (or be refused earlier, as invalid).
      const answer = withBody(res);
      const needsToken = /^(mutation|query Fuzz[^{]*\{ auditLog)/.test(c.request.query) || c.request.query.includes('{ auditLog');
      if (needsToken && !c.token && answer.body?.data && Object.values(answer.body.data).some((v) => v !== null)) {
        fail(`fuzz ${c.field}`, 'a write or auditLog without a valid token returned data', JSON.stringify(c.request));
      }
      return true;
    }),
    { numRuns: options.runs * 4, seed: 20240601, endOnFailure: true },
  );

  await fc.assert(
    fc.asyncProperty(rawBody, async (b) => {
      cases++;
      report.requests();
      const res = await http(`${base}/graphql`, {
        method: 'POST',
        headers: b.contentType ? { 'content-type': b.contentType } : {},
        body: b.body,
        timeoutMs: suite.storeTimeoutMs * 2 + 10_000,
      }).catch((e: unknown) => ({ status: 0, text: String(e), headers: new Headers(), ms: 0 }));
      const verdict = judge(res, undefined, [b.body]);
      if (!verdict.ok) fail(`fuzz raw body (${b.label.replace(/\d+/g, 'N')})`, verdict.problem ?? '', b.body);
      return true;
    }),
    { numRuns: options.runs, seed: 20240602, endOnFailure: true },
  );

  for (const b of fixedBodies()) {
    cases++;
    report.requests();
    const [method, query] = (b.method ?? 'POST').split(':');
    const res = await http(`${base}/graphql${query ? `?${query}` : ''}`, {
      method,
      headers: { ...(b.contentType ? { 'content-type': b.contentType } : {}), accept: 'application/json' },
      body: method === 'GET' || method === 'DELETE' ? undefined : b.body,
      timeoutMs: 60_000,
    }).catch((e: unknown) => ({ status: 0, text: String(e), headers: new Headers(), ms: 0 }));
    const verdict = judge(res, undefined, [b.body]);
    if (!verdict.ok) fail(`fuzz fixed body (${b.label})`, verdict.problem ?? '', b.body.slice(0, 200));
    if (b.label === 'GET with a mutation' && withBody(res).body?.data) fail('fuzz GET mutation', 'a GET ran a mutation', b.method ?? '');
  }

  // Huge ids (and strings) in every id position, deterministically: a 100 000-character id once
  // reached Neo4j's index key limit before any validation (INTERNAL_SERVER_ERROR).
  for (const c of hugeIdCases(suite)) {
    cases++;
    report.requests();
    const res = await http(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${suite.token}` },
      body: JSON.stringify(c.request),
      timeoutMs: 60_000,
    }).catch((e: unknown) => ({ status: 0, text: String(e), headers: new Headers(), ms: 0 }));
    const verdict = judge(res, undefined, c.echoed);
    if (!verdict.ok) fail(`fuzz huge id (${c.field})`, verdict.problem ?? '', `${c.field} with a ${HUGE.length}-character value`);
  }

  report.totals.fuzzCases += cases;
  const live = await http(`${base}/health/ready`, { timeoutMs: 30_000 }).catch(() => null);
  report.check('fuzz: the server is alive and ready after the fuzzing', suite.main.alive && live?.status === 200, `ready ${String(live?.status)}`);
  report.check(
    `fuzz: ${cases} cases, every answer acceptable (known codes, no 5xx but UNAVAILABLE, nothing unmasked)`,
    failures.size === 0,
    [...failures].map(([where, n]) => `\n      ${where}: ${n}, e.g. ${firstProblem.get(where) ?? ''}`).join(''),
  );
}
