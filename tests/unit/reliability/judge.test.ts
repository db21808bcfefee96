import { join } from 'node:path';
import { ROOT } from '../../../server/paths.js';
import { findLeak, judge } from '../../../tools/reliability/client.js';

const body = (value: unknown) => JSON.stringify(value);

describe('judge', () => {
  it('accepts data, and errors with a known code', () => {
    expect(judge({ status: 200, text: body({ data: { stats: { entities: 1 } } }) }).ok).toBe(true);
    expect(
      judge({
        status: 200,
        text: body({ errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }], data: null }),
      }).ok,
    ).toBe(true);
  });

  it('refuses a code outside the list, or one not allowed here', () => {
    expect(
      judge({
        status: 200,
        text: body({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
      }).ok,
    ).toBe(false);
    expect(
      judge({ status: 200, text: body({ errors: [{ message: 'x', extensions: { code: 'NOT_FOUND' } }] }) }, [
        'CONFLICT',
      ]).ok,
    ).toBe(false);
    expect(judge({ status: 200, text: body({ errors: [{ message: 'x' }] }) }).problem).toContain('(no code)');
  });

  it('refuses a 5xx unless it is 503 with UNAVAILABLE only', () => {
    expect(
      judge({ status: 503, text: body({ errors: [{ message: 'x', extensions: { code: 'UNAVAILABLE' } }] }) }).ok,
    ).toBe(true);
    expect(
      judge({ status: 500, text: body({ errors: [{ message: 'x', extensions: { code: 'UNAVAILABLE' } }] }) }).ok,
    ).toBe(false);
  });

  it('refuses a body that is not JSON', () => {
    expect(judge({ status: 415, text: '' }).ok).toBe(false);
    expect(judge({ status: 200, text: '<html>' }).ok).toBe(false);
  });

  it('refuses stack traces and driver errors', () => {
    const stack = body({
      errors: [
        {
          message: 'boom',
          extensions: { code: 'BAD_USER_INPUT', stack: `Error: boom\n    at run (${join(ROOT, 'server/x.ts')}:1:2)` },
        },
      ],
    });
    expect(judge({ status: 200, text: stack }).ok).toBe(false);
    const driver = body({ errors: [{ message: 'Neo4jError: Invalid input', extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(judge({ status: 200, text: driver }).ok).toBe(false);
  });
});

describe('findLeak', () => {
  it('ignores what the request itself sent, quoted back', () => {
    const payload = 'Neo4jError at x (server/a.ts:1)';
    const text = body({ errors: [{ message: `Entity '${payload}' not found`, extensions: { code: 'NOT_FOUND' } }] });
    expect(findLeak(text)).not.toBeNull();
    expect(findLeak(text, [payload])).toBeNull();
  });

  it('sees the checkout’s own absolute path, wherever the checkout lies', () => {
    expect(findLeak(`cannot read ${join(ROOT, 'data', 'members.json')}`)).toBe('a source path');
  });

  it('sees Cypher positions', () => {
    expect(findLeak('Invalid input (line 1, column 5 (offset: 4))')).toBe('Cypher text');
  });
});
