import fc from 'fast-check';
import { graphql, http, judge } from './client.js';
import { describeDifference, fingerprint, sameFingerprint } from './checksum.js';
import type { Suite } from './context.js';
import { PropertyFailure, checkProperty } from './property.js';
import { ServerProcess } from './server.js';

const WRITES = [
  {
    name: 'upsertEntity',
    query: `mutation W($v: EntityInput!) { upsertEntity(input: $v) { id version } }`,
    variables: (suite: Suite, s: string) => ({
      v: { id: `activity:rel-access-${suite.runId}`, kind: 'ACTIVITY', name: s || 'x', sources: [suite.sourceId] },
    }),
  },
  {
    name: 'upsertRelationship',
    query: `mutation W($v: RelationshipInput!) { upsertRelationship(input: $v) { id } }`,
    variables: (suite: Suite, s: string) => ({
      v: {
        type: 'MEMBER_OF',
        from: suite.seed.states[0],
        to: suite.seed.organizations[0],
        credibility: 2,
        note: s,
        sources: [suite.sourceId],
      },
    }),
  },
  {
    name: 'deleteEntity',
    query: `mutation W($v: ID!) { deleteEntity(id: $v) { entity { id } } }`,
    variables: (suite: Suite) => ({ v: suite.seed.states[0] }),
  },
  {
    name: 'deleteRelationship',
    query: `mutation W($v: ID!) { deleteRelationship(id: $v) { id } }`,
    variables: (suite: Suite) => ({ v: suite.seed.relationships[0] }),
  },
  {
    name: 'importGraph',
    query: `mutation W($v: GraphInput!) { importGraph(input: $v) { ok } }`,
    variables: (suite: Suite, s: string) => ({
      v: {
        entities: [
          { id: `activity:rel-access-${suite.runId}`, kind: 'ACTIVITY', name: s || 'x', sources: [suite.sourceId] },
        ],
      },
    }),
  },
  { name: 'auditLog', query: `query W { auditLog(first: 1) { totalCount nodes { actor } } }`, variables: () => ({}) },
] as const;

/** Authorization headers that must not open writes: none, malformed, other schemes, near misses of the real token. */
function badAuthorization(token: string): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    fc.constantFrom(
      undefined,
      '',
      'Bearer',
      'Bearer ',
      `Bearer ${token}x`,
      `Bearer ${token.slice(0, -1)}`,
      `Bearer ${token.toUpperCase()}`,
      `Bearer ${token} ${token}`,
      `Basic ${Buffer.from(`reliability:${token}`).toString('base64')}`,
      token,
      `Token ${token}`,
      `Bearer reliability:${token}`,
      `Bearer\t${token}x`,
      'Bearer null',
      'Bearer undefined',
      "Bearer ' OR 1=1 //",
    ),
    fc.string({ maxLength: 60 }).map((s) => `Bearer ${s}`),
    fc.string({ maxLength: 60 }).filter((s) => !s.includes(token)),
  );
}

/** An Authorization header for the report, with the real token (which a near miss contains) masked. */
function masked(authorization: string | undefined, token: string): string {
  return JSON.stringify(authorization?.split(token).join('<token>')) ?? 'none';
}

function hasData(answer: { body?: { data?: unknown } }): boolean {
  const data = answer.body?.data as Record<string, unknown> | null | undefined;
  return !!data && Object.values(data).some((v) => v !== null);
}

/** Header names and values any answer must carry (helmet). */
function securityHeaderProblems(path: string, headers: Headers): string[] {
  const problems: string[] = [];
  const csp = headers.get('content-security-policy');
  if (!csp) problems.push(`${path}: no Content-Security-Policy`);
  else {
    if (!/default-src 'self'/.test(csp)) problems.push(`${path}: CSP without default-src 'self'`);
    if (!/object-src 'none'/.test(csp)) problems.push(`${path}: CSP without object-src 'none'`);
    if (!/frame-ancestors 'none'/.test(csp)) problems.push(`${path}: CSP without frame-ancestors 'none'`);
  }
  const expect: [string, RegExp][] = [
    ['x-content-type-options', /^nosniff$/],
    ['strict-transport-security', /max-age=\d+/],
    ['referrer-policy', /./],
    ['cross-origin-opener-policy', /same-origin/],
    ['x-frame-options', /SAMEORIGIN|DENY/i],
  ];
  for (const [name, pattern] of expect) {
    const value = headers.get(name);
    if (value === null || !pattern.test(value))
      problems.push(`${path}: ${name} is ${value === null ? 'missing' : `'${value}'`}`);
  }
  if (headers.get('x-powered-by')) problems.push(`${path}: X-Powered-By is sent`);
  return problems;
}

/**
 * Access control and hardening. On the main server: writes and auditLog without a token or with a
 * wrong one are UNAUTHENTICATED whatever the input (and change nothing); helmet's headers with a
 * CSP on every route; CORS closed; introspection on (its default). On a second server (no editor
 * tokens, introspection off, one allowed origin, a low rate limit): writes FORBIDDEN, introspection
 * refused, CORS open to that origin only, and the rate limit biting with a clear error.
 */
export async function accessCheck(
  suite: Suite,
  servers: ServerProcess[],
  options: { runs: number } = { runs: 60 },
): Promise<void> {
  const { report } = suite;
  const base = suite.main.url;

  const before = await fingerprint(base, suite.token);
  report.requests(2);
  let cases = 0;
  const refused = await checkProperty(
    fc.asyncProperty(
      fc.constantFrom(...WRITES),
      badAuthorization(suite.token),
      fc.string({ maxLength: 30 }),
      async (w, authorization, s) => {
        cases++;
        report.requests();
        const answer = await graphql(
          base,
          { query: w.query, variables: w.variables(suite, s) },
          { authorization: authorization ?? undefined, token: null },
        );
        const verdict = judge(answer, ['UNAUTHENTICATED'], [s, authorization ?? '']);
        if (!verdict.ok || hasData(answer) || !answer.codes.includes('UNAUTHENTICATED')) {
          throw new PropertyFailure(verdict.problem ?? `codes [${answer.codes.join(', ')}]`);
        }
        return true;
      },
    ),
    { numRuns: options.runs, seed: 7 },
    ([w, authorization, s]) =>
      `${w.name} with Authorization ${masked(authorization, suite.token)} and text ${JSON.stringify(s)}`,
  );
  const after = await fingerprint(base, suite.token);
  report.requests(2);
  report.check(
    `access: ${cases} writes and audit reads without a valid token are UNAUTHENTICATED`,
    refused.ok,
    refused.ok ? '' : `${refused.problem} — ${refused.input}`,
  );
  report.check(
    'access: refused writes changed nothing',
    sameFingerprint(before, after),
    describeDifference(before, after),
  );

  // Security headers on every kind of route.
  const headerProblems: string[] = [];
  for (const [path, init] of [
    [
      '/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { entities } }' }),
      },
    ],
    ['/health/live', {}],
    ['/export/graph.json?ids=state:est', {}],
    ['/no-such-page', {}],
  ] as const) {
    report.requests();
    const res = await http(`${base}${path}`, init);
    headerProblems.push(...securityHeaderProblems(path, res.headers));
  }
  report.check(
    'access: helmet security headers with a Content-Security-Policy on every route',
    headerProblems.length === 0,
    headerProblems.slice(0, 4).join('; '),
  );

  // CORS closed on the main server.
  report.requests(2);
  const evil = await http(`${base}/graphql`, {
    method: 'POST',
    headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { entities } }' }),
  });
  const evilPreflight = await http(`${base}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization',
    },
  });
  report.check(
    'access: CORS closed when not configured (no Access-Control-Allow-Origin, also on preflight)',
    evil.headers.get('access-control-allow-origin') === null &&
      evilPreflight.headers.get('access-control-allow-origin') === null,
    `POST ${String(evil.headers.get('access-control-allow-origin'))}, OPTIONS ${evilPreflight.status} ${String(evilPreflight.headers.get('access-control-allow-origin'))}`,
  );

  // Introspection on (the default) on the main server.
  report.requests();
  const intro = await graphql(base, { query: '{ __schema { queryType { name } } }' });
  report.check(
    'access: introspection answers when enabled (the default)',
    (intro.body?.data as { __schema?: unknown } | undefined)?.__schema !== undefined,
    intro.text.slice(0, 120),
  );

  // The strict server.
  const LIMIT = 60;
  const strict = await ServerProcess.start(
    'strict',
    {
      NEO4J_URI: suite.neo4j.uri,
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: suite.neo4j.password,
      ATLAS_INTROSPECTION: 'false',
      ATLAS_CORS_ORIGINS: 'https://allowed.example',
      RATE_LIMIT_PER_MINUTE: String(LIMIT),
      LOG_LEVEL: 'info',
    },
    [suite.token, suite.neo4j.password, ...suite.editors.map((e) => e.token)],
  );
  servers.push(strict);
  let used = 0;
  const forbidden = await checkProperty(
    fc.asyncProperty(
      fc.constantFrom(...WRITES.filter((w) => w.name !== 'auditLog')),
      fc.oneof(fc.constant(`Bearer ${suite.token}`), badAuthorization(suite.token)),
      async (w, authorization) => {
        used++;
        report.requests();
        const answer = await graphql(
          strict.url,
          { query: w.query, variables: w.variables(suite, 'x') },
          { authorization: authorization ?? undefined, token: null },
        );
        if (!answer.codes.includes('FORBIDDEN') || hasData(answer) || !judge(answer, ['FORBIDDEN']).ok) {
          throw new PropertyFailure(`[${answer.codes.join(', ')}] ${answer.text.slice(0, 100)}`);
        }
        return true;
      },
    ),
    { numRuns: 20, seed: 8 },
    ([w, authorization]) => `${w.name} with Authorization ${masked(authorization, suite.token)}`,
  );
  report.check(
    'access: while writes are disabled every write is FORBIDDEN, whatever the token',
    forbidden.ok,
    forbidden.ok ? '' : `${forbidden.problem} — ${forbidden.input}`,
  );

  used++;
  report.requests();
  const noIntro = await graphql(strict.url, { query: '{ __schema { queryType { name } } }' });
  report.check(
    'access: introspection refused when disabled',
    noIntro.codes.includes('GRAPHQL_VALIDATION_FAILED') && !hasData(noIntro),
    `[${noIntro.codes.join(', ')}]`,
  );

  used += 3;
  report.requests(3);
  const allowed = await http(`${strict.url}/graphql`, {
    method: 'POST',
    headers: { origin: 'https://allowed.example', 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { entities } }' }),
  });
  const preflight = await http(`${strict.url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin: 'https://allowed.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });
  const other = await http(`${strict.url}/graphql`, {
    method: 'POST',
    headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ stats { entities } }' }),
  });
  report.check(
    'access: CORS open to the configured origin only',
    allowed.headers.get('access-control-allow-origin') === 'https://allowed.example' &&
      preflight.headers.get('access-control-allow-origin') === 'https://allowed.example' &&
      other.headers.get('access-control-allow-origin') === null,
    `allowed ${String(allowed.headers.get('access-control-allow-origin'))}, preflight ${preflight.status}, other ${String(other.headers.get('access-control-allow-origin'))}`,
  );

  // The rate limit bites: the rest of the minute's allowance, then more.
  let ok = 0;
  let limited: { status: number; text: string; retryAfter: string | null } | null = null;
  let limitedCount = 0;
  for (let i = 0; i < LIMIT - used + 15; i++) {
    report.requests();
    const res = await http(`${strict.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { entities } }' }),
    });
    if (res.status === 429) {
      limitedCount++;
      limited ??= { status: res.status, text: res.text, retryAfter: res.headers.get('retry-after') };
    } else ok++;
  }
  const body = limited
    ? (JSON.parse(limited.text) as { errors?: { message: string; extensions?: { code?: string } }[] })
    : null;
  const first = body?.errors?.[0];
  report.check(
    `access: the rate limit (${LIMIT} a minute, configured) bites with HTTP 429, RATE_LIMITED, Retry-After and a clear message`,
    limitedCount > 0 &&
      first?.extensions?.code === 'RATE_LIMITED' &&
      /too many requests/i.test(first.message) &&
      limited?.retryAfter !== null &&
      ok + used <= LIMIT + 1,
    limited
      ? `${ok + used} answered, then ${limitedCount} refused: "${first?.message ?? ''}" (Retry-After ${String(limited.retryAfter)})`
      : `no 429 after ${ok + used} requests`,
  );
  report.requests();
  const health = await http(`${strict.url}/health/live`);
  report.check('access: health stays outside the rate limit', health.status === 200, `${health.status}`);
  report.note('access: the load ran with RATE_LIMIT_PER_MINUTE=1000000, above its rate');
}
