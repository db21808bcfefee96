/**
 * HTTP and GraphQL requests to the server under test, each bounded in time (an answer slower than
 * the bound is a hang), and the one rule that says whether an answer is acceptable.
 */
import { CLIENT_CODES } from '../../server/api/mask-error.js';
import { ROOT } from '../../server/paths.js';

/**
 * The codes an answer may carry here: the server's one list, less a masked internal error (always
 * unexpected) and the rate limit (the load runs above it; the access check expects it on its own).
 */
export const KNOWN_CODES: readonly string[] = [...CLIENT_CODES].filter(
  (code) => code !== 'INTERNAL_SERVER_ERROR' && code !== 'RATE_LIMITED',
);

/** Signs of an internal error that escaped the masking: stack frames, paths, driver and database names. */
const LEAKS: readonly [RegExp, string][] = [
  [/\n\s+at\s+\S+/, 'a stack trace'],
  [/\bat\s+(?:async\s+)?[\w$.<>]+\s+\((?:file:\/\/|\/|node:)/, 'a stack frame'],
  // The checkout's own absolute path, wherever it lies, besides the project's source paths.
  [
    new RegExp(`${ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|node_modules|\\/server\\/store\\/|\\.ts:\\d+`),
    'a source path',
  ],
  [
    /Neo4jError|neo4j-driver|Neo\.ClientError|Neo\.TransientError|Neo\.DatabaseError|ServiceUnavailable|SessionExpired/i,
    'a driver error',
  ],
  [/\(line \d+, column \d+ \(offset: \d+\)\)|\bcypher\/(?:queries|seed|schema)\//i, 'Cypher text'],
  [/TypeError|ReferenceError|RangeError|SyntaxError: Unexpected token|Cannot read propert/, 'a JavaScript error'],
];

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  ms: number;
}

export class Hang extends Error {}

/** One request; `timeoutMs` is the no-hang bound (rejects with Hang). Network failures reject too. */
export async function http(url: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<HttpAnswer> {
  const { timeoutMs = 30_000, ...rest } = init;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const started = performance.now();
  try {
    const res = await fetch(url, { ...rest, signal: controller.signal });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, ms: performance.now() - started };
  } catch (e) {
    if (controller.signal.aborted) throw new Hang(`no answer from ${url} within ${timeoutMs} ms`);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export interface GraphQLAnswer extends HttpAnswer {
  /** Parsed body, or undefined when it is not JSON. */
  body: { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined;
  codes: string[];
}

export async function graphql(
  base: string,
  request: GraphQLRequest | string,
  options: { token?: string | null; authorization?: string; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<GraphQLAnswer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.authorization !== undefined) headers.authorization = options.authorization;
  else if (options.token) headers.authorization = `Bearer ${options.token}`;
  const answer = await http(`${base}/graphql`, {
    method: 'POST',
    headers,
    body: typeof request === 'string' ? request : JSON.stringify(request),
    timeoutMs: options.timeoutMs,
  });
  return withBody(answer);
}

export function withBody(answer: HttpAnswer): GraphQLAnswer {
  let body: GraphQLAnswer['body'];
  try {
    const parsed: unknown = JSON.parse(answer.text);
    body = typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    body = undefined;
  }
  const codes = (body?.errors ?? []).map(codeOf);
  return { ...answer, body, codes };
}

/** A value from an answer's JSON as text (an object or array as JSON); `fallback` when it is null or missing. */
function textOr(value: unknown, fallback: string): string {
  if (value === null || value === undefined) return fallback;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** An error's `extensions.code` as text, '(no code)' when it has none. */
function codeOf(error: { extensions?: { code?: unknown } }): string {
  return textOr(error.extensions?.code, '(no code)');
}

/** What kind of internal detail `text` shows, once the quoted `echoed` strings are taken out; null when none. */
export function findLeak(text: string, echoed: readonly string[] = []): string | null {
  let rest = text;
  for (const s of [...echoed].filter((e) => e.length >= 3).sort((a, b) => b.length - a.length)) {
    rest = rest.split(JSON.stringify(s).slice(1, -1)).join('').split(s).join('');
  }
  for (const [pattern, what] of LEAKS) if (pattern.test(rest)) return what;
  return null;
}

export interface Verdict {
  ok: boolean;
  /** Why not, in one line. */
  problem?: string;
}

/**
 * Whether a /graphql answer is acceptable: a JSON body; error codes only from `allowed` (default
 * KNOWN_CODES); no 5xx except 503 carrying only UNAVAILABLE; no sign of an unmasked internal error.
 */
export function judge(
  answer: { status: number; text: string },
  allowed: readonly string[] = KNOWN_CODES,
  /** Strings the request sent, which an error message may legitimately quote back. */
  echoed: readonly string[] = [],
): Verdict {
  const parsed = withBody({ ...answer, headers: new Headers(), ms: 0 });
  if (parsed.body === undefined) {
    return { ok: false, problem: `HTTP ${answer.status}, body is not a JSON object: ${answer.text.slice(0, 120)}` };
  }
  const leak = findLeak(answer.text, echoed);
  if (leak !== null)
    return { ok: false, problem: `HTTP ${answer.status}, the answer shows ${leak}: ${answer.text.slice(0, 300)}` };
  const bad = parsed.codes.filter((c) => !allowed.includes(c));
  if (bad.length > 0) {
    const message = textOr(parsed.body.errors?.find((e) => !allowed.includes(codeOf(e)))?.message, '');
    return { ok: false, problem: `HTTP ${answer.status}, unexpected code ${bad[0]}: ${message.slice(0, 200)}` };
  }
  if (
    answer.status >= 500 &&
    !(answer.status === 503 && parsed.codes.length > 0 && parsed.codes.every((c) => c === 'UNAVAILABLE'))
  ) {
    return { ok: false, problem: `HTTP ${answer.status} with codes [${parsed.codes.join(', ')}]` };
  }
  if (parsed.codes.length === 0 && parsed.body.data === undefined) {
    return { ok: false, problem: `HTTP ${answer.status}: neither data nor errors` };
  }
  return { ok: true };
}
