/** The one list of error codes that reach clients (docs/api-limits.md). */
export type ErrorCode = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'UNAVAILABLE';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The argument or input field at fault, e.g. `depth` or `input.kind`. */
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string, field?: string) {
    super('NOT_FOUND', `${what} '${id}' not found`, field);
  }
}

export class BadUserInputError extends AppError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', `${field}: ${message}`, field);
  }
}

export class ConflictError extends AppError {
  constructor(what: string, id: string, expected: number, actual: number) {
    super(
      'CONFLICT',
      `${what} '${id}' is at version ${actual}, not ${expected}: it changed since you read it; reload and retry`,
      'expectedVersion',
    );
  }
}

export class UnavailableError extends AppError {
  /** `cause`: what the database said, kept for logs and tests (clients see only the message). */
  constructor(message = 'the graph database is unavailable; try again shortly', cause?: unknown) {
    super('UNAVAILABLE', message);
    if (cause !== undefined) this.cause = cause;
  }
}
