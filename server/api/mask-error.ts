import { GraphQLError } from 'graphql';
import { AppError } from '../errors.js';

/** The message every unexpected error is replaced with; its details go to the server log only. */
export const UNEXPECTED = 'Unexpected error.';

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
 * GRAPHQL_VALIDATION_FAILED), and one without a code (variable coercion) gets BAD_USER_INPUT; anything else becomes
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
    if (cause instanceof GraphQLError) {
      const kept = located ?? cause;
      // A request-level error graphql raises without a code (a variable of the wrong type, a
      // missing variable, an unknown operation name) is the caller's input: say so.
      if (kept.path === undefined && kept.extensions.code === undefined) {
        return new GraphQLError(kept.message, {
          nodes: kept.nodes,
          source: kept.source,
          positions: kept.positions,
          extensions: { ...kept.extensions, code: 'BAD_USER_INPUT' },
        });
      }
      return kept;
    }
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
