/**
 * The fuzz's fast-check arbitraries: hostile values typed per argument, the grammar of every query
 * and mutation argument of schema.graphql, operations built from it (as variables or inline
 * literals), and raw request bodies. The runner is fuzz.ts.
 */
import fc from 'fast-check';
import { CONFIDENCES, KINDS, RELATION_TYPES } from '../../domain/model.js';
import type { GraphQLRequest } from './client.js';
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
  return fc.oneof(
    { weight: 6, arbitrary: good },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

const kindArb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...KINDS) },
  { weight: 1, arbitrary: fc.constantFrom('state', 'STATES', 'Kind', '') },
);
const relationTypeArb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...RELATION_TYPES) },
  { weight: 1, arbitrary: fc.constantFrom('member_of', 'KNOWS', '') },
);

/** The grammar: every query and mutation argument of schema.graphql. */
function fields(suite: Suite): Field[] {
  const seedId = fc.constantFrom(...suite.seed.entities.slice(0, 50));
  const id = typed(
    fc.oneof(
      hostileString,
      seedId,
      fc.string({ maxLength: 20 }).map((s) => `activity:fuzz-${s}`),
    ),
  );
  // Writes only ever target the fuzz namespace (or ids no entity has), so the graph the later checks read stays intact.
  const writeId = typed(
    fc.oneof(
      hostileString.filter((s) => !suite.seed.entities.includes(s)),
      fc.string({ maxLength: 20 }).map((s) => `activity:fuzz-${s}`),
    ),
  );
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
        id: typed(
          fc.oneof(
            hostileString,
            fc.string({ maxLength: 20 }).map((s) => `rel-fuzz-${s}`),
          ),
        ),
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
      id: typed(
        fc.oneof(
          hostileString,
          fc.string({ maxLength: 20 }).map((s) => `source:fuzz-${s}`),
        ),
      ),
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
    {
      name: 'stats',
      args: [{ name: 'asOf', type: 'Int', value: year }],
      selection: '{ entities relationships sources }',
    },
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
        {
          name: 'id',
          type: 'ID!',
          value: typed(
            fc.oneof(
              hostileString,
              fc.string({ maxLength: 20 }).map((s) => `rel-fuzz-${s}`),
            ),
          ),
        },
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
    .map(
      ([k, v]) =>
        `${/^[A-Za-z_]\w*$/.test(k) ? k : '_bad'}: ${literal(v, k === 'kind' || k === 'type' || k === 'confidence' || k === 'kinds' || k === 'relationTypes')}`,
    )
    .join(', ')}}`;
}

/** Every string inside a value (what an error message may quote back). */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value !== null && typeof value === 'object')
    Object.entries(value).forEach(([k, v]) => (out.push(k), stringsIn(v, out)));
  return out;
}

export interface Case {
  field: string;
  token: boolean;
  request: GraphQLRequest;
  echoed: string[];
}

export function operationCase(suite: Suite): fc.Arbitrary<Case> {
  return fc.constantFrom(...fields(suite)).chain((f) =>
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
          const args = given
            .map(([a, v]) => `${a.name}: ${literal(v, /Kind|RelationType|Confidence/.test(a.type))}`)
            .join(', ');
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
export const rawBody: fc.Arbitrary<{ label: string; body: string; contentType: string }> = fc.oneof(
  fc.string({ maxLength: 200 }).map((body) => ({ label: 'random text', body, contentType: 'application/json' })),
  fc
    .string({ unit: 'binary', maxLength: 200 })
    .map((body) => ({ label: 'random binary', body, contentType: 'application/json' })),
  fc
    .jsonValue({ maxDepth: 4 })
    .map((v) => ({ label: 'random JSON', body: JSON.stringify(v), contentType: 'application/json' })),
  fc
    .record(
      {
        query: fc.oneof(fc.string({ maxLength: 100 }), fc.jsonValue({ maxDepth: 2 })),
        variables: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
        operationName: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)),
      },
      { requiredKeys: [] },
    )
    .map((v) => ({ label: 'request of wrong types', body: JSON.stringify(v), contentType: 'application/json' })),
  fc.integer({ min: 1, max: 200_000 }).map((n) => ({
    label: `JSON nested ${n} deep`,
    body: '['.repeat(n) + ']'.repeat(n),
    contentType: 'application/json',
  })),
  fc.integer({ min: 1, max: 5000 }).map((n) => ({
    label: `selection nested ${n} deep`,
    body: JSON.stringify({
      query: `{ ${'neighborhood(id: "state:est") { nodes { '.repeat(n)}id${' } }'.repeat(n)} }`,
    }),
    contentType: 'application/json',
  })),
  fc.integer({ min: 16, max: 3000 }).map((n) => ({
    label: `${n} aliases`,
    body: JSON.stringify({
      query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: stats { entities }`).join(' ')} }`,
    }),
    contentType: 'application/json',
  })),
  fc.integer({ min: 2, max: 500 }).map((n) => ({
    label: `batch of ${n}`,
    body: JSON.stringify(Array.from({ length: n }, () => ({ query: '{ stats { entities } }' }))),
    contentType: 'application/json',
  })),
  fc.integer({ min: 100, max: 20_000 }).map((n) => ({
    label: `${n} repeated fields`,
    body: JSON.stringify({ query: `{ stats { ${'entities '.repeat(n)} } }` }),
    contentType: 'application/json',
  })),
  fc.integer({ min: 51, max: 2000 }).map((n) => ({
    label: `${n} directives`,
    body: JSON.stringify({ query: `{ stats ${'@include(if: true) '.repeat(n)} { entities } }` }),
    contentType: 'application/json',
  })),
  fc
    .constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/graphql',
      'application/xml',
      '',
      'application/json; charset=utf-16',
    )
    .map((contentType) => ({
      label: `content type '${contentType}'`,
      body: JSON.stringify({ query: '{ stats { entities } }' }),
      contentType,
    })),
);
