import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR, ROOT } from './paths.js';

/** `editor` writes single items; `admin` also imports and deletes well-connected entities. */
export type Role = 'editor' | 'admin';

/**
 * A named token: the name is the audit log's `actor`. Only the token's SHA-256 is kept (given as
 * `sha256:<hex>`, the environment never holds the token itself).
 */
export interface EditorToken {
  readonly name: string;
  readonly role: Role;
  /** The token's SHA-256, 64 lowercase hex digits. */
  readonly sha256: string;
  /** A token given in clear shorter than 16 characters (main.ts warns); false for a hash. */
  readonly short: boolean;
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * Everything the server reads from its environment, validated once at start-up. Only this file
 * reads `process.env`; everything else receives a `Config`.
 */
export interface Config {
  /** `PORT`. @default 4000 */
  readonly port: number;
  /** `HOST`: the interface to listen on. @default '127.0.0.1' (set `0.0.0.0` in containers) */
  readonly host: string;
  /** `NEO4J_URI`, `NEO4J_USERNAME`, `NEO4J_PASSWORD`, `NEO4J_DATABASE`; null = the embedded MemoryStore. */
  readonly neo4j: {
    readonly uri: string;
    readonly username: string;
    readonly password: string;
    readonly database: string;
  } | null;
  /** `DATA_DIR`: the data/ folder the MemoryStore loads. @default <root>/data */
  readonly dataDir: string;
  /**
   * `JOURNAL_PATH`: the MemoryStore's journal (docs/durability.md), which keeps every write and audit
   * entry across restarts, so edits are never dropped silently; `off` = none (writes are lost at
   * restart). @default <root>/var/journal.sqlite; null on Neo4j
   */
  readonly journalPath: string | null;
  /** `ATLAS_CLIENT_DIR`: the built explorer served at `/` when it exists. @default <root>/client/dist */
  readonly clientDir: string;
  /** `STORE_TIMEOUT_MS`: every store call rejects with UNAVAILABLE after this long. @default 5000 */
  readonly storeTimeoutMs: number;
  /**
   * `IMPORT_TIMEOUT_MS`: the server-side timeout of an `importGraph` transaction (Neo4j rolls it
   * back after this long); the API waits a margin longer before answering UNAVAILABLE, so an import
   * answered UNAVAILABLE was never written. @default 120000
   */
  readonly importTimeoutMs: number;
  /**
   * `ATLAS_EDITOR_TOKENS=alice:secret1,bob:sha256:<hex>` (role editor) and `ATLAS_ADMIN_TOKENS`
   * (role admin), one list; empty = writes disabled (FORBIDDEN).
   */
  readonly editorTokens: readonly EditorToken[];
  /**
   * `ATLAS_INTROSPECTION`: schema introspection and GraphiQL (which needs it).
   * @default true, false when NODE_ENV=production
   */
  readonly introspection: boolean;
  /** `ATLAS_CORS_ORIGINS=https://a.example,https://b.example`; empty = no cross-origin access. */
  readonly corsOrigins: readonly string[];
  /** `RATE_LIMIT_PER_MINUTE` per client address on /graphql and /export; 0 disables. @default 600 */
  readonly rateLimitPerMinute: number;
  /**
   * `REDIS_URL` (`redis://` or `rediss://`): the rate limit and the response cache live in this Redis,
   * shared by every replica (docs/architecture.md, "Replicas"); null = both in this process.
   */
  readonly redisUrl: string | null;
  /**
   * `RESPONSE_CACHE_TTL_MS`: how long a read may be served from the response cache, the bound on the
   * staleness writes cannot clear (server/api/response-cache.ts); 0 = no cache. @default 10000
   */
  readonly responseCacheTtlMs: number;
  /** `ATLAS_BODY_LIMIT_BYTES`: the largest request body accepted from an editor. @default 2 MiB */
  readonly bodyLimitBytes: number;
  /**
   * `ATLAS_ANONYMOUS_BODY_LIMIT_BYTES`: the largest body accepted without a valid token (reads need
   * little; only imports are large). @default 64 KiB, at most bodyLimitBytes
   */
  readonly anonymousBodyLimitBytes: number;
  /** `HEADERS_TIMEOUT_MS`: how long a client may take to send a request's headers. @default 10000 */
  readonly headersTimeoutMs: number;
  /** `REQUEST_TIMEOUT_MS`: how long a client without a valid token may take to send a whole request. @default 30000 */
  readonly requestTimeoutMs: number;
  /** `EDITOR_REQUEST_TIMEOUT_MS`: the same for an editor's request (an import's body is large). @default 300000 */
  readonly editorRequestTimeoutMs: number;
  /**
   * `ATLAS_HEAVY_OPERATIONS_PER_CLIENT`: operations over the heavy cost (server/api/cost-limit.ts)
   * one client address may have running at once. @default 4
   */
  readonly heavyOperationsPerClient: number;
  /**
   * `ATLAS_TRUST_PROXY=10.0.0.2,10.0.1.0/24`: the reverse proxies (addresses, CIDRs, or express's
   * `loopback`, `linklocal`, `uniquelocal`) whose X-Forwarded-For names the client. @default none
   */
  readonly trustProxy: readonly string[];
  /** `SHUTDOWN_TIMEOUT_MS`: how long in-flight requests may take to finish on SIGTERM. @default 10000 */
  readonly shutdownTimeoutMs: number;
  /** `LOG_LEVEL`. @default 'info' */
  readonly logLevel: LogLevel;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];

/** Unset and empty are the same: a variable exported as `FOO=` means "use the default". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be a whole number from ${min} to ${max}`);

const boolean = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => TRUE.includes(v) || FALSE.includes(v), `must be one of ${[...TRUE, ...FALSE].join(', ')}`)
  .transform((v) => TRUE.includes(v));

/** The default journal, beside the code and ignored by git. */
const DEFAULT_JOURNAL_PATH = join(ROOT, 'var', 'journal.sqlite');

const NEO4J_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

const Env = z.object({
  PORT: optional(integer(1, 65535)),
  HOST: optional(z.string().trim().min(1)),
  NEO4J_URI: optional(
    z
      .string()
      .trim()
      .refine(
        (v) => {
          const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/i.exec(v)?.[1]?.toLowerCase();
          return scheme !== undefined && NEO4J_SCHEMES.includes(scheme);
        },
        `must be a Neo4j URI such as neo4j://localhost:7687 (schemes: ${NEO4J_SCHEMES.join(', ')})`,
      ),
  ),
  NEO4J_USERNAME: optional(z.string().min(1)),
  NEO4J_PASSWORD: optional(z.string()),
  NEO4J_DATABASE: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, 'must be a database name such as neo4j'),
  ),
  DATA_DIR: optional(z.string().min(1)),
  JOURNAL_PATH: optional(z.string().trim().min(1)),
  ATLAS_CLIENT_DIR: optional(z.string().min(1)),
  STORE_TIMEOUT_MS: optional(integer(50, 600_000)),
  IMPORT_TIMEOUT_MS: optional(integer(1000, 3_600_000)),
  ATLAS_EDITOR_TOKENS: optional(z.string()),
  ATLAS_ADMIN_TOKENS: optional(z.string()),
  NODE_ENV: optional(z.string().trim()),
  ATLAS_INTROSPECTION: optional(boolean),
  ATLAS_CORS_ORIGINS: optional(z.string()),
  RATE_LIMIT_PER_MINUTE: optional(integer(0, 1_000_000)),
  REDIS_URL: optional(
    z
      .string()
      .trim()
      .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL'),
  ),
  RESPONSE_CACHE_TTL_MS: optional(integer(0, 3_600_000)),
  ATLAS_BODY_LIMIT_BYTES: optional(integer(1024, 100 * 1024 * 1024)),
  ATLAS_ANONYMOUS_BODY_LIMIT_BYTES: optional(integer(1024, 100 * 1024 * 1024)),
  HEADERS_TIMEOUT_MS: optional(integer(100, 600_000)),
  REQUEST_TIMEOUT_MS: optional(integer(100, 3_600_000)),
  EDITOR_REQUEST_TIMEOUT_MS: optional(integer(100, 3_600_000)),
  ATLAS_HEAVY_OPERATIONS_PER_CLIENT: optional(integer(1, 1000)),
  ATLAS_TRUST_PROXY: optional(z.string()),
  SHUTDOWN_TIMEOUT_MS: optional(integer(0, 600_000)),
  LOG_LEVEL: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })),
  ),
});

/** Every variable the server reads; docker-compose.yml may set no other (tests/unit/docker-compose.test.ts). */
export const ENV_VARIABLES: readonly string[] = Object.keys(Env.shape);

/** How to fix each variable, appended to its error. */
const FIX: Record<string, string> = {
  PORT: 'set PORT to a free TCP port, e.g. PORT=4000, or unset it',
  HOST: 'set HOST=127.0.0.1 (this machine only) or HOST=0.0.0.0 (every interface)',
  NEO4J_URI: 'set NEO4J_URI=neo4j://host:7687, or unset it to use the embedded in-memory store',
  NEO4J_USERNAME: 'set NEO4J_USERNAME=neo4j or unset it',
  NEO4J_PASSWORD: 'set NEO4J_PASSWORD to the database password',
  NEO4J_DATABASE: 'set NEO4J_DATABASE=neo4j or unset it',
  DATA_DIR: 'set DATA_DIR to the folder of data/*.json files or unset it',
  JOURNAL_PATH: "set JOURNAL_PATH to a file for the embedded store's journal, to off, or unset it",
  ATLAS_CLIENT_DIR: 'set ATLAS_CLIENT_DIR to the built client folder or unset it',
  STORE_TIMEOUT_MS: 'set STORE_TIMEOUT_MS in milliseconds, e.g. 5000, or unset it',
  IMPORT_TIMEOUT_MS: 'set IMPORT_TIMEOUT_MS in milliseconds, e.g. 120000 (two minutes), or unset it',
  ATLAS_EDITOR_TOKENS:
    "write ATLAS_EDITOR_TOKENS=name:token,name2:sha256:<hex> (names of letters, digits, . _ -; tokens without commas or spaces, each its own; sha256: and the 64 hex digits of a token's SHA-256), or unset it to disable writes",
  ATLAS_ADMIN_TOKENS:
    'write ATLAS_ADMIN_TOKENS=name:token or name:sha256:<hex> as ATLAS_EDITOR_TOKENS (other names and tokens), or unset it',
  NODE_ENV: 'set NODE_ENV=production or unset it',
  ATLAS_INTROSPECTION: 'set ATLAS_INTROSPECTION=true or false',
  ATLAS_CORS_ORIGINS:
    'write ATLAS_CORS_ORIGINS=https://one.example,https://two.example (scheme, host and port only), or unset it',
  RATE_LIMIT_PER_MINUTE: 'set RATE_LIMIT_PER_MINUTE to requests per minute per client, 0 to disable, or unset it (600)',
  ATLAS_BODY_LIMIT_BYTES: 'set ATLAS_BODY_LIMIT_BYTES in bytes, e.g. 2097152, or unset it',
  ATLAS_ANONYMOUS_BODY_LIMIT_BYTES:
    'set ATLAS_ANONYMOUS_BODY_LIMIT_BYTES in bytes, at most ATLAS_BODY_LIMIT_BYTES, e.g. 65536, or unset it',
  HEADERS_TIMEOUT_MS: 'set HEADERS_TIMEOUT_MS in milliseconds, at most REQUEST_TIMEOUT_MS, e.g. 10000, or unset it',
  REQUEST_TIMEOUT_MS:
    'set REQUEST_TIMEOUT_MS in milliseconds, at most EDITOR_REQUEST_TIMEOUT_MS, e.g. 30000, or unset it',
  EDITOR_REQUEST_TIMEOUT_MS: 'set EDITOR_REQUEST_TIMEOUT_MS in milliseconds, e.g. 300000, or unset it',
  ATLAS_HEAVY_OPERATIONS_PER_CLIENT: 'set ATLAS_HEAVY_OPERATIONS_PER_CLIENT to a whole number, e.g. 4, or unset it',
  ATLAS_TRUST_PROXY:
    'write ATLAS_TRUST_PROXY=10.0.0.2,10.0.1.0/24 (the addresses or CIDRs of the reverse proxies in front of the server; loopback, linklocal, uniquelocal also work), or unset it when there is none',
  SHUTDOWN_TIMEOUT_MS: 'set SHUTDOWN_TIMEOUT_MS in milliseconds, e.g. 10000, or unset it',
  REDIS_URL:
    'set REDIS_URL=redis://host:6379 (rediss:// for TLS), or unset it to keep the rate limit and cache in this process',
  RESPONSE_CACHE_TTL_MS:
    'set RESPONSE_CACHE_TTL_MS in milliseconds (0 turns the response cache off), or unset it (10000)',
  LOG_LEVEL: `set LOG_LEVEL to one of ${LOG_LEVELS.join(', ')}`,
};

const TOKEN_VARIABLE: Record<Role, 'ATLAS_EDITOR_TOKENS' | 'ATLAS_ADMIN_TOKENS'> = {
  editor: 'ATLAS_EDITOR_TOKENS',
  admin: 'ATLAS_ADMIN_TOKENS',
};

/** A token and where it was given, to name duplicates without echoing the secret. */
interface ParsedToken extends EditorToken {
  readonly where: string;
}

function parseTokens(role: Role, raw: string | undefined, problems: string[]): ParsedToken[] {
  if (raw === undefined) return [];
  const variable = TOKEN_VARIABLE[role];
  const tokens: ParsedToken[] = [];
  const names = new Set<string>();
  const bad = (why: string) => problems.push(`${variable} ${why}; ${FIX[variable]}`);
  raw.split(',').forEach((entry, i) => {
    const trimmed = entry.trim();
    const colon = trimmed.indexOf(':');
    // Never echo the entry: it holds a secret.
    if (colon <= 0) return void bad(`entry ${i + 1} is not name:token`);
    const name = trimmed.slice(0, colon);
    const token = trimmed.slice(colon + 1);
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(name)) return void bad(`entry ${i + 1} has an invalid name`);
    if (token.length === 0 || /\s/.test(token))
      return void bad(`entry ${i + 1} (${name}) has an empty token or one with spaces`);
    if (names.has(name)) return void bad(`names '${name}' twice`);
    names.add(name);
    const hashed = token.startsWith('sha256:');
    if (hashed && !/^[0-9a-f]{64}$/i.test(token.slice(7))) {
      return void bad(`entry ${i + 1} (${name}) has a sha256: hash that is not 64 hexadecimal digits`);
    }
    const sha256 = hashed ? token.slice(7).toLowerCase() : createHash('sha256').update(token, 'utf8').digest('hex');
    tokens.push({ name, role, sha256, short: !hashed && token.length < 16, where: `entry ${i + 1} (${name})` });
  });
  return tokens;
}

/**
 * Editors, then admins. A token shared by two people would record one's writes as the other's, and
 * a name in both lists would make the audit's actor ambiguous: both are refused at start.
 */
function parseAllTokens(editors: string | undefined, admins: string | undefined, problems: string[]): EditorToken[] {
  const all = [...parseTokens('editor', editors, problems), ...parseTokens('admin', admins, problems)];
  const seen = new Map<string, ParsedToken>();
  const editorNames = new Set(all.filter((t) => t.role === 'editor').map((t) => t.name));
  for (const t of all) {
    const variable = TOKEN_VARIABLE[t.role];
    const first = seen.get(t.sha256);
    if (first === undefined) seen.set(t.sha256, t);
    else if (first.role === t.role) {
      problems.push(
        `${variable} ${first.where.replace('entry', 'entries')} and ${t.where.replace(/^entry /, '')} have the same token; ${FIX[variable]}`,
      );
    } else {
      problems.push(
        `${variable} ${t.where} has the same token as ${TOKEN_VARIABLE[first.role]} ${first.where}; ${FIX[variable]}`,
      );
    }
    if (t.role === 'admin' && editorNames.has(t.name)) {
      problems.push(`${variable} names '${t.name}', an editor in ATLAS_EDITOR_TOKENS too; ${FIX[variable]}`);
    }
  }
  return all.map(({ name, role, sha256, short }) => Object.freeze({ name, role, sha256, short }));
}

/** The names express's `trust proxy` knows for address ranges. */
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** Addresses and CIDRs (checked here: express would throw at the first request) or express's names. */
function parseTrustProxy(raw: string | undefined, problems: string[]): string[] {
  if (raw === undefined) return [];
  const proxies: string[] = [];
  for (const part of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address = '', bits, ...rest] = part.split('/');
    const family = isIP(address);
    const max = family === 6 ? 128 : 32;
    const ok =
      PROXY_NAMES.includes(part) ||
      (family !== 0 && rest.length === 0 && (bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= max)));
    if (ok) proxies.push(part);
    else {
      const hops = /^\d+$/.test(part) ? ' (a hop count is no longer accepted: name the proxies)' : '';
      problems.push(`ATLAS_TRUST_PROXY: '${part}' is not an address or CIDR${hops}; ${FIX.ATLAS_TRUST_PROXY}`);
    }
  }
  return proxies;
}

function parseOrigins(raw: string | undefined, problems: string[]): string[] {
  if (raw === undefined) return [];
  const origins: string[] = [];
  for (const part of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    let origin: string | null = null;
    try {
      const url = new URL(part);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === part.replace(/\/$/, '')) {
        origin = url.origin;
      }
    } catch {
      // Reported below with the fix.
    }
    if (origin === null) problems.push(`ATLAS_CORS_ORIGINS: '${part}' is not an origin; ${FIX.ATLAS_CORS_ORIGINS}`);
    else origins.push(origin);
  }
  return origins;
}

/**
 * Reads and validates the environment. Lists every problem at once (naming the variable and the
 * fix) and returns a frozen Config. Tests pass a plain object.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? '(environment)');
      problems.push(`${name} ${issue.message}; ${FIX[name] ?? 'fix or unset it'}`);
    }
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const editorTokens = parseAllTokens(e.ATLAS_EDITOR_TOKENS, e.ATLAS_ADMIN_TOKENS, problems);
  const corsOrigins = parseOrigins(e.ATLAS_CORS_ORIGINS, problems);
  const trustProxy = parseTrustProxy(e.ATLAS_TRUST_PROXY, problems);
  const bodyLimitBytes = e.ATLAS_BODY_LIMIT_BYTES ?? 2 * 1024 * 1024;
  const anonymousBodyLimitBytes = e.ATLAS_ANONYMOUS_BODY_LIMIT_BYTES ?? Math.min(64 * 1024, bodyLimitBytes);
  if (anonymousBodyLimitBytes > bodyLimitBytes) {
    problems.push(
      `ATLAS_ANONYMOUS_BODY_LIMIT_BYTES (${anonymousBodyLimitBytes}) is larger than ATLAS_BODY_LIMIT_BYTES (${bodyLimitBytes}); ${FIX.ATLAS_ANONYMOUS_BODY_LIMIT_BYTES}`,
    );
  }
  const headersTimeoutMs = e.HEADERS_TIMEOUT_MS ?? 10_000;
  const requestTimeoutMs = e.REQUEST_TIMEOUT_MS ?? 30_000;
  const editorRequestTimeoutMs = e.EDITOR_REQUEST_TIMEOUT_MS ?? 300_000;
  // Node refuses a headers timeout above the request timeout; a slow editor gets the longer one.
  if (headersTimeoutMs > requestTimeoutMs) {
    problems.push(`HEADERS_TIMEOUT_MS is above REQUEST_TIMEOUT_MS (${requestTimeoutMs}); ${FIX.HEADERS_TIMEOUT_MS}`);
  }
  if (requestTimeoutMs > editorRequestTimeoutMs) {
    problems.push(
      `REQUEST_TIMEOUT_MS is above EDITOR_REQUEST_TIMEOUT_MS (${editorRequestTimeoutMs}); ${FIX.REQUEST_TIMEOUT_MS}`,
    );
  }
  if (e.NEO4J_URI !== undefined && e.NEO4J_PASSWORD === undefined) {
    problems.push(`NEO4J_PASSWORD is required when NEO4J_URI is set; ${FIX.NEO4J_PASSWORD}`);
  }
  if (e.NEO4J_URI !== undefined && e.JOURNAL_PATH !== undefined) {
    problems.push(
      `JOURNAL_PATH is for the embedded store: Neo4j keeps its own writes; unset JOURNAL_PATH or NEO4J_URI`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return Object.freeze({
    port: e.PORT ?? 4000,
    host: e.HOST ?? '127.0.0.1',
    neo4j:
      e.NEO4J_URI === undefined
        ? null
        : Object.freeze({
            uri: e.NEO4J_URI,
            username: e.NEO4J_USERNAME ?? 'neo4j',
            password: e.NEO4J_PASSWORD ?? '',
            database: e.NEO4J_DATABASE ?? 'neo4j',
          }),
    dataDir: e.DATA_DIR ?? DATA_DIR,
    journalPath:
      e.NEO4J_URI !== undefined || e.JOURNAL_PATH?.toLowerCase() === 'off'
        ? null
        : (e.JOURNAL_PATH ?? DEFAULT_JOURNAL_PATH),
    clientDir: e.ATLAS_CLIENT_DIR ?? join(ROOT, 'client', 'dist'),
    storeTimeoutMs: e.STORE_TIMEOUT_MS ?? 5000,
    importTimeoutMs: e.IMPORT_TIMEOUT_MS ?? 120_000,
    editorTokens: Object.freeze(editorTokens),
    // A production server shows no schema unless asked to (docs/security.md).
    introspection: e.ATLAS_INTROSPECTION ?? e.NODE_ENV !== 'production',
    corsOrigins: Object.freeze(corsOrigins),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE ?? 600,
    redisUrl: e.REDIS_URL ?? null,
    responseCacheTtlMs: e.RESPONSE_CACHE_TTL_MS ?? 10_000,
    bodyLimitBytes,
    anonymousBodyLimitBytes,
    headersTimeoutMs,
    requestTimeoutMs,
    editorRequestTimeoutMs,
    heavyOperationsPerClient: e.ATLAS_HEAVY_OPERATIONS_PER_CLIENT ?? 4,
    trustProxy: Object.freeze(trustProxy),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS ?? 10_000,
    logLevel: e.LOG_LEVEL ?? 'info',
  });
}

/** The configuration without secrets, for the start-up log. */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    port: config.port,
    host: config.host,
    store: config.neo4j ? 'neo4j' : 'memory',
    neo4j: config.neo4j && { uri: config.neo4j.uri, username: config.neo4j.username, database: config.neo4j.database },
    dataDir: config.neo4j ? undefined : config.dataDir,
    journalPath: config.neo4j ? undefined : config.journalPath,
    storeTimeoutMs: config.storeTimeoutMs,
    importTimeoutMs: config.importTimeoutMs,
    editors: config.editorTokens.filter((t) => t.role === 'editor').map((t) => t.name),
    admins: config.editorTokens.filter((t) => t.role === 'admin').map((t) => t.name),
    introspection: config.introspection,
    corsOrigins: config.corsOrigins,
    rateLimitPerMinute: config.rateLimitPerMinute,
    // The host only: a URL may hold a password.
    redis: config.redisUrl === null ? null : new URL(config.redisUrl).host,
    responseCacheTtlMs: config.responseCacheTtlMs,
    bodyLimitBytes: config.bodyLimitBytes,
    anonymousBodyLimitBytes: config.anonymousBodyLimitBytes,
    headersTimeoutMs: config.headersTimeoutMs,
    requestTimeoutMs: config.requestTimeoutMs,
    editorRequestTimeoutMs: config.editorRequestTimeoutMs,
    heavyOperationsPerClient: config.heavyOperationsPerClient,
    trustProxy: config.trustProxy,
    logLevel: config.logLevel,
  };
}
