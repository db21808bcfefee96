import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createAuthenticator } from '../../../server/api/auth.js';
import { ConfigError, describeConfig, loadConfig } from '../../../server/config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('editor and admin tokens', () => {
  it('refuses the same token given twice, without echoing it', () => {
    const twice = problemsOf({ ATLAS_EDITOR_TOKENS: 'alice:same-secret-123,bob:same-secret-123' });
    expect(twice).toEqual([
      expect.stringMatching(/^ATLAS_EDITOR_TOKENS entries 1 \(alice\) and 2 \(bob\) have the same token/),
    ]);
    const across = problemsOf({
      ATLAS_EDITOR_TOKENS: 'alice:same-secret-123',
      ATLAS_ADMIN_TOKENS: 'root:same-secret-123',
    });
    expect(across).toEqual([
      expect.stringMatching(
        /^ATLAS_ADMIN_TOKENS entry 1 \(root\) has the same token as ATLAS_EDITOR_TOKENS entry 1 \(alice\)/,
      ),
    ]);
    // A token given in clear and the same one given as its hash are the same token.
    const hashed = problemsOf({ ATLAS_EDITOR_TOKENS: `alice:same-secret-123,bob:sha256:${sha256('same-secret-123')}` });
    expect(hashed).toHaveLength(1);
    for (const p of [...twice, ...across, ...hashed]) expect(p).not.toMatch(/same-secret/);
  });

  it('refuses a name used by an editor and an admin (the audit actor must be one person)', () => {
    expect(
      problemsOf({ ATLAS_EDITOR_TOKENS: 'alice:one-secret-123', ATLAS_ADMIN_TOKENS: 'alice:two-secret-456' }),
    ).toEqual([expect.stringMatching(/^ATLAS_ADMIN_TOKENS names 'alice', an editor in ATLAS_EDITOR_TOKENS/)]);
  });

  it('takes a token as its SHA-256 hash, so the environment need not hold it in clear', () => {
    const config = loadConfig({
      ATLAS_EDITOR_TOKENS: `alice:sha256:${sha256('alice-secret-0123456789').toUpperCase()}`,
    });
    const authenticate = createAuthenticator(config.editorTokens);
    expect(authenticate('Bearer alice-secret-0123456789')).toEqual({ kind: 'editor', name: 'alice', role: 'editor' });
    // The hash itself is not the token.
    expect(authenticate(`Bearer sha256:${sha256('alice-secret-0123456789')}`)).toEqual({ kind: 'invalid' });
    expect(JSON.stringify(config)).not.toMatch(/alice-secret/);
    expect(problemsOf({ ATLAS_EDITOR_TOKENS: 'alice:sha256:abc' })).toEqual([
      expect.stringMatching(
        /^ATLAS_EDITOR_TOKENS entry 1 \(alice\) has a sha256: hash that is not 64 hexadecimal digits/,
      ),
    ]);
  });

  it('gives ATLAS_ADMIN_TOKENS the admin role, and says which tokens are short', () => {
    const config = loadConfig({
      ATLAS_EDITOR_TOKENS: 'alice:short',
      ATLAS_ADMIN_TOKENS: 'root:root-secret-0123456789',
    });
    expect(config.editorTokens.map((t) => [t.name, t.role, t.short])).toEqual([
      ['alice', 'editor', true],
      ['root', 'admin', false],
    ]);
    const authenticate = createAuthenticator(config.editorTokens);
    expect(authenticate('Bearer root-secret-0123456789')).toEqual({ kind: 'editor', name: 'root', role: 'admin' });
    expect(describeConfig(config)).toMatchObject({ editors: ['alice'], admins: ['root'] });
  });
});

describe('trusted proxies', () => {
  it('are addresses, CIDRs or the names express knows, never a hop count', () => {
    expect(loadConfig({ ATLAS_TRUST_PROXY: '10.0.0.2, 172.16.0.0/12,::1,fd00::/8,loopback' }).trustProxy).toEqual([
      '10.0.0.2',
      '172.16.0.0/12',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(problemsOf({ ATLAS_TRUST_PROXY: '1' })).toEqual([
      expect.stringMatching(/^ATLAS_TRUST_PROXY: '1' is not an address or CIDR .*a hop count/),
    ]);
    expect(problemsOf({ ATLAS_TRUST_PROXY: '10.0.0.0/33,proxy.example' })).toHaveLength(2);
  });
});

describe('NODE_ENV=production', () => {
  it('turns introspection (and GraphiQL) off unless ATLAS_INTROSPECTION enables it', () => {
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ATLAS_INTROSPECTION: 'true' }).introspection).toBe(true);
  });
});

describe('limits for slow and anonymous clients', () => {
  it('has defaults and reads its variables', () => {
    expect(loadConfig({})).toMatchObject({
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      editorRequestTimeoutMs: 300_000,
      anonymousBodyLimitBytes: 64 * 1024,
      heavyOperationsPerClient: 4,
    });
    expect(
      loadConfig({
        HEADERS_TIMEOUT_MS: '2000',
        REQUEST_TIMEOUT_MS: '5000',
        EDITOR_REQUEST_TIMEOUT_MS: '60000',
        ATLAS_ANONYMOUS_BODY_LIMIT_BYTES: '4096',
        ATLAS_HEAVY_OPERATIONS_PER_CLIENT: '2',
      }),
    ).toMatchObject({
      headersTimeoutMs: 2000,
      requestTimeoutMs: 5000,
      editorRequestTimeoutMs: 60_000,
      anonymousBodyLimitBytes: 4096,
      heavyOperationsPerClient: 2,
    });
  });

  it('keeps the anonymous body limit at most the editors', () => {
    expect(problemsOf({ ATLAS_BODY_LIMIT_BYTES: '4096', ATLAS_ANONYMOUS_BODY_LIMIT_BYTES: '8192' })).toEqual([
      expect.stringMatching(
        /^ATLAS_ANONYMOUS_BODY_LIMIT_BYTES \(8192\) is larger than ATLAS_BODY_LIMIT_BYTES \(4096\)/,
      ),
    ]);
  });
});
