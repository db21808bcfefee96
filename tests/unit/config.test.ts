import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ConfigError, describeConfig, loadConfig } from '../../server/config.js';
import { DATA_DIR, ROOT } from '../../server/paths.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has the documented defaults with an empty environment', () => {
    const config = loadConfig({});
    const clientDist: unknown = expect.stringMatching(/client\/dist$/);
    expect(config).toEqual({
      port: 4000,
      host: '127.0.0.1',
      neo4j: null,
      dataDir: DATA_DIR,
      journalPath: join(ROOT, 'var', 'journal.sqlite'),
      clientDir: clientDist,
      storeTimeoutMs: 5000,
      importTimeoutMs: 120_000,
      editorTokens: [],
      introspection: true,
      corsOrigins: [],
      rateLimitPerMinute: 600,
      redisUrl: null,
      responseCacheTtlMs: 10_000,
      bodyLimitBytes: 2 * 1024 * 1024,
      anonymousBodyLimitBytes: 64 * 1024,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      editorRequestTimeoutMs: 300_000,
      heavyOperationsPerClient: 4,
      trustProxy: [],
      shutdownTimeoutMs: 10_000,
      logLevel: 'info',
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      NEO4J_URI: 'neo4j+s://db.example:7687',
      NEO4J_USERNAME: 'atlas',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'atlas',
      DATA_DIR: '/srv/data',
      ATLAS_CLIENT_DIR: '/srv/client',
      STORE_TIMEOUT_MS: '2500',
      IMPORT_TIMEOUT_MS: '60000',
      ATLAS_EDITOR_TOKENS: 'alice:secret1, bob:secret2',
      ATLAS_INTROSPECTION: 'off',
      ATLAS_CORS_ORIGINS: 'https://atlas.example, http://localhost:5173/',
      RATE_LIMIT_PER_MINUTE: '0',
      ATLAS_BODY_LIMIT_BYTES: '4096',
      ATLAS_TRUST_PROXY: '10.0.0.2',
      SHUTDOWN_TIMEOUT_MS: '0',
      LOG_LEVEL: 'DEBUG',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      neo4j: { uri: 'neo4j+s://db.example:7687', username: 'atlas', password: 'pw', database: 'atlas' },
      dataDir: '/srv/data',
      clientDir: '/srv/client',
      storeTimeoutMs: 2500,
      importTimeoutMs: 60_000,
      editorTokens: [
        { name: 'alice', role: 'editor', sha256: createHash('sha256').update('secret1').digest('hex'), short: true },
        { name: 'bob', role: 'editor', sha256: createHash('sha256').update('secret2').digest('hex'), short: true },
      ],
      introspection: false,
      corsOrigins: ['https://atlas.example', 'http://localhost:5173'],
      rateLimitPerMinute: 0,
      bodyLimitBytes: 4096,
      trustProxy: ['10.0.0.2'],
      shutdownTimeoutMs: 0,
      logLevel: 'debug',
    });
  });

  it('is frozen, nested parts too', () => {
    const config = loadConfig({ ATLAS_EDITOR_TOKENS: 'a:b', NEO4J_URI: 'bolt://x:7687', NEO4J_PASSWORD: 'p' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.neo4j)).toBe(true);
    expect(Object.isFrozen(config.editorTokens)).toBe(true);
    expect(Object.isFrozen(config.editorTokens[0])).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '', ATLAS_EDITOR_TOKENS: '' })).toMatchObject({
      port: 4000,
      neo4j: null,
      editorTokens: [],
    });
  });

  it('names the variable and the fix', () => {
    const [port] = problemsOf({ PORT: 'eighty' });
    expect(port).toMatch(/^PORT /);
    expect(port).toMatch(/set PORT/);
    expect(problemsOf({ PORT: '70000' })[0]).toMatch(/PORT must be a whole number from 1 to 65535/);
    expect(problemsOf({ STORE_TIMEOUT_MS: '-1' })[0]).toMatch(/^STORE_TIMEOUT_MS .*set STORE_TIMEOUT_MS/);
    expect(problemsOf({ IMPORT_TIMEOUT_MS: 'two minutes' })[0]).toMatch(
      /^IMPORT_TIMEOUT_MS must be a whole number from 1000 to 3600000; set IMPORT_TIMEOUT_MS/,
    );
    expect(problemsOf({ IMPORT_TIMEOUT_MS: '10' })[0]).toMatch(/^IMPORT_TIMEOUT_MS must be a whole number from 1000/);
    expect(problemsOf({ LOG_LEVEL: 'loud' })[0]).toMatch(
      /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/,
    );
    expect(problemsOf({ ATLAS_INTROSPECTION: 'maybe' })[0]).toMatch(/^ATLAS_INTROSPECTION /);
    expect(problemsOf({ NEO4J_URI: 'http://db:7474' })[0]).toMatch(
      /^NEO4J_URI must be a Neo4j URI .*unset it to use the embedded/,
    );
    expect(problemsOf({ ATLAS_CORS_ORIGINS: 'https://ok.example,not a url,https://x.example/path' })).toHaveLength(2);
  });

  it('lists every problem at once', () => {
    const problems = problemsOf({ PORT: 'x', RATE_LIMIT_PER_MINUTE: 'lots', LOG_LEVEL: 'loud' });
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['PORT', 'RATE_LIMIT_PER_MINUTE', 'LOG_LEVEL']);
    expect(() => loadConfig({ PORT: 'x' })).toThrow(/invalid configuration \(1 problem\):\n {2}- PORT/);
  });

  it('requires NEO4J_PASSWORD with NEO4J_URI', () => {
    expect(problemsOf({ NEO4J_URI: 'neo4j://db:7687' })).toEqual([
      expect.stringMatching(/^NEO4J_PASSWORD is required when NEO4J_URI is set/),
    ]);
  });

  it('rejects malformed editor tokens without echoing a secret', () => {
    for (const raw of [
      'alice',
      ':secret-xyz',
      'al ice:secret-xyz',
      'alice:',
      'alice:sec ret-xyz',
      'alice:secret-xyz,alice:secret-abc',
    ]) {
      const problems = problemsOf({ ATLAS_EDITOR_TOKENS: raw });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^ATLAS_EDITOR_TOKENS .*name:token/);
      expect(problems[0]).not.toMatch(/secret-xyz|secret-abc|sec ret/);
    }
  });

  it('REDIS_URL takes redis:// or rediss:// and is logged without its password; RESPONSE_CACHE_TTL_MS 0 turns the cache off', () => {
    const config = loadConfig({ REDIS_URL: 'rediss://:hunter22@cache.example:6380/0', RESPONSE_CACHE_TTL_MS: '0' });
    expect(config).toMatchObject({ redisUrl: 'rediss://:hunter22@cache.example:6380/0', responseCacheTtlMs: 0 });
    expect(JSON.stringify(describeConfig(config))).not.toContain('hunter22');
    expect(describeConfig(config)).toMatchObject({ redis: 'cache.example:6380' });
    expect(() => loadConfig({ REDIS_URL: 'http://cache:6379' })).toThrow(/REDIS_URL.*redis:\/\//);
  });

  it('describeConfig leaves secrets out', () => {
    const config = loadConfig({
      ATLAS_EDITOR_TOKENS: 'alice:s3cr3t-token',
      NEO4J_URI: 'bolt://db:7687',
      NEO4J_PASSWORD: 'pa55word',
    });
    const text = JSON.stringify(describeConfig(config));
    expect(text).not.toMatch(/s3cr3t|pa55word/);
    expect(describeConfig(config)).toMatchObject({ store: 'neo4j', editors: ['alice'] });
  });
});
