import fc from 'fast-check';
import { http, judge, withBody, type HttpAnswer } from './client.js';
import type { Suite } from './context.js';
import { operationCase, rawBody, type Case } from './fuzz-operations.js';
import { HUGE, fixedBodies, hugeIdCases } from './fuzz-fixed.js';
import { PropertyFailure, checkProperty } from './property.js';

/** A request that threw (refused, reset, timed out) is judged like an answer with no body. */
const noAnswer = (e: unknown): HttpAnswer => ({ status: 0, text: String(e), headers: new Headers(), ms: 0 });

/** Throws a PropertyFailure, failing the property, when an operation's answer is not acceptable. */
async function sendOperation(suite: Suite, c: Case, auth: 'token' | 'none' | 'wrong'): Promise<void> {
  const authorization = !c.token ? (auth === 'wrong' ? 'Bearer not-the-token' : undefined) : `Bearer ${suite.token}`;
  const res = await http(`${suite.main.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(c.request),
    timeoutMs: suite.storeTimeoutMs * 2 + 10_000,
  }).catch(noAnswer);
  const verdict = judge(res, undefined, c.echoed);
  if (!verdict.ok) throw new PropertyFailure(verdict.problem ?? '');
  // Without the editor token, a write or auditLog must say UNAUTHENTICATED (or be refused earlier, as invalid).
  const answer = withBody(res);
  const needsToken =
    /^(mutation|query Fuzz[^{]*\{ auditLog)/.test(c.request.query) || c.request.query.includes('{ auditLog');
  if (needsToken && !c.token && answer.body?.data && Object.values(answer.body.data).some((v) => v !== null)) {
    throw new PropertyFailure('a write or auditLog without a valid token returned data');
  }
}

/** Throws a PropertyFailure when the answer to a raw body is not acceptable. */
async function sendRawBody(suite: Suite, b: { body: string; contentType: string }): Promise<void> {
  const res = await http(`${suite.main.url}/graphql`, {
    method: 'POST',
    headers: b.contentType ? { 'content-type': b.contentType } : {},
    body: b.body,
    timeoutMs: suite.storeTimeoutMs * 2 + 10_000,
  }).catch(noAnswer);
  const verdict = judge(res, undefined, [b.body]);
  if (!verdict.ok) throw new PropertyFailure(verdict.problem ?? '');
}

/**
 * Property-based fuzzing with fast-check of every query and mutation argument (typed but hostile
 * values, wrong types, as variables and as inline literals; with, without and with a wrong token)
 * and of raw request bodies, then fixed hostile requests and huge ids. Every answer must be
 * acceptable by `judge` (no crash, no 5xx but UNAVAILABLE, no code outside the list, no unmasked
 * internals); the server must stay up and ready. A property fails on the first bad answer and
 * fast-check shrinks it to the smallest input that still gets one, which the report shows.
 */
export async function fuzzCheck(suite: Suite, options: { runs: number }): Promise<void> {
  const { report } = suite;
  const base = suite.main.url;
  const failures = new Map<string, number>();
  const firstProblem = new Map<string, string>();
  const fail = (where: string, problem: string, input: string) => {
    failures.set(where, (failures.get(where) ?? 0) + 1);
    if (!firstProblem.has(where)) firstProblem.set(where, problem.slice(0, 160));
    report.unexpected(where, `${problem} — input: ${input.slice(0, 300)}`);
  };
  let cases = 0;

  const operations = await checkProperty(
    fc.asyncProperty(
      operationCase(suite),
      fc.constantFrom('token' as const, 'none' as const, 'wrong' as const),
      async (c, auth) => {
        cases++;
        report.requests();
        await sendOperation(suite, c, auth);
        return true;
      },
    ),
    { numRuns: options.runs * 4, seed: 20240601 },
    ([c, auth]) => `${auth} ${JSON.stringify(c.request)}`,
  );
  if (!operations.ok)
    fail(`fuzz ${operations.counterexample?.[0].field ?? 'operation'} (shrunk)`, operations.problem, operations.input);

  const raw = await checkProperty(
    fc.asyncProperty(rawBody, async (b) => {
      cases++;
      report.requests();
      await sendRawBody(suite, b);
      return true;
    }),
    { numRuns: options.runs, seed: 20240602 },
    ([b]) => `${b.label}, content type '${b.contentType}': ${b.body}`,
  );
  if (!raw.ok)
    fail(
      `fuzz raw body (${raw.counterexample?.[0].label.replace(/\d+/g, 'N') ?? '?'}, shrunk)`,
      raw.problem,
      raw.input,
    );

  for (const b of fixedBodies()) {
    cases++;
    report.requests();
    const [method, query] = (b.method ?? 'POST').split(':');
    const res = await http(`${base}/graphql${query ? `?${query}` : ''}`, {
      method,
      headers: { ...(b.contentType ? { 'content-type': b.contentType } : {}), accept: 'application/json' },
      body: method === 'GET' || method === 'DELETE' ? undefined : b.body,
      timeoutMs: 60_000,
    }).catch(noAnswer);
    const verdict = judge(res, undefined, [b.body]);
    if (!verdict.ok) fail(`fuzz fixed body (${b.label})`, verdict.problem ?? '', b.body.slice(0, 200));
    if (b.label === 'GET with a mutation' && withBody(res).body?.data)
      fail('fuzz GET mutation', 'a GET ran a mutation', b.method ?? '');
  }

  // Huge ids (and strings) in every id position, deterministically: a 100 000-character id once
  // reached Neo4j's index key limit before any validation (INTERNAL_SERVER_ERROR).
  for (const c of hugeIdCases(suite)) {
    cases++;
    report.requests();
    const res = await http(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${suite.token}` },
      body: JSON.stringify(c.request),
      timeoutMs: 60_000,
    }).catch(noAnswer);
    const verdict = judge(res, undefined, c.echoed);
    if (!verdict.ok)
      fail(`fuzz huge id (${c.field})`, verdict.problem ?? '', `${c.field} with a ${HUGE.length}-character value`);
  }

  report.totals.fuzzCases += cases;
  const live = await http(`${base}/health/ready`, { timeoutMs: 30_000 }).catch(() => null);
  report.check(
    'fuzz: the server is alive and ready after the fuzzing',
    suite.main.alive && live?.status === 200,
    `ready ${String(live?.status)}`,
  );
  report.check(
    `fuzz: ${cases} cases, every answer acceptable (known codes, no 5xx but UNAVAILABLE, nothing unmasked)`,
    failures.size === 0,
    [...failures].map(([where, n]) => `\n      ${where}: ${n}, e.g. ${firstProblem.get(where) ?? ''}`).join(''),
  );
}
