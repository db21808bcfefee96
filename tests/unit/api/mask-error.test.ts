import { GraphQLError, parse } from 'graphql';
import { CLIENT_CODES, createMaskError, UNEXPECTED } from '../../../server/api/mask-error.js';
import { AppError, BadUserInputError, ConflictError, NotFoundError, UnavailableError } from '../../../server/errors.js';

const inResolver = (original: Error) =>
  new GraphQLError(original.message, { path: ['neighborhood'], originalError: original });

describe('maskError', () => {
  it('an AppError keeps its message and gets extensions.code and field, with the path', () => {
    const mask = createMaskError();
    const masked = mask(
      inResolver(new BadUserInputError('depth', 'must be an integer from 1 to 3, got 9')),
    ) as GraphQLError;
    expect(masked).toBeInstanceOf(GraphQLError);
    expect(masked.toJSON()).toEqual({
      message: 'depth: must be an integer from 1 to 3, got 9',
      path: ['neighborhood'],
      extensions: { code: 'BAD_USER_INPUT', field: 'depth' },
    });
  });

  it('every client-facing code passes; no field when the error names none', () => {
    const mask = createMaskError();
    const codes = [
      new NotFoundError('Entity', 'state:zzz', 'id'),
      new ConflictError('Entity', 'state:est', 1, 2),
      new UnavailableError(),
      new AppError('UNAUTHENTICATED', 'You need an editor token.'),
      new AppError('FORBIDDEN', 'Editing is disabled.'),
    ].map((e) => (mask(inResolver(e)) as GraphQLError).extensions);
    expect(codes).toEqual([
      { code: 'NOT_FOUND', field: 'id' },
      { code: 'CONFLICT', field: 'expectedVersion' },
      { code: 'UNAVAILABLE' },
      { code: 'UNAUTHENTICATED' },
      { code: 'FORBIDDEN' },
    ]);
  });

  it('anything else is "Unexpected error." with INTERNAL_SERVER_ERROR, no message, no stack; the cause is reported', () => {
    const reported: unknown[] = [];
    const mask = createMaskError((e) => reported.push(e));
    const secret = new Error('connection to bolt://db:7687 refused (password=hunter2)');
    const masked = mask(inResolver(secret)) as GraphQLError;
    expect(masked.message).toBe(UNEXPECTED);
    const json = JSON.stringify(masked.toJSON());
    expect(json).not.toMatch(/hunter2|bolt|stack/);
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(masked.path).toEqual(['neighborhood']);
    expect(reported).toEqual([secret]);
    expect((mask(new TypeError('x is undefined')) as GraphQLError).message).toBe(UNEXPECTED);
    expect((mask('a string') as GraphQLError).message).toBe(UNEXPECTED);
  });

  it("graphql's own errors keep their message and code", () => {
    const mask = createMaskError();
    const validation = new GraphQLError('Cannot query field "nope" on type "Query".', {
      nodes: parse('{ nope }').definitions,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(mask(validation)).toBe(validation);
  });

  it('a request-level graphql error without a code (a bad variable) becomes BAD_USER_INPUT', () => {
    const mask = createMaskError();
    const coercion = new GraphQLError(
      'Variable "$d" got invalid value "two"; Int cannot represent non-integer value: "two"',
    );
    const masked = mask(coercion) as GraphQLError;
    expect(masked.message).toBe(coercion.message);
    expect(masked.extensions.code).toBe('BAD_USER_INPUT');
  });

  it("a request yoga refused with a code of its own becomes BAD_USER_INPUT with yoga's status and headers, no originalError", () => {
    const mask = createMaskError();
    const invalidJson = new GraphQLError('POST body sent invalid JSON.', {
      extensions: { http: { status: 400 }, code: 'BAD_REQUEST', originalError: { name: 'SyntaxError', message: 'x' } },
    });
    const masked = mask(invalidJson) as GraphQLError;
    expect(masked.message).toBe('POST body sent invalid JSON.');
    expect(masked.extensions).toEqual({ code: 'BAD_USER_INPUT', http: { status: 400 } });
    // "Must provide query string." is a spec error yoga answers 200 under application/json: now a 400.
    const noQuery = new GraphQLError('Must provide query string.', {
      extensions: { http: { spec: true, status: 400, headers: { Allow: 'GET, POST' } }, code: 'BAD_REQUEST' },
    });
    expect((mask(noQuery) as GraphQLError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      http: { status: 400, headers: { Allow: 'GET, POST' } },
    });
    const method = new GraphQLError('GraphQL only supports GET and POST requests.', {
      extensions: { http: { status: 405, headers: { Allow: 'GET, POST' } }, code: 'BAD_REQUEST' },
    });
    expect((mask(method) as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 405 } });
    const operation = new GraphQLError('Could not determine what operation to execute.', {
      extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
    });
    expect((mask(operation) as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('an undocumented code from inside a resolver is masked as unexpected', () => {
    const reported: unknown[] = [];
    const mask = createMaskError((e) => reported.push(e));
    const odd = new GraphQLError('internal detail', { path: ['stats'], extensions: { code: 'SOMETHING_ELSE' } });
    const masked = mask(odd) as GraphQLError;
    expect(masked.message).toBe(UNEXPECTED);
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(reported).toEqual([odd]);
  });

  it('CLIENT_CODES is the documented list', () => {
    expect([...CLIENT_CODES].sort()).toEqual(
      [
        'NOT_FOUND',
        'BAD_USER_INPUT',
        'UNAUTHENTICATED',
        'FORBIDDEN',
        'CONFLICT',
        'UNAVAILABLE',
        'GRAPHQL_PARSE_FAILED',
        'GRAPHQL_VALIDATION_FAILED',
        'RATE_LIMITED',
        'INTERNAL_SERVER_ERROR',
      ].sort(),
    );
  });
});
