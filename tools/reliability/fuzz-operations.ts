/**
 * Requests built from the fuzz grammar (fuzz-arbitraries.ts): operations with their arguments as
 * variables or inline literals, and raw request bodies that are not GraphQL at all.
 */
import fc from 'fast-check';
import type { GraphQLRequest } from './client.js';
import type { Suite } from './context.js';
import { fields } from './fuzz-arbitraries.js';

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
        `${/^[A-Za-z_]\w*$/.test(k) ? k : '_bad'}: ${literal(v, k === 'kind' || k === 'type' || k === 'reliability' || k === 'kinds' || k === 'relationTypes')}`,
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
            .map(([a, v]) => `${a.name}: ${literal(v, /Kind|RelationType|Reliability/.test(a.type))}`)
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
