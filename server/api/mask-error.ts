import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { AppError } from '../errors.js';

/** The message every unexpected error is replaced with; its details go to the server log only. */
export const UNEXPECTED = 'Unexpected error.';

/** Every `extensions.code` a client may see (docs/api-limits.md, "Error codes"). */
export const CLIENT_CODES: ReadonlySet<string> = new Set([
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
]);

/**
 * A request yoga refused before running it (unreadable JSON, a batch, `query` missing or not a
 * string, an unknown parameter, an operation it cannot pick, a mutation over GET, a method other
 * than GET/POST), raised with a code outside CLIENT_CODES (BAD_REQUEST, OPERATION_RESOLUTION_FAILURE,
 * REQUEST_ENTITY_TOO_LARGE): the caller's input, so BAD_USER_INPUT with yoga's message and the HTTP
 * status yoga chose (at least 400, also under `Accept: application/json`, so "no query" is a 400),
 * its headers (`Allow`) kept and nothing else (no `originalError`).
 */
function refusedRequest(error: GraphQLError): GraphQLError {
  const http = error.extensions.http;
  const status = typeof http?.status === 'number' && http.status >= 400 && http.status < 500 ? http.status : 400;
  return new GraphQLError(error.message, {
    extensions: {
      code: 'BAD_USER_INPUT',
      http: http?.headers === undefined ? { status } : { status, headers: http.headers },
    },
  });
}

/**
 * graphql's "Did you mean …?" suggestions name parts of the schema (enum values, input fields) a
 * caller did not ask about; with introspection off they would leak it. graphql-armor hides them in
 * validation's field, argument and type errors; this removes the rest (enum values, input fields in
 * variables), always at the message's end.
 */
const SUGGESTION = /\s*Did you mean [\s\S]*\?$/;

/** The error with its suggestion removed (the same error when it has none). */
function withoutSuggestion(error: GraphQLError): GraphQLError {
  if (!SUGGESTION.test(error.message)) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: error.extensions,
  });
}

/** Removes the suggestions of graphql's validation errors, which yoga does not pass through maskError. */
export const hideSuggestions: Plugin = {
  onValidate() {
    return ({ result, setResult }) => {
      // envelop types the errors as Error (it serves every graphql version); validation's are GraphQLErrors.
      const errors = result as readonly GraphQLError[];
      if (errors.some((e) => SUGGESTION.test(e.message))) setResult(errors.map(withoutSuggestion));
    };
  },
};

/** The innermost cause: graphql-js and yoga wrap a resolver's error in one or more GraphQLErrors. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError != null) current = current.originalError;
  return current;
}

/**
 * yoga's `maskedErrors.maskError`: an AppError becomes a GraphQLError with `extensions.code` (and
 * `extensions.field` when it names one); a GraphQLError raised by graphql itself (syntax,
 * validation, graphql-armor limits) passes unchanged with yoga's code (GRAPHQL_PARSE_FAILED,
 * GRAPHQL_VALIDATION_FAILED), one without a code (variable coercion) gets BAD_USER_INPUT, and a
 * request yoga refused with a code of its own becomes BAD_USER_INPUT (`refusedRequest`), so only
 * CLIENT_CODES reach a client; anything else becomes
 * "Unexpected error." with code INTERNAL_SERVER_ERROR and no stack, and is reported to `onUnexpected`.
 */
export function createMaskError(onUnexpected: (error: unknown) => void = () => undefined) {
  return function maskError(error: unknown): Error {
    const cause = rootCause(error);
    const located = error instanceof GraphQLError ? error : undefined;
    if (cause instanceof AppError) {
      return new GraphQLError(cause.message, {
        nodes: located?.nodes,
        source: located?.source,
        positions: located?.positions,
        path: located?.path,
        extensions: cause.field === undefined ? { code: cause.code } : { code: cause.code, field: cause.field },
      });
    }
    const kept = cause instanceof GraphQLError ? (located ?? cause) : undefined;
    const code = kept?.extensions.code;
    if (kept !== undefined && (code === undefined || (typeof code === 'string' && CLIENT_CODES.has(code)))) {
      // A request-level error graphql raises without a code (a variable of the wrong type, a
      // missing variable) is the caller's input: say so.
      if (kept.path === undefined && code === undefined) {
        return new GraphQLError(kept.message.replace(SUGGESTION, ''), {
          nodes: kept.nodes,
          source: kept.source,
          positions: kept.positions,
          extensions: { ...kept.extensions, code: 'BAD_USER_INPUT' },
        });
      }
      return withoutSuggestion(kept);
    }
    // A code no client may see: yoga refusing the request itself, else (in a resolver) unexpected.
    if (kept !== undefined && kept.path === undefined) return refusedRequest(kept);
    onUnexpected(cause);
    return new GraphQLError(UNEXPECTED, {
      nodes: located?.nodes,
      source: located?.source,
      positions: located?.positions,
      path: located?.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  };
}
