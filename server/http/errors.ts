import type { Response } from 'express';
import { AppError, type ErrorCode } from '../errors.js';

/** HTTP status of each error code outside GraphQL (exports, health). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAVAILABLE: 503,
};

/** The JSON error body of the REST routes: `{ error: { code, message, field? } }`. */
export function sendError(res: Response, status: number, code: string, message: string, field?: string): void {
  res.status(status).json({ error: field === undefined ? { code, message } : { code, message, field } });
}

/** An AppError keeps its code and message; anything else is masked (the caller logs it). */
export function sendAppError(res: Response, error: unknown): boolean {
  if (error instanceof AppError) {
    sendError(res, HTTP_STATUS[error.code], error.code, error.message, error.field);
    return true;
  }
  sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
  return false;
}
