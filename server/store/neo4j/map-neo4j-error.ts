import { Neo4jError } from 'neo4j-driver';
import { AppError, BadUserInputError, UnavailableError } from '../../errors.js';
import { CONCURRENT_DELETE } from './retry-concurrent-delete.js';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized', // refused: the database will not talk to us
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  // The driver's name for Neo.TransientError.Transaction.Terminated: the transaction was ended by
  // its timeout (or by an administrator) while a statement ran.
  'Neo.ClientError.Transaction.Terminated',
  // Still meeting concurrent deletes after retryConcurrentDelete's attempts: a busy moment.
  CONCURRENT_DELETE,
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
  // The driver's own "no code": it failed before the database answered (connection acquisition
  // timed out, a silent or non-Bolt peer), which for a caller is the database being unreachable.
  'N/A',
]);

/** Socket-level failures that reach us outside a Neo4jError. */
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

/**
 * The only place that reads Neo4jError.code: lost or refused connections, timeouts and retriable
 * errors become UNAVAILABLE; a uniqueness violation is the caller's duplicate id; an AppError
 * passes through; anything else is rethrown as it is (a bug, masked by the API).
 */
export function mapNeo4jError(error: unknown): Error {
  if (error instanceof AppError) return error;
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code) || Neo4jError.isRetryable(error)) {
      return new UnavailableError(undefined, error);
    }
    if (error.code.startsWith('Neo.ClientError.Transaction.InvalidBookmark')) {
      // A well-formed X-Atlas-Bookmark (bookmarks.ts) that this database did not issue.
      return new BadUserInputError(
        'X-Atlas-Bookmark',
        'the bookmark is not one of this database; send back the one the server gave',
      );
    }
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      // Every uniqueness constraint in cypher/schema guards an id (or the audit seq, written only by us).
      return new BadUserInputError('input.id', 'an item with this id already exists');
    }
    return error;
  }
  const errno = (error as { code?: unknown } | null)?.code;
  if (typeof errno === 'string' && CONNECTION_ERRNOS.has(errno)) return new UnavailableError(undefined, error);
  return error instanceof Error ? error : new Error(String(error));
}

/** Runs `work`, turning what it throws into AppErrors where that means something to a client. */
export async function mapErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw mapNeo4jError(e);
  }
}
