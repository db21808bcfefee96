import { Neo4jError } from 'neo4j-driver';
import type { AppError } from '../../../../server/errors.js';
import { NotFoundError } from '../../../../server/errors.js';
import { mapNeo4jError } from '../../../../server/store/neo4j/map-neo4j-error.js';

const neo4jError = (code: string) => new Neo4jError('message', code, '50N42', 'description');

describe('mapNeo4jError', () => {
  it('makes lost, refused and timed-out connections UNAVAILABLE', () => {
    for (const code of [
      'ServiceUnavailable',
      'SessionExpired',
      'N/A',
      'Neo.ClientError.Security.Unauthorized',
      'Neo.ClientError.Transaction.Terminated',
      'Neo.ClientError.Statement.EntityNotFound',
    ]) {
      expect([code, (mapNeo4jError(neo4jError(code)) as AppError).code]).toEqual([code, 'UNAVAILABLE']);
    }
    expect((mapNeo4jError(neo4jError('Neo.TransientError.Transaction.DeadlockDetected')) as AppError).code).toBe(
      'UNAVAILABLE',
    );
    expect((mapNeo4jError(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })) as AppError).code).toBe(
      'UNAVAILABLE',
    );
  });

  it('makes a uniqueness violation BAD_USER_INPUT on the id', () => {
    const mapped = mapNeo4jError(neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed')) as AppError;
    expect([mapped.code, mapped.field]).toEqual(['BAD_USER_INPUT', 'input.id']);
  });

  it('passes AppErrors through and rethrows anything else as it is', () => {
    const notFound = new NotFoundError('Entity', 'x', 'id');
    expect(mapNeo4jError(notFound)).toBe(notFound);
    const syntax = neo4jError('Neo.ClientError.Statement.SyntaxError');
    expect(mapNeo4jError(syntax)).toBe(syntax);
  });
});
