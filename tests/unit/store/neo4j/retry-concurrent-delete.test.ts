import { Neo4jError } from 'neo4j-driver';
import { retryConcurrentDelete } from '../../../../server/store/neo4j/retry-concurrent-delete.js';

const neo4jError = (code: string) => new Neo4jError('message', code, '50N42', 'description');

/** An attempt that throws `errors` in turn, then answers 'done'; and how often it ran. */
function flaky(...errors: Error[]) {
  const calls = { n: 0 };
  const attempt = () => {
    const error = errors[calls.n++];
    return error ? Promise.reject(error) : Promise.resolve('done');
  };
  return { attempt, calls };
}

describe('retryConcurrentDelete', () => {
  it('runs a transaction that met a concurrent delete again, up to five attempts in all', async () => {
    const twice = flaky(
      neo4jError('Neo.ClientError.Statement.EntityNotFound'),
      neo4jError('Neo.ClientError.Statement.EntityNotFound'),
    );
    await expect(retryConcurrentDelete(twice.attempt)).resolves.toBe('done');
    expect(twice.calls.n).toBe(3);

    const notFound = neo4jError('Neo.ClientError.Statement.EntityNotFound');
    const always = flaky(notFound, notFound, notFound, notFound, notFound, notFound);
    await expect(retryConcurrentDelete(always.attempt)).rejects.toBe(notFound);
    expect(always.calls.n).toBe(5);
  });

  it('leaves every other error to the caller at once', async () => {
    const syntax = neo4jError('Neo.ClientError.Statement.SyntaxError');
    const other = flaky(syntax);
    await expect(retryConcurrentDelete(other.attempt)).rejects.toBe(syntax);
    expect(other.calls.n).toBe(1);
  });
});
