import { createAuthenticator, requireEditor } from '../../../server/api/auth.js';
import { loadConfig } from '../../../server/config.js';
import { AppError } from '../../../server/errors.js';

const authenticate = createAuthenticator(
  loadConfig({ ATLAS_EDITOR_TOKENS: 'alice:secret-one,bob:secret-two' }).editorTokens,
);

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    return e instanceof AppError ? e.code : 'other';
  }
  return undefined;
}

describe('editor tokens', () => {
  it('a Bearer token names its editor', () => {
    expect(authenticate('Bearer secret-one')).toEqual({ kind: 'editor', name: 'alice', role: 'editor' });
    expect(authenticate('bearer   secret-two ')).toEqual({ kind: 'editor', name: 'bob', role: 'editor' });
  });

  it('no header is anonymous; a wrong, longer, shorter or malformed one is invalid', () => {
    expect(authenticate(null)).toEqual({ kind: 'anonymous' });
    expect(authenticate('')).toEqual({ kind: 'anonymous' });
    for (const header of [
      'Bearer secret',
      'Bearer secret-one-more',
      'Bearer SECRET-ONE',
      'Basic c2VjcmV0',
      'secret-one',
      'Bearer a b',
    ]) {
      expect(authenticate(header)).toEqual({ kind: 'invalid' });
    }
  });

  it('requireEditor: the name; UNAUTHENTICATED without a valid token; FORBIDDEN when writes are off', () => {
    expect(
      requireEditor(
        { caller: { kind: 'editor', name: 'alice', role: 'editor' }, writesEnabled: true },
        'change the graph',
      ),
    ).toBe('alice');
    expect(codeOf(() => requireEditor({ caller: { kind: 'anonymous' }, writesEnabled: true }, 'x'))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(() => requireEditor({ caller: { kind: 'invalid' }, writesEnabled: true }, 'x'))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      codeOf(() => requireEditor({ caller: { kind: 'editor', name: 'a', role: 'editor' }, writesEnabled: false }, 'x')),
    ).toBe('FORBIDDEN');
  });
});
